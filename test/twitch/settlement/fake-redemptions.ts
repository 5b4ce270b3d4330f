// Twitch's side of redemption statuses for settlement tests: each redemption is UNFULFILLED
// until one PATCH sets it; later PATCHes get 404, as Helix answers. Failures can be scripted.
import type { RedemptionStatus, RedemptionStatusWriter, TwitchFailureKind, TwitchResult } from '../../../src/core/index.js';

export type Failure = { kind: TwitchFailureKind; retry: boolean };

/** Twitch's side: each redemption is UNFULFILLED until one PATCH sets it; later PATCHes get 404. */
export class FakeRedemptions implements RedemptionStatusWriter {
  readonly state = new Map<string, RedemptionStatus>();
  readonly calls: string[] = [];
  readonly failures: Failure[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** While set, requests wait for `release()`. */
  hold: Promise<void> | null = null;
  private releaseHold: (() => void) | null = null;

  holdRequests(): void {
    this.hold = new Promise((resolve) => (this.releaseHold = resolve));
  }
  release(): void {
    this.hold = null;
    this.releaseHold?.();
  }
  applied(id: string): number {
    return this.state.has(id) ? 1 : 0;
  }

  async setRedemptionStatus(id: string, status: RedemptionStatus): Promise<TwitchResult<void>> {
    this.calls.push(id);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.hold) await this.hold;
      const failure = this.failures.shift();
      if (failure) return { ok: false, ...failure, detail: 'scripted' };
      if (this.state.has(id)) return { ok: false, kind: 'not_found', retry: false, detail: 'not UNFULFILLED' };
      this.state.set(id, status);
      return { ok: true, value: undefined };
    } finally {
      this.inFlight -= 1;
    }
  }
}

/** The same Twitch state without the hold of the first process (its request is still hanging). */
export class FakeRedemptionsView implements RedemptionStatusWriter {
  constructor(private readonly twitch: FakeRedemptions) {}
  async setRedemptionStatus(id: string, status: RedemptionStatus): Promise<TwitchResult<void>> {
    this.twitch.calls.push(id);
    if (this.twitch.state.has(id)) return { ok: false, kind: 'not_found', retry: false, detail: 'not UNFULFILLED' };
    this.twitch.state.set(id, status);
    return { ok: true, value: undefined };
  }
}
