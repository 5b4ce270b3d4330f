// Start (recovery from the store) and stop. The store is the truth across restarts: start()
// rebuilds the line from it, stop() leaves every unfinished job in it.
import { isTextCard } from '../dsl/index.js';
import type { PlanRecord } from '../store/index.js';
import { endPlanningCall, findLive, storeWrite, toLive, type LiveJob, type StageContext } from './context.js';
import { MAX_DRAW_ATTEMPTS, PAUSED_KEY, STREAMING_NOTE, unreachable } from './helpers.js';
import { beginDrawing, clearPhaseTimer, finishCurrent } from './phases.js';
import { startPlanning } from './planning.js';
import { pump } from './scheduler.js';
import { resumeScreenedOnStage, startScreening, stopScreening } from './screening.js';
import type { JobPhase } from '../core/index.js';

/** Was a job in this phase on stage (holding the brush) when the service went down? */
function wasOnStage(phase: JobPhase): boolean {
  switch (phase) {
    case 'drawing':
    case 'showing':
      return true;
    case 'queued':
    case 'planning':
      return false;
    default:
      return unreachable(phase);
  }
}

/** Resumes from the store and starts working. Idempotent. */
export function start(cx: StageContext): void {
  const { state, store, log } = cx;
  if (state.started) return;
  state.started = true;
  try {
    state.paused = store.getSetting(PAUSED_KEY) === '1';
  } catch (error) {
    log.error({ err: error }, 'cannot read the paused flag; starting unpaused');
  }
  let jobs: LiveJob[] = [];
  try {
    jobs = store.unfinishedJobs().map(toLive);
  } catch (error) {
    log.error({ err: error }, 'cannot read unfinished jobs from the store');
  }
  // The job that was on stage (drawing or showing) is drawn again from the start; it goes
  // first even when paused, since pause means "after the current job".
  const interruptedIndex = jobs.findIndex((job) => wasOnStage(job.phase));
  let interrupted: LiveJob | null = null;
  if (interruptedIndex >= 0) interrupted = jobs.splice(interruptedIndex, 1)[0];
  for (const job of jobs) {
    if (job.phase !== 'queued') {
      job.phase = 'queued';
      storeWrite(cx, 'reset phase', job.id, () => store.setPhase(job.id, 'queued'));
    }
  }
  // Jobs waiting for approval stay out of the line (their order: arrival).
  state.pending = jobs.filter((job) => job.pending);
  state.waiting = jobs.filter((job) => !job.pending);
  log.info(
    { waiting: state.waiting.length, pending: state.pending.length, interrupted: interrupted?.id ?? null, paused: state.paused },
    'stage resumed from the store',
  );
  // A restart checks every waiting job again (the verdicts are not stored); the one that was
  // on stage had been checked and is drawn again at once.
  if (interrupted) resumeScreenedOnStage(cx, interrupted);
  for (const job of jobs) startScreening(cx, job);

  if (interrupted) {
    state.current = interrupted;
    if (interrupted.attempts >= MAX_DRAW_ATTEMPTS) {
      finishCurrent(cx, interrupted, 'failed', `drawing was interrupted ${interrupted.attempts} times`);
      return; // finishCurrent pumps
    }
    if (interrupted.plan && interrupted.planNote === STREAMING_NOTE) resumeStreamedPlan(cx, interrupted);
    if (interrupted.plan) beginDrawing(cx, interrupted);
    else startPlanning(cx, interrupted);
  }
  pump(cx);
}

/**
 * The plan was still arriving when the service went down. Drawing the prefix that had
 * arrived (checked, gated, persisted) is bounded and needs no second LLM call.
 */
function resumeStreamedPlan(cx: StageContext, job: LiveJob): void {
  if (!job.plan) return;
  const steps = isTextCard(job.plan) ? 0 : job.plan.steps.length;
  job.planNote = `the plan was still arriving when the service stopped; drawing the ${steps} steps that had arrived`;
  const record: PlanRecord = { plan: job.plan, source: job.planSource ?? 'llm', note: job.planNote };
  storeWrite(cx, 'save interrupted plan', job.id, () => cx.store.savePlan(job.id, record, job.phase));
  cx.log.warn({ jobId: job.id, steps }, 'restart mid-stream: drawing the steps that had arrived');
}

/** Stops taking work, aborts planning, cancels timers; the store keeps every unfinished job. */
export async function stop(cx: StageContext): Promise<void> {
  const { state } = cx;
  if (state.stopped) return;
  state.stopped = true;
  clearPhaseTimer(cx);
  stopScreening(cx);
  state.current?.persist?.flush(); // a clean stop keeps every step that had arrived
  for (const jobId of [...state.planning.keys()]) {
    endPlanningCall(cx, jobId, true);
    // A job stopped mid-planning is simply planned again after a restart.
    const job = findLive(cx, jobId);
    if (job && !job.plan) storeWrite(cx, 'reset phase', jobId, () => cx.store.setPhase(jobId, 'queued'));
  }
  cx.log.info({ current: state.current?.id ?? null, waiting: state.waiting.length }, 'stage stopped');
}
