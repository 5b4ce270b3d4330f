// Timing of a plan (canvas-dsl.md §4 group, §5): groups flattened into drawn steps with their
// animate and delay, each step's duration, and the timeline of a plan still arriving.
// compilePlan applies them; streamed-timeline.ts reuses flatten and stepDuration.
import type { Animate, DrawingStep, Step } from '../dsl/index.js';
import type { CompiledStep } from './compiled-plan.js';
import { ceilDiv } from './geometry.js';

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
 * Arrivals as non-negative, non-decreasing integers (a step cannot be known before the one
 * before it), or null when none is above 0: then the spec timeline applies unchanged.
 */
export function cleanArrivals(arrivals: readonly number[] | undefined): number[] | null {
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

/**
 * The timeline of a plan whose steps arrived while it was drawn. No global scaling (the total
 * is unknown while steps arrive): a step starts after the previous one ended and not before it
 * arrived, S_i = max(E_{i-1}, A_i) + delay_i, E_i = S_i + d_i. Then M = MAX_DRAW_SEC·1000 caps
 * the drawing: a step with S_i ≥ M is shown at once at max(M, A_i); one that would end after M
 * is shortened to end at M. Steps never overlap, and appending a step never moves earlier ones.
 * Returns the total (E of the last step, 0 for none).
 */
export function streamedTimeline(steps: CompiledStep[], delays: number[], durations: number[], arrivals: number[], maxMs: number): number {
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
