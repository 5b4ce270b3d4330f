// line (§4): Bresenham from (x1,y1) to (x2,y2) with a width×width brush, each pixel once.
import type { LineStep } from '../../dsl/index.js';
import { clippedLinePoints } from '../geometry.js';
import type { Painter } from './painter.js';

export function paintLine(c: Painter, step: LineStep): void {
  line(c, step.x1, step.y1, step.x2, step.y2, step.width, c.colors.indexOf(step.color));
}

function line(c: Painter, x1: number, y1: number, x2: number, y2: number, width: number, color: number): void {
  const lo = Math.floor((width - 1) / 2);
  const hi = Math.ceil((width - 1) / 2);
  const buf = c.linePoints;
  const count = clippedLinePoints(x1, y1, x2, y2, lo, hi, c.width, c.height, buf);
  c.generation++;
  const gen = c.generation;
  const mark = c.pathMark;
  const w = c.width;
  const events = c.events;
  for (let q = 0; q < count; q++) {
    const px = buf[2 * q];
    const py = buf[2 * q + 1];
    const sx0 = Math.max(px - lo, 0);
    const sx1 = Math.min(px + hi, w - 1);
    const sy0 = Math.max(py - lo, 0);
    const sy1 = Math.min(py + hi, c.height - 1);
    if (sx0 > sx1 || sy0 > sy1) continue;
    events.reserve((sx1 - sx0 + 1) * (sy1 - sy0 + 1));
    const data = events.data;
    let n = events.length;
    const word = color << 16;
    for (let y = sy0; y <= sy1; y++) {
      const base = y * w;
      for (let p = base + sx0, end = base + sx1; p <= end; p++) {
        if (mark[p] !== gen) {
          mark[p] = gen;
          data[n++] = word | p;
        }
      }
    }
    events.length = n;
  }
}
