// What the outside sees: job views, snapshots, queue pages, events and the read-only queries.
// Also `guarded`, since a failing step is reported as an `error` event.
import type { StoreCounts } from '../store/index.js';
import { errorMessage } from './helpers.js';
import type { LiveJob, StageContext, StageCounts, StageListener } from './context.js';
import { screenFields } from './screen-state.js';
import type { HistoryEntry, JobView, QueuePage, StageEvent, StageEventType, StageSnapshot } from '../core/index.js';
import { SNAPSHOT_QUEUE_HEAD } from '../core/index.js';

/** The view of a job, cached on it until `changed(job)`; `full` adds plan and times (current job). */
export function viewOf(job: LiveJob, full: boolean): JobView {
  const cached = full ? job.fullView : job.view;
  if (cached) return cached;
  const view: JobView = {
    id: job.id,
    donor: job.donor,
    message: job.message,
    amount: job.amount,
    currency: job.currency,
    phase: job.pending ? 'pending' : job.phase,
  };
  if (job.plan !== null) view.planned = true;
  Object.assign(view, screenFields(job));
  if (full) {
    if (job.plan) view.plan = job.plan;
    if (job.drawStartedAt !== null) view.drawStartedAt = job.drawStartedAt;
    if (job.showEndsAt !== null) view.showEndsAt = job.showEndsAt;
    if (job.planNote) view.planNote = job.planNote;
    if (job.planSource) view.planSource = job.planSource;
    if (job.arrivals && job.phase !== 'planning') view.stepArrivals = job.arrivals;
    if (job.streaming) view.streaming = true;
    job.fullView = view;
  } else {
    job.view = view;
  }
  return view;
}

// Built on every event: only the head of the queue (views cached per job), so a long
// queue costs nothing per event. `waiting` is an array, so both slices are O(head).
export function snapshot(cx: StageContext): StageSnapshot {
  const { paused, current, waiting } = cx.state;
  return {
    paused,
    current: current ? viewOf(current, true) : null,
    queue: waiting.slice(0, SNAPSHOT_QUEUE_HEAD).map((job) => viewOf(job, false)),
    queueCount: waiting.length,
    serverTime: cx.clock.now(),
    moderation: cx.moderation,
    pending: cx.state.pending.slice(0, SNAPSHOT_QUEUE_HEAD).map((job) => viewOf(job, false)),
    pendingCount: cx.state.pending.length,
  };
}

export function queuePage(cx: StageContext, offset: number, limit: number): QueuePage {
  const { waiting } = cx.state;
  const from = Math.max(0, Math.floor(offset));
  const jobs = waiting.slice(from, from + Math.max(0, Math.floor(limit))).map((job) => viewOf(job, false));
  return { total: waiting.length, offset: from, jobs };
}

export function subscribe(cx: StageContext, listener: StageListener): () => void {
  cx.state.listeners.add(listener);
  return () => {
    cx.state.listeners.delete(listener);
  };
}

/** Tells every listener about a transition, with the snapshot after it; listener errors are logged. */
export function emit(cx: StageContext, type: StageEventType, jobId?: string, detail?: string): void {
  const { listeners } = cx.state;
  if (listeners.size === 0) return;
  const event: StageEvent = { type, at: cx.clock.now() };
  if (jobId !== undefined) event.jobId = jobId;
  if (detail !== undefined) event.detail = detail;
  const snap = snapshot(cx);
  for (const listener of [...listeners]) {
    try {
      listener(event, snap);
    } catch (error) {
      cx.log.warn({ err: error, event: type }, 'stage listener threw');
    }
  }
}

/**
 * Wraps every callback that runs later (timers, planner promises) or comes from outside: an
 * error is logged and emitted, never thrown, so one bad job does not stall the stage.
 */
export function guarded(cx: StageContext, what: string, fn: () => void): () => void {
  return () => {
    try {
      fn();
    } catch (error) {
      cx.log.error({ err: error, what }, 'stage step failed');
      try {
        emit(cx, 'error', cx.state.current?.id, `${what}: ${errorMessage(error)}`);
      } catch {
        // a failing listener must not turn one error into a loop
      }
    }
  };
}

export function hasDonation(cx: StageContext, source: string, id: string): boolean {
  try {
    return cx.store.hasDonation(String(source), String(id));
  } catch (error) {
    cx.log.error({ err: error }, 'store read failed');
    return false;
  }
}

export function history(cx: StageContext, limit: number): HistoryEntry[] {
  try {
    return cx.store.history(limit, { includePlan: true });
  } catch (error) {
    cx.log.error({ err: error }, 'cannot read history');
    return [];
  }
}

export function counts(cx: StageContext): StageCounts {
  let stored: StoreCounts;
  try {
    stored = cx.store.counts();
  } catch (error) {
    cx.log.error({ err: error }, 'cannot read counts');
    stored = { donations: 0, unfinished: 0, finished: { done: 0, skipped: 0, cleared: 0, rejected: 0, failed: 0, removed: 0 } };
  }
  return { ...stored, waiting: cx.state.waiting.length, currentPhase: cx.state.current?.phase ?? null };
}
