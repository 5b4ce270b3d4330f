// The rows of a polygon's interior, two ways over the same rows, crossings and spans:
// PolygonRows lists them (for polygonCover), polygonSpanCount only counts them against a
// bitmap of path pixels (for N without listing, polygonCounts).
import type { Painter } from './painter.js';

/**
 * |spans| − |path ∩ spans| of a polygon whose path pixels are set in `bits`: what its
 * interior adds to the path. The same rows, crossings and spans as PolygonRows and
 * polygonCover, in one loop: an edge's numerator advances by dx per row instead of being
 * recomputed (still exact integers), and the active edges keep the previous row's order so
 * the insertion sort is about linear.
 */
export function polygonSpanCount(c: Painter, points: ReadonlyArray<readonly [number, number]>, bits: Int32Array, stride: number): number {
  const n = points.length;
  if (c.edgeScratch === null || c.edgeScratch.length < 6 * n) c.edgeScratch = new Float64Array(6 * n);
  if (c.edgeOrder === null || c.edgeOrder.length < 2 * n) c.edgeOrder = new Int32Array(2 * n);
  const f = c.edgeScratch;
  // Edge k: ay = f[k], by = f[n+k], dx = f[2n+k], dy = f[3n+k], num = f[4n+k]; crossings at f[5n..].
  const order = c.edgeOrder;
  let minY = Infinity;
  let maxY = -Infinity;
  let minX = Infinity;
  let maxX = -Infinity;
  let edges = 0;
  for (let k = 0; k < n; k++) {
    const xi = points[k][0];
    const yi = points[k][1];
    const next = points[k + 1 === n ? 0 : k + 1];
    const xj = next[0];
    const yj = next[1];
    if (yi < minY) minY = yi;
    if (yi > maxY) maxY = yi;
    if (xi < minX) minX = xi;
    if (xi > maxX) maxX = xi;
    if (yi === yj) continue;
    // Oriented from the lower y (a) to the higher (b): the same line either way.
    const lower = yi < yj;
    const ax = lower ? xi : xj;
    const ay = lower ? yi : yj;
    const by = lower ? yj : yi;
    const dx = lower ? xj - xi : xi - xj;
    f[edges] = ay;
    f[n + edges] = by;
    f[2 * n + edges] = dx;
    f[3 * n + edges] = by - ay;
    // Numerator of the crossing at row max(ay, 0), where the edge can first be active.
    f[4 * n + edges] = ax * (by - ay) + (Math.max(ay, 0) - ay) * dx;
    order[n + edges] = edges;
    edges++;
  }
  const x0 = Math.max(minX, 0);
  const x1 = Math.min(maxX, c.width - 1);
  const rowFrom = Math.max(minY, 0);
  // No row when the polygon misses the canvas's columns: nothing of it is visible.
  const rowTo = x0 > x1 ? rowFrom - 1 : Math.min(maxY, c.height - 1);
  // Edges by first row (insertion sort: at most 64, stable like PolygonRows' sort).
  const byStart = order.subarray(n, n + edges);
  for (let i = 1; i < edges; i++) {
    const e = byStart[i];
    const v = f[e];
    let j = i - 1;
    while (j >= 0 && f[byStart[j]] > v) {
      byStart[j + 1] = byStart[j];
      j--;
    }
    byStart[j + 1] = e;
  }
  const B = n;
  const DX = 2 * n;
  const DY = 3 * n;
  const NUM = 4 * n;
  const C = 5 * n;
  let active = 0;
  let entering = 0;
  let added = 0;
  for (let y = rowFrom; y <= rowTo; y++) {
    // min(yi,yj) ≤ y < max(yi,yj): drop edges that ended, add those that start here (or
    // started above the canvas and still reach this row).
    let count = 0;
    for (let q = 0; q < active; q++) {
      const k = order[q];
      if (y < f[B + k]) order[count++] = k;
    }
    while (entering < edges && f[byStart[entering]] <= y) {
      const k = byStart[entering++];
      // It enters at row max(ay, 0) (rowFrom ≤ that), where its numerator was set up.
      if (y < f[B + k]) order[count++] = k;
    }
    active = count;
    for (let q = 0; q < count; q++) {
      const k = order[q];
      // num/dy exactly as PolygonRows: integer num (|num| < 2^27), 0 < dy ≤ 8192, correctly
      // rounded, so order, equality, ⌈·⌉ and ⌊·⌋ are the exact ones.
      const v = f[NUM + k] / f[DY + k];
      f[NUM + k] += f[DX + k];
      let j = q - 1;
      while (j >= 0 && f[C + j] > v) {
        f[C + j + 1] = f[C + j];
        order[j + 1] = order[j];
        j--;
      }
      f[C + j + 1] = v;
      order[j + 1] = k;
    }
    const rowBase = y * stride;
    // Spans come left to right (from and to non-decreasing) and can share at most an end
    // pixel: count each from past the previous one's end.
    let last = x0 - 1;
    for (let q = 0; q + 1 < count; q += 2) {
      const ceil = Math.ceil(f[C + q]);
      const from = ceil > last ? ceil : last + 1;
      const floor = Math.floor(f[C + q + 1]);
      const to = floor < x1 ? floor : x1;
      if (from > to) continue;
      last = to;
      added += to - from + 1 - bitsSet(bits, rowBase, from, to);
    }
  }
  return added;
}

