import type { Plan } from '../dsl/types.js';
import type { PlanSource } from '../planner/types.js';

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
  /** Why the built-in planner was used (panel only). */
  planNote?: string;
  /** Where the plan came from (`llm`, `builtin`, `gate` = 18+ text card); only on `current`. */
  planSource?: PlanSource;
  /** True once the job has its plan (a waiting job planned ahead, phase back to `queued`). */
  planned?: boolean;
}

export interface StageSnapshot {
  paused: boolean;
  current: JobView | null;
  queue: JobView[];
  serverTime: number;
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
}

export type StageEventType = 'queued' | 'planning' | 'drawing' | 'showing' | 'done' | 'skipped' | 'cleared' | 'error' | 'paused' | 'resumed' | 'step' | 'planned';

export interface StageEvent {
  type: StageEventType;
  jobId?: string;
  at: number;
  detail?: string;
}

/** Injectable time so tests run fast and exact. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the server (HTTP API, WebSocket) needs from the stage. The stage also implements `DonationSink`. */
export interface StageControl {
  snapshot(): StageSnapshot;
  history(limit: number): HistoryEntry[];
  /** Ends the current job now (status `skipped`). Returns false when nothing was running. */
  skip(): boolean;
  /** Removes every waiting job (status `cleared`); returns how many. */
  clear(): number;
  pause(): void;
  resume(): void;
  /** Called after every transition with the event and the new snapshot. Returns an unsubscribe function. */
  subscribe(listener: (event: StageEvent, snapshot: StageSnapshot) => void): () => void;
}
