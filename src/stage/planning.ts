// Planner calls: the plan-ahead window, one call per job with a hard timeout, and the answer
// (checked, or replaced by the built-in smiley) saved on the job. Only this file adds to the
// `planning` map and bumps `planToken`; a call ends through `endPlanningCall` (context.ts).
import type { PlanResult } from '../planner/index.js';
import type { PlanRecord } from '../store/index.js';
import { changed, endPlanningCall, findLive, storeWrite, type LiveJob, type StageContext } from './context.js';
import { errorMessage, jobSeed } from './helpers.js';
import { beginDrawing } from './phases.js';
import { checkResult, fallbackRecord } from './plan-check.js';
import { finishStream, onPartial, type PlanOutcome } from './streaming.js';
import { emit, guarded } from './views.js';

/** Plans the current job and up to `planAhead` waiting ones; never changes their order. */
export function planAheadWindow(cx: StageContext): void {
  const { current, waiting, planning } = cx.state;
  const window = (current ? [current] : []).concat(waiting.slice(0, cx.planAhead + (current ? 0 : 1)));
  for (const job of window) {
    if (!job.plan && !planning.has(job.id)) startPlanning(cx, job);
  }
}

export function startPlanning(cx: StageContext, job: LiveJob): void {
  const { state } = cx;
  const token = ++state.planToken;
  const controller = new AbortController();
  const timer = cx.clock.setTimeout(
    guarded(cx, 'plan timeout', () => onPlanTimeout(cx, job.id, token)),
    cx.planTimeoutMs,
  );
  state.planning.set(job.id, { controller, timer, token });
  job.phase = 'planning';
  changed(job);
  storeWrite(cx, 'set phase planning', job.id, () => cx.store.setPhase(job.id, 'planning'));
  emit(cx, 'planning', job.id);

  let pending: Promise<PlanResult>;
  try {
    const message = plannerMessage(cx, job.id);
    pending = Promise.resolve(
      cx.planner.plan(
        { jobId: job.id, message, seed: jobSeed(job.id) },
        {
          signal: controller.signal,
          // Streaming: the head job may start drawing from the first complete step.
          onPartial: (partial) => guarded(cx, 'partial plan', () => onPartial(cx, job.id, token, partial))(),
        },
      ),
    );
  } catch (error) {
    pending = Promise.reject(error);
  }
  pending.then(
    (result) => guarded(cx, 'plan result', () => onPlanSettled(cx, job.id, token, { result }))(),
    (error: unknown) => guarded(cx, 'plan failure', () => onPlanSettled(cx, job.id, token, { error }))(),
  );
}

// The full message stays in the store, not in memory: a long queue of long messages must
// not grow the heap. It is read once, when planning starts.
function plannerMessage(cx: StageContext, jobId: string): string {
  try {
    return cx.store.getJob(jobId)?.rawMessage.trim() ?? '';
  } catch (error) {
    cx.log.error({ err: error, jobId }, 'cannot read the message from the store');
    return '';
  }
}

function onPlanSettled(cx: StageContext, jobId: string, token: number, outcome: PlanOutcome): void {
  const call = cx.state.planning.get(jobId);
  if (cx.state.stopped || !call || call.token !== token) return; // aborted, timed out, skipped or cleared
  endPlanningCall(cx, jobId, false);
  const job = findLive(cx, jobId);
  if (job?.streaming) {
    finishStream(cx, job, outcome);
    return;
  }
  if (!job || job.plan) return;
  if ('error' in outcome) {
    applyPlan(cx, job, fallbackRecord(cx, job, `the planner failed: ${errorMessage(outcome.error)}`));
    return;
  }
  const checked = checkResult(cx, outcome.result);
  applyPlan(cx, job, typeof checked === 'string' ? fallbackRecord(cx, job, checked) : checked);
}

function onPlanTimeout(cx: StageContext, jobId: string, token: number): void {
  const call = cx.state.planning.get(jobId);
  if (cx.state.stopped || !call || call.token !== token) return;
  endPlanningCall(cx, jobId, true);
  const job = findLive(cx, jobId);
  const reason = `planning took longer than ${Math.round(cx.planTimeoutMs / 1000)} s`;
  if (job?.streaming) {
    finishStream(cx, job, { error: new Error(reason) });
    return;
  }
  if (!job || job.plan) return;
  applyPlan(cx, job, fallbackRecord(cx, job, reason));
}

/** Saves a job's plan; the current job starts drawing it, a waiting one goes back to `queued`. */
function applyPlan(cx: StageContext, job: LiveJob, record: PlanRecord): void {
  job.plan = record.plan;
  job.partial = null;
  job.stream = null;
  job.planSource = record.source;
  job.planNote = record.note ?? null;
  const isCurrent = cx.state.current === job;
  job.phase = isCurrent ? 'planning' : 'queued';
  changed(job);
  storeWrite(cx, 'save plan', job.id, () => cx.store.savePlan(job.id, record, job.phase));
  emit(cx, 'planned', job.id, record.note ?? undefined);
  if (isCurrent && !cx.state.stopped) beginDrawing(cx, job);
}
