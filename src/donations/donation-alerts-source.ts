// The Donation Alerts source: one facade over its pieces, each in its own file:
//   live-connection.ts        connection lifecycle: socket, subscribe, reconnect with backoff
//   rest-catch-up.ts          REST polling and backfill, the first-run watermark
//   donation-delivery.ts      publications and REST donations → the sink, once each
//   connection-status.ts      the state and the health texts the panel shows
//   token-refresh-schedule.ts refreshing the OAuth token before it expires
// This file wires them, runs the session's start and end, and answers the panel (OAuth).
import path from 'node:path';
import WebSocket from 'ws';
import { pino, type Logger } from 'pino';
import {
  systemClock,
  type Clock,
  type ComponentHealth,
  type DonationAlertsConnector,
  type DonationSink,
  type DonationSource,
} from '../core/index.js';
import { ConnectionStatus } from './connection-status.js';
import { DonationAlertsAuth, ReconnectNeededError } from './da-auth.js';
import { DonationAlertsRest } from './da-rest-client.js';
import {
  defaultDonationAlertsTuning,
  type DonationAlertsSourceConfig,
  type DonationAlertsSourceDeps,
  type DonationAlertsState,
  type DonationAlertsTuning,
  type KnownAccount,
} from './donation-alerts-config.js';
import { DonationDelivery } from './donation-delivery.js';
import { LiveConnection } from './live-connection.js';
import { logRedactPaths } from './log-redaction.js';
import { WATERMARK_FILE } from './persisted-state.js';
import { RateLimiter } from './rate-limiter.js';
import { RestCatchUp } from './rest-catch-up.js';
import { safeReason } from './safe-log-text.js';
import { TokenRefreshSchedule } from './token-refresh-schedule.js';

export {
  defaultDonationAlertsTuning,
  type DonationAlertsSourceConfig,
  type DonationAlertsSourceDeps,
  type DonationAlertsState,
  type DonationAlertsTuning,
} from './donation-alerts-config.js';

/**
 * Donation Alerts ingest: OAuth tokens, the Centrifugo live socket, REST polling while the
 * socket is down, bounded backfill after every (re)connect, normalisation, hand-off to the sink.
 */
export class DonationAlertsSource implements DonationSource, DonationAlertsConnector {
  readonly name = 'donationalerts';
  private readonly log: Logger;
  private readonly clock: Clock;
  private readonly tuning: DonationAlertsTuning;
  private readonly auth: DonationAlertsAuth;
  private readonly rest: DonationAlertsRest;
  private readonly loaded: Promise<void>;
  private readonly connection: ConnectionStatus;
  private readonly knownAccount: KnownAccount = {};
  private readonly delivery: DonationDelivery;
  private readonly catchUp: RestCatchUp;
  private readonly live: LiveConnection;
  private readonly refresh: TokenRefreshSchedule;
  private session: { abort: AbortController; done: Promise<void> } | undefined;

