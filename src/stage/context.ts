// The stage's shared state and the primitives every room uses on it. The rooms are plain
// functions over one `StageContext` (instead of one closure capturing everything), so each
// can be read, and changed, on its own. Which room may change which field: README.md "Rooms".
import type { Logger } from 'pino';
import type { Plan, RendererSettings } from '../dsl/index.js';
import type { Gatekeeper, GateVerdict } from '../gate/index.js';
import type { Planner } from '../planner/index.js';
import type { Store, StoreCounts, StoredBan, StoredJob } from '../store/index.js';
import { textCardPlan } from './fallback.js';
import { DEFAULT_PLAN_TIMEOUT_MS } from './helpers.js';
import type { PersistThrottle, StreamingPlan } from './streaming-plan.js';
import type { Clock, HudMessageMode, JobPhase, JobView, ModerationMode, Screener, StageEvent, StageSnapshot } from '../core/index.js';

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
  /** HUD_MESSAGE: when the overlay may show a message (default `checked`: once every layer passed it). */
  hudMessage?: HudMessageMode;
  /** MODERATION: `manual` holds every job the gate passed in `pending` until approved (default `auto`). */
  moderation?: ModerationMode;
  /** AUTO_APPROVE_MIN_AMOUNT: in manual mode, donations at or above it skip approval (a currency not listed never does). */
  autoApproveMinAmount?: number | Record<string, number> | null;
}

export interface StageDeps {
  store: Store;
  gate: Gatekeeper;
  planner: Planner;
  clock: Clock;
  settings: StageSettings;
  logger?: StageLogger;
  /** The model check (an LLM backend is configured); absent or null: the rules are the only layer. */
  screener?: Screener | null;
}

export interface StageCounts extends StoreCounts {
  /** Waiting jobs (not the current one). */
  waiting: number;
  currentPhase: JobPhase | null;
}

/** What the stage keeps of a stored job; the rest of a live job is its state in this process. */
type StoredJobFields =
  | 'id'
  | 'seq'
  | 'phase'
  | 'donor'
  | 'message'
  | 'amount'
  | 'currency'
  | 'nsfw'
  | 'plan'
  | 'planSource'
  | 'planNote'
  | 'drawStartedAt'
  | 'showEndsAt'
  | 'attempts'
  | 'pending';

export interface LiveJob extends Pick<StoredJob, StoredJobFields> {
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
  /** Cached views (queue entry, current with plan and times); reset by `changed` whenever the job changes. */
  view: JobView | null;
  fullView: JobView | null;
}

/** One planner call in flight. `token` tells a late answer from the call that replaced it. */
export interface PlanningCall {
  controller: AbortController;
  timer: unknown;
  token: number;
}

export type StageListener = (event: StageEvent, snapshot: StageSnapshot) => void;

/** Everything that changes while the stage runs. Owners per field: README.md "Rooms". */
export interface StageState {
  started: boolean;
  stopped: boolean;
  /** Nothing new starts (the current job finishes); stored under PAUSED_KEY. */
  paused: boolean;
  /** The job holding the brush (planning, drawing or showing), or null. */
  current: LiveJob | null;
  /** Waiting jobs in FIFO order (not the current one). */
  waiting: LiveJob[];
  /** Jobs waiting for the operator's approval, oldest first (MODERATION=manual). */
  pending: LiveJob[];
  /** The bans (normalised names), read from the store once. */
  bans: StoredBan[] | null;
  /** The one timer of the current job's phase (end of drawing or end of show). */
  phaseTimer: unknown;
  pumpScheduled: boolean;
  planToken: number;
  /** The text card, built once. */
  cardPlan: Plan | null;
  readonly planning: Map<string, PlanningCall>;
  readonly listeners: Set<StageListener>;
}

/** The deps, the settings worked out once, and the state: what every room function takes. */
export interface StageContext {
  readonly store: Store;
  readonly gate: Gatekeeper;
  readonly planner: Planner;
  readonly clock: Clock;
  readonly log: StageLogger;
  readonly settings: StageSettings;
  readonly renderer: RendererSettings;
  /** Waiting jobs planned while another runs, clamped to 0..10. */
  readonly planAhead: number;
  readonly planTimeoutMs: number;
  readonly moderation: ModerationMode;
  readonly showMs: number;
  readonly maxDrawMs: number;
  readonly state: StageState;
  readonly screener: Screener | null;
  readonly hudMessage: HudMessageMode;
  /**
   * Starts the next job if the brush is free (scheduler.ts `pump`). A hook set by the facade:
   * the phase machine calls it when a job finishes but sits below the scheduler, which calls
   * into it, so importing it would make a module cycle.
   */
  pump: () => void;
}

