// The Twitch settlement ledger (core's SettlementLedger): which finished redemptions still
// owe Twitch a FULFILLED or CANCELED, and what became of each attempt. Rows are enrolled by
// the `redemption_settlement_owed` trigger (schema v4) in the transaction that finished the
// job, so nothing here can lose one; these queries only move a row out of 'owed' once.
import type Database from 'better-sqlite3';
import type { JobStatus, OwedRedemption, PlanSource, SettlementCounts, SettlementState, TwitchFailureKind } from '../core/index.js';
import type { Store } from './types.js';

interface OwedRow {
  job_id: string;
  source_id: string;
  currency: string;
  status: JobStatus;
  plan_source: string | null;
  attempts: number;
  attempt_open: number;
}

const MAX_DUE_LIMIT = 500;

export type SettlementQueries = Pick<
  Store,
  | 'dueRedemptions'
  | 'beginSettlementAttempt'
  | 'releaseOpenAttempts'
  | 'markSettled'
  | 'markSettlementRetry'
  | 'markSettlementGivenUp'
  | 'markNotRefundable'
  | 'settlementCounts'
>;

export function settlementQueries(db: Database.Database): SettlementQueries {
  // Every statement is prepared once and lives as long as the database (schema.ts explains why).
  // `due` names its index: with the (state, status) index beside it SQLite would otherwise
  // scan every owed row and sort them (measured 20 ms instead of 0.2 ms with 5 000 owed).
  const q = {
    due: db.prepare<[number, number], OwedRow>(
      `SELECT s.job_id, s.source_id, d.currency, h.status, h.plan_source, s.attempts, s.attempt_open
       FROM redemption_settlements s INDEXED BY redemption_settlements_due
       JOIN donations d ON d.id = s.job_id
       JOIN history h ON h.id = s.job_id
       WHERE s.state = 'owed' AND s.next_attempt_at <= ?
       ORDER BY s.next_attempt_at, s.rowid
       LIMIT ?`,
    ),
    begin: db.prepare(
      `UPDATE redemption_settlements SET status = @status, attempts = attempts + 1, attempt_open = 1, next_attempt_at = @leaseUntil
       WHERE job_id = @jobId AND state = 'owed'`,
    ),
    leave: db.prepare(
      `UPDATE redemption_settlements SET state = @state, attempt_open = 0, settled_at = @at,
         last_failure = COALESCE(@kind, last_failure)
       WHERE job_id = @jobId AND state = 'owed'`,
    ),
    retry: db.prepare(
      `UPDATE redemption_settlements SET attempt_open = 0, next_attempt_at = @next, last_failure = @kind
       WHERE job_id = @jobId AND state = 'owed'`,
    ),
    release: db.prepare(
      `UPDATE redemption_settlements SET next_attempt_at = MIN(next_attempt_at, ?) WHERE state = 'owed' AND attempt_open = 1`,
    ),
    counts: db.prepare<[], { state: SettlementState; status: string | null; n: number }>(
      'SELECT state, status, COUNT(*) AS n FROM redemption_settlements GROUP BY state, status',
    ),
    lastGivenUp: db.prepare<[], { last_failure: string | null }>(
      `SELECT last_failure FROM redemption_settlements WHERE state = 'given_up' ORDER BY settled_at DESC, rowid DESC LIMIT 1`,
    ),
  };

  const leave = (jobId: string, state: Exclude<SettlementState, 'owed'>, at: number, kind: TwitchFailureKind | null) =>
    q.leave.run({ jobId, state, at, kind });

  return {
    dueRedemptions: (now, limit) => {
      const n = Number.isFinite(limit) ? Math.max(0, Math.min(MAX_DUE_LIMIT, Math.floor(limit))) : 0;
      if (n === 0) return [];
      return q.due.all(now, n).map((row): OwedRedemption => ({
        jobId: row.job_id,
        redemptionId: row.source_id,
        currency: row.currency,
        jobStatus: row.status,
        planSource: (row.plan_source as PlanSource | null) ?? null,
        attempts: row.attempts,
        unconfirmedAttempt: row.attempt_open !== 0,
      }));
    },
    beginSettlementAttempt: (jobId, status, leaseUntil) => {
      q.begin.run({ jobId, status, leaseUntil });
    },
    releaseOpenAttempts: (now) => q.release.run(now).changes,
    markSettled: (jobId, at, note) => {
      leave(jobId, 'settled', at, note ?? null);
    },
    markSettlementRetry: (jobId, kind, nextAttemptAt) => {
      q.retry.run({ jobId, kind, next: nextAttemptAt });
    },
    markSettlementGivenUp: (jobId, kind, at) => {
      leave(jobId, 'given_up', at, kind);
    },
    markNotRefundable: (jobId, at) => {
      leave(jobId, 'not_refundable', at, null);
    },
    settlementCounts: () => {
      const counts: SettlementCounts = { owed: 0, settled: 0, givenUp: 0, fulfilled: 0, canceled: 0 };
      for (const row of q.counts.all()) {
        if (row.state === 'owed') counts.owed += row.n;
        else if (row.state === 'given_up') counts.givenUp += row.n;
        else if (row.state === 'settled') {
          counts.settled += row.n;
          if (row.status === 'FULFILLED') counts.fulfilled += row.n;
          if (row.status === 'CANCELED') counts.canceled += row.n;
        }
      }
      const last = counts.givenUp > 0 ? q.lastGivenUp.get()?.last_failure : null;
      if (last) counts.lastGivenUp = last as TwitchFailureKind;
      return counts;
    },
  };
}