  constructor(config: DonationAlertsSourceConfig, deps: DonationAlertsSourceDeps = {}) {
    const base = deps.logger ?? pino({ level: 'silent' });
    this.log = base.child({ component: 'donationalerts' }, { redact: { paths: [...logRedactPaths], censor: '[redacted]' } });
    this.clock = deps.clock ?? systemClock;
    this.tuning = { ...defaultDonationAlertsTuning, ...deps.tuning };
    const fetchImpl = deps.fetch ?? globalThis.fetch;
    // DA_API_URL is the site origin; tolerate a pasted ".../api/v1" (we append /api/v1 and /oauth ourselves).
    const apiUrl = config.apiUrl.replace(/\/+$/, '').replace(/\/api\/v1$/i, '');
    const limiter = new RateLimiter(this.clock, this.tuning.rateLimitPerMinute, 60_000, this.tuning.minRequestGapMs);
    this.auth = new DonationAlertsAuth({
      apiUrl,
      clientId: config.clientId || undefined,
      clientSecret: config.clientSecret || undefined,
      redirectUri: config.redirectUri || undefined,
      apiToken: config.apiToken || undefined,
      dataDir: config.dataDir,
      clock: this.clock,
      fetch: fetchImpl,
      logger: this.log,
      limiter,
      requestTimeoutMs: this.tuning.requestTimeoutMs,
    });
    this.rest = new DonationAlertsRest(this.auth, limiter, {
      apiUrl,
      fetch: fetchImpl,
      clock: this.clock,
      logger: this.log,
      backoff: this.tuning.restBackoff,
      maxAttempts: this.tuning.restMaxAttempts,
      requestTimeoutMs: this.tuning.requestTimeoutMs,
      maxRetryAfterMs: this.tuning.maxRetryAfterMs,
    });
    const onReconnectNeeded = (reason: string): void => this.enterReconnectNeeded(reason);
    this.connection = new ConnectionStatus(this.log, config.pollIntervalSec);
    this.delivery = new DonationDelivery(this.log, this.clock);
    this.catchUp = new RestCatchUp({
      rest: this.rest,
      clock: this.clock,
      log: this.log,
      status: this.connection,
      delivery: this.delivery,
      account: this.knownAccount,
      watermarkFile: path.join(config.dataDir, WATERMARK_FILE),
      pollIntervalSec: config.pollIntervalSec,
      backfillMaxPages: this.tuning.backfillMaxPages,
      sessionSignal: () => this.session?.abort.signal,
      onReconnectNeeded,
    });
    this.live = new LiveConnection({
      rest: this.rest,
      auth: this.auth,
      clock: this.clock,
      log: this.log,
      tuning: this.tuning,
      wsUrl: config.wsUrl,
      WebSocketImpl: deps.WebSocketImpl ?? WebSocket,
      status: this.connection,
      account: this.knownAccount,
      catchUp: this.catchUp,
      delivery: this.delivery,
      onReconnectNeeded,
    });
    this.refresh = new TokenRefreshSchedule({
      auth: this.auth,
      clock: this.clock,
      log: this.log,
      retryBackoff: this.tuning.reconnectBackoff,
      hasSession: () => this.session !== undefined,
      onReconnectNeeded,
    });
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    try {
      await this.auth.load();
      await this.catchUp.loadWatermark();
    } catch (err) {
      this.log.error({ err: (err as Error).name }, 'loading Donation Alerts state failed');
    }
  }

  // ---- DonationSource -------------------------------------------------------------------

  async start(sink: DonationSink): Promise<void> {
    this.delivery.sink = sink;
    await this.loaded;
    if (this.connection.state === 'stopped' || this.session) return;
    if (!this.auth.hasToken()) {
      this.connection.set(
        'not_connected',
        this.auth.oauthConfigured()
          ? 'Connect Donation Alerts in the panel.'
          : 'Donation Alerts is not configured (set DA_CLIENT_ID, DA_CLIENT_SECRET and DA_REDIRECT_URI, or DA_API_TOKEN).',
      );
      this.log.info({ oauthConfigured: this.auth.oauthConfigured() }, 'Donation Alerts not connected; waiting for authorisation');
      return;
    }
    this.log.info({ tokenOrigin: this.auth.tokenOrigin() }, 'starting Donation Alerts ingest');
    this.startSession();
  }

  async stop(): Promise<void> {
    this.connection.set('stopped', 'stopped');
    await this.endSession();
    await this.catchUp.settled();
  }

  health(): ComponentHealth & { connection: DonationAlertsState; reconnectNeeded: boolean; account?: string } {
    const extra = {
      connection: this.connection.state,
      reconnectNeeded: this.connection.state === 'reconnect_needed',
      ...((this.knownAccount.user?.name ?? this.auth.accountName())
        ? { account: this.knownAccount.user?.name ?? this.auth.accountName() }
        : {}),
    };
    return { ...this.connection.health(this.catchUp.lastSyncError), ...extra };
  }

