// rect (§4): path = the clipped border, clockwise from the top-left; covered = every pixel.
import type { RectStep } from '../../dsl/index.js';
import type { Painter } from './painter.js';

export function paintRect(c: Painter, step: RectStep, order: 'stroke' | 'fill'): void {
  rectPath(c, step.x, step.y, step.w, step.h);
  c.shape(order, step.fill, step.outline, () => rectCover(c, step.x, step.y, step.w, step.h));
}

export function countRect(c: Painter, step: RectStep): [number, number] {
  return rectCounts(c, step.x, step.y, step.w, step.h);
}

/** Pixels of [x0..x1]×[y0..y1] on the canvas. */
function clippedArea(c: Painter, x0: number, y0: number, x1: number, y1: number): number {
  const w = Math.min(x1, c.width - 1) - Math.max(x0, 0) + 1;
  const h = Math.min(y1, c.height - 1) - Math.max(y0, 0) + 1;
  return w > 0 && h > 0 ? w * h : 0;
}

/** [path, covered] pixel counts of a rect on the canvas: the path is the rect minus its interior. */
function rectCounts(c: Painter, x: number, y: number, w: number, h: number): [number, number] {
  const right = x + w - 1;
  const bottom = y + h - 1;
  const covered = clippedArea(c, x, y, right, bottom);
  return [covered - clippedArea(c, x + 1, y + 1, right - 1, bottom - 1), covered];
}

function rectPath(c: Painter, x: number, y: number, w: number, h: number): void {
  c.beginPath();
  const right = x + w - 1;
  const bottom = y + h - 1;
  const cl = Math.max(x, 0);
  const cr = Math.min(right, c.width - 1);
  const ct = Math.max(y, 0);
  const cb = Math.min(bottom, c.height - 1);
  if (cl > cr || ct > cb) return;
  if (y >= 0 && y < c.height) for (let px = cl; px <= cr; px++) c.addPathPixel(px, y);
  if (right >= 0 && right < c.width) for (let py = ct; py <= cb; py++) c.addPathPixel(right, py);
  if (bottom >= 0 && bottom < c.height) for (let px = cr; px >= cl; px--) c.addPathPixel(px, bottom);
  if (x >= 0 && x < c.width) for (let py = cb; py >= ct; py--) c.addPathPixel(x, py);
}

function rectCover(c: Painter, x: number, y: number, w: number, h: number): void {
  const x0 = Math.max(x, 0);
  const x1 = Math.min(x + w - 1, c.width - 1);
  const y0 = Math.max(y, 0);
  const y1 = Math.min(y + h - 1, c.height - 1);
  for (let py = y0; py <= y1; py++) c.coverSpan(py, x0, x1);
}
