// The settlement ledger (issue 17, "Refund or fulfil"): what the store keeps so every Twitch
// channel-point redemption ends FULFILLED or CANCELED on Twitch exactly once, across crashes.
// The store implements it (src/store), the settler (src/twitch/settlement) drives it, the
// server shows its counts. Only the shapes live here.
import type { JobStatus, PlanSource } from './jobs.js';
import type { RedemptionStatus, TwitchFailureKind } from './twitch.js';

/** The donation source name of Twitch redemptions and cheers (IncomingDonation.source). */
export const TWITCH_SOURCE = 'twitch';

/**
 * A finished Twitch job whose redemption is not settled yet. The store enrols every finished
 * job of source `twitch` (points and Bits alike: the currency is the settler's business).
 */
export interface OwedRedemption {
  /** Our job id (== donation id). */
  jobId: string;
  /** The redemption id (the donation's source id). */
  redemptionId: string;
  /** As stored: the points currency, or Bits for a cheer (never settled). */
  currency: string;
  /** How the job ended (history status). */
  jobStatus: JobStatus;
  /** Where its plan came from; `gate` = the text card (18+ rules, model block or refusal). */
  planSource: PlanSource | null;
  /** PATCH attempts started so far. */
  attempts: number;
  /**
   * An attempt was started and its outcome never recorded (the service stopped mid-request):
   * Twitch may already have the status, so a 404 now most likely means "settled by us".
   */
  unconfirmedAttempt: boolean;
}

/** Ledger states: owed → settled | given_up (a non-retryable failure) | not_refundable (Bits). */
export type SettlementState = 'owed' | 'settled' | 'given_up' | 'not_refundable';

export interface SettlementCounts {
  /** Finished redemptions not settled yet (waiting, or retrying after a failure). */
  owed: number;
  settled: number;
  /** Non-retryable failures (404, 403, …): logged and shown, never tried again. */
  givenUp: number;
  /** Of `settled`: how many were fulfilled and how many refunded. */
  fulfilled: number;
  canceled: number;
  /** The failure kind of the last given-up settlement, for the panel. */
  lastGivenUp?: TwitchFailureKind;
}

/** The store's side of settlement; every method is one transaction. */
export interface SettlementLedger {
  /** Owed redemptions whose next attempt is due at `now`, oldest first, at most `limit`. */
  dueRedemptions(now: number, limit: number): OwedRedemption[];
  /**
   * Before the PATCH: records the status it sets and the attempt (durably, so a crash
   * mid-request is known). The row is not due again before `leaseUntil` unless its outcome is
   * recorded first, so a tick never picks up a redemption whose request is still running.
   */
  beginSettlementAttempt(jobId: string, status: RedemptionStatus, leaseUntil: number): void;
  /** At start (nothing can be in flight then): attempts cut off by a stop or crash are due at `now`. Returns how many. */
  releaseOpenAttempts(now: number): number;
  /** Twitch took the status (or already had it). */
  markSettled(jobId: string, at: number, note?: TwitchFailureKind): void;
  /** A retryable failure: try again at `nextAttemptAt`. */
  markSettlementRetry(jobId: string, kind: TwitchFailureKind, nextAttemptAt: number): void;
  /** A non-retryable failure: never tried again. */
  markSettlementGivenUp(jobId: string, kind: TwitchFailureKind, at: number): void;
  /** A cheer (Bits cannot be refunded) or another currency: nothing to set on Twitch. */
  markNotRefundable(jobId: string, at: number): void;
  settlementCounts(): SettlementCounts;
}

/** What GET /api/twitch and the panel show about settlement. */
export interface SettlementReport extends SettlementCounts {
  /** Redemption requests currently in flight. */
  inFlight: number;
}
