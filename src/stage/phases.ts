// The brush: the current job's drawing → showing → finished, on the one phase timer.
// Only this file sets `phaseTimer`, and only this file (plus recovery in lifecycle.ts, which
// puts the interrupted job back) sets `current`, here to null when a job finishes.
import type { StageEventType } from '../core/index.js';
import { changed, endPlanningCall, storeWrite, type LiveJob, type StageContext } from './context.js';
import { unreachable } from './helpers.js';
import { awaitingScreen, modelReason, screenOf } from './screen-state.js';
import { drawDurationMs, showDurationMs } from './timing.js';
import { emit, guarded } from './views.js';

/** How a job leaves the brush (the operator's clear never reaches the current job). */
export type FinishStatus = 'done' | 'skipped' | 'failed';

export function clearPhaseTimer(cx: StageContext): void {
  const { state } = cx;
  if (state.phaseTimer !== null) cx.clock.clearTimeout(state.phaseTimer);
  state.phaseTimer = null;
}

/** Starts drawing the current job's whole plan, with fresh times (also a restart's redraw). */
export function beginDrawing(cx: StageContext, job: LiveJob): void {
  if (cx.state.current !== job || !job.plan) return;
  if (awaitingScreen(job)) {
    holdForScreening(cx, job);
    return;
  }
  clearPhaseTimer(cx);
  const drawMs = drawDurationMs(cx, job.plan);
  const start = cx.clock.now();
  job.partial = null;
  job.streaming = false;
  job.arrivals = null;
  job.phase = 'drawing';
  job.drawStartedAt = start;
  job.showEndsAt = start + drawMs + showDurationMs(cx, job.plan);
  job.attempts += 1;
  changed(job);
  storeWrite(cx, 'start drawing', job.id, () => cx.store.startDrawing(job.id, start, job.showEndsAt!));
  emit(cx, 'drawing', job.id);
  endDrawingIn(cx, job, drawMs);
}

/** No drawing with unchecked text: the job holds the brush, planning, until its model check ends (screening.ts). */
export function holdForScreening(cx: StageContext, job: LiveJob): void {
  const screen = screenOf(job);
  if (job.phase === 'planning' && screen?.heldAnnounced) return;
  if (screen) screen.heldAnnounced = true;
  job.phase = 'planning';
  changed(job);
  emit(cx, 'planning', job.id, 'waiting for the model check');
}

/** Ends the current job's drawing `ms` from now (at once when ms ≤ 0). The phase timer must be clear. */
export function endDrawingIn(cx: StageContext, job: LiveJob, ms: number): void {
  if (ms <= 0) enterShowing(cx, job);
  else
    cx.state.phaseTimer = cx.clock.setTimeout(
      guarded(cx, 'end of drawing', () => enterShowing(cx, job)),
      ms,
    );
}

export function enterShowing(cx: StageContext, job: LiveJob): void {
  const { state, clock } = cx;
  if (state.current !== job || state.stopped) return;
  state.phaseTimer = null;
  job.phase = 'showing';
  changed(job);
  storeWrite(cx, 'mark showing', job.id, () => cx.store.markShowing(job.id));
  emit(cx, 'showing', job.id);
  const left = Math.max(0, (job.showEndsAt ?? clock.now()) - clock.now());
  state.phaseTimer = clock.setTimeout(
    guarded(cx, 'end of show', () => finishCurrent(cx, job, 'done', modelReason(job))),
    left,
  );
}

/** Takes the job off the brush, records how it ended, and starts the next one. */
export function finishCurrent(cx: StageContext, job: LiveJob, status: FinishStatus, reason?: string): void {
  if (cx.state.current !== job) return;
  clearPhaseTimer(cx);
  job.persist?.flush(); // history keeps every step that was drawn
  endPlanningCall(cx, job.id, true);
  cx.state.current = null;
  storeWrite(cx, `finish job (${status})`, job.id, () => {
    if (!cx.store.finishJob(job.id, status, cx.clock.now(), reason)) {
      cx.log.warn({ jobId: job.id, status }, 'job was already finished in the store');
    }
  });
  cx.log.info({ jobId: job.id, status }, 'job finished');
  emit(cx, finishEvent(status), job.id, reason);
  cx.pump();
}

function finishEvent(status: FinishStatus): StageEventType {
  switch (status) {
    case 'done':
      return 'done';
    case 'skipped':
      return 'skipped';
    case 'failed':
      return 'error';
    default:
      return unreachable(status);
  }
}
