// Unfinished jobs: the line (FIFO, approved jobs after what arrived before their approval),
// phase changes while a job is planned, drawn and shown, approval, and finishing (the job row
// moves to history in one transaction, so a job finishes exactly once).
import type Database from 'better-sqlite3';
import type { JobPhase, JobStatus, PlanSource } from '../core/index.js';
import type { Plan } from '../dsl/index.js';
import type { Store, StoredJob } from './types.js';

interface JobRow {
  id: string;
  seq: number;
  phase: JobPhase;
  display_donor: string;
  display_message: string;
  nsfw: number;
  plan_json: string | null;
  plan_source: string | null;
  plan_note: string | null;
  draw_started_at: number | null;
  show_ends_at: number | null;
  attempts: number;
  pending: number;
  raw_donor: string;
  source: string;
  source_id: string;
  message: string;
  amount: number;
  currency: string;
  received_at: number;
}

const JOB_SELECT = `
  SELECT j.id, j.seq, j.phase, j.display_donor, j.display_message, j.nsfw, j.plan_json, j.plan_source,
         j.plan_note, j.draw_started_at, j.show_ends_at, j.attempts, j.pending, d.donor AS raw_donor,
         d.source, d.source_id, d.message, d.amount, d.currency, d.received_at
  FROM jobs j JOIN donations d ON d.id = j.id`;

/** A stored plan, or null when there is none or it is damaged. */
export function parsePlanJson(json: string | null): Plan | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Plan) : null;
  } catch {
    return null; // a damaged plan is simply planned again
  }
}

function toJob(row: JobRow): StoredJob {
  const plan = parsePlanJson(row.plan_json);
  return {
    id: row.id,
    seq: row.seq,
    phase: row.phase,
    source: row.source,
    sourceId: row.source_id,
    rawMessage: row.message,
    donor: row.display_donor,
    message: row.display_message,
    amount: row.amount,
    currency: row.currency,
    nsfw: row.nsfw !== 0,
    plan,
    planSource: plan ? ((row.plan_source as PlanSource | null) ?? null) : null,
    planNote: plan ? row.plan_note : null,
    drawStartedAt: row.draw_started_at,
    showEndsAt: row.show_ends_at,
    attempts: row.attempts,
    receivedAt: row.received_at,
    pending: row.pending !== 0,
    rawDonor: row.raw_donor,
  };
}

export type JobQueries = Pick<
  Store,
  'unfinishedJobs' | 'getJob' | 'setPhase' | 'savePlan' | 'startDrawing' | 'markShowing' | 'finishJob' | 'finishJobs' | 'approveJob'
>;

export function jobQueries(db: Database.Database): JobQueries {
  const q = {
    // The line: by arrival, an approved job after every donation stored before its approval.
    unfinished: db.prepare<[], JobRow>(`${JOB_SELECT} ORDER BY COALESCE(j.line_seq, j.seq), COALESCE(j.approved_at, 0), j.seq`),
    approve: db.prepare(
      // approved_at only orders approvals: kept strictly increasing, so two in one millisecond keep their order.
      `UPDATE jobs SET pending = 0, line_seq = (SELECT MAX(seq) FROM donations),
         approved_at = MAX(@at, COALESCE((SELECT MAX(approved_at) FROM jobs), 0) + 1)
       WHERE id = @id AND pending = 1`,
    ),
    job: db.prepare<[string], JobRow>(`${JOB_SELECT} WHERE j.id = ?`),
    setPhase: db.prepare('UPDATE jobs SET phase = ? WHERE id = ?'),
    savePlan: db.prepare('UPDATE jobs SET plan_json = ?, plan_source = ?, plan_note = ?, phase = ? WHERE id = ?'),
    startDrawing: db.prepare(
      "UPDATE jobs SET phase = 'drawing', draw_started_at = ?, show_ends_at = ?, attempts = attempts + 1 WHERE id = ?",
    ),
    markShowing: db.prepare("UPDATE jobs SET phase = 'showing', attempts = 0 WHERE id = ?"),
    finishInsert: db.prepare(
      `INSERT INTO history (id, status, display_donor, display_message, finished_at, plan_json, plan_source, plan_note, reason)
       SELECT id, @status, display_donor, display_message, @finishedAt, plan_json, plan_source, plan_note, @reason
       FROM jobs WHERE id = @id`,
    ),
    finishDelete: db.prepare('DELETE FROM jobs WHERE id = ?'),
    finishDonation: db.prepare('UPDATE donations SET status = ? WHERE id = ?'),
  };

  const finishOne = (id: string, status: JobStatus, finishedAt: number, reason: string | null): boolean => {
    const moved = q.finishInsert.run({ id, status, finishedAt, reason });
    if (moved.changes === 0) return false;
    q.finishDelete.run(id);
    q.finishDonation.run(status, id);
    return true;
  };
  const finishTx = db.transaction((ids: readonly string[], status: JobStatus, finishedAt: number, reason: string | null) =>
    ids.filter((id) => finishOne(id, status, finishedAt, reason)),
  );

  return {
    unfinishedJobs: () => q.unfinished.all().map(toJob),
    getJob: (id) => {
      const row = q.job.get(id);
      return row ? toJob(row) : null;
    },
    setPhase: (id, phase) => {
      q.setPhase.run(phase, id);
    },
    savePlan: (id, plan, phase) => {
      q.savePlan.run(JSON.stringify(plan.plan), plan.source, plan.note ?? null, phase, id);
    },
    startDrawing: (id, drawStartedAt, showEndsAt) => {
      q.startDrawing.run(drawStartedAt, showEndsAt, id);
    },
    markShowing: (id) => {
      q.markShowing.run(id);
    },
    finishJob: (id, status, finishedAt, reason) => finishTx([id], status, finishedAt, reason ?? null).length === 1,
    finishJobs: (ids, status, finishedAt, reason) => finishTx(ids, status, finishedAt, reason ?? null),
    approveJob: (id, approvedAt) => q.approve.run({ at: approvedAt, id }).changes === 1,
  };
}
