// Jobs as the stage shows them to the server, the store, the WebSocket and the browser pages.
// The panel and the overlay import these types (erased by esbuild), so the JSON they read and
// the JSON the server writes cannot drift apart.
import type { Plan } from '../dsl/index.js';
import type { AcceptResult } from './donations.js';
import type { ScreenStatus } from './screening.js';

/** Where a plan came from: the model, the built-in planner, or the Gatekeeper's 18+ text card. */
export type PlanSource = 'llm' | 'builtin' | 'gate';

export type JobPhase = 'queued' | 'planning' | 'drawing' | 'showing';
export type JobStatus = 'done' | 'skipped' | 'cleared' | 'rejected' | 'failed';

/** A job as the API, the WebSocket and the overlay see it. donor/message are the on-stream (gated) texts. */
export interface JobView {
  id: string;
  donor: string;
  message: string;
  amount: number;
  currency: string;
  phase: JobPhase;
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
  /** Where the donation came from ('donationalerts', 'webhook', 'panel', 'demo', 'replay', …). */
  source?: string;
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
  | 'screened';

export interface StageEvent {
  type: StageEventType;
  jobId?: string;
  at: number;
  /** A human sentence (logs, panel); code never parses it. */
  detail?: string;
  /** On `cleared`: how many waiting jobs were removed. */
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
}
