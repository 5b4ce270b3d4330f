import type { Clock } from '../stage/types.js';
import { sleep } from './retry-policy.js';

/**
 * Sliding-window limiter: at most `limit` requests in any `windowMs`, and a shared pause
 * (from 429 Retry-After) that holds every caller. DA allows 60 requests/min per application.
 */
export class RateLimiter {
  private readonly sent: number[] = [];
  private pausedUntil = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: Clock,
    private readonly limit = 60,
    private readonly windowMs = 60_000,
  ) {}

  /** Hold every request until `untilMs` (clock time). */
  pauseUntil(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  /** Resolves when one more request may be sent (callers are served in order). */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.chain.then(() => this.waitForSlot(signal));
    // A caller's abort must not break the queue for the others.
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  private async waitForSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length > 0 && this.sent[0] <= now - this.windowMs) this.sent.shift();
      let wait = this.pausedUntil - now;
      if (this.sent.length >= this.limit) wait = Math.max(wait, this.sent[0] + this.windowMs - now);
      if (wait <= 0) {
        this.sent.push(now);
        return;
      }
      await sleep(this.clock, wait, signal);
    }
  }
}
