// Paint events of one drawing step (canvas-dsl.md §4–§5), clipped to the canvas.
// An event is packed in a uint32 as (colourIndex << 16) | (y·width + x): the canvas is at
// most 256×256, so a pixel index fits 16 bits, and a plan has far fewer than 65 536 colours.
import type { AnimateMode, DrawingStep, FontName, PixelsStep } from '../dsl/index.js';
import { paletteDigit } from '../dsl/index.js';
import { clippedLinePoints, clockwiseKey, discHalfWidths } from './geometry.js';
import { glyphBitmap, fontMetrics } from './text.js';

/** Growable packed event list. */
export class EventList {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.data = new Uint32Array(Math.max(capacity, 1024));
  }

  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.data.length) return;
    let capacity = this.data.length;
    while (capacity < needed) capacity *= 2;
    const next = new Uint32Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  push(pixel: number, color: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = (color << 16) | pixel;
  }
}

/** Colour table of a compiled plan: "#rrggbb" → index. */
export class ColorTable {
  readonly colors: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(hex: string): number {
    let i = this.index.get(hex);
    if (i === undefined) {
      i = this.colors.length;
      this.colors.push(hex);
      this.index.set(hex, i);
    }
    return i;
  }
}

/** mulberry32 exactly as canvas-dsl.md §5 writes it; all values unsigned 32-bit. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t = t ^ (t + Math.imul(t ^ (t >>> 7), t | 61));
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** The shuffle state of the i-th drawn step: seed XOR (i·0x9E3779B1 mod 2³²). */
export function revealSeed(seed: number, stepIndex: number): number {
  return (seed ^ Math.imul(stepIndex, 0x9e3779b1)) >>> 0;
}

/** Default `animate.mode` of a step (§5). */
export function defaultMode(step: DrawingStep): AnimateMode {
  switch (step.op) {
    case 'line':
    case 'text':
      return 'stroke';
    case 'pixels':
      return 'pixel_reveal';
    default:
      return step.fill !== undefined ? 'fill' : 'stroke';
  }
}

/**
 * Compiles steps of one canvas into a shared event list. Scratch buffers are sized for
 * the canvas once and reused: marks use a generation counter instead of clearing.
 */
