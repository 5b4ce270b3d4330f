// Drawing from a plan that is still arriving. Only the current job whose turn has come draws
// from a partial plan; jobs planned ahead just keep their latest partial. Every partial is a
// prefix of the final plan (planner contract); one that is not, or that fails the checks, is
// not shown. The per-step checks and timing live in streaming-plan.ts.
import { isTextCard, type Plan, type Step } from '../dsl/index.js';
import type { PlanResult } from '../planner/index.js';
import { changed, findLive, gateCheck, storeWrite, type LiveJob, type StageContext } from './context.js';
import { errorMessage, STREAMING_NOTE, unreachable } from './helpers.js';
import { clearPhaseTimer, endDrawingIn, holdForScreening } from './phases.js';
import { awaitingScreen } from './screen-state.js';
import { checkResult } from './plan-check.js';
import { extendsPlan, PersistThrottle, STREAM_PERSIST_INTERVAL_MS, StreamingPlan } from './streaming-plan.js';
import { showDurationMs, streamedDrawMs } from './timing.js';
import { emit, guarded } from './views.js';

/** What a planner call ended with: an answer or an error (a timeout is an error too). */
export type PlanOutcome = { result: PlanResult } | { error: unknown };

/** The planner's `onPartial` for planner call `token` of job `jobId`. */
export function onPartial(cx: StageContext, jobId: string, token: number, partial: unknown): void {
  const { state } = cx;
  const call = state.planning.get(jobId);
  if (state.stopped || !call || call.token !== token) return;
  const job = findLive(cx, jobId);
  if (!job || job.partialRefused || (job.plan && !job.streaming)) return;
  job.stream ??= new StreamingPlan(cx.renderer, (text) => gateCheck(cx, text, 'plan text').nsfw);
  const outcome = job.stream.accept(partial);
  switch (outcome.kind) {
    case 'unchanged':
      return;
    case 'refused':
      // Nothing more is drawn from the stream; the whole answer decides (kept prefix if drawing).
      job.partialRefused = true;
      if (!job.streaming) job.partial = null;
      cx.log.warn({ jobId, reason: outcome.reason }, 'a partial plan was refused; waiting for the whole answer');
      return;
    case 'extended':
      if (job.streaming) {
        extendStream(cx, job, outcome.plan, outcome.added);
        return;
      }
      job.partial = outcome.plan;
      if (state.current === job && job.phase === 'planning') beginStreaming(cx, job);
      return;
    default:
      unreachable(outcome);
  }
}

/** While the plan streams in: the drawing time so far is timed step by step (O(new step)), not recompiled. */
function streamingShowEndsAt(cx: StageContext, job: LiveJob, plan: Plan): number {
  return (
    (job.drawStartedAt ?? cx.clock.now()) + (job.stream?.drawMs ?? streamedDrawMs(cx, plan, job.arrivals ?? [])) + showDurationMs(cx, plan)
  );
}

function savePartial(cx: StageContext, job: LiveJob, plan: Plan): void {
  storeWrite(cx, 'save streamed plan', job.id, () => cx.store.savePlan(job.id, { plan, source: 'llm', note: STREAMING_NOTE }, 'drawing'));
}

