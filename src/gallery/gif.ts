// Animated GIF of a whole drawing, ending on its final frame (the gallery's replay file).
// Pixel art has few colours, so the palette is exact: the colours the drawing actually
// paints (quantised only when a plan paints more than 255). Frames are sampled on the
// drawing's own timeline every `frameMs`; a sample that looks like the previous one only
// lengthens that frame's delay, and every other frame is encoded as the rectangle that
// changed, with unchanged pixels transparent, so files stay small and encoding fast.
import { createRequire } from 'node:module';
import { FramePlayer, type CompiledPlan } from '../raster/index.js';

// gifenc ships no types; this is the part of its API used here.
interface GifEncoder {
  writeFrame(
    index: Uint8Array,
    width: number,
    height: number,
    options: { palette?: number[][]; delay?: number; repeat?: number; transparent?: boolean; transparentIndex?: number; dispose?: number },
  ): void;
  finish(): void;
  bytesView(): Uint8Array;
}
interface Gifenc {
  GIFEncoder(options?: { initialCapacity?: number }): GifEncoder;
  quantize(rgba: Uint8Array, maxColors: number, options?: { format?: string }): number[][];
  nearestColorIndex(palette: number[][], pixel: number[]): number;
}
const gifenc = createRequire(import.meta.url)('gifenc') as Gifenc;

export const GIF_DEFAULT_FRAME_MS = 50;
export const GIF_DEFAULT_HOLD_MS = 2000;
/** 60 s (the default MAX_DRAW_SEC) at 20 fps, plus the final frame. */
export const GIF_DEFAULT_MAX_FRAMES = 1201;
/** A GIF delay is in 1/100 s; browsers play 0–10 ms delays as 100 ms, so 20 ms is the floor. 60 ms keeps ≥ 15 fps. */
const MIN_FRAME_MS = 20;
const MAX_FRAME_MS = 60;
const MAX_HOLD_MS = 60_000;
const MAX_SCALE = 32;
/** GIF stores a frame's delay in 16 bits of 1/100 s. */
const MAX_DELAY_MS = 65_535 * 10;
/** How long the async encoder works before it lets the event loop run. */
const SLICE_MS = 8;

export interface GifOptions {
  /** Integer upscale, nearest-neighbour (1..32). */
  scale: number;
  /** Time between samples of the drawing and between GIF frames: default 50 (20 fps); rounded to 10 ms, 20..60. */
  frameMs?: number;
  /** Extra time the final frame stays up before the GIF loops: default 2000 ms. */
  holdFinalMs?: number;
  /** At most this many samples (so frames); a longer drawing becomes a time-lapse. Default 1201. */
  maxFrames?: number;
}

