// Refreshes the OAuth token ahead of its expiry while a session runs (README.md, "Tokens").
// A refused refresh means the grant is gone: the facade pauses until the panel reconnects.
import type { Logger } from 'pino';
import type { Clock } from '../core/index.js';
import { ReconnectNeededError, type DonationAlertsAuth } from './da-auth.js';
import { backoffDelay, type BackoffPolicy } from './retry-policy.js';
import { safeReason } from './safe-log-text.js';

const MAX_TIMER_MS = 6 * 3600_000; // setTimeout overflows past ~24.8 days; re-check instead.

export interface TokenRefreshDeps {
  auth: DonationAlertsAuth;
  clock: Clock;
  log: Logger;
  /** Pause after a failed refresh: this policy's fourth step. */
  retryBackoff: BackoffPolicy;
  /** Whether a session runs: a timer that fires after it ended does nothing. */
  hasSession: () => boolean;
  onReconnectNeeded: (reason: string) => void;
}

export class TokenRefreshSchedule {
  private refreshTimer: unknown;
  private readonly auth: DonationAlertsAuth;
  private readonly clock: Clock;
  private readonly log: Logger;

  constructor(private readonly deps: TokenRefreshDeps) {
    this.auth = deps.auth;
    this.clock = deps.clock;
    this.log = deps.log;
  }

  /** (Re)arms the timer for the token's refresh time; nothing when it cannot be refreshed. */
  schedule(): void {
    this.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    const due = this.auth.refreshDueAt();
    if (due === undefined || !this.auth.canRefresh()) return;
    const delay = Math.min(Math.max(0, due - this.clock.now()), MAX_TIMER_MS);
    this.refreshTimer = this.clock.setTimeout(() => {
      this.refreshTimer = undefined;
      if (!this.deps.hasSession()) return;
      const dueNow = this.auth.refreshDueAt();
      if (dueNow === undefined || this.clock.now() < dueNow) return this.schedule();
      this.auth.refresh('scheduled').then(
        () => this.schedule(),
        (err) => {
          if (err instanceof ReconnectNeededError) return this.deps.onReconnectNeeded(err.message);
          this.log.warn({ reason: safeReason(err) }, 'scheduled token refresh failed; retrying later');
          this.refreshTimer = this.clock.setTimeout(() => this.schedule(), backoffDelay(3, this.deps.retryBackoff));
        },
      );
    }, delay);
  }

  cancel(): void {
    this.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }
}