/** Number of set bits of row bitmap `bits[rowBase..]` in columns from..to (from ≤ to). */
function bitsSet(bits: Int32Array, rowBase: number, from: number, to: number): number {
  const first = from >> 5;
  const lastWord = to >> 5;
  const headMask = -1 << (from & 31);
  const tailMask = -1 >>> (31 - (to & 31));
  if (first === lastWord) return popcount(bits[rowBase + first] & headMask & tailMask);
  let total = popcount(bits[rowBase + first] & headMask) + popcount(bits[rowBase + lastWord] & tailMask);
  for (let w = first + 1; w < lastWord; w++) total += popcount(bits[rowBase + w]);
  return total;
}

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The rows of a polygon's interior (§4 polygon) on a canvas: `row(y)`, called for y =
 * rowFrom..rowTo in order, writes that row's crossings, sorted, to `crossings` and returns
 * their number. x0..x1 is the polygon's column range on the canvas (empty rows when x0 > x1).
 */
export class PolygonRows {
  readonly crossings: Float64Array;
  readonly rowFrom: number;
  readonly rowTo: number;
  readonly x0: number;
  readonly x1: number;
  // Non-horizontal edges, each oriented from its lower y (a) to its higher y (b): the
  // crossing at row y is xa + (y−ya)(xb−xa)/(yb−ya), the same line either way.
  private readonly ax: Float64Array;
  private readonly ay: Float64Array;
  private readonly dx: Float64Array;
  private readonly dy: Float64Array;
  private readonly edges: number;
  // Active edge list: edges enter at their lower row (byStart) and leave past their upper
  // one; the list keeps the order of the previous row's crossings, so each row's crossings
  // come nearly sorted (edges cross each other rarely) and the insertion sort is about linear.
  private readonly byStart: Int32Array;
  private readonly active: Int32Array;
  private activeCount = 0;
  private entering = 0;

  constructor(points: ReadonlyArray<readonly [number, number]>, width: number, height: number) {
    const n = points.length;
    let minY = Infinity;
    let maxY = -Infinity;
    let minX = Infinity;
    let maxX = -Infinity;
    const ax = new Float64Array(n);
    const ay = new Float64Array(n);
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    let edges = 0;
    for (let k = 0; k < n; k++) {
      const xi = points[k][0];
      const yi = points[k][1];
      const next = points[k + 1 === n ? 0 : k + 1];
      const xj = next[0];
      const yj = next[1];
      if (yi < minY) minY = yi;
      if (yi > maxY) maxY = yi;
      if (xi < minX) minX = xi;
      if (xi > maxX) maxX = xi;
      if (yi === yj) continue;
      if (yi < yj) {
        ax[edges] = xi;
        ay[edges] = yi;
        dx[edges] = xj - xi;
        dy[edges] = yj - yi;
      } else {
        ax[edges] = xj;
        ay[edges] = yj;
        dx[edges] = xi - xj;
        dy[edges] = yi - yj;
      }
      edges++;
    }
    this.ax = ax;
    this.ay = ay;
    this.dx = dx;
    this.dy = dy;
    this.edges = edges;
    this.x0 = Math.max(minX, 0);
    this.x1 = Math.min(maxX, width - 1);
    this.rowFrom = Math.max(minY, 0);
    // No row when the polygon misses the canvas's columns: nothing of it is visible.
    this.rowTo = this.x0 > this.x1 ? this.rowFrom - 1 : Math.min(maxY, height - 1);
    this.crossings = new Float64Array(edges);
    this.active = new Int32Array(edges);
    this.byStart = Int32Array.from({ length: edges }, (_, k) => k).sort((p, q) => ay[p] - ay[q]);
  }

  row(y: number): number {
    const { ax, ay, dx, dy, active, crossings, byStart } = this;
    // min(yi,yj) ≤ y < max(yi,yj): drop edges that ended, add those that start here (or
    // started above the canvas and still reach this row).
    let count = 0;
    for (let q = 0; q < this.activeCount; q++) {
      const k = active[q];
      if (y - ay[k] < dy[k]) active[count++] = k;
    }
    while (this.entering < this.edges && ay[byStart[this.entering]] <= y) {
      const k = byStart[this.entering++];
      if (y - ay[k] < dy[k]) active[count++] = k;
    }
    this.activeCount = count;
    for (let q = 0; q < count; q++) {
      const k = active[q];
      // The crossing num/den with num, den exact integers (|num| < 2^27, 0 < den ≤ 8192).
      // The division is correctly rounded, so equal fractions give equal doubles and
      // distinct ones (≥ 1/den² apart) keep their order; an integer quotient is exact
      // and a non-integer one is ≥ 1/den from any integer, far beyond the rounding
      // error (≤ 2^-40 here), so ⌈·⌉ and ⌊·⌋ of the double are the exact ones.
      crossings[q] = (ax[k] * dy[k] + (y - ay[k]) * dx[k]) / dy[k];
    }
    for (let i = 1; i < count; i++) {
      const v = crossings[i];
      const edge = active[i];
      let j = i - 1;
      while (j >= 0 && crossings[j] > v) {
        crossings[j + 1] = crossings[j];
        active[j + 1] = active[j];
        j--;
      }
      crossings[j + 1] = v;
      active[j + 1] = edge;
    }
    return count;
  }
}
