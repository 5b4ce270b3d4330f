// The accept path: a donation is either fully stored (donation + job, or donation + rejected
// history row) or not at all, and a repeated (source, sourceId) returns the original id. The
// caller acknowledges a donation only after acceptDonation returns.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AcceptDecision, AcceptOutcome, DonationRecord, Store, StoredJob } from './types.js';

export type AcceptQueries = Pick<Store, 'acceptDonation' | 'hasDonation'>;

export function acceptQueries(db: Database.Database): AcceptQueries {
  const q = {
    findDonation: db.prepare<[string, string], { id: string; status: string }>(
      'SELECT id, status FROM donations WHERE source = ? AND source_id = ?',
    ),
    insertDonation: db.prepare(
      `INSERT INTO donations (id, source, source_id, donor, message, amount, currency, timestamp, received_at, status)
       VALUES (@id, @source, @sourceId, @donor, @message, @amount, @currency, @timestamp, @receivedAt, @status)`,
    ),
    insertJob: db.prepare(
      `INSERT INTO jobs (id, seq, phase, display_donor, display_message, nsfw, plan_json, plan_source, plan_note, created_at, pending)
       VALUES (@id, @seq, 'queued', @donor, @message, @nsfw, @planJson, @planSource, @planNote, @createdAt, @pending)`,
    ),
    insertRejected: db.prepare(
      `INSERT INTO history (id, status, display_donor, display_message, finished_at, reason)
       VALUES (@id, 'rejected', @donor, @message, @finishedAt, @reason)`,
    ),
  };

  const acceptTx = db.transaction((record: DonationRecord, decide: () => AcceptDecision): AcceptOutcome => {
    const existing = q.findDonation.get(record.source, record.sourceId);
    if (existing) {
      return { id: existing.id, duplicate: true, status: existing.status === 'rejected' ? 'rejected' : 'queued' };
    }
    const decision = decide();
    const id = randomUUID();
    const status = decision.kind === 'rejected' ? 'rejected' : 'queued';
    const info = q.insertDonation.run({ id, ...record, status });
    if (decision.kind === 'rejected') {
      q.insertRejected.run({
        id,
        donor: decision.displayDonor,
        message: decision.displayMessage,
        finishedAt: record.receivedAt,
        reason: decision.reason,
      });
      return { id, duplicate: false, status };
    }
    const seq = Number(info.lastInsertRowid);
    const plan = decision.plan ?? null;
    q.insertJob.run({
      id,
      seq,
      donor: decision.displayDonor,
      message: decision.displayMessage,
      nsfw: decision.nsfw ? 1 : 0,
      planJson: plan ? JSON.stringify(plan.plan) : null,
      planSource: plan ? plan.source : null,
      planNote: plan?.note ?? null,
      createdAt: record.receivedAt,
      pending: decision.pending ? 1 : 0,
    });
    const job: StoredJob = {
      id,
      seq,
      phase: 'queued',
      source: record.source,
      sourceId: record.sourceId,
      rawMessage: record.message,
      donor: decision.displayDonor,
      message: decision.displayMessage,
      amount: record.amount,
      currency: record.currency,
      nsfw: decision.nsfw,
      plan: plan ? plan.plan : null,
      planSource: plan ? plan.source : null,
      planNote: plan?.note ?? null,
      drawStartedAt: null,
      showEndsAt: null,
      attempts: 0,
      receivedAt: record.receivedAt,
      pending: decision.pending === true,
      rawDonor: record.donor,
    };
    return { id, duplicate: false, status, job };
  });

  return {
    acceptDonation: (record, decide) => acceptTx(record, decide),
    hasDonation: (source, sourceId) => q.findDonation.get(source, sourceId) !== undefined,
  };
}
