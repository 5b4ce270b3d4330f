// A fake Clock for tests: time moves only when the test says so. `advance` fires due timers
// one at a time in (due time, creation) order and lets pending promises settle between them,
// so async code (planner promises, awaits) runs the way it would on a real clock.
import type { Clock } from '../core/index.js';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

/** Lets queued microtasks and immediates run (several rounds, for chains of awaits). */
async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export class ManualClock implements Clock {
  private time: number;
  private nextId = 1;
  private readonly timers = new Map<number, Timer>();

  constructor(start = Date.UTC(2026, 0, 1, 12, 0, 0)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    const delay = Number.isFinite(ms) && ms > 0 ? Math.floor(ms) : 0;
    this.timers.set(id, { id, at: this.time + delay, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.timers.delete(handle);
  }

  /** Number of pending timers. */
  pending(): number {
    return this.timers.size;
  }

  /** When the next timer is due, or null. */
  nextDueAt(): number | null {
    let best: number | null = null;
    for (const timer of this.timers.values()) if (best === null || timer.at < best) best = timer.at;
    return best;
  }

  /** Lets pending promises settle without moving time. */
  async flush(): Promise<void> {
    await settle();
  }

  /**
   * Moves time forward by `ms`, firing every timer due on the way (timers created while
   * advancing fire too when due). A timer that throws fails the test: the error is rethrown.
   */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.time + Math.max(0, ms));
  }

  async advanceTo(target: number): Promise<void> {
    await settle();
    for (;;) {
      const due = this.earliestDue(target);
      if (!due) break;
      this.timers.delete(due.id);
      if (due.at > this.time) this.time = due.at;
      due.fn();
      await settle();
    }
    if (target > this.time) this.time = target;
    await settle();
  }

  private earliestDue(target: number): Timer | null {
    let best: Timer | null = null;
    for (const timer of this.timers.values()) {
      if (timer.at > target) continue;
      if (!best || timer.at < best.at || (timer.at === best.at && timer.id < best.id)) best = timer;
    }
    return best;
  }
}
