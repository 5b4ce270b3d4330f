// SQLite persistence for donations, jobs and history (better-sqlite3, synchronous).
// Every method is one transaction: the caller acknowledges a donation only after
// `acceptDonation` returns, so a donation is either fully stored (donation + job, or
// donation + rejected history row) or not at all.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Ban, ComponentHealth, HistoryEntry, JobPhase, JobStatus, PlanSource } from '../core/index.js';
import type { Plan } from '../dsl/index.js';
import { migrate, SCHEMA_VERSION } from './schema.js';
import { preparePrivateFile, PRIVATE_DIR_MODE, tightenSqliteSideFiles } from './files.js';

export type Synchronous = 'NORMAL' | 'FULL';

export interface StoreOptions {
  /**
   * `NORMAL` (default): WAL commits are not fsynced one by one, so a committed donation
   * survives a process crash or kill -9 (the WAL is in the OS page cache: what matters for a
   * crashing service), but the last commits may be lost if the machine loses power or the OS
   * crashes. `FULL` fsyncs every commit (power-safe) but then every commit, including each
   * stage transition, blocks the event loop for one fsync: measured 4 800 accepts/s on an
   * idle disk and only ~230/s on the same disk under load, below the 2000/s goal; NORMAL
   * stayed at 3 500–19 000/s (bench/store.ts).
   */
  synchronous?: Synchronous;
  /** How long a write waits for a lock held by another connection (ms). */
  busyTimeoutMs?: number;
  /**
   * Hold an exclusive lock on the database file for as long as the store is open
   * (`PRAGMA locking_mode = EXCLUSIVE`), so a second service on the same file cannot draw
   * the same jobs: its `openStore` throws `StoreLockedError`. The lock belongs to the OS, so a
   * process killed with SIGKILL releases it at once. Other connections (sqlite3 shell
   * included) cannot read the file meanwhile.
   */
  exclusive?: boolean;
  /** With `exclusive`: how long to wait for the lock before giving up (ms, default 1000). */
  lockWaitMs?: number;
}

