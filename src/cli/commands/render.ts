// `drawstream render PLAN.json [--png F] [--gif F] [--at MS] [--scale N]`: validates a plan
// and renders it exactly as the overlay does (same compilePlan/frameAt, same renderer
// settings from the environment).
// - --png F: the final frame, or the frame at --at MS, as an 8-bit RGBA PNG of (w·N)×(h·N).
// - --gif F: the whole drawing as an animated GIF, one frame per 50 ms (20 fps; unchanged
//   frames are merged into longer ones), ending on the final frame held 2 s. --at does not
//   apply to the GIF.
// - A GIF bigger than 2·10⁹ pixel-frames (e.g. ×32 of a long drawing) is refused with exit 2
//   and the largest --scale that fits.
// - Neither: the PNG goes next to the plan (PLAN.json → PLAN.png); reading the plan from
//   stdin ("-") then needs --png or --gif.
// Exit 0 when something was rendered (dropped steps are listed on stderr), 1 for invalid
// input or an unwritable output, 2 for usage errors.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { parsePlan } from '../../dsl/index.js';
import { compilePlan, frameAt, FramePlayer, upscaleNearest, type CompiledPlan } from '../../raster/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO, type Subcommand } from '../io.js';
import { CommandFailure, readPlanText, reportIssues, runCommand, settingsFromEnv } from './validate.js';

const USAGE = 'usage: drawstream render PLAN.json [--png F] [--gif F] [--at MS] [--scale N]';
export const GIF_FRAME_MS = 50;
export const GIF_HOLD_MS = 2000;
/** Pixels × frames a GIF may take (≈ 10 s of encoding): 96×96 at ×8 over the full 60 s uses a third. */
const GIF_MAX_PIXEL_FRAMES = 2e9;
const DEFAULT_SCALE = 8;
const MAX_SCALE = 32;

export interface RenderOptions {
  plan: string;
  png?: string;
  gif?: string;
  atMs?: number;
  scale: number;
}

function usage(message: string): CommandFailure {
  return new CommandFailure(`${message} (${USAGE})`, EXIT_USAGE);
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw usage(`${name} needs a whole number from ${min} to ${max} (got "${value}")`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw usage(`${name} must be from ${min} to ${max} (got ${value})`);
  return n;
}

export function parseRenderArgs(args: string[]): RenderOptions {
  const positional: string[] = [];
  const options: Partial<RenderOptions> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!['--png', '--gif', '--at', '--scale'].includes(name)) throw usage(`unknown option "${name}"`);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= args.length) throw usage(`${name} needs a value`);
      value = args[++i];
    }
    if (value === '') throw usage(`${name} needs a value`);
    if (name === '--png') options.png = value;
    else if (name === '--gif') options.gif = value;
    else if (name === '--at') options.atMs = wholeNumber('--at', value, 0, Number.MAX_SAFE_INTEGER);
    else options.scale = wholeNumber('--scale', value, 1, MAX_SCALE);
  }
  if (positional.length === 0) throw usage('missing PLAN.json');
  if (positional.length > 1) throw usage(`unexpected argument "${positional[1]}"`);
  const plan = positional[0];
  if (options.png === undefined && options.gif === undefined) {
    if (plan === '-') throw usage('give --png or --gif when the plan comes from stdin');
    options.png = /\.json$/i.test(plan) ? plan.replace(/\.json$/i, '.png') : `${plan}.png`;
  }
  return { plan, png: options.png, gif: options.gif, atMs: options.atMs, scale: options.scale ?? DEFAULT_SCALE };
}

/** The PNG bytes of an RGBA image: 8-bit, colour type 6, non-interlaced. */
export function encodePng(rgba: Uint8ClampedArray, width: number, height: number): Buffer {
  const png = new PNG({ width, height, colorType: 6, inputColorType: 6, bitDepth: 8, inputHasAlpha: true });
  png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  return PNG.sync.write(png, { colorType: 6, inputColorType: 6, bitDepth: 8, inputHasAlpha: true });
}

// gifenc ships no types; this is the part of its API used here.
interface GifEncoder {
  writeFrame(index: Uint8Array, width: number, height: number, options: { palette?: number[][]; delay?: number; repeat?: number }): void;
  finish(): void;
  bytes(): Uint8Array;
}
interface Gifenc {
  GIFEncoder(): GifEncoder;
  quantize(rgba: Uint8Array | Uint8ClampedArray, maxColors: number): number[][];
  nearestColorIndex(palette: number[][], pixel: number[]): number;
}
const gifenc = createRequire(import.meta.url)('gifenc') as Gifenc;