export class StepCompiler {
  /** Where events are written; `count` points it at a scratch list for a moment. */
  events = new EventList();
  private scratch: EventList | null = null;
  private readonly size: number;
  private readonly pathMark: Uint32Array;
  private readonly coverMark: Uint32Array;
  private readonly lastColor: Uint16Array;
  private generation = 0;
  private readonly path: Int32Array;
  private pathLength = 0;
  private readonly linePoints: Int32Array;
  /** Per-row bitmap of a polygon's path pixels for counting (32 pixels a word), made on first use. */
  private rowBits: Int32Array | null = null;
  private readonly rowWords: number;
  private edgeScratch: Float64Array | null = null;
  private edgeOrder: Int32Array | null = null;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly colors: ColorTable,
    private readonly palette: readonly string[],
  ) {
    this.size = width * height;
    this.pathMark = new Uint32Array(this.size);
    this.coverMark = new Uint32Array(this.size);
    this.lastColor = new Uint16Array(this.size);
    this.path = new Int32Array(this.size);
    this.linePoints = new Int32Array(2 * (Math.max(width, height) + 40));
    this.rowWords = (width + 31) >> 5;
  }

  /** Appends the events of `step` (the i-th drawn step) in the order of `mode`; returns their count. */
  compile(step: DrawingStep, mode: AnimateMode, stepIndex: number, seed: number): number {
    const start = this.events.length;
    // pixel_reveal starts from the stroke order (§5).
    const order: 'stroke' | 'fill' = mode === 'fill' ? 'fill' : 'stroke';
    switch (step.op) {
      case 'rect':
        this.rectPath(step.x, step.y, step.w, step.h);
        this.shape(order, step.fill, step.outline, () => this.rectCover(step.x, step.y, step.w, step.h));
        break;
      case 'circle': {
        const widths = discHalfWidths(step.r);
        this.circlePath(step.cx, step.cy, step.r, widths);
        this.shape(order, step.fill, step.outline, () => this.circleCover(step.cx, step.cy, step.r, widths));
        break;
      }
      case 'polygon':
        this.polygonPath(step.points);
        this.shape(order, step.fill, step.outline, () => this.polygonCover(step.points));
        break;
      case 'line':
        this.line(step.x1, step.y1, step.x2, step.y2, step.width, this.colors.indexOf(step.color));
        break;
      case 'text':
        this.text(step.x, step.y, step.value, step.font, step.size, this.colors.indexOf(step.color));
        break;
      case 'pixels':
        this.pixels(step);
        break;
    }
    if (mode === 'pixel_reveal') this.reveal(start, revealSeed(seed, stepIndex));
    return this.events.length - start;
  }

  /**
   * N of `step` in `mode`: exactly the number of events `compile` would append, without the
   * ordering work (circle path sort, pixel_reveal dedup + shuffle) and, for rect, circle and
   * polygon, without listing the pixels. Registers the step's colours in the same order as
   * `compile`, so the colour table is complete and identical either way.
   */
  count(step: DrawingStep, mode: AnimateMode): number {
    switch (step.op) {
      case 'rect':
      case 'circle':
      case 'polygon': {
        const fill = step.fill === undefined ? -1 : this.colors.indexOf(step.fill);
        const outline = step.outline === undefined ? -1 : this.colors.indexOf(step.outline);
        const [path, covered] = step.op === 'rect'
          ? this.rectCounts(step.x, step.y, step.w, step.h)
          : step.op === 'circle'
            ? this.circleCounts(step.cx, step.cy, step.r)
            : this.polygonCounts(step.points);
        // stroke: path, then covered minus path; pixel_reveal: the distinct pixels of that.
        if (mode !== 'fill') return fill >= 0 ? covered : path;
        return (fill >= 0 ? covered : 0) + (outline >= 0 ? path : 0);
      }
      default: {
        // Line, text and pixels are cheap to list: list them into a scratch buffer.
        const saved = this.events;
        const scratch = (this.scratch ??= new EventList());
        scratch.length = 0;
        this.events = scratch;
        try {
          this.compile(step, mode === 'pixel_reveal' ? 'stroke' : mode, 0, 0);
        } finally {
          this.events = saved;
        }
        return mode === 'pixel_reveal' ? this.distinctPixels(scratch.data, scratch.length) : scratch.length;
      }
    }
  }

  private distinctPixels(data: Uint32Array, length: number): number {
    this.generation++;
    const gen = this.generation;
    const mark = this.pathMark;
    let distinct = 0;
    for (let k = 0; k < length; k++) {
      const p = data[k] & 0xffff;
      if (mark[p] !== gen) {
        mark[p] = gen;
        distinct++;
      }
    }
    return distinct;
  }

  /** Pixels of [x0..x1]×[y0..y1] on the canvas. */
  private clippedArea(x0: number, y0: number, x1: number, y1: number): number {
    const w = Math.min(x1, this.width - 1) - Math.max(x0, 0) + 1;
    const h = Math.min(y1, this.height - 1) - Math.max(y0, 0) + 1;
    return w > 0 && h > 0 ? w * h : 0;
  }

  /** [path, covered] pixel counts of a rect on the canvas: the path is the rect minus its interior. */
  private rectCounts(x: number, y: number, w: number, h: number): [number, number] {
    const right = x + w - 1;
    const bottom = y + h - 1;
    const covered = this.clippedArea(x, y, right, bottom);
    return [covered - this.clippedArea(x + 1, y + 1, right - 1, bottom - 1), covered];
  }

  /** [path, covered] of a circle, row by row with the same spans as circlePath/circleCover. */
  private circleCounts(cx: number, cy: number, r: number): [number, number] {
    const dyFrom = Math.max(-r, -cy);
    const dyTo = Math.min(r, this.height - 1 - cy);
    if (dyFrom > dyTo) return [0, 0];
    const widths = discHalfWidths(r);
    let path = 0;
    let covered = 0;
    for (let dy = dyFrom; dy <= dyTo; dy++) {
      const m = widths[dy + r];
      const dxLo = Math.max(-m, -cx);
      const dxHi = Math.min(m, this.width - 1 - cx);
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

  /**
   * [path, covered] of a polygon without listing a pixel: the distinct path pixels are set in
   * a per-row bitmap (`rowBits`, one bit per canvas pixel), the interior spans of each row are
   * counted arithmetically, and covered = |spans| + |path| − |path ∩ spans|, the last by
   * popcount of the bitmap over each span. Same sets as polygonPath/polygonCover list.
   */
  private polygonCounts(points: ReadonlyArray<readonly [number, number]>): [number, number] {
    const stride = this.rowWords;
    const bits = (this.rowBits ??= new Int32Array(this.height * stride));
    bits.fill(0);
    const n = points.length;
    const buf = this.linePoints;
    let path = 0;
    for (let k = 0; k < n; k++) {
      const [x1, y1] = points[k];
      const [x2, y2] = points[k + 1 === n ? 0 : k + 1];
      // lo = hi = 0: every point written is on the canvas.
      const count = clippedLinePoints(x1, y1, x2, y2, 0, 0, this.width, this.height, buf);
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
    return [path, path + this.polygonSpanCount(points, bits, stride)];
  }

  /**
   * |spans| − |path ∩ spans| of a polygon whose path pixels are set in `bits`: what its
   * interior adds to the path. The same rows, crossings and spans as PolygonRows and
   * polygonCover, in one loop: an edge's numerator advances by dx per row instead of being
   * recomputed (still exact integers), and the active edges keep the previous row's order so
   * the insertion sort is about linear.
   */
  private polygonSpanCount(points: ReadonlyArray<readonly [number, number]>, bits: Int32Array, stride: number): number {
    const n = points.length;
    if (this.edgeScratch === null || this.edgeScratch.length < 6 * n) this.edgeScratch = new Float64Array(6 * n);
    if (this.edgeOrder === null || this.edgeOrder.length < 2 * n) this.edgeOrder = new Int32Array(2 * n);
    const f = this.edgeScratch;
    // Edge k: ay = f[k], by = f[n+k], dx = f[2n+k], dy = f[3n+k], num = f[4n+k]; crossings at f[5n..].
    const order = this.edgeOrder;
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
    const x1 = Math.min(maxX, this.width - 1);
    const rowFrom = Math.max(minY, 0);
    // No row when the polygon misses the canvas's columns: nothing of it is visible.
    const rowTo = x0 > x1 ? rowFrom - 1 : Math.min(maxY, this.height - 1);
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

  /** Draws `value` like the `text` op (used by text cards too). */
  text(x0: number, y0: number, value: string, font: FontName, size: number, color: number): void {
    const { width: gw, height: gh } = fontMetrics(font);
    const advance = (gw + 1) * size;
    const lineHeight = (gh + 1) * size;
    const w = this.width;
    const h = this.height;
    let cx = x0;
    let cy = y0;
    for (const ch of value) {
      if (ch === '\n') {
        cx = x0;
        cy += lineHeight;
        continue;
      }
      const glyph = glyphBitmap(font, ch);
      const sw = gw * size;
      const sh = gh * size;
      // Row-major over the scaled glyph's pixels: each font pixel is a size×size block.
      if (cx + sw > 0 && cx < w && cy + sh > 0 && cy < h) {
        const events = this.events;
        events.reserve(sw * sh);
        const data = events.data;
        let n = events.length;
        const word = color << 16;
        const ink = glyph.ink;
        for (let py = Math.max(0, -cy); py < sh && cy + py < h; py++) {
          const rowBase = Math.floor(py / size) * gw;
          const pixelRow = (cy + py) * w + cx;
          for (let px = Math.max(0, -cx); px < sw && cx + px < w; px++) {
            if (ink[rowBase + Math.floor(px / size)] === 1) data[n++] = word | (pixelRow + px);
          }
        }
        events.length = n;
      }
      cx += advance;
    }
  }

  // ---- shapes: path (ordered, deduplicated, clipped) + covered pixels ----

  private beginPath(): void {
    this.generation++;
    this.pathLength = 0;
  }

  private addPathPixel(x: number, y: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const p = y * this.width + x;
    if (this.pathMark[p] === this.generation) return;
    this.pathMark[p] = this.generation;
    this.path[this.pathLength++] = p;
  }

  private shape(order: 'stroke' | 'fill', fill: string | undefined, outline: string | undefined, cover: () => void): void {
    const fillColor = fill === undefined ? -1 : this.colors.indexOf(fill);
    const outlineColor = outline === undefined ? -1 : this.colors.indexOf(outline);
    if (order === 'stroke') {
      this.emitPath(outlineColor >= 0 ? outlineColor : fillColor);
      if (fillColor >= 0) this.emitCovered(cover, fillColor, true);
    } else {
      if (fillColor >= 0) this.emitCovered(cover, fillColor, false);
      if (outlineColor >= 0) this.emitPath(outlineColor);
    }
  }

  private emitPath(color: number): void {
    const events = this.events;
    const count = this.pathLength;
    events.reserve(count);
    const data = events.data;
    const path = this.path;
    const word = color << 16;
    let n = events.length;
    for (let k = 0; k < count; k++) data[n++] = word | path[k];
    events.length = n;
  }

  private coverColor = 0;
  private coverSkipPath = false;

  private emitCovered(cover: () => void, color: number, skipPath: boolean): void {
    this.coverColor = color;
    this.coverSkipPath = skipPath;
    cover();
  }

  /** Emits covered pixels of row y, columns x0..x1 (already clipped), left to right. */
  private coverSpan(y: number, x0: number, x1: number): void {
    if (x1 < x0) return;
    const events = this.events;
    events.reserve(x1 - x0 + 1);
    const data = events.data;
    let n = events.length;
    const from = y * this.width + x0;
    const to = y * this.width + x1;
    const word = this.coverColor << 16;
    if (this.coverSkipPath) {
      const mark = this.pathMark;
      const gen = this.generation;
      for (let p = from; p <= to; p++) if (mark[p] !== gen) data[n++] = word | p;
    } else {
      for (let p = from; p <= to; p++) data[n++] = word | p;
    }
    events.length = n;
  }

  private rectPath(x: number, y: number, w: number, h: number): void {
    this.beginPath();
    const right = x + w - 1;
    const bottom = y + h - 1;
    const cl = Math.max(x, 0);
    const cr = Math.min(right, this.width - 1);
    const ct = Math.max(y, 0);
    const cb = Math.min(bottom, this.height - 1);
    if (cl > cr || ct > cb) return;
    if (y >= 0 && y < this.height) for (let px = cl; px <= cr; px++) this.addPathPixel(px, y);
    if (right >= 0 && right < this.width) for (let py = ct; py <= cb; py++) this.addPathPixel(right, py);
    if (bottom >= 0 && bottom < this.height) for (let px = cr; px >= cl; px--) this.addPathPixel(px, bottom);
    if (x >= 0 && x < this.width) for (let py = cb; py >= ct; py--) this.addPathPixel(x, py);
  }

  private rectCover(x: number, y: number, w: number, h: number): void {
    const x0 = Math.max(x, 0);
    const x1 = Math.min(x + w - 1, this.width - 1);
    const y0 = Math.max(y, 0);
    const y1 = Math.min(y + h - 1, this.height - 1);
    for (let py = y0; py <= y1; py++) this.coverSpan(py, x0, x1);
  }

  private circlePath(cx: number, cy: number, r: number, widths: Int32Array): void {
    this.beginPath();
    // Boundary pixels of row dy: |dx| = m(dy), or a vertical neighbour row narrower than |dx|.
    const xs: number[] = [];
    const ys: number[] = [];
    const dyFrom = Math.max(-r, -cy);
    const dyTo = Math.min(r, this.height - 1 - cy);
    for (let dy = dyFrom; dy <= dyTo; dy++) {
      const m = widths[dy + r];
      const up = dy - 1 >= -r ? widths[dy - 1 + r] : -1;
      const down = dy + 1 <= r ? widths[dy + 1 + r] : -1;
      // |dx| > inner is boundary; inner < 0 makes the whole row boundary.
      const inner = Math.min(up, down, m - 1);
      const dxLo = Math.max(-m, -cx);
      const dxHi = Math.min(m, this.width - 1 - cx);
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
    for (let k = 0; k < n; k++) this.addPathPixel(cx + xs[order[k]], cy + ys[order[k]]);
  }

  private circleCover(cx: number, cy: number, r: number, widths: Int32Array): void {
    const dyFrom = Math.max(-r, -cy);
    const dyTo = Math.min(r, this.height - 1 - cy);
    for (let dy = dyFrom; dy <= dyTo; dy++) {
      const m = widths[dy + r];
      this.coverSpan(cy + dy, Math.max(cx - m, 0), Math.min(cx + m, this.width - 1));
    }
  }

  private polygonPath(points: ReadonlyArray<readonly [number, number]>): void {
    this.beginPath();
    const n = points.length;
    const buf = this.linePoints;
    for (let k = 0; k < n; k++) {
      const [x1, y1] = points[k];
      const [x2, y2] = points[(k + 1) % n];
      const count = clippedLinePoints(x1, y1, x2, y2, 0, 0, this.width, this.height, buf);
      for (let q = 0; q < count; q++) this.addPathPixel(buf[2 * q], buf[2 * q + 1]);
    }
  }

  /**
   * Covered = path ∪ interior spans (§4 polygon). Spans of each row are marked first, then the
   * row is read left to right so path pixels and spans come out row-major together.
   */
  private polygonCover(points: ReadonlyArray<readonly [number, number]>): void {
    const scan = new PolygonRows(points, this.width, this.height);
    const { x0, x1 } = scan;
    const cover = this.coverMark;
    const path = this.pathMark;
    const gen = this.generation;
    const events = this.events;
    const word = this.coverColor << 16;
    const skipPath = this.coverSkipPath;
    const crossings = scan.crossings;
    for (let y = scan.rowFrom; y <= scan.rowTo; y++) {
      const count = scan.row(y);
      const base = y * this.width;
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

  // ---- line, pixels ----

  private line(x1: number, y1: number, x2: number, y2: number, width: number, color: number): void {
    const lo = Math.floor((width - 1) / 2);
    const hi = Math.ceil((width - 1) / 2);
    const buf = this.linePoints;
    const count = clippedLinePoints(x1, y1, x2, y2, lo, hi, this.width, this.height, buf);
    this.generation++;
    const gen = this.generation;
    const mark = this.pathMark;
    const w = this.width;
    const events = this.events;
    for (let q = 0; q < count; q++) {
      const px = buf[2 * q];
      const py = buf[2 * q + 1];
      const sx0 = Math.max(px - lo, 0);
      const sx1 = Math.min(px + hi, w - 1);
      const sy0 = Math.max(py - lo, 0);
      const sy1 = Math.min(py + hi, this.height - 1);
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

  private pixels(step: PixelsStep): void {
    const w = this.width;
    const h = this.height;
    const events = this.events;
    const stepColor = step.color === undefined ? -1 : this.colors.indexOf(step.color);
    if (step.points !== undefined) {
      const points = step.points;
      events.reserve(points.length);
      const data = events.data;
      let n = events.length;
      const word = stepColor << 16;
      for (let k = 0; k < points.length; k++) {
        const x = points[k][0];
        const y = points[k][1];
        if (x >= 0 && y >= 0 && x < w && y < h) data[n++] = word | (y * w + x);
      }
      events.length = n;
    }
    if (step.matrix !== undefined) {
      const x0 = step.x ?? 0;
      const y0 = step.y ?? 0;
      // Colour of each base-32 digit's char code (-1: not a digit); with `color` every cell paints it.
      const digitColors = this.digitColors(stepColor);
      for (let r = 0; r < step.matrix.length; r++) {
        const y = y0 + r;
        if (y < 0 || y >= h) continue;
        const row = step.matrix[r];
        events.reserve(row.length);
        const data = events.data;
        let n = events.length;
        const base = y * w;
        let x = x0;
        for (let i = 0; i < row.length; i++, x++) {
          const code = row.charCodeAt(i);
          // A surrogate pair is one character (code point) of the row.
          if (code >= 0xd800 && code <= 0xdbff && i + 1 < row.length) {
            const next = row.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) i++;
            if (stepColor >= 0 && x >= 0 && x < w) data[n++] = (stepColor << 16) | (base + x);
            continue;
          }
          if (code === 46 /* . */ || code === 32 /* space */ || x < 0 || x >= w) continue;
          const color = stepColor >= 0 ? stepColor : code < 128 ? digitColors[code] : -1;
          // The parser guarantees valid digits; a hand-made plan that breaks this skips the cell.
          if (color >= 0) data[n++] = (color << 16) | (base + x);
        }
        events.length = n;
      }
    }
  }

  private digitColors(stepColor: number): Int32Array {
    const table = new Int32Array(128).fill(-1);
    if (stepColor >= 0) return table;
    for (let code = 0; code < 128; code++) {
      const digit = paletteDigit(String.fromCharCode(code));
      if (digit >= 0 && digit < this.palette.length) table[code] = this.colors.indexOf(this.palette[digit]);
    }
    return table;
  }

  /**
   * pixel_reveal (§5): the events from `start` on (stroke order) reduced to one per distinct
   * pixel with its last colour, listed row-major, then shuffled by mulberry32.
   */
  private reveal(start: number, seed: number): void {
    const events = this.events;
    const end = events.length;
    this.generation++;
    const gen = this.generation;
    const mark = this.pathMark;
    const last = this.lastColor;
    const a = events.data;
    // Row-major = ascending pixel index: mark the pixels, then read the marked range in order.
    let minP = this.size;
    let maxP = -1;
    for (let k = start; k < end; k++) {
      const e = a[k];
      const p = e & 0xffff;
      mark[p] = gen;
      last[p] = e >>> 16;
      if (p < minP) minP = p;
      if (p > maxP) maxP = p;
    }
    let n = start;
    for (let p = minP; p <= maxP; p++) if (mark[p] === gen) a[n++] = (last[p] << 16) | p;
    const count = n - start;
    // mulberry32, inlined (same arithmetic as mulberry32() above).
    let s = seed >>> 0;
    for (let j = count - 1; j >= 1; j--) {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = Math.imul(s ^ (s >>> 15), s | 1);
      t = t ^ (t + Math.imul(t ^ (t >>> 7), t | 61));
      const r = ((t ^ (t >>> 14)) >>> 0) % (j + 1);
      const tmp = a[start + j];
      a[start + j] = a[start + r];
      a[start + r] = tmp;
    }
    events.length = n;
  }
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
class PolygonRows {
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
