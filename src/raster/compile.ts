// Plan → CompiledPlan: flattened steps, their packed paint events and the timeline
// (canvas-dsl.md §4 group, §5). Pure and deterministic: the overlay and the CLI compile the
// same plan to the same bytes.
// The pieces live beside it: compiled-plan.ts (the result's shape and assembly),
// lazy-events.ts (events listed on first need), step-timing.ts (flattening and timing).
import {
  DEFAULT_BG,
  DEFAULT_TEXT_COLOR,
  isNormalisedPlan,
  isTextCard,
  parsePlan,
  resolveSettings,
  snapToPalette,
  type Plan,
  type PlanIssue,
  type RendererSettings,
} from '../dsl/index.js';
import { emptyCompiled, finish, type CompiledPlan, type CompiledStep } from './compiled-plan.js';
import { ColorTable, StepCompiler, defaultMode } from './events.js';
import { floorDiv } from './geometry.js';
import { finishLazy, LazyEvents, type PendingStep } from './lazy-events.js';
import { cleanArrivals, flatten, stepDuration, streamedTimeline, type FlatStep, type PlanTimeline } from './step-timing.js';
import { layoutTextCard } from './text.js';

// The part's index, frame.ts and streamed-timeline.ts import these from here.
export { colorWord, type CompiledPlan, type CompiledStep } from './compiled-plan.js';
export { eventsThrough } from './lazy-events.js';
export { flatten, stepDuration, type FlatStep, type PlanTimeline } from './step-timing.js';

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
