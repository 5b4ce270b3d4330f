// The total drawing time of a plan that grows step by step while it is drawn, kept up to
// date in O(new step): the stage needs only `totalMs` after each arriving step, and a full
// compilePlan per step made a streamed plan cost O(steps²) (a 256-step polygon plan: 256
// compiles of up to 60 ms each). Same arithmetic as compilePlan(plan, settings, { arrivals })
// (compile.ts streamedTimeline, cleanArrivals, the spec timeline while every arrival is 0);
// streamed-timeline.test.ts pins equality with compilePlan on random plans.
import { resolveSettings, type Canvas, type RendererSettings, type Step } from '../dsl/index.js';
import { defaultMode, ColorTable, StepCompiler } from './events.js';
import { flatten, stepDuration, type FlatStep } from './compile.js';
import { floorDiv } from './geometry.js';

export class StreamedTimeline {
  private readonly compiler: StepCompiler;
  private readonly config: RendererSettings;
  /** Group delay waiting for the next drawn step (flatten's `pending`, shared across appends). */
  private readonly pending = { delayMs: 0 };
  private readonly delays: number[] = [];
  private readonly durations: number[] = [];
  /** Latest cleaned arrival (non-decreasing integer), and whether any was above 0. */
  private lastArrival = 0;
  private anyArrival = false;
  /** E of the last flattened step on the streamed timeline. */
  private end = 0;
  private unscaled = 0;

  constructor(plan: { canvas: Canvas; palette?: string[] }, settings?: Partial<RendererSettings>) {
    this.config = resolveSettings(settings);
    this.compiler = new StepCompiler(plan.canvas.w, plan.canvas.h, new ColorTable(), plan.palette ?? []);
  }

  /** Appends top-level steps that became known `arrivalMs` after the drawing started. */
  append(steps: readonly Step[], arrivalMs: number): void {
    const value = Number.isFinite(arrivalMs) ? Math.floor(arrivalMs) : 0;
    this.lastArrival = Math.max(this.lastArrival, value);
    if (this.lastArrival > 0) this.anyArrival = true;
    const maxMs = this.config.maxDrawSec * 1000;
    for (const top of steps) {
      const flat: FlatStep[] = [];
      flatten([top], {}, flat, this.pending);
      for (const { step, animate, delayMs } of flat) {
        const mode = animate.mode ?? defaultMode(step);
        const duration = stepDuration(animate, this.compiler.count(step, mode), this.config.defaultStepDurationMs);
        this.delays.push(delayMs);
        this.durations.push(duration);
        this.unscaled += delayMs + duration;
        // compile.ts streamedTimeline, one step.
        const ready = Math.max(this.end, this.lastArrival);
        let start = ready + delayMs;
        let length = duration;
        if (start >= maxMs) {
          start = Math.max(maxMs, this.lastArrival);
          length = 0;
        } else if (start + length > maxMs) {
          length = maxMs - start;
        }
        this.end = start + length;
      }
    }
  }

  /** compilePlan(plan so far, settings, { arrivals }).totalMs. */
  get totalMs(): number {
    if (this.anyArrival) return this.end;
    // Every arrival 0: compilePlan uses the spec timeline (MAX_DRAW_SEC scaling). Only the
    // steps known when the drawing started are in this case, so the O(steps) sum is paid once.
    const maxMs = this.config.maxDrawSec * 1000;
    if (this.unscaled <= maxMs) return this.unscaled;
    let total = 0;
    for (let i = 0; i < this.delays.length; i++) {
      total += floorDiv(this.delays[i] * maxMs, this.unscaled) + floorDiv(this.durations[i] * maxMs, this.unscaled);
    }
    return total;
  }
}