/** `openStore(path, { exclusive: true })` found the database held by another process. */
export class StoreLockedError extends Error {
  readonly code = 'DRAWSTREAM_STORE_LOCKED';
  constructor(readonly path: string) {
    super(`the database at ${path} is in use by another process (another drawstream?)`);
    this.name = 'StoreLockedError';
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** A donation as the store records it (already normalised by a source). */
export interface DonationRecord {
  source: string;
  sourceId: string;
  donor: string;
  message: string;
  amount: number;
  currency: string;
  timestamp: string;
  receivedAt: number;
}

export interface PlanRecord {
  plan: Plan;
  source: PlanSource;
  note?: string | null;
}

/** What the accept path decided for a new (non-duplicate) donation. */
export type AcceptDecision =
  | {
      kind: 'job';
      displayDonor: string;
      displayMessage: string;
      nsfw: boolean;
      plan?: PlanRecord | null;
      /** Waits for the operator's approval (MODERATION=manual) before it joins the line. */
      pending?: boolean;
    }
  | { kind: 'rejected'; displayDonor: string; displayMessage: string; reason: string };

export interface AcceptOutcome {
  id: string;
  duplicate: boolean;
  status: 'queued' | 'rejected';
  /** The new job (absent for duplicates and rejections). */
  job?: StoredJob;
}

export interface StoredJob {
  id: string;
  seq: number;
  phase: JobPhase;
  source: string;
  sourceId: string;
  /** The message as received (for the planner); `message` is the on-stream text. */
  rawMessage: string;
  donor: string;
  message: string;
  amount: number;
  currency: string;
  nsfw: boolean;
  plan: Plan | null;
  planSource: PlanSource | null;
  planNote: string | null;
  drawStartedAt: number | null;
  showEndsAt: number | null;
  attempts: number;
  receivedAt: number;
  /** Waiting for the operator's approval (not in the line yet). */
  pending: boolean;
  /** The donor name as received (bans match it; `donor` is the on-stream text). */
  rawDonor: string;
}

/** A donation as received (for "Allow and draw"). */
export interface StoredDonation {
  id: string;
  source: string;
  sourceId: string;
  donor: string;
  message: string;
  amount: number;
  currency: string;
}

/** A ban as stored: `donorKey` is the normalised name the stage matches. */
export interface StoredBan extends Ban {
  donorKey: string;
}

export interface StoredHistoryEntry extends HistoryEntry {
  source: string;
  planSource?: PlanSource;
  planNote?: string;
  /** Why a donation was rejected or a job failed (panel/logs). */
  reason?: string;
}

export interface StoreCounts {
  donations: number;
  /** Unfinished jobs (current included). */
  unfinished: number;
  finished: Record<JobStatus, number>;
}

export interface Store {
  readonly path: string;
  readonly schemaVersion: number;
  /** Dedupes by (source, sourceId); otherwise runs `decide` and writes everything in one transaction. */
  acceptDonation(record: DonationRecord, decide: () => AcceptDecision): AcceptOutcome;
  hasDonation(source: string, sourceId: string): boolean;
  /** Unfinished jobs in FIFO order. */
  unfinishedJobs(): StoredJob[];
  getJob(id: string): StoredJob | null;
  setPhase(id: string, phase: JobPhase): void;
  /** Stores the plan (a restart will not plan again) and sets the phase. */
  savePlan(id: string, plan: PlanRecord, phase: JobPhase): void;
  /** Phase `drawing`, times recorded, attempts + 1. */
  startDrawing(id: string, drawStartedAt: number, showEndsAt: number): void;
  markShowing(id: string): void;
  /** Moves an unfinished job to history. False when it was not unfinished (already finished or unknown). */
  finishJob(id: string, status: JobStatus, finishedAt: number, reason?: string): boolean;
  /** Finishes several jobs in one transaction; returns the ids actually finished. */
  finishJobs(ids: readonly string[], status: JobStatus, finishedAt: number, reason?: string): string[];
  /** A pending job joins the line after every donation stored so far. False when it was not pending. */
  approveJob(id: string, approvedAt: number): boolean;
  /** One history entry (with its plan), or null. */
  historyEntry(id: string): StoredHistoryEntry | null;
  /** A donation as received, or null. */
  donation(id: string): StoredDonation | null;
  /** Oldest first. */
  bans(): StoredBan[];
  addBan(ban: StoredBan): void;
  /** False when there was no such ban. */
  removeBan(id: string): boolean;
  /** Newest first. */
  history(limit: number, options?: { includePlan?: boolean }): StoredHistoryEntry[];
  counts(): StoreCounts;
  getSetting(key: string): string | null;
  setSetting(key: string, value: string): void;
  health(): ComponentHealth;
  close(): void;
}

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

interface HistoryRow {
  id: string;
  status: JobStatus;
  display_donor: string;
  display_message: string;
  finished_at: number;
  plan_json: string | null;
  plan_source: string | null;
  plan_note: string | null;
  reason: string | null;
  source: string;
  source_id: string;
  amount: number;
  currency: string;
  allowed_as: string | null;
}

const JOB_SELECT = `
  SELECT j.id, j.seq, j.phase, j.display_donor, j.display_message, j.nsfw, j.plan_json, j.plan_source,
         j.plan_note, j.draw_started_at, j.show_ends_at, j.attempts, j.pending, d.donor AS raw_donor,
         d.source, d.source_id, d.message, d.amount, d.currency, d.received_at
  FROM jobs j JOIN donations d ON d.id = j.id`;

const HISTORY_SELECT = `
  SELECT h.id, h.status, h.display_donor, h.display_message, h.finished_at, h.plan_json, h.plan_source,
         h.plan_note, h.reason, d.source, d.source_id, d.amount, d.currency,
         (SELECT a.id FROM donations a WHERE a.source = 'allow' AND a.source_id = h.id) AS allowed_as
  FROM history h JOIN donations d ON d.id = h.id`;

/** The donation source of jobs made by "Allow and draw" (source_id = the blocked original's id). */
export const ALLOW_SOURCE = 'allow';

const STATUSES: JobStatus[] = ['done', 'skipped', 'cleared', 'rejected', 'failed', 'removed'];

/** `18+ request (sexual)` → `sexual`: the gate's category as admission records it in planNote. */
function blockedCategoryOf(note: string | null): string | null {
  const match = note ? /^18\+ request(?: \(([a-z_-]+)\))?$/.exec(note) : null;
  return match?.[1] ?? null;
}

function toHistoryEntry(row: HistoryRow, includePlan: boolean): StoredHistoryEntry {
  const entry: StoredHistoryEntry = {
    id: row.id,
    donor: row.display_donor,
    message: row.display_message,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    finishedAt: row.finished_at,
    source: row.source,
  };
  if (row.plan_source) entry.planSource = row.plan_source as PlanSource;
  if (row.plan_note) entry.planNote = row.plan_note;
  if (row.reason) entry.reason = row.reason;
  // A message the gate blocked (not a replayed text card): the category, and the note as reason.
  if (row.plan_source === 'gate' && row.plan_note?.startsWith('18+ request') && row.source !== 'replay') {
    entry.blockedCategory = blockedCategoryOf(row.plan_note);
    entry.reason ??= row.plan_note;
  }
  if (row.allowed_as) entry.allowedAs = row.allowed_as;
  if (row.source === ALLOW_SOURCE) entry.allowedFrom = row.source_id;
  if (includePlan) {
    const plan = parsePlanJson(row.plan_json);
    if (plan) entry.plan = plan;
  }
  return entry;
}
const MAX_HISTORY_LIMIT = 1000;

function parsePlanJson(json: string | null): Plan | null {
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

export function openStore(path: string, options: StoreOptions = {}): Store {
  let db: Database.Database;
  const exclusive = options.exclusive === true && path !== ':memory:';
  try {
    if (path !== ':memory:') {
      // Owner-only: the database holds donor names and messages (see files.ts).
      mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR_MODE });
      preparePrivateFile(path);
    }
    const waitMs = exclusive ? (options.lockWaitMs ?? 1000) : (options.busyTimeoutMs ?? 5000);
    db = new Database(path, { timeout: Math.max(0, Math.floor(waitMs)) });
  } catch (error) {
    throw new Error(`cannot open the database at ${path}: ${(error as Error).message}`);
  }
  try {
    // Settings go through exec(), never db.pragma(): see readUserVersion in schema.ts.
    if (exclusive) {
      // Must come before the first access: in WAL mode the connection then keeps the
      // wal-index in its own memory (no -shm file) and holds the file lock until close.
      db.exec('PRAGMA locking_mode = EXCLUSIVE');
      try {
        db.exec('PRAGMA journal_mode = WAL');
        // Take the write lock now, not at the first write, so a second process fails here.
        db.exec('BEGIN EXCLUSIVE; COMMIT');
      } catch (error) {
        if (isBusy(error)) throw new StoreLockedError(path);
        throw error;
      }
    }
    db.exec('PRAGMA journal_mode = WAL');
    db.exec(`PRAGMA synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db);
    if (path !== ':memory:') tightenSqliteSideFiles(path);
  } catch (error) {
    db.close();
    if (error instanceof StoreLockedError) throw error;
    throw new Error(`cannot use the database at ${path}: ${(error as Error).message}`);
  }

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
    // The line: by arrival, an approved job after every donation stored before its approval.
    unfinished: db.prepare<[], JobRow>(`${JOB_SELECT} ORDER BY COALESCE(j.line_seq, j.seq), COALESCE(j.approved_at, 0), j.seq`),
    approve: db.prepare(
      // approved_at only orders approvals: kept strictly increasing, so two in one millisecond keep their order.
      `UPDATE jobs SET pending = 0, line_seq = (SELECT MAX(seq) FROM donations),
         approved_at = MAX(@at, COALESCE((SELECT MAX(approved_at) FROM jobs), 0) + 1)
       WHERE id = @id AND pending = 1`,
    ),
    historyOne: db.prepare<[string], HistoryRow>(`${HISTORY_SELECT} WHERE h.id = ?`),
    donation: db.prepare<
      [string],
      { id: string; source: string; source_id: string; donor: string; message: string; amount: number; currency: string }
    >('SELECT id, source, source_id, donor, message, amount, currency FROM donations WHERE id = ?'),
    bans: db.prepare<[], { id: string; donor: string; donor_key: string; source: string | null; created_at: number }>(
      'SELECT id, donor, donor_key, source, created_at FROM bans ORDER BY created_at, rowid',
    ),
    addBan: db.prepare('INSERT INTO bans (id, donor, donor_key, source, created_at) VALUES (@id, @donor, @donorKey, @source, @createdAt)'),
    removeBan: db.prepare('DELETE FROM bans WHERE id = ?'),
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
    history: db.prepare<[number], HistoryRow>(`${HISTORY_SELECT} ORDER BY h.finished_at DESC, h.rowid DESC LIMIT ?`),
    countDonations: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM donations'),
    countJobs: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM jobs'),
    countHistory: db.prepare<[], { status: JobStatus; n: number }>('SELECT status, COUNT(*) AS n FROM history GROUP BY status'),
    getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    ping: db.prepare('SELECT 1'),
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

  let closed = false;
  return {
    path,
    schemaVersion: SCHEMA_VERSION,
    acceptDonation: (record, decide) => acceptTx(record, decide),
    hasDonation: (source, sourceId) => q.findDonation.get(source, sourceId) !== undefined,
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
    history: (limit, options = {}) => {
      const n = Number.isFinite(limit) ? Math.max(0, Math.min(MAX_HISTORY_LIMIT, Math.floor(limit))) : 0;
      if (n === 0) return [];
      return q.history.all(n).map((row) => toHistoryEntry(row, options.includePlan === true));
    },
    approveJob: (id, approvedAt) => q.approve.run({ at: approvedAt, id }).changes === 1,
    historyEntry: (id) => {
      const row = q.historyOne.get(id);
      return row ? toHistoryEntry(row, true) : null;
    },
    donation: (id) => {
      const row = q.donation.get(id);
      return row
        ? {
            id: row.id,
            source: row.source,
            sourceId: row.source_id,
            donor: row.donor,
            message: row.message,
            amount: row.amount,
            currency: row.currency,
          }
        : null;
    },
    bans: () =>
      q.bans.all().map((row) => ({ id: row.id, donor: row.donor, donorKey: row.donor_key, source: row.source, createdAt: row.created_at })),
    addBan: (ban) => {
      q.addBan.run({ id: ban.id, donor: ban.donor, donorKey: ban.donorKey, source: ban.source, createdAt: ban.createdAt });
    },
    removeBan: (id) => q.removeBan.run(id).changes === 1,
    counts: () => {
      const finished = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
      for (const row of q.countHistory.all()) finished[row.status] = row.n;
      return { donations: q.countDonations.get()!.n, unfinished: q.countJobs.get()!.n, finished };
    },
    getSetting: (key) => q.getSetting.get(key)?.value ?? null,
    setSetting: (key, value) => {
      q.setSetting.run(key, value);
    },
    health: () => {
      if (closed) return { state: 'down', detail: 'the database is closed' };
      try {
        q.ping.get();
        return { state: 'ok', detail: `SQLite open (schema v${SCHEMA_VERSION})` };
      } catch (error) {
        return { state: 'down', detail: `SQLite error: ${(error as Error).message}` };
      }
    },
    close: () => {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
