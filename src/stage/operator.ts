// The operator's actions from the panel: skip the current job, clear the queue, pause, resume.
// The facade runs each through `guarded`, so a failing store never throws at the panel.
import { endPlanningCall, storeWrite, type StageContext } from './context.js';
import { PAUSED_KEY } from './helpers.js';
import { finishCurrent } from './phases.js';
import { pump } from './scheduler.js';
import { emit, guarded } from './views.js';

/** Ends the current job now (`skipped`); false when nothing was on the brush. */
export function skip(cx: StageContext): boolean {
  const { current, stopped } = cx.state;
  if (!current || stopped) return false;
  finishCurrent(cx, current, 'skipped', 'skipped by the operator');
  return true;
}

/** Finishes every waiting job as `cleared` and aborts their planning; the current job goes on. */
export function clear(cx: StageContext): number {
  const { state } = cx;
  if (state.waiting.length === 0) return 0;
  const removed = state.waiting;
  state.waiting = [];
  for (const job of removed) endPlanningCall(cx, job.id, true);
  storeWrite(cx, 'clear queue', undefined, () => {
    cx.store.finishJobs(
      removed.map((job) => job.id),
      'cleared',
      cx.clock.now(),
      'cleared by the operator',
    );
  });
  cx.log.info({ count: removed.length }, 'queue cleared');
  emit(cx, 'cleared', undefined, String(removed.length));
  if (state.started && !state.stopped) guarded(cx, 'pump', () => pump(cx))();
  return removed.length;
}

/** The current job finishes; nothing new starts until resume. The flag survives restarts. */
export function pause(cx: StageContext): void {
  if (cx.state.paused) return;
  cx.state.paused = true;
  storeWrite(cx, 'save paused flag', undefined, () => cx.store.setSetting(PAUSED_KEY, '1'));
  emit(cx, 'paused');
}

export function resume(cx: StageContext): void {
  const { state } = cx;
  if (!state.paused) return;
  state.paused = false;
  storeWrite(cx, 'save paused flag', undefined, () => cx.store.setSetting(PAUSED_KEY, '0'));
  emit(cx, 'resumed');
  if (state.started && !state.stopped) guarded(cx, 'pump', () => pump(cx))();
}
