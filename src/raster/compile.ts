// Plan → CompiledPlan: flattened steps, their packed paint events and the timeline
// (canvas-dsl.md §4 group, §5). Pure and deterministic: the overlay and the CLI compile the
// same plan to the same bytes.
import {
  DEFAULT_BG,
  DEFAULT_TEXT_COLOR,
  isNormalisedPlan,
  isTextCard,
  parsePlan,
  resolveSettings,
  snapToPalette,
  type Animate,
  type AnimateMode,
  type DrawingStep,
  type Ease,
  type Plan,
  type PlanIssue,
  type RendererSettings,
  type Step,
} from '../dsl/index.js';
import { ColorTable, EventList, StepCompiler, defaultMode } from './events.js';
import { ceilDiv, floorDiv } from './geometry.js';
import { layoutTextCard } from './text.js';

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

export interface FlatStep {
  step: DrawingStep;
  animate: Animate;
  delayMs: number;
}

/**
 * Inlines groups (§4 group): a child's animate is the group's animate without delay_ms,
 * overridden field by field by its own; a group's delay_ms goes to its first drawn step.
 */
export function flatten(steps: readonly Step[], inherited: Animate, out: FlatStep[], pending: { delayMs: number }): void {
  for (const step of steps) {
    if (step.op === 'group') {
      const own = step.animate ?? {};
      const { delay_ms: groupDelay = 0, ...ownWithoutDelay } = own;
      const before = out.length;
      pending.delayMs += groupDelay;
      flatten(step.steps, { ...inherited, ...ownWithoutDelay }, out, pending);
      // A group that drew nothing has no first step to carry its delay.
      if (out.length === before) pending.delayMs -= groupDelay;
    } else {
      const animate = { ...inherited, ...(step.animate ?? {}) };
      out.push({ step, animate, delayMs: (animate.delay_ms ?? 0) + pending.delayMs });
      pending.delayMs = 0;
    }
  }
}

/** d = duration_ms; else ⌈1000·N / speed⌉; else the default (§5). */
export function stepDuration(animate: Animate, eventCount: number, defaultMs: number): number {
  if (animate.duration_ms !== undefined) return animate.duration_ms;
  const speed = animate.speed_px_per_s;
  if (speed !== undefined) {
    const work = 1000 * eventCount;
    if (speed >= work) return eventCount > 0 ? 1 : 0;
    return ceilDiv(work, speed);
  }
  return defaultMs;
}

