// polygon (§4): path = the clipped Bresenham edges in vertex order; covered = path ∪ the
// interior spans of each row (PolygonRows, polygon-rows.ts).
import type { PolygonStep } from '../../dsl/index.js';
import { clippedLinePoints } from '../geometry.js';
import type { Painter } from './painter.js';
import { PolygonRows, polygonSpanCount } from './polygon-rows.js';

export function paintPolygon(c: Painter, step: PolygonStep, order: 'stroke' | 'fill'): void {
  polygonPath(c, step.points);
  c.shape(order, step.fill, step.outline, () => polygonCover(c, step.points));
}

export function countPolygon(c: Painter, step: PolygonStep): [number, number] {
  return polygonCounts(c, step.points);
}

/**
 * [path, covered] of a polygon without listing a pixel: the distinct path pixels are set in
 * a per-row bitmap (`rowBits`, one bit per canvas pixel), the interior spans of each row are
 * counted arithmetically, and covered = |spans| + |path| − |path ∩ spans|, the last by
 * popcount of the bitmap over each span. Same sets as polygonPath/polygonCover list.
 */
function polygonCounts(c: Painter, points: ReadonlyArray<readonly [number, number]>): [number, number] {
  const stride = c.rowWords;
  const bits = (c.rowBits ??= new Int32Array(c.height * stride));
  bits.fill(0);
  const n = points.length;
  const buf = c.linePoints;
  let path = 0;
  for (let k = 0; k < n; k++) {
    const [x1, y1] = points[k];
    const [x2, y2] = points[k + 1 === n ? 0 : k + 1];
    // lo = hi = 0: every point written is on the canvas.
    const count = clippedLinePoints(x1, y1, x2, y2, 0, 0, c.width, c.height, buf);
    for (let q = 0; q < count; q++) {
      const x = buf[2 * q];
      const word = buf[2 * q + 1] * stride + (x >> 5);
      const bit = 1 << (x & 31);
      if ((bits[word] & bit) === 0) {
        bits[word] |= bit;
        path++;
      }
    }
  }
  return [path, path + polygonSpanCount(c, points, bits, stride)];
}

function polygonPath(c: Painter, points: ReadonlyArray<readonly [number, number]>): void {
  c.beginPath();
  const n = points.length;
  const buf = c.linePoints;
  for (let k = 0; k < n; k++) {
    const [x1, y1] = points[k];
    const [x2, y2] = points[(k + 1) % n];
    const count = clippedLinePoints(x1, y1, x2, y2, 0, 0, c.width, c.height, buf);
    for (let q = 0; q < count; q++) c.addPathPixel(buf[2 * q], buf[2 * q + 1]);
  }
}

/**
 * Covered = path ∪ interior spans (§4 polygon). Spans of each row are marked first, then the
 * row is read left to right so path pixels and spans come out row-major together.
 */
function polygonCover(c: Painter, points: ReadonlyArray<readonly [number, number]>): void {
  const scan = new PolygonRows(points, c.width, c.height);
  const { x0, x1 } = scan;
  const cover = c.coverMark;
  const path = c.pathMark;
  const gen = c.generation;
  const events = c.events;
  const word = c.coverColor << 16;
  const skipPath = c.coverSkipPath;
  const crossings = scan.crossings;
  for (let y = scan.rowFrom; y <= scan.rowTo; y++) {
    const count = scan.row(y);
    const base = y * c.width;
    for (let k = 0; k + 1 < count; k += 2) {
      const from = Math.max(Math.ceil(crossings[k]), x0);
      const to = Math.min(Math.floor(crossings[k + 1]), x1);
      if (from <= to) cover.fill(gen, base + from, base + to + 1);
    }
    events.reserve(x1 - x0 + 1);
    const data = events.data;
    let out = events.length;
    for (let p = base + x0, end = base + x1; p <= end; p++) {
      if (path[p] === gen ? !skipPath : cover[p] === gen) data[out++] = word | p;
    }
    events.length = out;
  }
}
