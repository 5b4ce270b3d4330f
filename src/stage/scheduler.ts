// Who holds the brush next. `pump` is the one place a waiting job becomes current; it runs
// after every change that can free the brush or fill the queue, and keeps planning ahead.
import { changed, type StageContext } from './context.js';
import { beginDrawing } from './phases.js';
import { planAheadWindow, startPlanning } from './planning.js';
import { beginStreaming } from './streaming.js';
import { emit, guarded } from './views.js';

/** Starts the next job if the brush is free, and keeps planning ahead. */
export function pump(cx: StageContext): void {
  const { state } = cx;
  if (!state.started || state.stopped) return;
  if (!state.current && !state.paused && state.waiting.length > 0) {
    const next = state.waiting.shift()!;
    state.current = next;
    changed(next);
    if (next.plan) {
      beginDrawing(cx, next);
    } else if (next.partial && state.planning.has(next.id)) {
      // Planned ahead and streaming already: draw from the steps that have arrived.
      next.phase = 'planning';
      beginStreaming(cx, next);
    } else if (!state.planning.has(next.id)) {
      startPlanning(cx, next);
    } else {
      emit(cx, 'planning', next.id);
    }
  }
  planAheadWindow(cx);
}

/** One pump per burst of accepts: a raid of donations in one tick costs one pump, not one each. */
export function schedulePump(cx: StageContext): void {
  const { state } = cx;
  if (state.pumpScheduled) return;
  state.pumpScheduled = true;
  queueMicrotask(() => {
    state.pumpScheduled = false;
    guarded(cx, 'pump', () => pump(cx))();
  });
}
