// circle (§4): covered = the disc's rows (discHalfWidths); path = its boundary pixels,
// ordered clockwise by angle from 12 o'clock, then by distance.
import type { CircleStep } from '../../dsl/index.js';
import { clockwiseKey, discHalfWidths } from '../geometry.js';
import type { Painter } from './painter.js';

export function paintCircle(c: Painter, step: CircleStep, order: 'stroke' | 'fill'): void {
  const widths = discHalfWidths(step.r);
  circlePath(c, step.cx, step.cy, step.r, widths);
  c.shape(order, step.fill, step.outline, () => circleCover(c, step.cx, step.cy, step.r, widths));
}

export function countCircle(c: Painter, step: CircleStep): [number, number] {
  return circleCounts(c, step.cx, step.cy, step.r);
}

/** [path, covered] of a circle, row by row with the same spans as circlePath/circleCover. */
function circleCounts(c: Painter, cx: number, cy: number, r: number): [number, number] {
  const dyFrom = Math.max(-r, -cy);
  const dyTo = Math.min(r, c.height - 1 - cy);
  if (dyFrom > dyTo) return [0, 0];
  const widths = discHalfWidths(r);
  let path = 0;
  let covered = 0;
  for (let dy = dyFrom; dy <= dyTo; dy++) {
    const m = widths[dy + r];
    const dxLo = Math.max(-m, -cx);
    const dxHi = Math.min(m, c.width - 1 - cx);
    if (dxLo > dxHi) continue;
    covered += dxHi - dxLo + 1;
    const up = dy - 1 >= -r ? widths[dy - 1 + r] : -1;
    const down = dy + 1 <= r ? widths[dy + 1 + r] : -1;
    const inner = Math.min(up, down, m - 1);
    if (inner < 0) {
      path += dxHi - dxLo + 1;
    } else {
      path += Math.max(0, Math.min(dxHi, -inner - 1) - dxLo + 1);
      path += Math.max(0, dxHi - Math.max(dxLo, inner + 1) + 1);
    }
  }
  return [path, covered];
}

function circlePath(c: Painter, cx: number, cy: number, r: number, widths: Int32Array): void {
  c.beginPath();
  // Boundary pixels of row dy: |dx| = m(dy), or a vertical neighbour row narrower than |dx|.
  const xs: number[] = [];
  const ys: number[] = [];
  const dyFrom = Math.max(-r, -cy);
  const dyTo = Math.min(r, c.height - 1 - cy);
  for (let dy = dyFrom; dy <= dyTo; dy++) {
    const m = widths[dy + r];
    const up = dy - 1 >= -r ? widths[dy - 1 + r] : -1;
    const down = dy + 1 <= r ? widths[dy + 1 + r] : -1;
    // |dx| > inner is boundary; inner < 0 makes the whole row boundary.
    const inner = Math.min(up, down, m - 1);
    const dxLo = Math.max(-m, -cx);
    const dxHi = Math.min(m, c.width - 1 - cx);
    if (inner < 0) {
      for (let dx = dxLo; dx <= dxHi; dx++) {
        xs.push(dx);
        ys.push(dy);
      }
    } else {
      for (let dx = dxLo; dx <= Math.min(dxHi, -inner - 1); dx++) {
        xs.push(dx);
        ys.push(dy);
      }
      for (let dx = Math.max(dxLo, inner + 1); dx <= dxHi; dx++) {
        xs.push(dx);
        ys.push(dy);
      }
    }
  }
  const n = xs.length;
  if (n === 0) return;
  const keys = new Float64Array(n);
  const dist = new Float64Array(n);
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const dx = xs[k];
    const dy = ys[k];
    keys[k] = dx === 0 && dy === 0 ? 0 : clockwiseKey(dx, dy);
    dist[k] = dx * dx + dy * dy;
    order[k] = k;
  }
  order.sort((p, q) => keys[p] - keys[q] || dist[p] - dist[q]);
  for (let k = 0; k < n; k++) c.addPathPixel(cx + xs[order[k]], cy + ys[order[k]]);
}

function circleCover(c: Painter, cx: number, cy: number, r: number, widths: Int32Array): void {
  const dyFrom = Math.max(-r, -cy);
  const dyTo = Math.min(r, c.height - 1 - cy);
  for (let dy = dyFrom; dy <= dyTo; dy++) {
    const m = widths[dy + r];
    c.coverSpan(cy + dy, Math.max(cx - m, 0), Math.min(cx + m, c.width - 1));
  }
}
