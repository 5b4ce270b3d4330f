// The Twitch source: one facade over its pieces (README.md in this folder):
//   twitch-auth.ts       device-code login, single-use refresh, hourly validate
//   helix-client.ts      every Helix call: rate-limit headers, 401 refresh, 429 wait
//   twitch-api.ts        reward, redemptions, status, subscriptions
//   eventsub-session.ts  connect → subscribe → catch up → live; reconnects and handovers
//   twitch-intake.ts     events → donations (cooldown, cheermotes, FIFO while catching up)
// It is a DonationSource (name 'twitch'), the TwitchConnector the panel uses and the
// RedemptionStatusWriter the settler uses.
import { pino, type Logger } from 'pino';
import {
  systemClock,
  type Clock,
  type DonationSink,
  type DonationSource,
  type RedemptionStatus,
  type RedemptionStatusWriter,
  type TwitchConnector,
  type TwitchLoginState,
  type TwitchResult,
} from '../core/index.js';
import { logRedactPaths } from '../donations/index.js';
import { EventSubSession } from './eventsub-session.js';
import { HelixClient } from './helix-client.js';
import { TwitchApi } from './twitch-api.js';
import { TwitchAuth } from './twitch-auth.js';
import { defaultTwitchTuning, type TwitchSourceConfig, type TwitchSourceDeps, type TwitchTuning } from './twitch-config.js';
import { TwitchFiles } from './twitch-files.js';
import { TwitchIntake } from './twitch-intake.js';
import { TwitchStatus, type TwitchConnectionState, type TwitchHealth } from './twitch-status.js';

export class TwitchSource implements DonationSource, TwitchConnector, RedemptionStatusWriter {
  readonly name = 'twitch';
  private readonly log: Logger;
  private readonly clock: Clock;
  private readonly tuning: TwitchTuning;
  private readonly files: TwitchFiles;
  private readonly auth: TwitchAuth;
  private readonly helix: HelixClient;
  private readonly api: TwitchApi;
  private readonly intake: TwitchIntake;
  private readonly status = new TwitchStatus();
  private readonly eventsub: EventSubSession;
  private readonly loaded: Promise<void>;
  private started = false;
  private session: { abort: AbortController; done: Promise<void> } | undefined;
  private validateTimer: unknown;

  constructor(
    private readonly config: TwitchSourceConfig,
    deps: TwitchSourceDeps = {},
  ) {
    const base = deps.logger ?? pino({ level: 'silent' });
    this.log = base.child({ component: 'twitch' }, { redact: { paths: [...logRedactPaths], censor: '[redacted]' } });
    this.clock = deps.clock ?? systemClock;
    this.tuning = { ...defaultTwitchTuning, ...deps.tuning };
    const fetchImpl = deps.fetch ?? globalThis.fetch;
    this.files = new TwitchFiles(config.dataDir, this.log);
    this.auth = new TwitchAuth({ config, files: this.files, clock: this.clock, fetch: fetchImpl, log: this.log, tuning: this.tuning });
    this.helix = new HelixClient({
      apiUrl: config.apiUrl,
      auth: this.auth,
      fetch: fetchImpl,
      clock: this.clock,
      log: this.log,
      tuning: this.tuning,
    });
    this.api = new TwitchApi(this.helix, this.files, this.log, { title: config.rewardTitle, cost: config.rewardCost });
    this.intake = new TwitchIntake({
      log: this.log,
      clock: this.clock,
      files: this.files,
      minBits: config.minBits,
      userCooldownSec: config.userCooldownSec,
      dedupeMemory: this.tuning.dedupeMemory,
    });
    this.eventsub = new EventSubSession({
      config,
      tuning: this.tuning,
      clock: this.clock,
      log: this.log,
      auth: this.auth,
      api: this.api,
      intake: this.intake,
      status: this.status,
    });
    this.auth.onLoggedIn = () => this.onLoggedIn();
    this.auth.onLoginLost = (detail) => this.onLoginLost(detail);
    this.status.set(this.auth.configured() ? 'logged_out' : 'disabled', '');
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    try {
      await this.auth.load();
      await this.files.loadState();
    } catch (err) {
      this.log.error({ err: (err as Error).name }, 'loading the Twitch state failed');
    }
  }

  // ---- DonationSource -------------------------------------------------------------------