function emptyCompiled(width: number, height: number, bg: string, holdMs: number, issues: PlanIssue[]): CompiledPlan {
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

/** A drawn step whose events are listed on first need. */
interface PendingStep {
  step: DrawingStep;
  mode: AnimateMode;
  index: number;
}

/**
 * The events of a compiled plan, listed step by step on demand into one buffer of the exact
 * size. Counting (compilePlan) is cheap; listing is what frames need, and only up to the step
 * they reach: the stage only needs totalMs, and the overlay lists a step when it starts.
 */
class LazyEvents {
  private buffer: Uint32Array | null = null;
  private list = new EventList(0);
  private listed = 0;
  private next = 0;

  constructor(
    private compiler: StepCompiler | null,
    private pending: readonly PendingStep[],
    private readonly steps: readonly CompiledStep[],
    private readonly total: number,
    private readonly seed: number,
  ) {}

  /**
   * The event buffer with at least its first `count` events listed. It grows by doubling up to
   * exactly `total`, so the first frame of a huge plan does not pay for all of it at once.
   */
  through(count: number): Uint32Array {
    let buffer = this.buffer ?? new Uint32Array(0);
    while (this.listed < count && this.next < this.pending.length) {
      const { step, mode, index } = this.pending[this.next];
      const { firstEvent, eventCount } = this.steps[this.next];
      const needed = firstEvent + eventCount;
      if (needed > buffer.length) {
        const grown = new Uint32Array(Math.min(this.total, Math.max(needed, 2 * buffer.length, 1024)));
        grown.set(buffer.subarray(0, this.listed));
        buffer = grown;
      }
      const list = this.list;
      const compiler = this.compiler as StepCompiler;
      list.length = 0;
      compiler.events = list;
      compiler.compile(step, mode, index, this.seed);
      // Counting and listing agree (tested against the spec's reference); were they ever to
      // differ, only this step's own events would be wrong.
      buffer.set(list.data.subarray(0, Math.min(list.length, eventCount)), firstEvent);
      this.next++;
      this.listed = needed;
      if (this.next === this.pending.length) {
        // All listed: let the scratch buffers and the plan go.
        this.compiler = null;
        this.pending = [];
        this.list = new EventList(0);
      }
    }
    this.buffer = buffer;
    return buffer;
  }
}

const LAZY = new WeakMap<CompiledPlan, LazyEvents>();

/**
 * `compiled.events` with at least the first `count` events listed (the rest of the buffer may
 * not be listed yet). Lists steps in order, so the cost of a prefix is that of its steps.
 */
export function eventsThrough(compiled: CompiledPlan, count: number): Uint32Array {
  const lazy = LAZY.get(compiled);
  return lazy === undefined ? compiled.events : lazy.through(count);
}

/**
 * Optional timing input for a plan that is still arriving (streaming). `arrivals[k]` is when
 * top-level step k became known, in ms from the start of the drawing (one per top-level step
 * of the plan; missing entries repeat the previous one). Absent or all zero → the spec
 * timeline (§5, MAX_DRAW_SEC scaling included). See src/dsl/README.md "Streaming and late steps".
 */
export interface PlanTimeline {
  arrivals?: readonly number[];
}

/**
 * Compiles a plan. The plan is re-validated first (idempotent for a normalised plan), so a
 * hand-made or stale object can never make compilation throw: an invalid plan compiles to
 * an empty canvas and its issues are returned in `issues`.
 */
export function compilePlan(input: Plan, settings?: Partial<RendererSettings>, timeline?: PlanTimeline): CompiledPlan {
  const config: RendererSettings = resolveSettings(settings);
  const arrivals = cleanArrivals(timeline?.arrivals);
  if (isNormalisedPlan(input)) {
    try {
      return compileNormalised(input, config, [], arrivals);
    } catch {
      // Only a plan mutated after parsing gets here: validate it like any other input.
    }
  }
  const { plan, issues } = parsePlan(input, config);
  if (plan !== null) {
    try {
      return compileNormalised(plan, config, issues, arrivals);
    } catch {
      issues.push({ index: 'plan', reason: 'could not be compiled' });
    }
  }
  return emptyCompiled(config.canvasW, config.canvasH, DEFAULT_BG, config.showDurationSec * 1000, issues);
}

/**
 * Arrivals as non-negative, non-decreasing integers (a step cannot be known before the one
 * before it), or null when none is above 0: then the spec timeline applies unchanged.
 */
function cleanArrivals(arrivals: readonly number[] | undefined): number[] | null {
  if (!Array.isArray(arrivals) || arrivals.length === 0) return null;
  const out: number[] = [];
  let last = 0;
  let any = false;
  for (let k = 0; k < arrivals.length && k < 100_000; k++) {
    const raw = arrivals[k];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? Math.floor(raw) : 0;
    last = Math.max(last, value);
    if (last > 0) any = true;
    out.push(last);
  }
  return any ? out : null;
}

function compileNormalised(plan: Plan, config: RendererSettings, issues: PlanIssue[], arrivals: number[] | null = null): CompiledPlan {
  const { w: width, h: height, bg } = plan.canvas;
  const palette = plan.palette ?? [];
  const colors = new ColorTable();
  const compiler = new StepCompiler(width, height, colors, palette);
  const steps: CompiledStep[] = [];

  if (isTextCard(plan)) {
    const layout = layoutTextCard(plan.render_text, width, height);
    const color = colors.indexOf(snapToPalette(DEFAULT_TEXT_COLOR, palette));
    for (const line of layout.lines) compiler.text(line.x, line.y, line.text, layout.font, layout.size, color);
    const eventCount = compiler.events.length;
    steps.push({ op: 'text_card', mode: 'stroke', ease: 'linear', delayMs: 0, durationMs: 0, startMs: 0, firstEvent: 0, eventCount });
    return finish(width, height, bg, colors, compiler, steps, 0, true, plan.duration_sec * 1000, issues);
  }

  const flat: FlatStep[] = [];
  // Arrival of each flattened step: that of the top-level step it came from. Flattening one
  // top-level step at a time with a shared `pending` is the same as flattening them all at once.
  const flatArrivals: number[] = [];
  if (arrivals) {
    const pending = { delayMs: 0 };
    for (let k = 0; k < plan.steps.length; k++) {
      flatten([plan.steps[k]], {}, flat, pending);
      const arrival = arrivals[Math.min(k, arrivals.length - 1)];
      while (flatArrivals.length < flat.length) flatArrivals.push(arrival);
    }
  } else {
    flatten(plan.steps, {}, flat, { delayMs: 0 });
  }
  const delays = new Array<number>(flat.length);
  const durations = new Array<number>(flat.length);
  const pending: PendingStep[] = [];
  let firstEvent = 0;
  for (let i = 0; i < flat.length; i++) {
    const { step, animate, delayMs } = flat[i];
    const mode = animate.mode ?? defaultMode(step);
    // Only N is needed for the timeline; the events themselves are listed on first need.
    const eventCount = compiler.count(step, mode);
    delays[i] = delayMs;
    durations[i] = stepDuration(animate, eventCount, config.defaultStepDurationMs);
    steps.push({ op: step.op, mode, ease: animate.ease ?? 'linear', delayMs, durationMs: 0, startMs: 0, firstEvent, eventCount });
    pending.push({ step, mode, index: i });
    firstEvent += eventCount;
  }
  const lazy = new LazyEvents(compiler, pending, steps, firstEvent, plan.seed);

  if (arrivals) {
    const total = streamedTimeline(steps, delays, durations, flatArrivals, config.maxDrawSec * 1000);
    return finishLazy(width, height, bg, colors, lazy, firstEvent, steps, total, config.showDurationSec * 1000, issues);
  }

  // MAX_DRAW_SEC: if T > M every delay and duration x becomes ⌊x·M/T⌋ (x·M < 2^53: see README).
  let total = 0;
  for (let i = 0; i < flat.length; i++) total += delays[i] + durations[i];
  const maxMs = config.maxDrawSec * 1000;
  if (total > maxMs) {
    for (let i = 0; i < flat.length; i++) {
      delays[i] = floorDiv(delays[i] * maxMs, total);
      durations[i] = floorDiv(durations[i] * maxMs, total);
    }
  }
  let clock = 0;
  for (let i = 0; i < flat.length; i++) {
    clock += delays[i];
    steps[i].delayMs = delays[i];
    steps[i].durationMs = durations[i];
    steps[i].startMs = clock;
    clock += durations[i];
  }
  return finishLazy(width, height, bg, colors, lazy, firstEvent, steps, clock, config.showDurationSec * 1000, issues);
}

/**
 * The timeline of a plan whose steps arrived while it was drawn. No global scaling (the total
 * is unknown while steps arrive): a step starts after the previous one ended and not before it
 * arrived, S_i = max(E_{i-1}, A_i) + delay_i, E_i = S_i + d_i. Then M = MAX_DRAW_SEC·1000 caps
 * the drawing: a step with S_i ≥ M is shown at once at max(M, A_i); one that would end after M
 * is shortened to end at M. Steps never overlap, and appending a step never moves earlier ones.
 * Returns the total (E of the last step, 0 for none).
 */
function streamedTimeline(steps: CompiledStep[], delays: number[], durations: number[], arrivals: number[], maxMs: number): number {
  let end = 0;
  for (let i = 0; i < steps.length; i++) {
    const ready = Math.max(end, arrivals[i]);
    let start = ready + delays[i];
    let duration = durations[i];
    if (start >= maxMs) {
      start = Math.max(maxMs, arrivals[i]);
      duration = 0;
    } else if (start + duration > maxMs) {
      duration = maxMs - start;
    }
    steps[i].delayMs = start - ready;
    steps[i].durationMs = duration;
    steps[i].startMs = start;
    end = start + duration;
  }
  return end;
}

function finish(
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

function finishLazy(
  width: number,
  height: number,
  bg: string,
  colors: ColorTable,
  lazy: LazyEvents,
  eventCount: number,
  steps: CompiledStep[],
  totalMs: number,
  holdMs: number,
  issues: PlanIssue[],
): CompiledPlan {
  const compiled: CompiledPlan = {
    width,
    height,
    bg,
    colors: colors.colors,
    colorWords: Uint32Array.from(colors.colors, colorWord),
    bgWord: colorWord(bg),
    get events(): Uint32Array {
      return lazy.through(eventCount);
    },
    eventCount,
    steps,
    totalMs,
    textCard: false,
    holdMs,
    issues,
  };
  LAZY.set(compiled, lazy);
  return compiled;
}
