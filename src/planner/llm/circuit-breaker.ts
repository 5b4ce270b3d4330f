// After `threshold` failed jobs in a row the breaker opens: jobs go straight to the built-in
// planner (no waiting on a dead server) while a background probe checks the server after a
// cool-down that doubles up to a cap. A good probe half-opens it: the next job tries the LLM
// again; success closes the breaker, failure re-opens it at once.
import type { ComponentHealth } from '../../core/index.js';

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  threshold: number;
  cooldownMs: number;
  maxCooldownMs: number;
  /** The background check; resolves with the server's health, never throws. */
  probe: () => Promise<ComponentHealth>;
  onChange?: (state: BreakerState, detail: string) => void;
  now?: () => number;
}

export class CircuitBreaker {
  private stateValue: BreakerState = 'closed';
  private failures = 0;
  private cooldown: number;
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private closedForGood = false;
  private lastReasonValue = '';
  private nextProbeAt = 0;
  private lastProbe: ComponentHealth | null = null;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.cooldown = options.cooldownMs;
    this.now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    return this.stateValue;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  get lastReason(): string {
    return this.lastReasonValue;
  }

  /** True when a job must skip the LLM. */
  get isOpen(): boolean {
    return this.stateValue === 'open';
  }

  recordSuccess(): void {
    this.failures = 0;
    this.cooldown = this.options.cooldownMs;
    if (this.stateValue !== 'closed') this.transition('closed', 'the LLM answered again');
  }

  recordFailure(reason: string): void {
    this.failures++;
    this.lastReasonValue = reason;
    if (this.stateValue === 'half_open') {
      this.cooldown = Math.min(this.cooldown * 2, this.options.maxCooldownMs);
      this.open(reason);
    } else if (this.stateValue === 'closed' && this.failures >= this.options.threshold) {
      this.open(reason);
    }
  }

  health(): ComponentHealth | null {
    if (this.stateValue === 'open') {
      const inSec = Math.max(0, Math.ceil((this.nextProbeAt - this.now()) / 1000));
      const probe = this.lastProbe && this.lastProbe.state !== 'ok' ? `; last check: ${this.lastProbe.detail}` : '';
      return {
        state: 'down',
        detail: `circuit open after ${this.failures} failed plans in a row (last: ${this.lastReasonValue})${probe}; drawing with the built-in planner; next check in ${inSec} s`,
      };
    }
    if (this.stateValue === 'half_open') {
      return { state: 'degraded', detail: 'recovering: the server answered the check; the next job tries the LLM' };
    }
    return null;
  }

  /** Runs the background check now (also what the timer calls). */
  async probeNow(): Promise<void> {
    if (this.probing || this.closedForGood) return;
    this.probing = true;
    try {
      const health = await this.options.probe();
      this.lastProbe = health;
      if (this.closedForGood || this.stateValue !== 'open') return;
      if (health.state === 'ok') {
        this.transition('half_open', `check passed: ${health.detail}`);
      } else {
        this.cooldown = Math.min(this.cooldown * 2, this.options.maxCooldownMs);
        this.schedule();
      }
    } finally {
      this.probing = false;
    }
  }

  close(): void {
    this.closedForGood = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private open(reason: string): void {
    this.transition('open', reason);
    this.schedule();
  }

  private schedule(): void {
    if (this.closedForGood) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextProbeAt = this.now() + this.cooldown;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.probeNow();
    }, this.cooldown);
    this.timer.unref?.();
  }

  private transition(state: BreakerState, detail: string): void {
    if (state !== 'open' && this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.stateValue = state;
    this.options.onChange?.(state, detail);
  }
}
