// The screening room (issue 11): every accepted donation's model check, started as soon as
// the donation is accepted, in FIFO order, a few at a time, beside planning (plan-ahead may
// run meanwhile). It never changes the order of the line. While a job's check runs it may
// plan but not draw (phases.ts / streaming.ts ask `awaitingScreen`). Then:
// - allow  → the message may be shown (HUD_MESSAGE=checked) and the job draws;
// - block  → the job becomes the text card, its donor "Anonymous", history reason
//            "blocked by the model (<category>)";
// - failed → (down, timeout, HTTP error, garbage) the message stays hidden on stream and the
//            job draws anyway; the panel shows the text and why.
// Rules block first (a gate-blocked job is a card already and is not sent); the model only adds blocks.
import type { ScreenResult } from '../core/index.js';
import { donorHash } from '../logging/index.js';
import { changed, endPlanningCall, findLive, storeWrite, textCard, type LiveJob, type StageContext } from './context.js';
import { errorMessage } from './helpers.js';
import { beginDrawing } from './phases.js';
import { MODEL_BLOCK_PREFIX, modelReason, screenOf, setScreen, showsCard } from './screen-state.js';
import { beginStreaming } from './streaming.js';
import { emit, guarded } from './views.js';

/** Checks in flight at once: a raid must not flood the model server (the rest wait in FIFO order). */
export const MAX_SCREENS_IN_FLIGHT = 4;

interface Room {
  queue: LiveJob[];
  inFlight: Map<string, AbortController>;
}

const rooms = new WeakMap<StageContext, Room>();

function roomOf(cx: StageContext): Room {
  let room = rooms.get(cx);
  if (!room) {
    room = { queue: [], inFlight: new Map() };
    rooms.set(cx, room);
  }
  return room;
}

/** A job joined the line (accepted, or read back from the store at start): decide or start its check. */
export function startScreening(cx: StageContext, job: LiveJob): void {
  const mode = cx.hudMessage;
  if (!cx.screener) {
    setScreen(job, { status: 'passed', mode, note: null, donorBlocked: false, hasModel: false });
    return;
  }
  if (showsCard(job)) {
    // Blocked by the rules (or by the model before a restart): nothing to ask.
    const blockedByModel = modelReason(job);
    setScreen(job, {
      status: blockedByModel ? 'blocked' : 'passed',
      mode,
      note: blockedByModel ?? null,
      donorBlocked: blockedByModel?.startsWith(MODEL_BLOCK_PREFIX) ?? false,
      hasModel: blockedByModel !== undefined,
    });
    return;
  }
  setScreen(job, { status: 'pending', mode, note: 'model check running', donorBlocked: false, hasModel: true });
  roomOf(cx).queue.push(job);
  drain(cx);
}

/**
 * The job that was on stage when the service went down had passed its check, or its check
 * had failed and it drew with the message hidden; verdicts are not stored, so which one is
 * unknown. It is drawn again at once (no new hold on the brush after a restart) with the
 * message hidden, the safe side, unless no model is configured.
 */
export function resumeScreenedOnStage(cx: StageContext, job: LiveJob): void {
  if (!cx.screener || showsCard(job)) {
    startScreening(cx, job);
    return;
  }
  setScreen(job, {
    status: 'failed',
    mode: cx.hudMessage,
    note: 'checked before the restart; the message stays hidden on stream',
    donorBlocked: false,
    hasModel: true,
  });
}

/** Aborts every check (stage stop); a restart checks the unfinished jobs again. */
export function stopScreening(cx: StageContext): void {
  const room = roomOf(cx);
  room.queue = [];
  for (const controller of room.inFlight.values()) controller.abort();
  room.inFlight.clear();
}

function drain(cx: StageContext): void {
  const room = roomOf(cx);
  while (room.inFlight.size < MAX_SCREENS_IN_FLIGHT && room.queue.length > 0 && !cx.state.stopped) {
    const job = room.queue.shift()!;
    if (findLive(cx, job.id) !== job || screenOf(job)?.status !== 'pending') continue; // skipped or cleared meanwhile
    run(cx, room, job);
  }
}