/** The GIF palette: the plan's exact colours when they fit in 256, else a quantised table. */
function gifPalette(compiled: CompiledPlan): { palette: number[][]; indexOf: Map<number, number> } {
  const words = [compiled.bgWord, ...compiled.colorWords];
  const hexes = [compiled.bg, ...compiled.colors];
  const distinct = new Map<number, number[]>();
  words.forEach((word, i) => {
    const n = parseInt(hexes[i].slice(1), 16);
    distinct.set(word, [(n >> 16) & 255, (n >> 8) & 255, n & 255]);
  });
  const indexOf = new Map<number, number>();
  if (distinct.size <= 256) {
    const palette = [...distinct.values()];
    [...distinct.keys()].forEach((word, i) => indexOf.set(word, i));
    return { palette, indexOf };
  }
  const sample = new Uint8Array(distinct.size * 4);
  let o = 0;
  for (const [r, g, b] of distinct.values()) {
    sample.set([r, g, b, 255], o);
    o += 4;
  }
  const palette = gifenc.quantize(sample, 256);
  for (const [word, rgb] of distinct) indexOf.set(word, gifenc.nearestColorIndex(palette, rgb));
  return { palette, indexOf };
}

/** Animated GIF of the whole drawing: 50 ms frames (merged while unchanged), final frame held 2 s. */
export function encodeGif(compiled: CompiledPlan, scale: number): Uint8Array {
  const { width, height } = compiled;
  const { palette, indexOf } = gifPalette(compiled);
  const gif = gifenc.GIFEncoder();
  const player = new FramePlayer(compiled);
  const words = new Uint32Array(player.pixels.buffer);
  const outWidth = width * scale;
  const outHeight = height * scale;
  const indexed = (): Uint8Array => {
    const out = new Uint8Array(outWidth * outHeight);
    for (let y = 0; y < height; y++) {
      const row = y * scale * outWidth;
      for (let x = 0; x < width; x++) out.fill(indexOf.get(words[y * width + x]) ?? 0, row + x * scale, row + x * scale + scale);
      for (let r = 1; r < scale; r++) out.copyWithin(row + r * outWidth, row, row + outWidth);
    }
    return out;
  };
  let pending: Uint8Array | null = null;
  let pendingDelay = 0;
  let first = true;
  const flush = (extraDelay: number): void => {
    if (pending === null) return;
    gif.writeFrame(pending, outWidth, outHeight, first ? { palette, delay: pendingDelay + extraDelay, repeat: 0 } : { delay: pendingDelay + extraDelay });
    first = false;
    pending = null;
  };
  for (let t = 0; ; t += GIF_FRAME_MS) {
    const last = t >= compiled.totalMs;
    const changed = player.advanceTo(last ? compiled.totalMs : t);
    if (changed || pending === null) {
      flush(0);
      pending = indexed();
      pendingDelay = 0;
    }
    if (last) break;
    pendingDelay += GIF_FRAME_MS;
  }
  flush(GIF_HOLD_MS);
  gif.finish();
  return gif.bytes();
}

async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandFailure(`${path}: cannot write (${code ?? (error as Error).message})`, EXIT_INVALID);
  }
}

export const renderCommand: Subcommand = (args: string[], io: CliIO) =>
  runCommand('render', io, async () => {
    const options = parseRenderArgs(args);
    const settings = settingsFromEnv(io);
    const text = await readPlanText(options.plan, io);
    const result = parsePlan(text, settings);
    reportIssues('render', result.issues, io);
    if (result.plan === null) throw new CommandFailure(`${options.plan === '-' ? 'stdin' : options.plan}: invalid plan, nothing rendered`, EXIT_INVALID);
    const compiled = compilePlan(result.plan, settings);
    const { width, height } = compiled;
    const scale = options.scale;
    if (options.png !== undefined) {
      const at = options.atMs === undefined || options.atMs >= compiled.totalMs ? compiled.totalMs : options.atMs;
      const frame = upscaleNearest(frameAt(compiled, at), width, height, scale);
      await writeOutput(options.png, encodePng(frame, width * scale, height * scale));
      io.stdout(`wrote ${options.png} (${width * scale}x${height * scale}, ${at >= compiled.totalMs ? 'final frame' : `frame at ${at} ms`} of ${compiled.totalMs} ms)\n`);
    }
    if (options.gif !== undefined) {
      const work = width * scale * height * scale * (Math.ceil(compiled.totalMs / GIF_FRAME_MS) + 1);
      if (work > GIF_MAX_PIXEL_FRAMES) {
        const frames = Math.ceil(compiled.totalMs / GIF_FRAME_MS) + 1;
        const fit = Math.floor(Math.sqrt(GIF_MAX_PIXEL_FRAMES / (width * height * frames)));
        const advice = fit >= 1 ? `use --scale ${fit} or less` : 'the drawing is too long for a GIF (render PNG frames with --at instead)';
        throw new CommandFailure(`--gif: ${frames} frames of ${width * scale}x${height * scale} is too much to encode; ${advice}`, EXIT_USAGE);
      }
      await writeOutput(options.gif, encodeGif(compiled, scale));
      io.stdout(`wrote ${options.gif} (${width * scale}x${height * scale}, ${compiled.totalMs} ms drawing + ${GIF_HOLD_MS} ms hold)\n`);
    }
    return EXIT_OK;
  });