/** The current job starts drawing from its latest partial plan. */
export function beginStreaming(cx: StageContext, job: LiveJob): void {
  const plan = job.partial;
  if (cx.state.current !== job || !plan || isTextCard(plan) || cx.state.stopped) return;
  if (awaitingScreen(job)) {
    holdForScreening(cx, job);
    return;
  }
  clearPhaseTimer(cx);
  const start = cx.clock.now();
  job.partial = null;
  job.plan = plan;
  job.planSource = 'llm';
  job.planNote = null;
  job.streaming = true;
  job.arrivals = plan.steps.map(() => 0);
  job.phase = 'drawing';
  job.drawStartedAt = start;
  job.stream?.startTimeline();
  job.showEndsAt = streamingShowEndsAt(cx, job, plan);
  job.attempts += 1;
  changed(job);
  // The first prefix is written at once (a restart draws it); later ones at most every
  // STREAM_PERSIST_INTERVAL_MS, each write being the whole plan so far.
  job.persist?.cancel();
  job.persist = new PersistThrottle(
    cx.clock,
    STREAM_PERSIST_INTERVAL_MS,
    guarded(cx, 'save streamed plan', () => {
      if (cx.state.current === job && job.streaming && job.plan) savePartial(cx, job, job.plan);
    }),
  );
  job.persist.now();
  storeWrite(cx, 'start streamed drawing', job.id, () => cx.store.startDrawing(job.id, start, job.showEndsAt!));
  cx.log.info({ jobId: job.id, steps: plan.steps.length }, 'drawing started from a partial plan');
  emit(cx, 'drawing', job.id);
  // No end-of-drawing timer yet: the drawing waits at the last known step until the plan is whole.
}

function extendStream(cx: StageContext, job: LiveJob, plan: Plan, added: readonly Step[]): void {
  if (isTextCard(plan) || !job.plan || isTextCard(job.plan) || added.length === 0) return;
  const arrival = Math.max(0, cx.clock.now() - (job.drawStartedAt ?? cx.clock.now()));
  job.arrivals = (job.arrivals ?? []).concat(new Array<number>(added.length).fill(arrival));
  job.stream?.arrived(added, arrival);
  job.plan = plan;
  job.showEndsAt = streamingShowEndsAt(cx, job, plan);
  changed(job);
  job.persist?.soon();
  emit(cx, 'step', job.id, String(plan.steps.length));
}

/** The planner answered (or failed, or timed out) for a job already drawing from its stream. */
export function finishStream(cx: StageContext, job: LiveJob, outcome: PlanOutcome): void {
  const { clock } = cx;
  if (cx.state.current !== job || !job.streaming || !job.plan || isTextCard(job.plan)) return;
  const shownSteps = job.plan.steps.length;
  let note: string | null;
  if ('error' in outcome) {
    note = `the plan broke off after ${shownSteps} steps: ${errorMessage(outcome.error)}`;
  } else {
    const checked = checkResult(cx, outcome.result);
    if (typeof checked === 'string') {
      note = `the plan broke off after ${shownSteps} steps: ${checked}`;
    } else if (checked.source !== 'llm' || !extendsPlan(job.plan, checked.plan)) {
      note = `the plan broke off after ${shownSteps} steps: ${checked.note ?? 'the final answer did not continue the streamed steps'}`;
    } else {
      // The whole plan: steps that came only with the answer arrive now.
      if (!isTextCard(checked.plan) && checked.plan.steps.length > shownSteps) {
        const arrival = Math.max(0, clock.now() - (job.drawStartedAt ?? clock.now()));
        job.arrivals = (job.arrivals ?? []).concat(new Array<number>(checked.plan.steps.length - shownSteps).fill(arrival));
      }
      job.plan = checked.plan;
      note = checked.note ?? null;
    }
  }
  // What was drawn is kept: a broken stream ends cleanly with the valid steps it had.
  if (note) cx.log.warn({ jobId: job.id, note }, 'streamed plan ended early; keeping what was drawn');
  job.streaming = false;
  job.stream = null;
  job.persist?.cancel();
  job.persist = null;
  job.planNote = note;
  const plan = job.plan;
  const drawMs = streamedDrawMs(cx, plan, job.arrivals ?? []);
  // The drawing ends when the plan is whole and its timeline has run; the show then lasts in full.
  const drawEndsAt = Math.max(clock.now(), (job.drawStartedAt ?? clock.now()) + drawMs);
  job.showEndsAt = drawEndsAt + showDurationMs(cx, plan);
  changed(job);
  storeWrite(cx, 'save streamed plan', job.id, () => cx.store.savePlan(job.id, { plan, source: 'llm', note }, 'drawing'));
  emit(cx, 'planned', job.id, note ?? undefined);
  clearPhaseTimer(cx);
  endDrawingIn(cx, job, drawEndsAt - clock.now());
}
