// The settler: turns the ledger's owed rows into Helix status updates, a few at a time.
// It runs when a job finishes (`kick`) and on its own timer, so a finished job is settled
// within moments, and a row left over by a crash or a failed request is picked up later.
// Exactly once: a row leaves 'owed' only by one ledger write; before each request the row is
// leased (not due again until the request's outcome is written or the lease ends), and one
// tick runs at a time. Twitch itself accepts a status only while a redemption is UNFULFILLED,
// so even a request repeated after a crash cannot change a settled redemption.
import type {
  Clock,
  OwedRedemption,
  RedemptionStatus,
  RedemptionStatusWriter,
  SettlementLedger,
  SettlementReport,
  TwitchFailureKind,
  TwitchResult,
} from '../../core/index.js';
import { systemClock } from '../../core/index.js';
import type { Logger } from '../../logging/index.js';
import { settlementFor } from './decide.js';

export interface SettlerTuning {
  /** The timer between rounds when the last round had spare room (ms). */
  intervalMs: number;
  /** The next round after one that used its whole budget: a backlog drains at maxPerTick per this (ms). */
  backlogDelayMs: number;
  /** Requests started per round: 5 000 finished jobs never mean 5 000 requests at once. */
  maxPerTick: number;
  /** Requests in flight at once within a round. */
  maxInFlight: number;
  /** A started request's row is not picked again before this (ms): longer than any request takes. */
  leaseMs: number;
  /** Retry delays: half-jittered exponential from baseMs, capped at maxMs. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long stop() waits for requests in flight (ms); their rows are retried after the restart. */
  stopGraceMs: number;
}

/**
 * Defaults: at most 10 requests per second while a backlog drains (600/min, under Helix's
 * 800 points/min bucket that the source's other calls share), 4 at a time (Twitch answers
 * bulk and rapid updates with 500s: shared/docs §7).
 */
export const DEFAULT_SETTLER_TUNING: SettlerTuning = {
  intervalMs: 5_000,
  backlogDelayMs: 1_000,
  maxPerTick: 10,
  maxInFlight: 4,
  leaseMs: 60_000,
  backoffBaseMs: 2_000,
  backoffMaxMs: 10 * 60_000,
  stopGraceMs: 2_000,
};

/**
 * Failures a new login cures: never given up, whatever the writer says (the points are still
 * owed). They end the round (nothing else can succeed before the streamer logs in again) and
 * wait at most LOGIN_RETRY_MAX_MS, so settling resumes within a minute of the login.
 */
const LOGIN_FAILURES: ReadonlySet<TwitchFailureKind> = new Set(['not_logged_in', 'unauthorized']);
const LOGIN_RETRY_MAX_MS = 60_000;

export interface RedemptionSettlerOptions {
  ledger: SettlementLedger;
  writer: RedemptionStatusWriter;
  clock?: Clock;
  logger?: Logger;
  random?: () => number;
  tuning?: Partial<SettlerTuning>;
}

export interface RedemptionSettler {
  /** Releases attempts cut off by the last stop or crash, then settles on the timer. */
  start(): void;
  /** Stops the timer and waits (at most stopGraceMs) for requests in flight. */
  stop(): Promise<void>;
  /** Something finished: run a round soon. */
  kick(): void;
  /** Runs one round now (or joins the running one); resolves with how many requests it started. */
  tick(): Promise<number>;
  report(): SettlementReport;
}