// The full message stays in the store (as for planning); the donor is the on-stream name.
function messageOf(cx: StageContext, job: LiveJob): string {
  try {
    return cx.store.getJob(job.id)?.rawMessage.trim() ?? job.message;
  } catch (error) {
    cx.log.error({ err: error, jobId: job.id }, 'cannot read the message from the store');
    return job.message;
  }
}

function run(cx: StageContext, room: Room, job: LiveJob): void {
  const controller = new AbortController();
  room.inFlight.set(job.id, controller);
  let pending: Promise<ScreenResult>;
  try {
    pending = Promise.resolve(
      cx.screener!.screen({ jobId: job.id, donor: job.donor, message: messageOf(cx, job) }, { signal: controller.signal }),
    );
  } catch (error) {
    pending = Promise.reject(error);
  }
  const done = (result: ScreenResult) => {
    if (room.inFlight.get(job.id) === controller) room.inFlight.delete(job.id);
    guarded(cx, 'model check result', () => settle(cx, job, result))();
    drain(cx);
  };
  pending.then(done, (error: unknown) => done({ ok: false, reason: `screener error: ${errorMessage(error)}`, latencyMs: 0 }));
}

function settle(cx: StageContext, job: LiveJob, result: ScreenResult): void {
  const screen = screenOf(job);
  if (cx.state.stopped || !screen || screen.status !== 'pending' || findLive(cx, job.id) !== job) return;
  if (!result.ok) {
    screen.status = 'failed';
    screen.note = `model check failed: ${result.reason}; the message stays hidden on stream`;
    cx.log.warn(
      { jobId: job.id, reason: result.reason, latencyMs: result.latencyMs },
      'model check failed: message hidden on stream, drawing anyway',
    );
    changed(job);
    emit(cx, 'screened', job.id, screen.note);
    resume(cx, job);
    return;
  }
  if (result.verdict === 'allow') {
    screen.status = 'passed';
    screen.note = `passed the model check (${result.latencyMs} ms)`;
    changed(job);
    emit(cx, 'screened', job.id, screen.note);
    resume(cx, job);
    return;
  }
  const note = `${MODEL_BLOCK_PREFIX} (${result.category})`;
  screen.status = 'blocked';
  screen.note = note;
  screen.donorBlocked = true;
  cx.log.info(
    { jobId: job.id, donorHash: donorHash(job.donor), category: result.category, latencyMs: result.latencyMs },
    'message blocked by the model: text card',
  );
  showCard(cx, job, note);
}

/** The check let the job go on: if it holds the brush and waited for it, it draws now. */
function resume(cx: StageContext, job: LiveJob): void {
  if (cx.state.current !== job || cx.state.stopped || job.phase === 'drawing' || job.phase === 'showing') return;
  if (job.plan) beginDrawing(cx, job);
  else if (job.partial && cx.state.planning.has(job.id)) beginStreaming(cx, job);
}

/** The job draws the text card instead of its plan (its planning, if any, is cancelled). */
function showCard(cx: StageContext, job: LiveJob, note: string): void {
  endPlanningCall(cx, job.id, true);
  const plan = textCard(cx);
  job.plan = plan;
  job.partial = null;
  job.partialRefused = false;
  job.stream = null;
  job.planSource = 'gate';
  job.planNote = note;
  job.nsfw = true;
  const isCurrent = cx.state.current === job;
  job.phase = isCurrent ? 'planning' : 'queued';
  changed(job);
  storeWrite(cx, 'save model block', job.id, () => cx.store.savePlan(job.id, { plan, source: 'gate', note }, job.phase));
  emit(cx, 'planned', job.id, note);
  if (isCurrent && !cx.state.stopped) beginDrawing(cx, job);
}
