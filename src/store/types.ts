// The store's public shapes: what goes in (records, decisions), what comes out (stored jobs,
// history, bans, counts) and the Store interface itself. Kept apart from the SQL so a reader
// of the contract need not wade through queries, and so each query file can name its slice of
// Store (`Pick<Store, …>`).
import type { Ban, ComponentHealth, HistoryEntry, JobPhase, JobStatus, PlanSource, SettlementLedger } from '../core/index.js';
import type { Plan } from '../dsl/index.js';

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
/** The store; also the Twitch settlement ledger (schema v4, settlement.ts). */
export interface Store extends SettlementLedger {
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