  async start(sink: DonationSink): Promise<void> {
    this.intake.sink = sink;
    await this.loaded;
    if (this.started || this.status.state === 'stopped') return;
    this.started = true;
    if (!this.auth.configured()) {
      this.status.set('disabled', '');
      this.log.info('Twitch not configured');
      return;
    }
    if (!this.auth.hasToken()) {
      this.status.set('logged_out', '');
      this.log.info('Twitch not logged in; waiting for the panel');
      return;
    }
    this.log.info({ tokenOrigin: this.auth.tokenOrigin() }, 'starting Twitch ingest');
    this.startSession();
  }

  async stop(): Promise<void> {
    this.status.set('stopped', 'stopped');
    this.auth.stop();
    await this.endSession();
    await this.files.settled();
  }

  health(): TwitchHealth {
    return this.status.health();
  }

  /** Internal state, for tests and diagnostics. */
  connectionState(): TwitchConnectionState {
    return this.status.state;
  }

  // ---- TwitchConnector ------------------------------------------------------------------

  async startLogin(): Promise<TwitchLoginState> {
    await this.loaded;
    return this.auth.startLogin();
  }

  login(): TwitchLoginState {
    return this.auth.login();
  }

  // ---- RedemptionStatusWriter -----------------------------------------------------------

  async setRedemptionStatus(redemptionId: string, status: RedemptionStatus): Promise<TwitchResult<void>> {
    await this.loaded;
    if (!this.auth.hasToken()) return { ok: false, kind: 'not_logged_in', retry: true, detail: 'not logged in to Twitch' };
    let broadcasterId = this.auth.identity()?.userId;
    if (!broadcasterId) {
      const checked = await this.auth.validate();
      if (!checked.ok) return { ok: false, kind: checked.kind, retry: checked.retry, detail: checked.detail };
      broadcasterId = checked.value.userId;
    }
    const stored = this.files.state.broadcasterId === broadcasterId ? this.files.state.rewardId : undefined;
    const rewardId = this.status.rewardId ?? stored;
    if (!rewardId) {
      if (this.status.rewardsUnavailable) return { ok: false, kind: 'not_affiliate', retry: false, detail: this.status.rewardsUnavailable };
      return { ok: false, kind: 'not_found', retry: true, detail: 'our Twitch reward is not known yet' };
    }
    const failure = await this.api.setStatus(broadcasterId, rewardId, redemptionId, status);
    if (!failure) {
      this.log.info({ redemptionId, status }, 'Twitch redemption status set');
      return { ok: true, value: undefined };
    }
    this.log.warn({ redemptionId, status, kind: failure.kind, httpStatus: failure.status }, 'setting a Twitch redemption status failed');
    return { ok: false, kind: failure.kind, retry: failure.retry, detail: failure.detail };
  }

  // ---- session --------------------------------------------------------------------------

  private startSession(): void {
    if (this.session) return;
    const abort = new AbortController();
    this.status.set('connecting', '');
    const done = this.eventsub.run(abort.signal).catch((err: unknown) => {
      this.log.error({ err: (err as Error).name }, 'Twitch session loop ended unexpectedly');
    });
    this.session = { abort, done };
    this.scheduleValidation();
  }

  private async endSession(): Promise<void> {
    const s = this.session;
    this.session = undefined;
    this.clock.clearTimeout(this.validateTimer);
    this.validateTimer = undefined;
    if (!s) return;
    s.abort.abort();
    this.eventsub.closeSockets(1000, 'stopping');
    await s.done;
  }

  /** Twitch requires /validate at start (the session's first step) and hourly after. */
  private scheduleValidation(): void {
    this.clock.clearTimeout(this.validateTimer);
    this.validateTimer = this.clock.setTimeout(() => {
      if (!this.session) return;
      void this.auth.validate(this.session.abort.signal).then(
        (r) => {
          if (!r.ok && r.retry) this.log.warn({ kind: r.kind }, 'hourly Twitch token validation failed; will try again');
          if (this.session) this.scheduleValidation();
        },
        () => undefined,
      );
    }, this.tuning.validateIntervalMs);
  }

  private onLoggedIn(): void {
    if (!this.started || this.status.state === 'stopped') return;
    this.log.info('Twitch login complete; (re)starting ingest');
    // A different account may have logged in: find its reward again.
    this.status.rewardId = undefined;
    this.status.rewardsUnavailable = undefined;
    void this.endSession().then(() => {
      if (this.status.state !== 'stopped') this.startSession();
    });
  }

  private onLoginLost(detail: string): void {
    if (this.status.state === 'stopped') return;
    this.log.warn('Twitch login lost; ingest paused until the panel logs in again');
    this.status.set('login_needed', detail);
    const s = this.session;
    this.session = undefined;
    this.clock.clearTimeout(this.validateTimer);
    s?.abort.abort();
    this.eventsub.closeSockets(1000, 'login lost');
  }
}