/** Half-jittered exponential backoff: attempt 1 → [base/2, base), doubling up to max. */
export function settlementBackoffMs(attempts: number, tuning: SettlerTuning, random: () => number): number {
  const ceiling = Math.min(tuning.backoffMaxMs, tuning.backoffBaseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
  return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
}

export function createRedemptionSettler(options: RedemptionSettlerOptions): RedemptionSettler {
  return new Settler(options);
}

class Settler implements RedemptionSettler {
  private readonly tuning: SettlerTuning;
  private readonly clock: Clock;
  private readonly random: () => number;
  private timer: unknown = null;
  private running: Promise<number> | null = null;
  /** A job finished while a round ran: run the next one at once. */
  private kicked = false;
  /** The last round used its whole budget: more may be waiting. */
  private backlog = false;
  private started = false;
  private stopped = false;
  private inFlight = 0;

  constructor(private readonly options: RedemptionSettlerOptions) {
    this.tuning = { ...DEFAULT_SETTLER_TUNING, ...options.tuning };
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    const released = this.ledgerCall('release cut-off attempts', () => this.options.ledger.releaseOpenAttempts(this.clock.now()));
    if (released) this.options.logger?.info({ released }, 'Twitch settlement: retrying requests cut off by the last stop');
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    const running = this.running;
    if (!running) return;
    let timer: unknown;
    const grace = new Promise<void>((resolve) => (timer = this.clock.setTimeout(resolve, this.tuning.stopGraceMs)));
    await Promise.race([running.then(() => undefined), grace]);
    this.clock.clearTimeout(timer);
  }

  kick(): void {
    if (!this.started || this.stopped) return;
    if (this.running) this.kicked = true;
    else this.schedule(0);
  }

  tick(): Promise<number> {
    if (this.running) return this.running;
    const round = this.round().finally(() => {
      this.running = null;
      this.afterRound();
    });
    this.running = round;
    return round;
  }

  report(): SettlementReport {
    return { ...this.options.ledger.settlementCounts(), inFlight: this.inFlight };
  }

  private async round(): Promise<number> {
    if (this.stopped) return 0;
    const due =
      this.ledgerCall('read owed redemptions', () => this.options.ledger.dueRedemptions(this.clock.now(), this.tuning.maxPerTick)) ?? [];
    const queue = [...due];
    let started = 0;
    let loggedOut = false;
    const worker = async (): Promise<void> => {
      for (let owed = queue.shift(); owed && !this.stopped && !loggedOut; owed = queue.shift()) {
        const outcome = await this.settleOne(owed);
        if (outcome !== 'skipped') started += 1;
        if (outcome === 'logged_out') loggedOut = true;
      }
    };
    // The first request goes alone: when the writer is logged out, that one says so for the round.
    const first = queue.shift();
    if (first) {
      const outcome = await this.settleOne(first);
      if (outcome !== 'skipped') started += 1;
      if (outcome === 'logged_out') loggedOut = true;
    }
    await Promise.all(Array.from({ length: Math.min(this.tuning.maxInFlight, queue.length) }, worker));
    this.backlog = !loggedOut && due.length >= this.tuning.maxPerTick;
    return started;
  }

  private afterRound(): void {
    const { backlog, kicked } = this;
    this.backlog = false;
    this.kicked = false;
    if (this.stopped || !this.started) return;
    // A full round means more may be waiting: come back soon, but never hot (the budget per
    // round and this delay bound the request rate); a kick alone runs the next round at once.
    if (backlog) this.schedule(this.tuning.backlogDelayMs);
    else this.schedule(kicked ? 0 : this.tuning.intervalMs);
  }

  /** Settles one row: `skipped` when no request was sent, `logged_out` when the writer needs a new login. */
  private async settleOne(owed: OwedRedemption): Promise<'sent' | 'skipped' | 'logged_out'> {
    const { ledger, logger } = this.options;
    const settlement = settlementFor(owed);
    if (settlement.kind === 'not_refundable') {
      this.ledgerCall('mark not refundable', () => ledger.markNotRefundable(owed.jobId, this.clock.now()));
      return 'skipped';
    }
    const status = settlement.status;
    const leased = this.ledgerCall('begin attempt', () => {
      ledger.beginSettlementAttempt(owed.jobId, status, this.clock.now() + this.tuning.leaseMs);
      return true;
    });
    if (!leased) return 'skipped';
    this.inFlight += 1;
    let result: TwitchResult<void>;
    try {
      result = await this.options.writer.setRedemptionStatus(owed.redemptionId, status);
    } catch (error) {
      result = { ok: false, kind: 'network', retry: true, detail: error instanceof Error ? error.message : String(error) };
    } finally {
      this.inFlight -= 1;
    }
    // After stop the store may be closing: the row stays open and is retried after the restart.
    if (this.stopped) return 'sent';
    this.record(owed, status, result);
    logger?.debug({ jobId: owed.jobId, status, ok: result.ok }, 'Twitch settlement attempt');
    return !result.ok && LOGIN_FAILURES.has(result.kind) ? 'logged_out' : 'sent';
  }

  private record(owed: OwedRedemption, status: RedemptionStatus, result: TwitchResult<void>): void {
    const { ledger, logger } = this.options;
    const now = this.clock.now();
    if (result.ok) {
      this.ledgerCall('mark settled', () => ledger.markSettled(owed.jobId, now));
      logger?.info({ jobId: owed.jobId, status }, 'Twitch redemption settled');
      return;
    }
    const attempts = owed.attempts + 1;
    if (result.retry || LOGIN_FAILURES.has(result.kind)) {
      const delay = settlementBackoffMs(attempts, this.tuning, this.random);
      const next = now + (LOGIN_FAILURES.has(result.kind) ? Math.min(delay, LOGIN_RETRY_MAX_MS) : delay);
      this.ledgerCall('mark retry', () => ledger.markSettlementRetry(owed.jobId, result.kind, next));
      // Logged out is one state the panel shows, not a failure per redemption: no warning each round.
      const level = LOGIN_FAILURES.has(result.kind) ? 'debug' : 'warn';
      logger?.[level](
        { jobId: owed.jobId, status, kind: result.kind, attempts, retryInMs: next - now },
        'Twitch settlement failed; will retry',
      );
      return;
    }
    if (result.kind === 'not_found' && owed.unconfirmedAttempt) {
      // The request cut off by the last stop most likely went through: Twitch no longer has the
      // redemption UNFULFILLED. Counted as settled, with the 404 noted.
      this.ledgerCall('mark settled', () => ledger.markSettled(owed.jobId, now, 'not_found'));
      logger?.info({ jobId: owed.jobId, status }, 'Twitch redemption already settled (the attempt before the restart went through)');
      return;
    }
    this.ledgerCall('mark given up', () => ledger.markSettlementGivenUp(owed.jobId, result.kind, now));
    logger?.error({ jobId: owed.jobId, status, kind: result.kind, attempts }, 'Twitch settlement given up (not retryable)');
  }

  /** A ledger write that fails (disk full, store closed) is logged; the row stays owed and comes back. */
  private ledgerCall<T>(what: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      this.options.logger?.error({ err: error instanceof Error ? error.message : String(error) }, `Twitch settlement: cannot ${what}`);
      return undefined;
    }
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
