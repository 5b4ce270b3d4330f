// Jobs as the stage shows them to the server, the store, the WebSocket and the browser pages.
// The panel and the overlay import these types (erased by esbuild), so the JSON they read and
// the JSON the server writes cannot drift apart.
import type { Plan } from '../dsl/index.js';
import type { AcceptResult } from './donations.js';
import type { ScreenStatus } from './screening.js';

/** Where a plan came from: the model, the built-in planner, or the Gatekeeper's 18+ text card. */
export type PlanSource = 'llm' | 'builtin' | 'gate';

export type JobPhase = 'queued' | 'planning' | 'drawing' | 'showing';
export type JobStatus = 'done' | 'skipped' | 'cleared' | 'rejected' | 'failed' | 'removed';

/** MODERATION: `auto` queues every accepted donation; `manual` holds them in `pending` until the operator approves. */
export type ModerationMode = 'auto' | 'manual';

/**
 * A job as the API, the WebSocket and the overlay see it. donor/message are the on-stream (gated)
 * texts. Immutable: the stage builds a new view whenever the job changes (caches key on it).
 */
export interface JobView {
  id: string;
  donor: string;
  message: string;
  amount: number;
  currency: string;
  /** `pending`: waiting for the operator's approval (MODERATION=manual); never on the overlay. */
  phase: JobPhase | 'pending';
  /** Only on `current` once known. */
  plan?: Plan;
  drawStartedAt?: number; // server clock, ms since epoch
  showEndsAt?: number;
  /** Why the built-in planner was used (panel only): the human text of a `PlanFallback`. */
  planNote?: string;
  /** Where the plan came from (`llm`, `builtin`, `gate` = 18+ text card); only on `current`. */
  planSource?: PlanSource;
  /** True once the job has its plan (a waiting job planned ahead, phase back to `queued`). */
  planned?: boolean;
  /**
   * Only on `current` when its drawing started while the plan was still arriving: for each
   * top-level step of `plan`, when it became known, ms after `drawStartedAt` (0 = known at the
   * start). Animate with `compilePlan(plan, renderer, { arrivals: stepArrivals })`; absent or
   * all zero = the spec timeline. See src/dsl/README.md "Streaming and late steps".
   */
  stepArrivals?: number[];
  /** True while the current job draws a plan that is still arriving (more steps may come). */
  streaming?: boolean;
  /**
   * True while the message may not be shown on stream (not yet passed every configured layer,
   * blocked, or HUD_MESSAGE=never). The overlay's views carry `message: ''` then.
   */
  messageHidden?: boolean;
  /** True when the donor name may not be shown (the model blocked the donation): the overlay gets "Anonymous". */
  donorHidden?: boolean;
  /** Panel only: where the model check stands (absent without an LLM). */
  screening?: ScreenStatus;
  /** Panel only: the model check's outcome in words ("blocked by the model (gore)", "model check failed: …"). */
  screenNote?: string;
}

/** How many waiting jobs a snapshot carries; the rest are paged with `StageControl.queuePage`. */
export const SNAPSHOT_QUEUE_HEAD = 20;

/**
 * What every page and GET /api/state see. Bounded whatever the queue length: a raid of
 * thousands of donations must not make each update (sent to every overlay) grow with it.
 */
export interface StageSnapshot {
  paused: boolean;
  current: JobView | null;
  /** The first `SNAPSHOT_QUEUE_HEAD` waiting jobs, in FIFO order. */
  queue: JobView[];
  /** How many jobs are waiting in all (`queue` is the head of them). */
  queueCount: number;
  serverTime: number;
  /** MODERATION (absent = `auto`, for stand-ins). */
  moderation?: ModerationMode;
  /** Jobs waiting for approval, oldest first, at most `SNAPSHOT_QUEUE_HEAD`; never shown on stream. */
  pending?: JobView[];
  /** How many jobs wait for approval in all. */
  pendingCount?: number;
}

/** A slice of the waiting jobs (GET /api/queue). */
export interface QueuePage {
  /** How many jobs are waiting in all. */
  total: number;
  offset: number;
  jobs: JobView[];
}

