// The single worker: one brush, strict FIFO. See README.md for the state machine.
// Everything that happens later runs from a Clock timer or a planner promise; each such
// callback is guarded, so nothing throws out of the stage and one bad job never stalls it.
import type { Logger } from 'pino';
import { parsePlan } from '../dsl/index.js';
import { isTextCard, type Plan, type RendererSettings, type Step } from '../dsl/types.js';
import { compilePlan } from '../raster/index.js';
import type { Gatekeeper, GateVerdict } from '../gate/types.js';
import type { Planner, PlanResult, PlanSource } from '../planner/types.js';
import type { AcceptResult, DonationSink, IncomingDonation } from '../donations/types.js';
import { donorHash } from '../logging/index.js';
import type { AcceptDecision, DonationRecord, PlanRecord, Store, StoreCounts, StoredJob } from '../store/index.js';
import { fallbackPlan, textCardPlan } from './fallback.js';
import { extendsPlan, PersistThrottle, STREAM_PERSIST_INTERVAL_MS, StreamingPlan } from './streaming-plan.js';
import type {
  Clock,
  HistoryEntry,
  JobPhase,
  JobView,
  QueuePage,
  ReplayRequest,
  StageControl,
  StageEvent,
  StageEventType,
  StageSnapshot,
} from './types.js';
import { SNAPSHOT_QUEUE_HEAD } from './types.js';

export const ANONYMOUS = 'Anonymous';
/** On-stream message length, in code points (the ellipsis included). */
export const DISPLAY_MESSAGE_CHARS = 80;
export const DISPLAY_DONOR_CHARS = 64;
/** A job whose drawing started this many times in a row without reaching its show (a crash loop)
 * is marked failed. Reaching the show resets the count, so kills at random moments on a healthy
 * service do not fail a donation. */
export const MAX_DRAW_ATTEMPTS = 5;
export const DEFAULT_PLAN_TIMEOUT_MS = 60_000 * 3 + 5_000; // LLM_TIMEOUT_SEC·(LLM_RETRIES+1) + 5 s
const MAX_MESSAGE_CHARS = 10_000;
const MAX_DONOR_CHARS = 500;
const PAUSED_KEY = 'stage.paused';
/**
 * planNote of a plan stored while it was still arriving. A restart that finds it knows the
 * stored plan is only the prefix that had arrived (it is drawn as it is: see README).
 */
export const STREAMING_NOTE = 'streaming: the plan is still arriving';

export type StageLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface StageSettings {
  showDurationSec: number;
  /** How many waiting jobs may be planned while the current one runs (0..10, default 2). */
  planAhead?: number;
  renderer: RendererSettings;
  /** One minimum for every currency, or per currency (a currency not listed → 0). */
  minAmount: number | Record<string, number>;
  /** Hard limit for one planner call; then it is aborted and the built-in smiley is used. */
  planTimeoutMs?: number;
}

export interface StageDeps {
  store: Store;
  gate: Gatekeeper;
  planner: Planner;
  clock: Clock;
  settings: StageSettings;
  logger?: StageLogger;
}

export interface StageCounts extends StoreCounts {
  /** Waiting jobs (not the current one). */
  waiting: number;
  currentPhase: JobPhase | null;
}

export interface Stage extends StageControl, DonationSink {
  replay(request: ReplayRequest): AcceptResult | { error: string };
  /** Resumes from the store and starts working. Idempotent. */
  start(): void;
  /** Stops taking work, aborts planning, cancels timers; the store keeps every unfinished job. */
  stop(): Promise<void>;
  counts(): StageCounts;
}

interface LiveJob {
  id: string;
  seq: number;
  phase: JobPhase;
  donor: string;
  message: string;
  amount: number;
  currency: string;
  nsfw: boolean;
  plan: Plan | null;
  planSource: PlanSource | null;
  planNote: string | null;
  drawStartedAt: number | null;
  showEndsAt: number | null;
  attempts: number;
  /** While planning: the latest partial plan the planner streamed (checked, normalised). */
  partial: Plan | null;
  /** A partial failed the checks: stop streaming this job and wait for the whole answer. */
  partialRefused: boolean;
  /** The accepted prefix of the plan streaming in (parsed, gated and timed step by step). */
  stream: StreamingPlan | null;
  /** Throttled store writes of the streamed prefix while the drawing runs on it. */
  persist: PersistThrottle | null;
  /** True while the drawing runs on a plan that is still arriving (`plan` = the partial). */
  streaming: boolean;
  /** Per top-level step of `plan`: when it became known, ms after drawStartedAt (streamed drawings only). */
  arrivals: number[] | null;
  /** Cached views (queue entry, current with plan and times); reset whenever the job changes. */
  view: JobView | null;
  fullView: JobView | null;
}

