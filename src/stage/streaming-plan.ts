// The stage's side of a plan that arrives step by step. Each partial from the planner is the
// whole prefix so far; re-parsing, re-checking and re-timing all of it per step made a
// 256-step plan cost O(steps²) on the event loop. Here only the new steps are parsed, gated
// and timed; the prefix already accepted is kept and only compared by reference (the planner
// hands out the same step objects every time, see stream-assembler.ts).
import { LIMITS, parsePlan, type DrawPlan, type Plan, type RendererSettings, type Step } from '../dsl/index.js';
import { isTextCard } from '../dsl/index.js';
import { StreamedTimeline } from '../raster/index.js';
import type { Clock } from '../core/index.js';

/** At most this often a plan still arriving is written to the store (the final plan: at once). */
export const STREAM_PERSIST_INTERVAL_MS = 250;

export type PartialOutcome =
  { kind: 'extended'; plan: DrawPlan; added: Step[] } | { kind: 'unchanged' } | { kind: 'refused'; reason: string };

type Raw = Record<string, unknown>;

const isRaw = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Drawing steps (after flattening) and step entries (groups included) of parsed steps. */
function tally(steps: readonly Step[], into: { drawn: number; examined: number }): void {
  for (const step of steps) {
    into.examined++;
    if (step.op === 'group') tally(step.steps, into);
    else into.drawn++;
  }
}

function textsOf(steps: readonly Step[], out: string[] = []): string[] {
  for (const step of steps) {
    if (step.op === 'text') out.push(step.value);
    else if (step.op === 'group') textsOf(step.steps, out);
  }
  return out;
}

/**
 * The accepted prefix of one job's streamed plan. `accept` takes the planner's partial and
 * checks only what is new: the skeleton (canvas, palette, seed…) must not change, the known
 * steps must be the same, and the new steps must parse whole (none dropped, within the
 * plan-wide limits of canvas-dsl.md §6) and pass the gate. The plan it builds is what
 * parsePlan of the whole prefix gives (parsing is per step; only the limits span steps).
 */
export class StreamingPlan {
  private rawSteps: unknown[] = [];
  private skeleton: Raw | null = null;
  private base: DrawPlan | null = null;
  private readonly counts = { drawn: 0, examined: 0 };
  private timeline: StreamedTimeline | null = null;
  plan: DrawPlan | null = null;

  constructor(
    private readonly renderer: RendererSettings,
    private readonly textRefused: (text: string) => boolean,
  ) {}

  accept(input: unknown): PartialOutcome {
    const raw = (input as { plan?: unknown } | null)?.plan;
    if (!isRaw(raw) || raw.render_text !== undefined) return { kind: 'refused', reason: 'not a drawing plan' };
    const steps = raw.steps;
    if (!Array.isArray(steps)) return { kind: 'refused', reason: 'no steps' };
    const { steps: _ignored, ...skeleton } = raw;
    if (this.skeleton) {
      const keys = Object.keys(skeleton);
      if (keys.length !== Object.keys(this.skeleton).length || keys.some((key) => !sameValue(skeleton[key], this.skeleton![key]))) {
        return { kind: 'refused', reason: 'the canvas, palette or seed changed' };
      }
    }
    const known = this.rawSteps.length;
    if (steps.length < known) return { kind: 'refused', reason: 'steps went missing' };
    for (let i = 0; i < known; i++) {
      if (!sameValue(steps[i], this.rawSteps[i])) return { kind: 'refused', reason: `step ${i} changed` };
    }
    if (steps.length === known) return { kind: 'unchanged' };

    const fresh = steps.slice(known);
    const parsed = parsePlan({ ...skeleton, steps: fresh }, this.renderer);
    const plan = parsed.plan;
    if (!parsed.valid || !plan || isTextCard(plan) || plan.steps.length !== fresh.length) {
      return { kind: 'refused', reason: 'a new step does not parse' };
    }
    const counts = { ...this.counts };
    tally(plan.steps, counts);
    if (counts.drawn > LIMITS.maxSteps || counts.examined > LIMITS.maxExaminedSteps)
      return { kind: 'refused', reason: 'more steps than the limits allow' };
    if (textsOf(plan.steps).some(this.textRefused)) return { kind: 'refused', reason: 'a new step has text the gate blocks' };

    this.skeleton ??= skeleton;
    this.base ??= plan;
    Object.assign(this.counts, counts);
    this.rawSteps = this.rawSteps.concat(fresh);
    // A new plan object each time: snapshots already handed out keep theirs unchanged.
    this.plan = { ...this.base, steps: (this.plan?.steps ?? []).concat(plan.steps) };
    return { kind: 'extended', plan: this.plan, added: plan.steps };
  }

  /** Starts timing the drawing with every step known so far arrived at 0 ms. */
  startTimeline(): void {
    if (!this.plan) return;
    this.timeline = new StreamedTimeline(this.plan, this.renderer);
    this.timeline.append(this.plan.steps, 0);
  }

  /** Times steps that arrived `arrivalMs` after the drawing started. */
  arrived(steps: readonly Step[], arrivalMs: number): void {
    this.timeline?.append(steps, arrivalMs);
  }

  /** compilePlan(plan, renderer, { arrivals }).totalMs of the plan so far, or null before startTimeline. */
  get drawMs(): number | null {
    return this.timeline ? this.timeline.totalMs : null;
  }
}

/** True when `next` keeps every step of `prev` (same skeleton, same steps, in order). */
export function extendsPlan(prev: Plan, next: Plan): boolean {
  if (isTextCard(prev) || isTextCard(next)) return false;
  if (next.steps.length < prev.steps.length) return false;
  if (
    prev.version !== next.version ||
    prev.seed !== next.seed ||
    !sameValue(prev.canvas, next.canvas) ||
    !sameValue(prev.palette ?? null, next.palette ?? null)
  ) {
    return false;
  }
  for (let i = 0; i < prev.steps.length; i++) if (!sameValue(prev.steps[i], next.steps[i])) return false;
  return true;
}

/**
 * Writes a growing plan at most once per `intervalMs`: the first write at once, later ones
 * at once when the last is old enough, else once at the end of the interval with the latest
 * plan (the callback reads it then). A kill -9 loses at most the steps of one interval: the
 * restart draws the stored prefix, as before.
 */
export class PersistThrottle {
  private lastAt = Number.NEGATIVE_INFINITY;
  private timer: unknown = null;

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly write: () => void,
  ) {}

  /** Writes now and forgets any pending write. */
  now(): void {
    this.cancel();
    this.lastAt = this.clock.now();
    this.write();
  }

  soon(): void {
    if (this.timer !== null) return;
    const wait = this.lastAt + this.intervalMs - this.clock.now();
    if (wait <= 0) {
      this.now();
      return;
    }
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.now();
    }, wait);
  }

  /** Writes now if a write is pending (a clean stop). */
  flush(): void {
    if (this.timer !== null) this.now();
  }

  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
