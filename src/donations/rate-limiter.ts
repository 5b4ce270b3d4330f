import type { Clock } from '../core/index.js';
import { AbortedError, sleep } from './retry-policy.js';

/**
 * DA allows 60 requests per minute per application. Two rules, both enforced:
 * - at most `limit` requests in any sliding `windowMs` (the documented 60/min), and
 * - at least `minGapMs` between two requests, so there is never a burst: with the default
 *   1050 ms no 1-second window holds two requests (≈0.95 req/s, like S3's limiter).
 * Plus a shared pause (from 429 Retry-After) that holds every caller.
 */
export class RateLimiter {
  private readonly sent: number[] = [];
  private pausedUntil = 0;
  private lastSent = Number.NEGATIVE_INFINITY;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: Clock,
    private readonly limit = 60,
    private readonly windowMs = 60_000,
    private readonly minGapMs = 0,
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
      if (signal?.aborted) throw new AbortedError();
      const now = this.clock.now();
      while (this.sent.length > 0 && this.sent[0] <= now - this.windowMs) this.sent.shift();
      let wait = Math.max(this.pausedUntil - now, this.lastSent + this.minGapMs - now);
      if (this.sent.length >= this.limit) wait = Math.max(wait, this.sent[0] + this.windowMs - now);
      if (wait <= 0) {
        this.sent.push(now);
        this.lastSent = now;
        return;
      }
      await sleep(this.clock, wait, signal);
    }
  }
}