export interface HistoryEntry {
  id: string;
  donor: string;
  message: string;
  amount: number;
  currency: string;
  status: JobStatus;
  finishedAt: number;
  plan?: Plan;
  /** Where the donation came from ('donationalerts', 'webhook', 'panel', 'demo', 'replay', 'allow', …). */
  source?: string;
  /** Why it was rejected, removed, failed or blocked (panel and API only, never on stream). */
  reason?: string;
  /** The gate's category when the message was blocked as 18+ (`sexual`, `profanity`, …; `null` = unknown). */
  blockedCategory?: string | null;
  /** A blocked job the operator allowed: the id of the new job ("Allow and draw"). */
  allowedAs?: string;
  /** A job made by "Allow and draw": the id of the blocked original. */
  allowedFrom?: string;
}

export type StageEventType =
  | 'queued'
  | 'planning'
  | 'drawing'
  | 'showing'
  | 'done'
  | 'skipped'
  | 'cleared'
  | 'error'
  | 'paused'
  | 'resumed'
  | 'step'
  | 'planned'
  | 'screened'

  // moderation (MODERATION=manual, remove, bans)
  | 'pending'
  | 'approved'
  | 'rejected'
  | 'removed'
  | 'banned';

export interface StageEvent {
  type: StageEventType;
  jobId?: string;
  at: number;
  /** A human sentence (logs, panel); code never parses it. */
  detail?: string;
  /** On `cleared` and `banned`: how many waiting jobs were removed. */
  count?: number;
}

/**
 * A finished drawing queued again with its own plan (the panel's gallery "Replay"). Only
 * trusted internal callers build one: no donation source or webhook can hand the stage a plan.
 */
export interface ReplayRequest {
  /** Unique per replay; `('replay', id)` dedupes like any donation's `(source, id)`. */
  id: string;
  donor: string;
  message: string;
  amount: number;
  currency: string;
  plan: Plan;
}

/** What the server (HTTP API, WebSocket) needs from the stage. The stage also implements `DonationSink`. */
export interface StageControl {
  snapshot(): StageSnapshot;
  /** Waiting jobs `offset`..`offset + limit - 1` in FIFO order; costs O(limit), not O(queue). */
  queuePage(offset: number, limit: number): QueuePage;
  history(limit: number): HistoryEntry[];
  /** Ends the current job now (status `skipped`). Returns false when nothing was running. */
  skip(): boolean;
  /** Removes every waiting job (status `cleared`); returns how many. */
  clear(): number;
  pause(): void;
  resume(): void;
  /** Called after every transition with the event and the new snapshot. Returns an unsubscribe function. */
  subscribe(listener: (event: StageEvent, snapshot: StageSnapshot) => void): () => void;
  /**
   * Queues a drawing again with the given plan (checked again, never re-planned); FIFO like
   * any job. `{error}` when the plan is not valid. Throws only when the store cannot write.
   * Optional so stand-ins need not implement it.
   */
  replay?(request: ReplayRequest): AcceptResult | { error: string };
  /** The moderation desk (approve, reject, remove, allow, bans); optional so stand-ins need not implement it. */
  moderation?: ModerationControl;
}

/** Why a moderation action was refused: `not-found` → 404, `conflict` → 409, `invalid` → 400. */
export type ModerationRefusal = { refused: 'not-found' | 'conflict' | 'invalid'; error: string };

export interface Ban {
  id: string;
  /** The name as the operator typed it. */
  donor: string;
  /** Only donations from this source (`donationalerts`, `webhook`, …); null = every source. */
  source: string | null;
  createdAt: number;
}

export interface ModerationControl {
  /** A pending job joins the end of the queue (FIFO by approval time). */
  approve(id: string): { id: string; status: 'queued' } | ModerationRefusal;
  /** Approves every pending job, oldest first; returns their ids. */
  approveAll(): string[];
  /** A pending job goes to history `rejected` ("rejected by the operator"). */
  reject(id: string): { id: string; status: 'rejected' } | ModerationRefusal;
  /** A waiting or pending job goes to history `removed`; the current job is refused (use skip). */
  remove(id: string): { id: string; status: 'removed' } | ModerationRefusal;
  /** "Allow and draw": a gate-blocked history entry is queued again as a new job, message not gated. */
  allow(id: string): { id: string } | ModerationRefusal;
  bans(): Ban[];
  /** Bans a donor (and removes their waiting and pending jobs). */
  ban(donor: string, source?: string | null): { id: string; removed: number } | ModerationRefusal;
  unban(id: string): boolean;
}