interface PlanningCall {
  controller: AbortController;
  timer: unknown;
  token: number;
}

const noopLogger: StageLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
} as unknown as StageLogger;

/** Code-point-safe truncation with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** A stable 32-bit seed per job (FNV-1a of its id). */
export function jobSeed(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function minAmountFor(minAmount: number | Record<string, number>, currency: string): number {
  if (typeof minAmount === 'number') return Number.isFinite(minAmount) ? minAmount : 0;
  const wanted = currency.toUpperCase();
  for (const [key, value] of Object.entries(minAmount)) {
    if (key.toUpperCase() === wanted) return Number.isFinite(value) ? value : 0;
  }
  return 0;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function textOf(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** Every piece of text a plan would put on screen. */
function planTexts(plan: Plan): string[] {
  if (isTextCard(plan)) return [plan.render_text];
  const texts: string[] = [];
  const walk = (steps: Step[]) => {
    for (const step of steps) {
      if (step.op === 'text') texts.push(step.value);
      else if (step.op === 'group') walk(step.steps);
    }
  };
  walk(plan.steps);
  return texts;
}

export function createStage(deps: StageDeps): Stage {
  const { store, gate, planner, clock, settings } = deps;
  const log = deps.logger ?? noopLogger;
  const renderer = settings.renderer;
  const planAhead = Math.max(0, Math.min(10, Math.floor(settings.planAhead ?? 2)));
  const planTimeoutMs =
    settings.planTimeoutMs !== undefined && Number.isFinite(settings.planTimeoutMs) && settings.planTimeoutMs > 0
      ? settings.planTimeoutMs
      : DEFAULT_PLAN_TIMEOUT_MS;
  const showMs = Math.max(0, Math.round((Number.isFinite(settings.showDurationSec) ? settings.showDurationSec : 90) * 1000));
  const maxDrawMs = Math.max(0, Math.round(renderer.maxDrawSec * 1000));

  let started = false;
  let stopped = false;
  let paused = false;
  let current: LiveJob | null = null;
  let waiting: LiveJob[] = [];
  let phaseTimer: unknown = null;
  let pumpScheduled = false;
  let planToken = 0;
  let cardPlan: Plan | null = null;
  const planning = new Map<string, PlanningCall>();
  const listeners = new Set<(event: StageEvent, snapshot: StageSnapshot) => void>();

  // ---- helpers -------------------------------------------------------------------------

  const storeWrite = (what: string, jobId: string | undefined, write: () => void): boolean => {
    try {
      write();
      return true;
    } catch (error) {
      log.error({ err: error, what, jobId }, 'store write failed; the stage goes on from memory');
      return false;
    }
  };

  const guarded = (what: string, fn: () => void) => () => {
    try {
      fn();
    } catch (error) {
      log.error({ err: error, what }, 'stage step failed');
      try {
        emit('error', current?.id, `${what}: ${errorMessage(error)}`);
      } catch {
        // a failing listener must not turn one error into a loop
      }
    }
  };

  const gateCheck = (text: string, what: string): GateVerdict => {
    try {
      const verdict = gate.check(text);
      if (verdict && typeof verdict.nsfw === 'boolean') return verdict;
      throw new Error('the gate returned no verdict');
    } catch (error) {
      // Fail closed: showing a harmless text as 18+ costs less than showing an 18+ text.
      log.error({ err: error, what }, 'gate check failed; treating the text as 18+');
      return { nsfw: true, category: null, reason: 'gate error' };
    }
  };

  const textCard = (): Plan => (cardPlan ??= textCardPlan(settings.showDurationSec, renderer));

  const viewOf = (job: LiveJob, full: boolean): JobView => {
    const cached = full ? job.fullView : job.view;
    if (cached) return cached;
    const view: JobView = {
      id: job.id,
      donor: job.donor,
      message: job.message,
      amount: job.amount,
      currency: job.currency,
      phase: job.phase,
    };
    if (job.plan !== null) view.planned = true;
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
  };

  const changed = (job: LiveJob) => {
    job.view = null;
    job.fullView = null;
  };

  // Built on every event: only the head of the queue (views cached per job), so a long
  // queue costs nothing per event. `waiting` is an array, so both slices are O(head).
  const snapshot = (): StageSnapshot => ({
    paused,
    current: current ? viewOf(current, true) : null,
    queue: waiting.slice(0, SNAPSHOT_QUEUE_HEAD).map((job) => viewOf(job, false)),
    queueCount: waiting.length,
    serverTime: clock.now(),
  });

  const queuePage = (offset: number, limit: number): QueuePage => {
    const from = Math.max(0, Math.floor(offset));
    const jobs = waiting.slice(from, from + Math.max(0, Math.floor(limit))).map((job) => viewOf(job, false));
    return { total: waiting.length, offset: from, jobs };
  };

  function emit(type: StageEventType, jobId?: string, detail?: string): void {
    if (listeners.size === 0) return;
    const event: StageEvent = { type, at: clock.now() };
    if (jobId !== undefined) event.jobId = jobId;
    if (detail !== undefined) event.detail = detail;
    const snap = snapshot();
    for (const listener of [...listeners]) {
      try {
        listener(event, snap);
      } catch (error) {
        log.warn({ err: error, event: type }, 'stage listener threw');
      }
    }
  }

  const toLive = (job: StoredJob): LiveJob => ({
    id: job.id,
    seq: job.seq,
    phase: job.phase,
    donor: job.donor,
    message: job.message,
    amount: job.amount,
    currency: job.currency,
    nsfw: job.nsfw,
    plan: job.plan,
    planSource: job.planSource,
    planNote: job.planNote,
    drawStartedAt: job.drawStartedAt,
    showEndsAt: job.showEndsAt,
    attempts: job.attempts,
    partial: null,
    partialRefused: false,
    stream: null,
    persist: null,
    streaming: false,
    arrivals: null,
    view: null,
    fullView: null,
  });

  // ---- timing --------------------------------------------------------------------------

  const drawDurationMs = (plan: Plan): number => {
    if (isTextCard(plan)) return 0;
    try {
      const total = compilePlan(plan, renderer).totalMs;
      if (Number.isFinite(total) && total >= 0) return Math.min(Math.round(total), maxDrawMs);
      throw new Error(`compilePlan returned totalMs=${String(total)}`);
    } catch (error) {
      log.error({ err: error }, 'cannot time the drawing; using MAX_DRAW_SEC');
      return maxDrawMs;
    }
  };

  /** Drawing time of a plan whose steps arrived while it was drawn (no MAX_DRAW_SEC clamp: a step arriving after M still gets shown). */
  const streamedDrawMs = (plan: Plan, arrivals: number[]): number => {
    try {
      const total = compilePlan(plan, renderer, { arrivals }).totalMs;
      if (Number.isFinite(total) && total >= 0) return Math.round(total);
      throw new Error(`compilePlan returned totalMs=${String(total)}`);
    } catch (error) {
      log.error({ err: error }, 'cannot time the streamed drawing; using MAX_DRAW_SEC');
      return Math.max(maxDrawMs, arrivals[arrivals.length - 1] ?? 0);
    }
  };

  const showDurationMs = (plan: Plan): number => {
    if (isTextCard(plan)) {
      const sec = plan.duration_sec;
      return Number.isFinite(sec) && sec > 0 ? Math.round(sec * 1000) : showMs;
    }
    return showMs;
  };

  // ---- planning ------------------------------------------------------------------------

  const endPlanningCall = (jobId: string, abort: boolean): void => {
    const call = planning.get(jobId);
    if (!call) return;
    planning.delete(jobId);
    clock.clearTimeout(call.timer);
    if (abort) {
      try {
        call.controller.abort();
      } catch {
        // abort listeners belong to the planner; their errors are not ours
      }
    }
  };

  const findLive = (jobId: string): LiveJob | null =>
    current?.id === jobId ? current : (waiting.find((job) => job.id === jobId) ?? null);

  /** Checks a planner result; returns the plan to use, or why it cannot be used. */
  const checkResult = (result: PlanResult): PlanRecord | string => {
    if (!result || typeof result !== 'object' || !result.plan) return 'the planner returned no plan';
    let plan: Plan;
    try {
      const parsed = parsePlan(result.plan, renderer);
      if (!parsed.valid || !parsed.plan) {
        const first = parsed.issues[0];
        return `the planner returned an invalid plan${first ? ` (${first.index}: ${first.reason})` : ''}`;
      }
      plan = parsed.plan as Plan;
    } catch (error) {
      return `the plan could not be read: ${errorMessage(error)}`;
    }
    for (const text of planTexts(plan)) {
      if (gateCheck(text, 'plan text').nsfw) return 'the plan contained text the gate blocks';
    }
    const source: PlanSource = result.source === 'builtin' || result.source === 'gate' ? result.source : 'llm';
    const note =
      typeof result.fallbackReason === 'string' && result.fallbackReason
        ? result.fallbackReason
        : typeof result.incompleteReason === 'string' && result.incompleteReason
          ? `incomplete answer: ${result.incompleteReason}`
          : null;
    return { plan, source, note };
  };

  const fallbackRecord = (job: LiveJob, reason: string): PlanRecord => {
    log.warn({ jobId: job.id, reason }, 'using the built-in fallback plan');
    return { plan: fallbackPlan(renderer, jobSeed(job.id)), source: 'builtin', note: reason };
  };

  const applyPlan = (job: LiveJob, record: PlanRecord): void => {
    job.plan = record.plan;
    job.partial = null;
    job.stream = null;
    job.planSource = record.source;
    job.planNote = record.note ?? null;
    const isCurrent = current === job;
    job.phase = isCurrent ? 'planning' : 'queued';
    changed(job);
    storeWrite('save plan', job.id, () => store.savePlan(job.id, record, job.phase));
    emit('planned', job.id, record.note ?? undefined);
    if (isCurrent && !stopped) beginDrawing(job);
  };

  const onPlanSettled = (jobId: string, token: number, outcome: { result: PlanResult } | { error: unknown }): void => {
    const call = planning.get(jobId);
    if (stopped || !call || call.token !== token) return; // aborted, timed out, skipped or cleared
    endPlanningCall(jobId, false);
    const job = findLive(jobId);
    if (job?.streaming) {
      finishStream(job, outcome);
      return;
    }
    if (!job || job.plan) return;
    if ('error' in outcome) {
      applyPlan(job, fallbackRecord(job, `the planner failed: ${errorMessage(outcome.error)}`));
      return;
    }
    const checked = checkResult(outcome.result);
    applyPlan(job, typeof checked === 'string' ? fallbackRecord(job, checked) : checked);
  };

  const onPlanTimeout = (jobId: string, token: number): void => {
    const call = planning.get(jobId);
    if (stopped || !call || call.token !== token) return;
    endPlanningCall(jobId, true);
    const job = findLive(jobId);
    if (job?.streaming) {
      finishStream(job, { error: new Error(`planning took longer than ${Math.round(planTimeoutMs / 1000)} s`) });
      return;
    }
    if (!job || job.plan) return;
    applyPlan(job, fallbackRecord(job, `planning took longer than ${Math.round(planTimeoutMs / 1000)} s`));
  };

  // The full message stays in the store, not in memory: a long queue of long messages must
  // not grow the heap. It is read once, when planning starts.
  const plannerMessage = (jobId: string): string => {
    try {
      return store.getJob(jobId)?.rawMessage.trim() ?? '';
    } catch (error) {
      log.error({ err: error, jobId }, 'cannot read the message from the store');
      return '';
    }
  };

  const startPlanning = (job: LiveJob): void => {
    const token = ++planToken;
    const controller = new AbortController();
    const timer = clock.setTimeout(guarded('plan timeout', () => onPlanTimeout(job.id, token)), planTimeoutMs);
    planning.set(job.id, { controller, timer, token });
    job.phase = 'planning';
    changed(job);
    storeWrite('set phase planning', job.id, () => store.setPhase(job.id, 'planning'));
    emit('planning', job.id);

    let pending: Promise<PlanResult>;
    try {
      const message = plannerMessage(job.id);
      pending = Promise.resolve(
        planner.plan(
          { jobId: job.id, message, seed: jobSeed(job.id) },
          {
            signal: controller.signal,
            // Streaming: the head job may start drawing from the first complete step.
            onPartial: (partial) => guarded('partial plan', () => onPartial(job.id, token, partial))(),
          },
        ),
      );
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (result) => guarded('plan result', () => onPlanSettled(job.id, token, { result }))(),
      (error: unknown) => guarded('plan failure', () => onPlanSettled(job.id, token, { error }))(),
    );
  };

  /** Plans the current job and up to `planAhead` waiting ones; never changes their order. */
  const planAheadWindow = (): void => {
    const window = (current ? [current] : []).concat(waiting.slice(0, planAhead + (current ? 0 : 1)));
    for (const job of window) {
      if (!job.plan && !planning.has(job.id)) startPlanning(job);
    }
  };

  // ---- streaming -----------------------------------------------------------------------
  // Only the current job whose turn has come draws from a partial plan; jobs planned ahead
  // just keep their latest partial. Every partial is a prefix of the final plan (planner
  // contract); one that is not, or that fails the checks, is not shown.

  function onPartial(jobId: string, token: number, partial: unknown): void {
    const call = planning.get(jobId);
    if (stopped || !call || call.token !== token) return;
    const job = findLive(jobId);
    if (!job || job.partialRefused || (job.plan && !job.streaming)) return;
    job.stream ??= new StreamingPlan(renderer, (text) => gateCheck(text, 'plan text').nsfw);
    const outcome = job.stream.accept(partial);
    if (outcome.kind === 'unchanged') return;
    if (outcome.kind === 'refused') {
      // Nothing more is drawn from the stream; the whole answer decides (kept prefix if drawing).
      job.partialRefused = true;
      if (!job.streaming) job.partial = null;
      log.warn({ jobId, reason: outcome.reason }, 'a partial plan was refused; waiting for the whole answer');
      return;
    }
    if (job.streaming) {
      extendStream(job, outcome.plan, outcome.added);
      return;
    }
    job.partial = outcome.plan;
    if (current === job && job.phase === 'planning') beginStreaming(job);
  }

  /** While the plan streams in: the drawing time so far is timed step by step (O(new step)), not recompiled. */
  const streamingShowEndsAt = (job: LiveJob, plan: Plan): number =>
    (job.drawStartedAt ?? clock.now()) + (job.stream?.drawMs ?? streamedDrawMs(plan, job.arrivals ?? [])) + showDurationMs(plan);

  const savePartial = (job: LiveJob, plan: Plan): void => {
    storeWrite('save streamed plan', job.id, () => store.savePlan(job.id, { plan, source: 'llm', note: STREAMING_NOTE }, 'drawing'));
  };

  function beginStreaming(job: LiveJob): void {
    const plan = job.partial;
    if (current !== job || !plan || isTextCard(plan) || stopped) return;
    clearPhaseTimer();
    const start = clock.now();
    job.partial = null;
    job.plan = plan;
    job.planSource = 'llm';
    job.planNote = null;
    job.streaming = true;
    job.arrivals = plan.steps.map(() => 0);
    job.phase = 'drawing';
    job.drawStartedAt = start;
    job.stream?.startTimeline();
    job.showEndsAt = streamingShowEndsAt(job, plan);
    job.attempts += 1;
    changed(job);
    // The first prefix is written at once (a restart draws it); later ones at most every
    // STREAM_PERSIST_INTERVAL_MS, each write being the whole plan so far.
    job.persist?.cancel();
    job.persist = new PersistThrottle(clock, STREAM_PERSIST_INTERVAL_MS, guarded('save streamed plan', () => {
      if (current === job && job.streaming && job.plan) savePartial(job, job.plan);
    }));
    job.persist.now();
    storeWrite('start streamed drawing', job.id, () => store.startDrawing(job.id, start, job.showEndsAt!));
    log.info({ jobId: job.id, steps: plan.steps.length }, 'drawing started from a partial plan');
    emit('drawing', job.id);
    // No end-of-drawing timer yet: the drawing waits at the last known step until the plan is whole.
  }

  function extendStream(job: LiveJob, plan: Plan, added: readonly Step[]): void {
    if (isTextCard(plan) || !job.plan || isTextCard(job.plan) || added.length === 0) return;
    const arrival = Math.max(0, clock.now() - (job.drawStartedAt ?? clock.now()));
    job.arrivals = (job.arrivals ?? []).concat(new Array<number>(added.length).fill(arrival));
    job.stream?.arrived(added, arrival);
    job.plan = plan;
    job.showEndsAt = streamingShowEndsAt(job, plan);
    changed(job);
    job.persist?.soon();
    emit('step', job.id, String(plan.steps.length));
  }

  /** The planner answered (or failed, or timed out) for a job already drawing from its stream. */
  function finishStream(job: LiveJob, outcome: { result: PlanResult } | { error: unknown }): void {
    if (current !== job || !job.streaming || !job.plan || isTextCard(job.plan)) return;
    const shownSteps = job.plan.steps.length;
    let note: string | null;
    if ('error' in outcome) {
      note = `the plan broke off after ${shownSteps} steps: ${errorMessage(outcome.error)}`;
    } else {
      const checked = checkResult(outcome.result);
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
    if (note) log.warn({ jobId: job.id, note }, 'streamed plan ended early; keeping what was drawn');
    job.streaming = false;
    job.stream = null;
    job.persist?.cancel();
    job.persist = null;
    job.planNote = note;
    const plan = job.plan;
    const drawMs = streamedDrawMs(plan, job.arrivals ?? []);
    // The drawing ends when the plan is whole and its timeline has run; the show then lasts in full.
    const drawEndsAt = Math.max(clock.now(), (job.drawStartedAt ?? clock.now()) + drawMs);
    job.showEndsAt = drawEndsAt + showDurationMs(plan);
    changed(job);
    storeWrite('save streamed plan', job.id, () => store.savePlan(job.id, { plan, source: 'llm', note }, 'drawing'));
    emit('planned', job.id, note ?? undefined);
    clearPhaseTimer();
    const left = drawEndsAt - clock.now();
    if (left <= 0) enterShowing(job);
    else phaseTimer = clock.setTimeout(guarded('end of drawing', () => enterShowing(job)), left);
  }

  // ---- the brush -----------------------------------------------------------------------

  const clearPhaseTimer = (): void => {
    if (phaseTimer !== null) clock.clearTimeout(phaseTimer);
    phaseTimer = null;
  };

  function beginDrawing(job: LiveJob): void {
    if (current !== job || !job.plan) return;
    clearPhaseTimer();
    const drawMs = drawDurationMs(job.plan);
    const start = clock.now();
    job.partial = null;
    job.streaming = false;
    job.arrivals = null;
    job.phase = 'drawing';
    job.drawStartedAt = start;
    job.showEndsAt = start + drawMs + showDurationMs(job.plan);
    job.attempts += 1;
    changed(job);
    storeWrite('start drawing', job.id, () => store.startDrawing(job.id, start, job.showEndsAt!));
    emit('drawing', job.id);
    if (drawMs <= 0) enterShowing(job);
    else phaseTimer = clock.setTimeout(guarded('end of drawing', () => enterShowing(job)), drawMs);
  }

  function enterShowing(job: LiveJob): void {
    if (current !== job || stopped) return;
    phaseTimer = null;
    job.phase = 'showing';
    changed(job);
    storeWrite('mark showing', job.id, () => store.markShowing(job.id));
    emit('showing', job.id);
    const left = Math.max(0, (job.showEndsAt ?? clock.now()) - clock.now());
    phaseTimer = clock.setTimeout(guarded('end of show', () => finishCurrent(job, 'done')), left);
  }

  function finishCurrent(job: LiveJob, status: 'done' | 'skipped' | 'failed', reason?: string): void {
    if (current !== job) return;
    clearPhaseTimer();
    job.persist?.flush(); // history keeps every step that was drawn
    endPlanningCall(job.id, true);
    current = null;
    storeWrite(`finish job (${status})`, job.id, () => {
      if (!store.finishJob(job.id, status, clock.now(), reason)) {
        log.warn({ jobId: job.id, status }, 'job was already finished in the store');
      }
    });
    log.info({ jobId: job.id, status }, 'job finished');
    emit(status === 'failed' ? 'error' : status, job.id, reason);
    pump();
  }

  /** Starts the next job if the brush is free, and keeps planning ahead. */
  function pump(): void {
    if (!started || stopped) return;
    if (!current && !paused && waiting.length > 0) {
      const next = waiting.shift()!;
      current = next;
      changed(next);
      if (next.plan) {
        beginDrawing(next);
      } else if (next.partial && planning.has(next.id)) {
        next.phase = 'planning';
        beginStreaming(next);
      } else {
        if (!planning.has(next.id)) startPlanning(next);
        else emit('planning', next.id);
      }
    }
    planAheadWindow();
  }

  const schedulePump = (): void => {
    if (pumpScheduled) return;
    pumpScheduled = true;
    queueMicrotask(() => {
      pumpScheduled = false;
      guarded('pump', pump)();
    });
  };

  // ---- accept --------------------------------------------------------------------------

  const decide = (record: DonationRecord, rejectReason: string | undefined): AcceptDecision => {
    const donorText = record.donor.trim();
    const displayDonor =
      donorText === '' || gateCheck(donorText, 'donor').nsfw ? ANONYMOUS : truncateText(donorText, DISPLAY_DONOR_CHARS);
    const messageText = record.message.trim();
    const verdict = messageText === '' ? null : gateCheck(messageText, 'message');
    const displayMessage = verdict === null || verdict.nsfw ? '' : truncateText(messageText, DISPLAY_MESSAGE_CHARS);

    let reject = rejectReason;
    if (!reject && messageText === '') reject = 'empty message: nothing to draw';
    if (!reject && !Number.isFinite(record.amount)) reject = 'invalid amount';
    if (!reject) {
      const min = minAmountFor(settings.minAmount, record.currency);
      if (record.amount < min) reject = `below MIN_AMOUNT (${min} ${record.currency})`;
    }
    if (reject) return { kind: 'rejected', displayDonor, displayMessage, reason: reject };

    if (verdict?.nsfw) {
      log.info({ source: record.source, category: verdict.category, rule: verdict.reason }, 'message blocked by the gate: text card');
      return {
        kind: 'job',
        displayDonor,
        displayMessage: '',
        nsfw: true,
        plan: { plan: textCard(), source: 'gate', note: `18+ request${verdict.category ? ` (${verdict.category})` : ''}` },
      };
    }
    log.info({ source: record.source, donorAnonymised: displayDonor === ANONYMOUS }, 'message passed the gate');
    return { kind: 'job', displayDonor, displayMessage, nsfw: false };
  };

  const accept = (donation: IncomingDonation): AcceptResult => {
    const d = (donation ?? {}) as Partial<IncomingDonation>;
    const amountIn: unknown = d.amount;
    const rawAmount =
      typeof amountIn === 'number' ? amountIn : typeof amountIn === 'string' && amountIn.trim() !== '' ? Number(amountIn) : Number.NaN;
    const sourceId = typeof d.id === 'number' ? String(d.id) : textOf(d.id, 200);
    const record: DonationRecord = {
      source: textOf(d.source, 64) || 'unknown',
      sourceId,
      donor: textOf(d.donor, MAX_DONOR_CHARS),
      message: textOf(d.message, MAX_MESSAGE_CHARS),
      amount: Number.isFinite(rawAmount) ? rawAmount : 0,
      currency: textOf(d.currency, 16).trim().toUpperCase(),
      timestamp: textOf(d.timestamp, 64) || new Date(clock.now()).toISOString(),
      receivedAt: clock.now(),
    };
    let rejectReason = typeof d.rejectReason === 'string' && d.rejectReason ? d.rejectReason.slice(0, 200) : undefined;
    if (!Number.isFinite(rawAmount)) rejectReason ??= 'invalid amount';
    if (!record.sourceId) {
      // Without a source id there is nothing to dedupe on; keep the donation anyway.
      record.sourceId = `noid-${clock.now()}-${Math.random().toString(36).slice(2, 10)}`;
    }

    // Throws when the store cannot write: the caller must then not acknowledge the donation.
    const outcome = store.acceptDonation(record, () => decide(record, rejectReason));
    log.info(
      {
        id: outcome.id,
        source: record.source,
        donorHash: donorHash(record.donor),
        amount: record.amount,
        currency: record.currency,
        status: outcome.status,
        duplicate: outcome.duplicate,
        // Waiting jobs after this one joined the line.
        queueLength: waiting.length + (outcome.job && !outcome.duplicate ? 1 : 0),
      },
      outcome.duplicate ? 'duplicate donation ignored' : 'donation accepted',
    );
    if (outcome.job && started && !stopped) {
      waiting.push(toLive(outcome.job));
      emit('queued', outcome.id);
      schedulePump();
    }
    return { id: outcome.id, duplicate: outcome.duplicate, status: outcome.status };
  };

  /** The `source` of replayed jobs in the store (never a real donation source's name). */
  const REPLAY_SOURCE = 'replay';

  const replay = (request: ReplayRequest): AcceptResult | { error: string } => {
    const r = (request ?? {}) as Partial<ReplayRequest>;
    const sourceId = textOf(r.id, 200);
    if (!sourceId) return { error: 'A replay needs an id.' };
    // The saved plan is checked exactly like a planner's answer: schema and every text it shows.
    const checked = r.plan ? checkResult({ plan: r.plan, source: isTextCard(r.plan) ? 'gate' : 'llm' } as PlanResult) : 'no plan';
    if (typeof checked === 'string') return { error: `The saved drawing cannot be replayed: ${checked}.` };
    const amount = typeof r.amount === 'number' && Number.isFinite(r.amount) ? r.amount : 0;
    const record: DonationRecord = {
      source: REPLAY_SOURCE,
      sourceId,
      donor: textOf(r.donor, MAX_DONOR_CHARS),
      message: textOf(r.message, MAX_MESSAGE_CHARS),
      amount,
      currency: textOf(r.currency, 16).trim().toUpperCase(),
      timestamp: new Date(clock.now()).toISOString(),
      receivedAt: clock.now(),
    };
    // The operator asked for it: no MIN_AMOUNT and no "empty message" rejection (a text card
    // has no message); names and message still pass the gate, as everything on stream does.
    const decideReplay = (): AcceptDecision => {
      const donorText = record.donor.trim();
      const displayDonor =
        donorText === '' || gateCheck(donorText, 'donor').nsfw ? ANONYMOUS : truncateText(donorText, DISPLAY_DONOR_CHARS);
      const messageText = record.message.trim();
      const blocked = messageText !== '' && gateCheck(messageText, 'message').nsfw;
      const card = isTextCard(checked.plan);
      if (blocked && !card) {
        return { kind: 'job', displayDonor, displayMessage: '', nsfw: true, plan: { plan: textCard(), source: 'gate', note: '18+ request (replay)' } };
      }
      return {
        kind: 'job',
        displayDonor,
        displayMessage: blocked ? '' : truncateText(messageText, DISPLAY_MESSAGE_CHARS),
        nsfw: card || blocked,
        plan: { plan: checked.plan, source: checked.source, note: 'replayed from the gallery' },
      };
    };
    const outcome = store.acceptDonation(record, decideReplay);
    log.info({ id: outcome.id, source: REPLAY_SOURCE, duplicate: outcome.duplicate }, outcome.duplicate ? 'duplicate replay ignored' : 'replay queued');
    if (outcome.job && started && !stopped) {
      waiting.push(toLive(outcome.job));
      emit('queued', outcome.id);
      schedulePump();
    }
    return { id: outcome.id, duplicate: outcome.duplicate, status: outcome.status };
  };

  // ---- lifecycle -----------------------------------------------------------------------

  const start = (): void => {
    if (started) return;
    started = true;
    try {
      paused = store.getSetting(PAUSED_KEY) === '1';
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
    const interruptedIndex = jobs.findIndex((job) => job.phase === 'drawing' || job.phase === 'showing');
    let interrupted: LiveJob | null = null;
    if (interruptedIndex >= 0) interrupted = jobs.splice(interruptedIndex, 1)[0];
    for (const job of jobs) {
      if (job.phase !== 'queued') {
        job.phase = 'queued';
        storeWrite('reset phase', job.id, () => store.setPhase(job.id, 'queued'));
      }
    }
    waiting = jobs;
    log.info({ waiting: waiting.length, interrupted: interrupted?.id ?? null, paused }, 'stage resumed from the store');

    if (interrupted) {
      if (interrupted.attempts >= MAX_DRAW_ATTEMPTS) {
        current = interrupted;
        finishCurrent(interrupted, 'failed', `drawing was interrupted ${interrupted.attempts} times`);
        return; // finishCurrent pumps
      }
      current = interrupted;
      if (interrupted.plan && interrupted.planNote === STREAMING_NOTE) {
        // The plan was still arriving when the service went down. Drawing the prefix that had
        // arrived (checked, gated, persisted) is bounded and needs no second LLM call.
        const steps = isTextCard(interrupted.plan) ? 0 : interrupted.plan.steps.length;
        interrupted.planNote = `the plan was still arriving when the service stopped; drawing the ${steps} steps that had arrived`;
        const record: PlanRecord = { plan: interrupted.plan, source: interrupted.planSource ?? 'llm', note: interrupted.planNote };
        storeWrite('save interrupted plan', interrupted.id, () => store.savePlan(interrupted.id, record, interrupted.phase));
        log.warn({ jobId: interrupted.id, steps }, 'restart mid-stream: drawing the steps that had arrived');
      }
      if (interrupted.plan) beginDrawing(interrupted);
      else startPlanning(interrupted);
    }
    pump();
  };

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    clearPhaseTimer();
    current?.persist?.flush(); // a clean stop keeps every step that had arrived
    for (const jobId of [...planning.keys()]) {
      endPlanningCall(jobId, true);
      // A job stopped mid-planning is simply planned again after a restart.
      const job = findLive(jobId);
      if (job && !job.plan) storeWrite('reset phase', jobId, () => store.setPhase(jobId, 'queued'));
    }
    log.info({ current: current?.id ?? null, waiting: waiting.length }, 'stage stopped');
  };

  // ---- operator actions ----------------------------------------------------------------

  const skip = (): boolean => {
    if (!current || stopped) return false;
    finishCurrent(current, 'skipped', 'skipped by the operator');
    return true;
  };

  const clear = (): number => {
    if (waiting.length === 0) return 0;
    const removed = waiting;
    waiting = [];
    for (const job of removed) endPlanningCall(job.id, true);
    storeWrite('clear queue', undefined, () => {
      store.finishJobs(
        removed.map((job) => job.id),
        'cleared',
        clock.now(),
        'cleared by the operator',
      );
    });
    log.info({ count: removed.length }, 'queue cleared');
    emit('cleared', undefined, String(removed.length));
    if (started && !stopped) guarded('pump', pump)();
    return removed.length;
  };

  const pause = (): void => {
    if (paused) return;
    paused = true;
    storeWrite('save paused flag', undefined, () => store.setSetting(PAUSED_KEY, '1'));
    emit('paused');
  };

  const resume = (): void => {
    if (!paused) return;
    paused = false;
    storeWrite('save paused flag', undefined, () => store.setSetting(PAUSED_KEY, '0'));
    emit('resumed');
    if (started && !stopped) guarded('pump', pump)();
  };

  return {
    accept,
    replay,
    has: (source, id) => {
      try {
        return store.hasDonation(String(source), String(id));
      } catch (error) {
        log.error({ err: error }, 'store read failed');
        return false;
      }
    },
    snapshot,
    queuePage,
    history: (limit): HistoryEntry[] => {
      try {
        return store.history(limit, { includePlan: true });
      } catch (error) {
        log.error({ err: error }, 'cannot read history');
        return [];
      }
    },
    skip: () => {
      let result = false;
      guarded('skip', () => {
        result = skip();
      })();
      return result;
    },
    clear: () => {
      let result = 0;
      guarded('clear', () => {
        result = clear();
      })();
      return result;
    },
    pause: guarded('pause', pause),
    resume: guarded('resume', resume),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start: guarded('start', start),
    stop,
    counts: () => {
      let stored: StoreCounts;
      try {
        stored = store.counts();
      } catch (error) {
        log.error({ err: error }, 'cannot read counts');
        stored = { donations: 0, unfinished: 0, finished: { done: 0, skipped: 0, cleared: 0, rejected: 0, failed: 0 } };
      }
      return { ...stored, waiting: waiting.length, currentPhase: current?.phase ?? null };
    },
  };
}
