// Exact integer geometry of canvas-dsl.md §4, computed only where it can touch the canvas so
// that a line from (-4096,-4096) to (4096,4096) or a circle of radius 512 costs what its
// visible part costs, not its full length.

/**
 * Writes into `out` (as x,y pairs) the points of the spec's Bresenham path from (x1,y1) to
 * (x2,y2), in path order, keeping only points whose square [p−lo, p+hi] can touch the
 * canvas [0,w)×[0,h). Returns the number of points written.
 *
 * The spec's loop (e = dx + dy; e2 = 2e; step x if e2 ≥ dy; step y if e2 ≤ dx) has a closed
 * form: with a = |Δx|, b = |Δy|, the error at offset (i, j) is a(j+1) − b(i+1), and
 * - if a ≥ b, x advances on every iteration and the point at x-offset i has
 *   y-offset j = ⌊(2b·i + a) / (2a)⌋;
 * - if b > a, y advances on every iteration and the point at y-offset j has
 *   x-offset i = ⌊(2a·j + b) / (2b)⌋.
 * (Tests check this against the literal loop, exhaustively on a small grid.) So only the
 * visible range of the major axis is walked.
 */
export function clippedLinePoints(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  lo: number,
  hi: number,
  w: number,
  h: number,
  out: Int32Array,
): number {
  const a = Math.abs(x2 - x1);
  const b = Math.abs(y2 - y1);
  const sx = x1 < x2 ? 1 : -1;
  const sy = y1 < y2 ? 1 : -1;
  // A point's square touches the canvas when p ∈ [−hi, size−1+lo] on both axes.
  const minX = -hi;
  const maxX = w - 1 + lo;
  const minY = -hi;
  const maxY = h - 1 + lo;
  let n = 0;
  if (a === 0 && b === 0) {
    if (x1 >= minX && x1 <= maxX && y1 >= minY && y1 <= maxY) {
      out[0] = x1;
      out[1] = y1;
      n = 1;
    }
    return n;
  }
  if (a >= b) {
    const [from, to] = majorRange(x1, sx, a, minX, maxX);
    const twoA = 2 * a;
    for (let i = from; i <= to; i++) {
      const j = Math.floor((2 * b * i + a) / twoA);
      const y = y1 + sy * j;
      if (y < minY || y > maxY) continue;
      out[2 * n] = x1 + sx * i;
      out[2 * n + 1] = y;
      n++;
    }
  } else {
    const [from, to] = majorRange(y1, sy, b, minY, maxY);
    const twoB = 2 * b;
    for (let j = from; j <= to; j++) {
      const i = Math.floor((2 * a * j + b) / twoB);
      const x = x1 + sx * i;
      if (x < minX || x > maxX) continue;
      out[2 * n] = x;
      out[2 * n + 1] = y1 + sy * j;
      n++;
    }
  }
  return n;
}

/** Offsets k ∈ [0, length] with start + step·k inside [min, max] (empty range when from > to). */
function majorRange(start: number, step: number, length: number, min: number, max: number): [number, number] {
  let from: number;
  let to: number;
  if (step > 0) {
    from = min - start;
    to = max - start;
  } else {
    from = start - max;
    to = start - min;
  }
  return [Math.max(0, from), Math.min(length, to)];
}

/** ⌊√n⌋ exactly, for 0 ≤ n < 2^52. */
export function isqrt(n: number): number {
  let r = Math.floor(Math.sqrt(n));
  while (r * r > n) r--;
  while ((r + 1) * (r + 1) <= n) r++;
  return r;
}

/**
 * Half-widths of the disc dx²+dy² ≤ r²+r: result[dy + r] = the largest |dx| in row dy
 * (every row |dy| ≤ r has at least its centre pixel, since r²+r−r² = r ≥ 0).
 */
export function discHalfWidths(r: number): Int32Array {
  const limit = r * r + r;
  const widths = new Int32Array(2 * r + 1);
  for (let dy = -r; dy <= r; dy++) widths[dy + r] = isqrt(limit - dy * dy);
  return widths;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * Clockwise angle of the direction (dx, dy) from 12 o'clock, in [0, 2π). Directions are
 * reduced by their gcd first, so collinear offsets get bit-identical keys (they then tie and
 * are ordered by distance). Distinct directions with |components| ≤ 513 differ by at least
 * ~1.9e-6 rad, far above the ~1e-15 error of atan2, so comparing keys equals comparing the
 * spec's cross products.
 */
export function clockwiseKey(dx: number, dy: number): number {
  const g = gcd(Math.abs(dx), Math.abs(dy)) || 1;
  const angle = Math.atan2(dx / g, -dy / g);
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

/**
 * Exact floor(num / den) for integers with |num|, |den| < 2^53 and den > 0: the float
 * quotient is corrected so that rounding can never move the result across an integer.
 */
export function floorDiv(num: number, den: number): number {
  let q = Math.floor(num / den);
  if (q * den > num) q--;
  else if ((q + 1) * den <= num) q++;
  return q;
}

export function ceilDiv(num: number, den: number): number {
  return -floorDiv(-num, den);
}