const noopLogger: StageLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
} as unknown as StageLogger;

export function createContext(deps: StageDeps): StageContext {
  const { settings } = deps;
  const planTimeoutMs =
    settings.planTimeoutMs !== undefined && Number.isFinite(settings.planTimeoutMs) && settings.planTimeoutMs > 0
      ? settings.planTimeoutMs
      : DEFAULT_PLAN_TIMEOUT_MS;
  return {
    store: deps.store,
    gate: deps.gate,
    planner: deps.planner,
    clock: deps.clock,
    log: deps.logger ?? noopLogger,
    settings,
    renderer: settings.renderer,
    planAhead: Math.max(0, Math.min(10, Math.floor(settings.planAhead ?? 2))),
    planTimeoutMs,
    moderation: settings.moderation === 'manual' ? 'manual' : 'auto',
    showMs: Math.max(0, Math.round((Number.isFinite(settings.showDurationSec) ? settings.showDurationSec : 90) * 1000)),
    maxDrawMs: Math.max(0, Math.round(settings.renderer.maxDrawSec * 1000)),
    state: {
      started: false,
      stopped: false,
      paused: false,
      current: null,
      waiting: [],
      pending: [],
      bans: null,
      phaseTimer: null,
      pumpScheduled: false,
      planToken: 0,
      cardPlan: null,
      planning: new Map(),
      listeners: new Set(),
    },
    screener: deps.screener ?? null,
    hudMessage: settings.hudMessage ?? 'checked',
    pump: () => undefined,
  };
}

export function toLive(job: StoredJob): LiveJob {
  return {
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
    pending: job.pending,
    partial: null,
    partialRefused: false,
    stream: null,
    persist: null,
    streaming: false,
    arrivals: null,
    view: null,
    fullView: null,
  };
}

/** Forgets a job's cached views; call after changing any of its fields, before emitting. */
export function changed(job: LiveJob): void {
  job.view = null;
  job.fullView = null;
}

export function findLive(cx: StageContext, jobId: string): LiveJob | null {
  const { current, waiting } = cx.state;
  // Pending jobs are never planned, so no planner answer needs to find them.
  return current?.id === jobId ? current : (waiting.find((job) => job.id === jobId) ?? null);
}

/** A failed store write is logged and the stage goes on from memory (false = it failed). */
export function storeWrite(cx: StageContext, what: string, jobId: string | undefined, write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    cx.log.error({ err: error, what, jobId }, 'store write failed; the stage goes on from memory');
    return false;
  }
}

export function gateCheck(cx: StageContext, text: string, what: string): GateVerdict {
  try {
    const verdict = cx.gate.check(text);
    if (verdict && typeof verdict.nsfw === 'boolean') return verdict;
    throw new Error('the gate returned no verdict');
  } catch (error) {
    // Fail closed: showing a harmless text as 18+ costs less than showing an 18+ text.
    cx.log.error({ err: error, what }, 'gate check failed; treating the text as 18+');
    return { nsfw: true, category: null, reason: 'gate error' };
  }
}

export function textCard(cx: StageContext): Plan {
  return (cx.state.cardPlan ??= textCardPlan(cx.settings.showDurationSec, cx.renderer));
}

/**
 * Forgets a planner call and its timeout; `abort` also cancels the call. Here rather than in
 * planning.ts because the phase machine and the operator end calls too (skip, clear, stop).
 */
export function endPlanningCall(cx: StageContext, jobId: string, abort: boolean): void {
  const call = cx.state.planning.get(jobId);
  if (!call) return;
  cx.state.planning.delete(jobId);
  cx.clock.clearTimeout(call.timer);
  if (abort) {
    try {
      call.controller.abort();
    } catch {
      // abort listeners belong to the planner; their errors are not ours
    }
  }
}