  /** Internal state, for tests and diagnostics. */
  status(): { state: DonationAlertsState; detail: string } {
    return { state: this.connection.state, detail: this.connection.detail };
  }

  // ---- DonationAlertsConnector -----------------------------------------------------------

  authorizeUrl(): string {
    return this.auth.authorizeUrl();
  }

  async completeAuthorization(query: { code?: string; state?: string; error?: string }): Promise<{ ok: boolean; message: string }> {
    try {
      await this.loaded;
      if (query.error) {
        const code =
          String(query.error)
            .replace(/[^a-z_]/gi, '')
            .slice(0, 40) || 'error';
        this.log.warn({ error: code }, 'Donation Alerts authorisation returned an error');
        return {
          ok: false,
          message: code === 'access_denied' ? 'Donation Alerts access was refused.' : `Donation Alerts returned an error (${code}).`,
        };
      }
      if (!this.auth.oauthConfigured()) {
        return { ok: false, message: 'Donation Alerts OAuth is not configured: set DA_CLIENT_ID, DA_CLIENT_SECRET and DA_REDIRECT_URI.' };
      }
      if (!this.auth.consumeState(query.state)) {
        this.log.warn('Donation Alerts callback with an unknown or expired state; ignored');
        return {
          ok: false,
          message: 'This authorisation link is expired or did not come from this panel; press "Connect Donation Alerts" again.',
        };
      }
      if (!query.code) return { ok: false, message: 'Donation Alerts sent no authorisation code; press "Connect Donation Alerts" again.' };
      // Bounded: the callback route must answer even when DA is slow or we are rate-limited.
      const signal = AbortSignal.timeout(this.tuning.requestTimeoutMs * 2);
      await this.auth.exchangeCode(query.code, signal);
      const user = await this.rest.getUser(signal);
      await this.auth.setAccount(user.id, user.name);
      this.knownAccount.user = { id: user.id, name: user.name };
      this.log.info({ accountId: user.id }, 'Donation Alerts account connected');
      if (this.delivery.sink && this.connection.state !== 'stopped') {
        await this.endSession();
        this.startSession();
      }
      return { ok: true, message: `Connected Donation Alerts account ${user.name}.` };
    } catch (err) {
      this.log.warn({ reason: safeReason(err) }, 'Donation Alerts authorisation failed');
      return {
        ok: false,
        message:
          err instanceof ReconnectNeededError
            ? 'Donation Alerts refused the authorisation; press "Connect Donation Alerts" again.'
            : 'Could not reach Donation Alerts to finish the authorisation; try again.',
      };
    }
  }

  account(): { connected: boolean; name?: string; state: string; detail: string } {
    const name = this.knownAccount.user?.name ?? this.auth.accountName();
    return this.connection.account(name, this.auth.hasToken(), this.catchUp.lastSyncError);
  }

  // ---- live session ----------------------------------------------------------------------

  private startSession(): void {
    const abort = new AbortController();
    this.connection.set('connecting', '');
    this.refresh.schedule();
    const done = this.live.run(abort.signal).catch((err) => {
      this.log.error({ reason: safeReason(err) }, 'Donation Alerts session loop ended unexpectedly');
    });
    this.session = { abort, done };
  }

  private async endSession(): Promise<void> {
    const s = this.session;
    this.session = undefined;
    this.catchUp.stopPolling();
    this.refresh.cancel();
    if (s) {
      s.abort.abort();
      this.live.close(1000, 'stopping');
      await s.done;
    }
  }

  private enterReconnectNeeded(reason: string): void {
    if (this.connection.state === 'stopped') return;
    this.log.warn({ reason }, 'Donation Alerts needs to be reconnected in the panel; ingest paused');
    this.connection.set('reconnect_needed', reason);
    const s = this.session;
    this.session = undefined;
    s?.abort.abort();
    this.live.close(1000, 'reconnect needed');
    this.catchUp.stopPolling();
    this.refresh.cancel();
  }
}