export interface GifResult {
  bytes: Buffer;
  width: number;
  height: number;
  /** GIF frames written (identical samples merged). */
  frames: number;
  /** Samples taken of the drawing. */
  samples: number;
  /** Drawing time between samples; above frameMs the GIF is a time-lapse. */
  sampleStepMs: number;
  frameMs: number;
  /** Distinct colours painted (background included). */
  colors: number;
  /** True when the drawing painted more than 255 colours and the palette was quantised. */
  quantized: boolean;
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

interface GifPalette {
  /** RGB entries; the entry at `transparentIndex` is a placeholder never drawn opaque. */
  table: number[][];
  transparentIndex: number;
  /** Colour word (raster's uint32 RGBA view) → palette index. */
  indexOfWord: Map<number, number>;
  colors: number;
  quantized: boolean;
}

function wordRgb(word: number): number[] {
  const bytes = new Uint8Array(new Uint32Array([word]).buffer);
  return [bytes[0], bytes[1], bytes[2]];
}

/**
 * The colours the drawing actually paints: the background and the colour of every paint
 * event (CompiledPlan packs an event as colourIndex << 16 | pixel), or with `wholeTable`
 * every colour the plan names. One index is kept free for transparency, so more than 255
 * colours are quantised.
 */
function buildPalette(compiled: CompiledPlan, wholeTable: boolean): GifPalette {
  const usedColor = new Uint8Array(compiled.colorWords.length);
  if (wholeTable) usedColor.fill(1);
  const events = compiled.events;
  for (let k = 0; k < compiled.eventCount && !wholeTable; k++) {
    const c = events[k] >>> 16;
    if (c < usedColor.length) usedColor[c] = 1;
  }
  const words = [compiled.bgWord];
  for (let c = 0; c < usedColor.length; c++) if (usedColor[c] === 1) words.push(compiled.colorWords[c]);
  const distinct = [...new Set(words)];
  const indexOfWord = new Map<number, number>();
  if (distinct.length <= 255) {
    const table = distinct.map(wordRgb);
    distinct.forEach((word, i) => indexOfWord.set(word, i));
    table.push([0, 0, 0]);
    return { table, transparentIndex: distinct.length, indexOfWord, colors: distinct.length, quantized: false };
  }
  const sample = new Uint8Array(distinct.length * 4);
  distinct.forEach((word, i) => sample.set([...wordRgb(word), 255], i * 4));
  const table = gifenc
    .quantize(sample, 255, { format: 'rgb444' })
    .slice(0, 255)
    .map((c) => [c[0], c[1], c[2]]);
  for (const word of distinct) indexOfWord.set(word, gifenc.nearestColorIndex(table, wordRgb(word)));
  const transparentIndex = table.length;
  table.push([0, 0, 0]);
  return { table, transparentIndex, indexOfWord, colors: distinct.length, quantized: true };
}

interface PendingFrame {
  x: number;
  y: number;
  w: number;
  h: number;
  index: Uint8Array;
  delayMs: number;
  first: boolean;
}

/**
 * The encoder as a generator: it yields now and then so an async caller can let the event
 * loop breathe; a sync caller just drains it. Returns the GIF.
 */
export function* gifEncoding(compiled: CompiledPlan, options: GifOptions): Generator<void, GifResult, void> {
  const exact = yield* encodeWithPalette(compiled, options, buildPalette(compiled, false));
  if (exact !== null) return exact;
  // A frame showed a colour no paint event has: should the event packing ever change, fall back to every colour of the plan.
  const whole = yield* encodeWithPalette(compiled, options, buildPalette(compiled, true));
  if (whole !== null) return whole;
  throw new Error('a frame has a colour the compiled plan does not list');
}

function* encodeWithPalette(compiled: CompiledPlan, options: GifOptions, palette: GifPalette): Generator<void, GifResult | null, void> {
  const scale = clampInt(options.scale, 1, 1, MAX_SCALE);
  const frameMs =
    clampInt((options.frameMs ?? GIF_DEFAULT_FRAME_MS) / 10, GIF_DEFAULT_FRAME_MS / 10, MIN_FRAME_MS / 10, MAX_FRAME_MS / 10) * 10;
  const holdMs = clampInt(options.holdFinalMs, GIF_DEFAULT_HOLD_MS, 0, MAX_HOLD_MS);
  const maxFrames = clampInt(options.maxFrames, GIF_DEFAULT_MAX_FRAMES, 2, 100_000);
  const { width, height } = compiled;
  const totalMs = Math.max(0, Math.floor(compiled.totalMs));
  const sampleStepMs = Math.max(frameMs, Math.ceil(totalMs / (maxFrames - 1)));

  const transparent = palette.transparentIndex;
  const indexOfWord = palette.indexOfWord;
  const player = new FramePlayer(compiled);
  const words = new Uint32Array(player.pixels.buffer, player.pixels.byteOffset, width * height);
  /** Palette index of every canvas pixel as the GIF shows it after the last decided frame. */
  const shown = new Uint8Array(width * height);
  /** Palette index of every canvas pixel at the current sample. */
  const current = new Uint8Array(width * height);
  const outWidth = width * scale;
  const gif = gifenc.GIFEncoder({ initialCapacity: 64 * 1024 });

  const subImage = (x: number, y: number, w: number, h: number, full: boolean): Uint8Array => {
    const rowLength = w * scale;
    const out = new Uint8Array(rowLength * h * scale);
    for (let r = 0; r < h; r++) {
      const rowStart = r * scale * rowLength;
      const base = (y + r) * width + x;
      for (let c = 0; c < w; c++) {
        const p = base + c;
        const v = full || current[p] !== shown[p] ? current[p] : transparent;
        out.fill(v, rowStart + c * scale, rowStart + (c + 1) * scale);
      }
      for (let k = 1; k < scale; k++) out.copyWithin(rowStart + k * rowLength, rowStart, rowStart + rowLength);
    }
    return out;
  };

  let frames = 0;
  const write = (frame: PendingFrame): void => {
    const delay = Math.min(MAX_DELAY_MS, Math.max(frameMs, frame.delayMs));
    const w = frame.w * scale;
    const h = frame.h * scale;
    if (frame.first) {
      gif.writeFrame(frame.index, w, h, { palette: palette.table, delay, repeat: 0, dispose: 1 });
    } else {
      const at = gif.bytesView().length;
      gif.writeFrame(frame.index, w, h, { delay, transparent: true, transparentIndex: transparent, dispose: 1 });
      placeFrame(gif.bytesView(), at, frame.x * scale, frame.y * scale);
    }
    frames++;
  };

  let pending: PendingFrame | null = null;
  let samples = 0;
  let sliceStart = performance.now();
  for (let t = 0; ; t += sampleStepMs) {
    const last = t >= totalMs;
    const at = last ? totalMs : t;
    const changed = player.advanceTo(at);
    samples++;
    if (pending === null) {
      for (let p = 0; p < current.length; p++) {
        const v = indexOfWord.get(words[p]);
        if (v === undefined) return null;
        current[p] = v;
      }
      pending = { x: 0, y: 0, w: width, h: height, index: subImage(0, 0, width, height, true), delayMs: 0, first: true };
      shown.set(current);
    } else {
      // Where the sample differs from what the GIF shows (same-colour repaints are no change).
      let minX = width;
      let minY = height;
      let maxX = -1;
      let maxY = -1;
      const dirty = changed ? player.dirty : null;
      if (dirty !== null) {
        for (let y = dirty.y; y < dirty.y + dirty.h; y++) {
          for (let x = dirty.x; x < dirty.x + dirty.w; x++) {
            const p = y * width + x;
            const v = indexOfWord.get(words[p]);
            if (v === undefined) return null;
            current[p] = v;
            if (v !== shown[p]) {
              if (x < minX) minX = x;
              if (x > maxX) maxX = x;
              if (y < minY) minY = y;
              if (y > maxY) maxY = y;
            }
          }
        }
      }
      if (maxX >= 0) {
        write(pending);
        const w = maxX - minX + 1;
        const h = maxY - minY + 1;
        pending = { x: minX, y: minY, w, h, index: subImage(minX, minY, w, h, false), delayMs: 0, first: false };
        for (let y = minY; y <= maxY; y++) shown.set(current.subarray(y * width + minX, y * width + maxX + 1), y * width + minX);
      }
    }
    if (last) {
      pending.delayMs += holdMs;
      break;
    }
    pending.delayMs += frameMs;
    if (performance.now() - sliceStart >= SLICE_MS) {
      yield;
      sliceStart = performance.now();
    }
  }
  write(pending);
  gif.finish();
  const view = gif.bytesView();
  return {
    bytes: Buffer.from(view.buffer, view.byteOffset, view.byteLength),
    width: outWidth,
    height: height * scale,
    frames,
    samples,
    sampleStepMs,
    frameMs,
    colors: palette.colors,
    quantized: palette.quantized,
  };
}

/**
 * gifenc always writes a frame at (0, 0); this moves the frame just written, whose Graphic
 * Control Extension starts at `at`, to (x, y) in its Image Descriptor.
 */
function placeFrame(bytes: Uint8Array, at: number, x: number, y: number): void {
  if (bytes[at] !== 0x21 || bytes[at + 1] !== 0xf9 || bytes[at + 8] !== 0x2c) {
    throw new Error('gifenc wrote an unexpected frame layout');
  }
  bytes[at + 9] = x & 0xff;
  bytes[at + 10] = (x >> 8) & 0xff;
  bytes[at + 11] = y & 0xff;
  bytes[at + 12] = (y >> 8) & 0xff;
}

/** The whole drawing as an animated GIF89a (looping), ending on the final frame. Synchronous. */
export function encodeGif(compiled: CompiledPlan, options: GifOptions): Buffer {
  return drain(gifEncoding(compiled, options)).bytes;
}

/** Like encodeGif, with statistics, giving the event loop a turn every few milliseconds. */
export async function encodeGifAsync(compiled: CompiledPlan, options: GifOptions): Promise<GifResult> {
  const encoding = gifEncoding(compiled, options);
  for (;;) {
    const step = encoding.next();
    if (step.done === true) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

export function encodeGifWithStats(compiled: CompiledPlan, options: GifOptions): GifResult {
  return drain(gifEncoding(compiled, options));
}

function drain<T>(generator: Generator<void, T, void>): T {
  for (;;) {
    const step = generator.next();
    if (step.done === true) return step.value;
  }
}
