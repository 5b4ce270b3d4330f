// The events of a compiled plan, listed step by step when frames first need them (README.md,
// "How it works"): compilePlan only counts them.
import type { AnimateMode, DrawingStep, PlanIssue } from '../dsl/index.js';
import { colorWord, type CompiledPlan, type CompiledStep } from './compiled-plan.js';
import { EventList, type ColorTable, type StepCompiler } from './events.js';

/** A drawn step whose events are listed on first need. */
export interface PendingStep {
  step: DrawingStep;
  mode: AnimateMode;
  index: number;
}

/**
 * The events of a compiled plan, listed step by step on demand into one buffer of the exact
 * size. Counting (compilePlan) is cheap; listing is what frames need, and only up to the step
 * they reach: the stage only needs totalMs, and the overlay lists a step when it starts.
 */
export class LazyEvents {
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

/** A compiled plan whose `events` are listed on first read, registered for eventsThrough. */
export function finishLazy(
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
