// What compilePlan returns (CompiledPlan, CompiledStep) and how one is assembled: the colour
// words, an empty canvas for a plan that cannot be drawn, and a text card whose few events are
// listed at once. Plans with steps list their events lazily (lazy-events.ts).
import type { AnimateMode, DrawingStep, Ease, PlanIssue } from '../dsl/index.js';
import type { ColorTable, StepCompiler } from './events.js';

export interface CompiledStep {
  /** The drawing op, or 'text_card' for the single step of a text card. */
  op: DrawingStep['op'] | 'text_card';
  mode: AnimateMode;
  ease: Ease;
  /** Delay before the step (own delay plus group delays), after MAX_DRAW_SEC scaling. */
  delayMs: number;
  /** Duration d after scaling. */
  durationMs: number;
  /** S_i: when the step starts, ms from the start of the drawing. */
  startMs: number;
  /** Index of the step's first event in `events`. */
  firstEvent: number;
  /** N: its number of events (after clipping). */
  eventCount: number;
}

export interface CompiledPlan {
  width: number;
  height: number;
  /** Background "#rrggbb". */
  bg: string;
  /** Colour table; an event's colour is an index into it. */
  colors: readonly string[];
  /** `colors` packed as the uint32 a Uint32Array view of RGBA bytes holds (platform byte order). */
  colorWords: Uint32Array;
  bgWord: number;
  /**
   * Paint events in drawing order: (colourIndex << 16) | (y·width + x). Length = eventCount.
   * Listed lazily: compilePlan only counts them; the first read of `events` lists them all
   * (frameAt and FramePlayer list only the steps they reach, see `eventsThrough`).
   */
  readonly events: Uint32Array;
  eventCount: number;
  steps: CompiledStep[];
  /** T: drawing time after scaling; t ≥ totalMs shows the final frame. 0 for a text card. */
  totalMs: number;
  /** True for a text card (`render_text`). */
  textCard: boolean;
  /** How long the final frame is held: `duration_sec` of a text card, else SHOW_DURATION_SEC. */
  holdMs: number;
  /** What re-validation dropped (empty for a plan that `parsePlan` normalised). */
  issues: PlanIssue[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** "#rrggbb" as the uint32 that writes bytes r, g, b, 255 through a Uint32Array view. */
export function colorWord(hex: string): number {
  const n = parseInt(hex.slice(1, 7), 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  return LITTLE_ENDIAN ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
}

/** An empty canvas: what a plan that cannot be drawn compiles to (its issues say why). */
export function emptyCompiled(width: number, height: number, bg: string, holdMs: number, issues: PlanIssue[]): CompiledPlan {
  return {
    width,
    height,
    bg,
    colors: [],
    colorWords: new Uint32Array(0),
    bgWord: colorWord(bg),
    events: new Uint32Array(0),
    eventCount: 0,
    steps: [],
    totalMs: 0,
    textCard: false,
    holdMs,
    issues,
  };
}

/** A compiled plan whose events are all listed already (a text card). */
export function finish(
  width: number,
  height: number,
  bg: string,
  colors: ColorTable,
  compiler: StepCompiler,
  steps: CompiledStep[],
  totalMs: number,
  textCard: boolean,
  holdMs: number,
  issues: PlanIssue[],
): CompiledPlan {
  const eventCount = compiler.events.length;
  return {
    width,
    height,
    bg,
    colors: colors.colors,
    colorWords: Uint32Array.from(colors.colors, colorWord),
    bgWord: colorWord(bg),
    // A view when the buffer is mostly used (no 10–60 MB copy for huge plans), a trimmed copy otherwise.
    events:
      eventCount * 2 >= compiler.events.data.length
        ? compiler.events.data.subarray(0, eventCount)
        : compiler.events.data.slice(0, eventCount),
    eventCount,
    steps,
    totalMs,
    textCard,
    holdMs,
    issues,
  };
}
