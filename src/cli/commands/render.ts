// `drawstream render PLAN.json [--png F] [--gif F] [--at MS] [--scale N]`: validates a plan
// and renders it exactly as the overlay does (same compilePlan/frameAt, same renderer
// settings from the environment), encoded by the gallery's PNG and GIF encoders.
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
import { parsePlan } from '../../dsl/index.js';
import { encodeGif, encodePng } from '../../gallery/index.js';
import { compilePlan, frameAt } from '../../raster/index.js';
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
    else if (name === '--at') {
      // Any whole number ≥ 0 is valid (design.md); one beyond 2^53 is past every drawing's end.
      if (!/^\d+$/.test(value)) throw usage(`--at needs a whole number ≥ 0 (got "${value}")`);
      options.atMs = Math.min(Number(value), Number.MAX_SAFE_INTEGER);
    } else options.scale = wholeNumber('--scale', value, 1, MAX_SCALE);
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
    if (result.plan === null)
      throw new CommandFailure(`${options.plan === '-' ? 'stdin' : options.plan}: invalid plan, nothing rendered`, EXIT_INVALID);
    const compiled = compilePlan(result.plan, settings);
    const { width, height } = compiled;
    const scale = options.scale;
    if (options.png !== undefined) {
      const at = options.atMs === undefined || options.atMs >= compiled.totalMs ? compiled.totalMs : options.atMs;
      await writeOutput(options.png, encodePng(frameAt(compiled, at), width, height, scale));
      io.stdout(
        `wrote ${options.png} (${width * scale}x${height * scale}, ${at >= compiled.totalMs ? 'final frame' : `frame at ${at} ms`} of ${compiled.totalMs} ms)\n`,
      );
    }
    if (options.gif !== undefined) {
      const frames = Math.ceil(compiled.totalMs / GIF_FRAME_MS) + 1;
      if (width * scale * height * scale * frames > GIF_MAX_PIXEL_FRAMES) {
        const fit = Math.floor(Math.sqrt(GIF_MAX_PIXEL_FRAMES / (width * height * frames)));
        const advice = fit >= 1 ? `use --scale ${fit} or less` : 'the drawing is too long for a GIF (render PNG frames with --at instead)';
        throw new CommandFailure(
          `--gif: ${frames} frames of ${width * scale}x${height * scale} is too much to encode; ${advice}`,
          EXIT_USAGE,
        );
      }
      // maxFrames covers every 50 ms sample, so the gallery encoder never time-lapses the drawing
      // (MAX_DRAW_SEC ≤ 3600 keeps it within the encoder's own bound).
      const gif = encodeGif(compiled, { scale, frameMs: GIF_FRAME_MS, holdFinalMs: GIF_HOLD_MS, maxFrames: frames });
      await writeOutput(options.gif, gif);
      io.stdout(`wrote ${options.gif} (${width * scale}x${height * scale}, ${compiled.totalMs} ms drawing + ${GIF_HOLD_MS} ms hold)\n`);
    }
    return EXIT_OK;
  });
