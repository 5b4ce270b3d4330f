// How long a job draws and shows. A plan the renderer cannot time must not stall the stage:
// it gets MAX_DRAW_SEC and the show goes on.
import { isTextCard, type Plan } from '../dsl/index.js';
import { compilePlan } from '../raster/index.js';
import type { StageContext } from './context.js';

/** Drawing time of a whole plan (text card: 0), clamped to MAX_DRAW_SEC. */
export function drawDurationMs(cx: StageContext, plan: Plan): number {
  if (isTextCard(plan)) return 0;
  try {
    const total = compilePlan(plan, cx.renderer).totalMs;
    if (Number.isFinite(total) && total >= 0) return Math.min(Math.round(total), cx.maxDrawMs);
    throw new Error(`compilePlan returned totalMs=${String(total)}`);
  } catch (error) {
    cx.log.error({ err: error }, 'cannot time the drawing; using MAX_DRAW_SEC');
    return cx.maxDrawMs;
  }
}

/** Drawing time of a plan whose steps arrived while it was drawn (no MAX_DRAW_SEC clamp: a step arriving after M still gets shown). */
export function streamedDrawMs(cx: StageContext, plan: Plan, arrivals: number[]): number {
  try {
    const total = compilePlan(plan, cx.renderer, { arrivals }).totalMs;
    if (Number.isFinite(total) && total >= 0) return Math.round(total);
    throw new Error(`compilePlan returned totalMs=${String(total)}`);
  } catch (error) {
    cx.log.error({ err: error }, 'cannot time the streamed drawing; using MAX_DRAW_SEC');
    return Math.max(cx.maxDrawMs, arrivals[arrivals.length - 1] ?? 0);
  }
}

/** SHOW_DURATION_SEC, or a text card's own duration_sec. */
export function showDurationMs(cx: StageContext, plan: Plan): number {
  if (isTextCard(plan)) {
    const sec = plan.duration_sec;
    return Number.isFinite(sec) && sec > 0 ? Math.round(sec * 1000) : cx.showMs;
  }
  return cx.showMs;
}
