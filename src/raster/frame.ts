// Frames of a compiled plan (canvas-dsl.md §5). Steps never overlap in time, so the frame
// at t is always the background plus a prefix of the global event list: every step before
// the running one is complete and every later one has not started. frameAt and
// FramePlayer both reduce to "how many events are due at t".
import { eventsThrough, type CompiledPlan } from './compile.js';
import { floorDiv, ceilDiv } from './geometry.js';

const SAFE = Number.MAX_SAFE_INTEGER;

/** ⌊num/den⌋ for non-negative integers, exact even beyond 2^53 (BigInt only then). */
function exactFloorDiv(num: number, den: number): number {
  return num <= SAFE ? floorDiv(num, den) : Number(BigInt(num) / BigInt(den));
}

/** k: events of a step shown e ms after it started (0 ≤ e < d), exactly §5's integer formulas. */
export function shownEvents(e: number, n: number, d: number, ease: 'linear' | 'ease_in_out'): number {
  if (ease === 'linear') return floorDiv(e * n, d);
  if (2 * e < d) return easeTerm(e, n, d, false);
  return n - easeTerm(d - e, n, d, true);
}

/** ⌊2x²N/d²⌋ (or ⌈…⌉), with BigInt when 2x²N would lose precision as a double. */
function easeTerm(x: number, n: number, d: number, ceil: boolean): number {
  const dd = d * d;
  const approx = 2 * x * x * n;
  if (approx <= SAFE) return ceil ? ceilDiv(approx, dd) : exactFloorDiv(approx, dd);
  const num = 2n * BigInt(x) * BigInt(x) * BigInt(n);
  const den = BigInt(dd);
  const q = num / den;
  return Number(ceil && q * den !== num ? q + 1n : q);
}

/** Normalises a clock value: floored, NaN → 0. */
function clockMs(tMs: number): number {
  if (Number.isNaN(tMs)) return 0;
  return Math.floor(tMs);
}

/** Number of events (a prefix of `compiled.events`) shown at t ms from the start of the drawing. */
export function eventsAt(compiled: CompiledPlan, tMs: number): number {
  const t = clockMs(tMs);
  if (t >= compiled.totalMs) return compiled.eventCount;
  for (const step of compiled.steps) {
    const e = t - step.startMs;
    if (e < 0) return step.firstEvent;
    if (e >= step.durationMs) continue;
    return step.firstEvent + shownEvents(e, step.eventCount, step.durationMs, step.ease);
  }
  return compiled.eventCount;
}

function applyEvents(compiled: CompiledPlan, pixels: Uint32Array, from: number, to: number): void {
  const events = eventsThrough(compiled, to);
  const words = compiled.colorWords;
  for (let k = from; k < to; k++) {
    const e = events[k];
    pixels[e & 0xffff] = words[e >>> 16];
  }
}

/** The RGBA frame (width·height·4 bytes, alpha 255) at t ms from the start of the drawing. */
export function frameAt(compiled: CompiledPlan, tMs: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(compiled.width * compiled.height * 4);
  const words = new Uint32Array(rgba.buffer);
  words.fill(compiled.bgWord);
  applyEvents(compiled, words, 0, eventsAt(compiled, tMs));
  return rgba;
}

export interface DirtyRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Incremental frames for the overlay: each advance applies only the events that became due
 * since the previous one. Going back in time rebuilds from the background. Frames equal
 * frameAt byte for byte.
 */
export class FramePlayer {
  /** The current frame (RGBA, updated in place). */
  readonly pixels: Uint8ClampedArray;
  /** What changed in the last advance (the whole canvas on the first one), or null. */
  dirty: DirtyRect | null = null;
  private readonly words: Uint32Array;
  private shown = 0;
  private fresh = true;

  constructor(readonly compiled: CompiledPlan) {
    this.pixels = new Uint8ClampedArray(compiled.width * compiled.height * 4);
    this.words = new Uint32Array(this.pixels.buffer);
    this.words.fill(compiled.bgWord);
  }

  /** Events applied so far. */
  get shownEvents(): number {
    return this.shown;
  }

  /** Moves to t ms; true when `pixels` changed (always true on the first call). */
  advanceTo(tMs: number): boolean {
    const target = eventsAt(this.compiled, tMs);
    const { width, height } = this.compiled;
    if (target < this.shown) {
      this.words.fill(this.compiled.bgWord);
      applyEvents(this.compiled, this.words, 0, target);
      this.shown = target;
      this.fresh = false;
      this.dirty = { x: 0, y: 0, w: width, h: height };
      return true;
    }
    if (this.fresh) {
      applyEvents(this.compiled, this.words, this.shown, target);
      this.shown = target;
      this.fresh = false;
      this.dirty = { x: 0, y: 0, w: width, h: height };
      return true;
    }
    if (target === this.shown) {
      this.dirty = null;
      return false;
    }
    const events = eventsThrough(this.compiled, target);
    const colorWords = this.compiled.colorWords;
    const words = this.words;
    let minX = width;
    let minY = height;
    let maxX = -1;
    let maxY = -1;
    for (let k = this.shown; k < target; k++) {
      const e = events[k];
      const p = e & 0xffff;
      words[p] = colorWords[e >>> 16];
      const y = (p / width) | 0;
      const x = p - y * width;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.shown = target;
    this.dirty = { x: minX, y: minY, w: maxX - minX + 1, h: maxY - minY + 1 };
    return true;
  }
}

/** Nearest-neighbour upscale of an RGBA image by an integer factor. */
export function upscaleNearest(rgba: Uint8ClampedArray, width: number, height: number, scale: number): Uint8ClampedArray {
  const s = Math.max(1, Math.floor(scale));
  // A Uint32Array view needs 4-byte alignment; a misaligned view is copied first.
  if (rgba.byteOffset % 4 !== 0) rgba = rgba.slice();
  const outWidth = width * s;
  const out = new Uint8ClampedArray(outWidth * height * s * 4);
  const src = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const dst = new Uint32Array(out.buffer);
  for (let y = 0; y < height; y++) {
    const rowStart = y * s * outWidth;
    for (let x = 0; x < width; x++) dst.fill(src[y * width + x], rowStart + x * s, rowStart + x * s + s);
    for (let r = 1; r < s; r++) dst.copyWithin(rowStart + r * outWidth, rowStart, rowStart + outWidth);
  }
  return out;
}
