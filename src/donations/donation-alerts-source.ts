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
  type IncomingDonation,
} from '../core/index.js';
import { donorHash } from '../logging/index.js';
import { CentrifugoConnection, type WebSocketConstructor } from './centrifugo-client.js';
import { DonationAlertsAuth, ReconnectNeededError, TransientDaError } from './da-auth.js';
import { DonationAlertsRest, type DaDonationPage } from './da-rest-client.js';
import { logRedactPaths } from './log-redaction.js';
import { daTimeMs, isNormaliseError, MAX_AMOUNT, normaliseDonationAlertsDonation, toAmount } from './normalise.js';
import { isBeforeWatermark, parseWatermark, readJsonFile, WATERMARK_FILE, writeJsonAtomic, type Watermark } from './persisted-state.js';
import { RateLimiter } from './rate-limiter.js';
import { AbortedError, backoffDelay, sleep, type BackoffPolicy } from './retry-policy.js';

export interface DonationAlertsSourceConfig {
  clientId?: string;
  clientSecret?: string;
  redirectUri?: string;
  /** A ready access token (DA_API_TOKEN); stored OAuth tokens take precedence. */
  apiToken?: string;
  /** Site origin, e.g. https://www.donationalerts.com (REST = /api/v1/..., OAuth = /oauth/...). */
  apiUrl: string;
  wsUrl: string;
  pollIntervalSec: number;
  dataDir: string;
}

/** Timings and limits; the defaults follow DA's documented behaviour, tests shrink them. */
export interface DonationAlertsTuning {
  pingIntervalMs: number;
  pongTimeoutMs: number;
  commandTimeoutMs: number;
  requestTimeoutMs: number;
  reconnectBackoff: BackoffPolicy;
  restBackoff: BackoffPolicy;
  restMaxAttempts: number;
  rateLimitPerMinute: number;
  maxRetryAfterMs: number;
  backfillMaxPages: number;
  /** A live session that lasted this long resets the reconnect backoff. */
  stableSessionMs: number;
  /** Least time between two REST/OAuth requests (1050 ms: never two in one second). */
  minRequestGapMs: number;
  /** Least pause before reconnecting after a close whose reason says `"reconnect": false`. */
  noReconnectDelayMs: number;
}

export const defaultDonationAlertsTuning: DonationAlertsTuning = {
  pingIntervalMs: 25_000,
  pongTimeoutMs: 8_000,
  commandTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  reconnectBackoff: { baseMs: 1_000, maxMs: 60_000 },
  restBackoff: { baseMs: 1_000, maxMs: 30_000 },
  restMaxAttempts: 4,
  rateLimitPerMinute: 60,
  maxRetryAfterMs: 5 * 60_000,
  backfillMaxPages: 3,
  stableSessionMs: 30_000,
  minRequestGapMs: 1_050,
  noReconnectDelayMs: 30_000,
};

export interface DonationAlertsSourceDeps {
  logger?: Logger;
  clock?: Clock;
  fetch?: typeof globalThis.fetch;
  WebSocketImpl?: WebSocketConstructor;
  tuning?: Partial<DonationAlertsTuning>;
}

export type DonationAlertsState = 'idle' | 'not_connected' | 'connecting' | 'live' | 'polling' | 'reconnect_needed' | 'stopped';

const DELIVERED_MEMORY = 5_000;
const MAX_TIMER_MS = 6 * 3600_000; // setTimeout overflows past ~24.8 days; re-check instead.

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
  private readonly WebSocketImpl: WebSocketConstructor;
  private readonly loaded: Promise<void>;
  private readonly watermarkFile: string;

  private state: DonationAlertsState = 'idle';
  private stateDetail = '';
  private sink: DonationSink | undefined;
  private session: { abort: AbortController; done: Promise<void> } | undefined;
  private conn: CentrifugoConnection | undefined;
  private user: { id: number; name: string } | undefined;
  private watermark: Watermark | undefined;
  private readonly delivered = new Set<string>();
  private syncChain: Promise<void> = Promise.resolve();
  private pollTimer: unknown;
  private refreshTimer: unknown;
  private lastSyncError: string | undefined;
  private loggedAscending = false;
  /** Live, but the server never confirmed the subscription: REST polling keeps running as a safety net. */
  private unconfirmed = false;

  constructor(
    private readonly config: DonationAlertsSourceConfig,
    deps: DonationAlertsSourceDeps = {},
  ) {
    const base = deps.logger ?? pino({ level: 'silent' });
    this.log = base.child({ component: 'donationalerts' }, { redact: { paths: [...logRedactPaths], censor: '[redacted]' } });
    this.clock = deps.clock ?? systemClock;
    this.tuning = { ...defaultDonationAlertsTuning, ...deps.tuning };
    this.WebSocketImpl = deps.WebSocketImpl ?? WebSocket;
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
    this.watermarkFile = path.join(config.dataDir, WATERMARK_FILE);
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    try {
      await this.auth.load();
      const { value, corrupt } = await readJsonFile(this.watermarkFile);
      if (corrupt) this.log.warn({ file: WATERMARK_FILE }, 'backfill watermark unreadable; a new one will be recorded');
      this.watermark = value === undefined ? undefined : parseWatermark(value);
    } catch (err) {
      this.log.error({ err: (err as Error).name }, 'loading Donation Alerts state failed');
    }
  }

  // ---- DonationSource -------------------------------------------------------------------

  async start(sink: DonationSink): Promise<void> {
    this.sink = sink;
    await this.loaded;
    if (this.state === 'stopped' || this.session) return;
    if (!this.auth.hasToken()) {
      this.setState(
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
    this.setState('stopped', 'stopped');
    await this.endSession();
    await this.syncChain;
  }

  health(): ComponentHealth & { connection: DonationAlertsState; reconnectNeeded: boolean; account?: string } {
    const extra = {
      connection: this.state,
      reconnectNeeded: this.state === 'reconnect_needed',
      ...((this.user?.name ?? this.auth.accountName()) ? { account: this.user?.name ?? this.auth.accountName() } : {}),
    };
    return { ...this.healthCore(), ...extra };
  }

  private healthCore(): ComponentHealth {
    switch (this.state) {
      case 'live':
        return this.unconfirmed
          ? {
              state: 'ok',
              detail: `Donation Alerts live (the server did not confirm the subscription; also polling REST every ${this.config.pollIntervalSec} s).`,
            }
          : { state: 'ok', detail: 'Donation Alerts live: socket subscribed.' };
      case 'connecting':
        return { state: 'degraded', detail: 'Connecting to Donation Alerts…' };
      case 'polling':
        return {
          state: 'degraded',
          detail:
            `Donation Alerts socket down (${this.stateDetail || 'reconnecting'}); polling REST every ${this.config.pollIntervalSec} s.` +
            (this.lastSyncError ? ` REST is failing too: ${this.lastSyncError}.` : ''),
        };
      case 'reconnect_needed':
        return { state: 'down', detail: `Reconnect Donation Alerts in the panel: ${this.stateDetail}.` };
      case 'not_connected':
        return { state: 'disabled', detail: this.stateDetail };
      case 'stopped':
        return { state: 'disabled', detail: 'Donation Alerts ingest stopped.' };
      default:
        return { state: 'disabled', detail: 'Donation Alerts ingest not started.' };
    }
  }

  /** Internal state, for tests and diagnostics. */
  status(): { state: DonationAlertsState; detail: string } {
    return { state: this.state, detail: this.stateDetail };
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
      this.user = { id: user.id, name: user.name };
      this.log.info({ accountId: user.id }, 'Donation Alerts account connected');
      if (this.sink && this.state !== 'stopped') {
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
    const name = this.user?.name ?? this.auth.accountName();
    const detail = this.healthCore().detail;
    switch (this.state) {
      case 'live':
      case 'polling':
        return { connected: true, name, state: 'connected', detail };
      case 'connecting':
        return { connected: true, name, state: 'connecting', detail };
      case 'reconnect_needed':
        return { connected: false, name, state: 'reconnect_needed', detail };
      default:
        return {
          connected: false,
          name,
          state: 'not_connected',
          detail: this.auth.hasToken() ? detail : this.stateDetail || 'Connect Donation Alerts in the panel.',
        };
    }
  }

  // ---- live session ----------------------------------------------------------------------

  private startSession(): void {
    const abort = new AbortController();
    this.setState('connecting', '');
    this.scheduleRefresh();
    const done = this.runSession(abort.signal).catch((err) => {
      this.log.error({ reason: safeReason(err) }, 'Donation Alerts session loop ended unexpectedly');
    });
    this.session = { abort, done };
  }

  private async endSession(): Promise<void> {
    const s = this.session;
    this.session = undefined;
    this.stopPolling();
    this.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    if (s) {
      s.abort.abort();
      this.conn?.close(1000, 'stopping');
      await s.done;
    }
  }

  private async runSession(signal: AbortSignal): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      let liveSince: number | undefined;
      let conn: CentrifugoConnection | undefined;
      try {
        const user = await this.rest.getUser(signal);
        this.user = { id: user.id, name: user.name };
        await this.auth.setAccount(user.id, user.name);
        // First meeting with this account: record the history watermark BEFORE the socket is
        // up, so a donation made while we connect is newer than it and the backfill after
        // subscribing delivers it (recording it afterwards would file it under history).
        if (!this.watermark || this.watermark.accountId !== user.id) await this.sync('record watermark before connecting');
        const channel = `$alerts:donation_${user.id}`;
        conn = new CentrifugoConnection(
          {
            url: this.config.wsUrl,
            WebSocketImpl: this.WebSocketImpl,
            logger: this.log,
            clock: this.clock,
            pingIntervalMs: this.tuning.pingIntervalMs,
            pongTimeoutMs: this.tuning.pongTimeoutMs,
            commandTimeoutMs: this.tuning.commandTimeoutMs,
          },
          {
            onPublication: (ch, data, seq) => this.onPublication(channel, ch, data, seq),
            onLateConfirm: (ch) => {
              if (ch !== channel || this.conn !== conn || !this.unconfirmed) return;
              this.unconfirmed = false;
              if (this.state === 'live') this.stopPolling();
            },
          },
        );
        this.conn = conn;
        await conn.open(signal);
        const { client, version } = await conn.connect(user.socketToken);
        this.log.debug({ version }, 'Centrifugo connected');
        // Channel tokens are bound to this client id: fetch fresh ones on every connect.
        const tokens = await this.rest.subscribeChannels([channel], client, signal);
        const channelToken = tokens.get(channel);
        if (!channelToken) throw new TransientDaError('the subscribe endpoint returned no token for the donation channel');
        const outcome = await conn.subscribe(channel, channelToken);
        if (signal.aborted) break;
        liveSince = this.clock.now();
        this.unconfirmed = outcome === 'unconfirmed';
        this.setState('live', '');
        // Unconfirmed (no reply, no join push): publications still arrive on this socket, but
        // REST polling keeps running until a sign of life confirms the subscription.
        if (this.unconfirmed) this.startPolling(false);
        else this.stopPolling();
        this.log.info({ channel, confirmed: !this.unconfirmed }, 'Donation Alerts live: subscribed to the donation channel');
        // Picks up whatever arrived while we were away; the socket keeps delivering meanwhile.
        void this.sync('backfill after connect');
        await raceAbort(conn.closed, signal);
      } catch (err) {
        if (signal.aborted || err instanceof AbortedError) break;
        if (err instanceof ReconnectNeededError) {
          this.enterReconnectNeeded(err.message);
          return;
        }
        this.log.warn({ reason: safeReason(err) }, 'Donation Alerts live connection failed');
        this.stateDetail = safeReason(err);
      } finally {
        conn?.close(1000, 'reconnecting');
        if (this.conn === conn) this.conn = undefined;
        this.unconfirmed = false;
      }
      if (signal.aborted) break;
      // The server's close frame, whether it came while live or during connect/subscribe.
      const closed = conn?.closeInfo;
      // (Read right after our own close() call, which only completes later: a closeInfo here
      // is the server's close frame, or 1005/1006 for a drop without one.)
      const serverClosed = closed !== undefined && closed.code !== 1005 && closed.code !== 1006 ? closed : undefined;
      if (serverClosed) {
        this.log.warn(
          { code: serverClosed.code, reason: printable(serverClosed.reason), serverSaysReconnect: serverClosed.reconnect },
          'Donation Alerts closed the socket',
        );
        this.stateDetail = `socket closed (${serverClosed.code}${serverClosed.reason ? ` ${printable(serverClosed.reason).slice(0, 60)}` : ''})`;
      } else if (closed && liveSince !== undefined) {
        this.log.warn({ code: closed.code }, 'Donation Alerts socket lost');
        this.stateDetail = `socket lost (${closed.code})`;
      }
      const detail = this.stateDetail;
      this.setState('polling', detail);
      this.startPolling();
      if (liveSince !== undefined && this.clock.now() - liveSince >= this.tuning.stableSessionMs) attempt = 0;
      let delay = backoffDelay(attempt++, this.tuning.reconnectBackoff);
      if (serverClosed?.reconnect === false) {
        // Centrifugo's "do not reconnect" (e.g. invalid token, bad request, forced disconnect).
        // For us it means "not with the same credentials": we come back later with a fresh
        // socket token and fresh channel tokens, REST polling meanwhile, never hot.
        delay = Math.max(delay, backoffDelay(0, { baseMs: this.tuning.noReconnectDelayMs, maxMs: this.tuning.noReconnectDelayMs }));
        this.stateDetail = `${detail}; the server asked us not to reconnect, retrying with fresh tokens in ${Math.round(delay / 1000)} s`;
        this.setState('polling', this.stateDetail);
      }
      this.log.info({ delayMs: delay, attempt }, 'reconnecting to Donation Alerts after a pause');
      try {
        await sleep(this.clock, delay, signal);
      } catch {
        break;
      }
    }
  }

  private onPublication(expected: string, channel: string, data: unknown, seq: number | undefined): void {
    if (channel !== expected) {
      this.log.info({ channel }, 'publication on an unexpected channel; ignored');
      return;
    }
    const d = normaliseDonationAlertsDonation(data, () => this.clock.now());
    if (isNormaliseError(d)) {
      this.log.warn({ reason: d.error, seq }, 'unusable donation publication; skipped');
      return;
    }
    if (!this.delivered.has(d.id)) this.noteOddFields(data, d.id, 'socket');
    this.deliver(d, 'socket');
  }

  private enterReconnectNeeded(reason: string): void {
    if (this.state === 'stopped') return;
    this.log.warn({ reason }, 'Donation Alerts needs to be reconnected in the panel; ingest paused');
    this.setState('reconnect_needed', reason);
    const s = this.session;
    this.session = undefined;
    s?.abort.abort();
    this.conn?.close(1000, 'reconnect needed');
    this.stopPolling();
    this.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  // ---- token refresh ---------------------------------------------------------------------

  private scheduleRefresh(): void {
    this.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    const due = this.auth.refreshDueAt();
    if (due === undefined || !this.auth.canRefresh()) return;
    const delay = Math.min(Math.max(0, due - this.clock.now()), MAX_TIMER_MS);
    this.refreshTimer = this.clock.setTimeout(() => {
      this.refreshTimer = undefined;
      if (!this.session) return;
      const dueNow = this.auth.refreshDueAt();
      if (dueNow === undefined || this.clock.now() < dueNow) return this.scheduleRefresh();
      this.auth.refresh('scheduled').then(
        () => this.scheduleRefresh(),
        (err) => {
          if (err instanceof ReconnectNeededError) return this.enterReconnectNeeded(err.message);
          this.log.warn({ reason: safeReason(err) }, 'scheduled token refresh failed; retrying later');
          this.refreshTimer = this.clock.setTimeout(() => this.scheduleRefresh(), backoffDelay(3, this.tuning.reconnectBackoff));
        },
      );
    }, delay);
  }

  // ---- REST polling and backfill ---------------------------------------------------------

  private startPolling(immediate = true): void {
    if (this.pollTimer !== undefined || !this.session) return;
    // Polling starts with an immediate catch-up, then runs every DA_POLL_INTERVAL_SEC.
    const tick = (): void => {
      this.pollTimer = this.clock.setTimeout(() => {
        if (this.state !== 'polling' && this.state !== 'connecting' && !(this.state === 'live' && this.unconfirmed)) {
          this.pollTimer = undefined;
          return;
        }
        void this.sync('poll').finally(() => {
          if (this.pollTimer !== undefined) tick();
        });
      }, this.config.pollIntervalSec * 1000);
    };
    tick();
    if (immediate) void this.sync('poll (socket down)');
  }

  private stopPolling(): void {
    this.clock.clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  /** Serialised: one sync at a time, so backfill and poll never deliver the same page twice. */
  private sync(reason: string): Promise<void> {
    const run = this.syncChain.then(() => this.doSync(reason));
    this.syncChain = run.catch(() => undefined);
    return run;
  }

  private async doSync(reason: string): Promise<void> {
    const signal = this.session?.abort.signal;
    if (!signal || signal.aborted) return;
    try {
      if (!this.user) {
        const u = await this.rest.getUser(signal);
        this.user = { id: u.id, name: u.name };
      }
      const accountId = this.user.id;
      if (!this.watermark || this.watermark.accountId !== accountId) {
        await this.recordWatermark(accountId, signal);
        return;
      }
      const found = await this.collectNew(this.watermark, signal);
      found.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : Number(a.id) - Number(b.id)));
      for (const d of found) this.deliver(d, reason.startsWith('poll') ? 'poll' : 'backfill');
      if (found.length > 0) this.log.info({ reason, delivered: found.length }, 'REST catch-up delivered donations');
      this.lastSyncError = undefined;
    } catch (err) {
      if (signal.aborted || err instanceof AbortedError) return;
      if (err instanceof ReconnectNeededError) return this.enterReconnectNeeded(err.message);
      this.lastSyncError = safeReason(err);
      this.log.warn({ reason, err: this.lastSyncError }, 'REST catch-up failed; will try again');
    }
  }

  /**
   * First meeting with an account: everything currently listed on the newest page is history,
   * not news. Recording it (instead of replaying it) keeps a fresh install from drawing last
   * month's donations. DA's list order is undocumented, so when there is more than one page
   * the last page is read too: whichever end is the newest, it is in the baseline.
   */
  private async recordWatermark(accountId: number, signal: AbortSignal): Promise<void> {
    const first = await this.rest.listDonations(1, signal);
    const pages = [first];
    if (first.lastPage > 1) pages.push(await this.rest.listDonations(first.lastPage, signal));
    const ids: string[] = [];
    let newest: string | null = null;
    let newestMs = Number.NEGATIVE_INFINITY;
    let maxId = 0;
    for (const page of pages) {
      for (const raw of page.data) {
        const r = raw as { id?: unknown; created_at?: unknown } | null;
        if (!r || (typeof r.id !== 'number' && typeof r.id !== 'string')) continue;
        ids.push(String(r.id).trim());
        maxId = Math.max(maxId, Number(r.id) || 0);
        const at = daTimeMs(r.created_at);
        if (at !== undefined && at > newestMs) {
          newestMs = at;
          newest = String(r.created_at).trim();
        }
      }
    }
    this.watermark = { accountId, newestCreatedAt: newest, ids, maxId, establishedAt: new Date(this.clock.now()).toISOString() };
    try {
      await writeJsonAtomic(this.watermarkFile, this.watermark);
    } catch (err) {
      this.log.error({ errCode: (err as NodeJS.ErrnoException).code }, 'could not save the backfill watermark');
    }
    this.log.info(
      { existing: ids.length, pagesRead: pages.length },
      'first run for this account: existing donations recorded as history, not replayed',
    );
  }

  private async collectNew(w: Watermark, signal: AbortSignal): Promise<IncomingDonation[]> {
    const maxPages = Math.max(1, this.tuning.backfillMaxPages);
    const found = new Map<string, IncomingDonation>();
    const first = await this.rest.listDonations(1, signal);
    let fresh = this.freshOnPage(first, w, found);
    // DA's list order is undocumented (probably newest first). Page 1 of a newest-first list
    // always reaches the baseline's newest donation; if it is entirely older than that, the
    // list runs oldest-first and new donations sit on the last pages: walk back from there.
    // (Judged by the page's newest entry, not its first/last, so a shuffled page is fine.)
    if (first.lastPage > 1 && isOlderThanWatermark(first.data, w)) {
      if (!this.loggedAscending)
        this.log.warn({ lastPage: first.lastPage }, 'donation list looks oldest-first; backfilling from the last page');
      this.loggedAscending = true;
      for (let p = first.lastPage, n = 1; p > 1 && n < maxPages; p--, n++) {
        const page = await this.rest.listDonations(p, signal);
        if (this.freshOnPage(page, w, found) === 0) break;
      }
      return [...found.values()];
    }
    let current = first;
    // Pagination: stop once current_page >= last_page (or after maxPages, or a page with nothing new).
    for (let n = 1; n < maxPages && fresh > 0 && current.currentPage < current.lastPage; n++) {
      current = await this.rest.listDonations(current.currentPage + 1, signal);
      fresh = this.freshOnPage(current, w, found);
    }
    return [...found.values()];
  }

  /** Adds the page's unknown, post-watermark donations to `found`; returns how many. */
  private freshOnPage(page: DaDonationPage, w: Watermark, found: Map<string, IncomingDonation>): number {
    let fresh = 0;
    for (const raw of page.data) {
      const d = normaliseDonationAlertsDonation(raw, () => this.clock.now());
      if (isNormaliseError(d)) {
        this.log.warn({ reason: d.error }, 'unusable donation in the REST list; skipped');
        continue;
      }
      if (this.isKnown(d.id)) continue;
      if (isBeforeWatermark(w, d.id, (raw as { created_at?: unknown }).created_at)) continue;
      if (!found.has(d.id)) {
        fresh++;
        this.noteOddFields(raw, d.id, 'rest');
      }
      found.set(d.id, d);
    }
    return fresh;
  }

  /**
   * Where a donation departs from the documented shape, say so (field names and types only,
   * never values): the doc's uncertain points are what a real or fake server may do differently.
   */
  private noteOddFields(raw: unknown, id: string, via: 'socket' | 'rest'): void {
    const r = raw as Record<string, unknown>;
    const odd: Record<string, string> = {};
    const amount = toAmount(r.amount);
    if (amount !== undefined && amount > MAX_AMOUNT) odd.amount = `above ${MAX_AMOUNT} (clamped to it)`;
    else if (typeof r.amount !== 'number') odd.amount = amount === undefined ? `unreadable ${typeof r.amount} (used 0)` : typeof r.amount;
    if (typeof r.created_at !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(r.created_at)) {
      odd.created_at = daTimeMs(r.created_at) === undefined ? `unreadable ${typeof r.created_at} (used now)` : 'non-standard format';
    }
    if (r.username !== null && r.username !== undefined && typeof r.username !== 'string') odd.username = typeof r.username;
    if (r.message_type !== undefined && r.message_type !== 'text' && r.message_type !== 'audio')
      odd.message_type = typeof r.message_type === 'string' ? r.message_type.slice(0, 20) : typeof r.message_type;
    if (typeof r.currency !== 'string' || !/^[A-Za-z]{3}$/.test(r.currency.trim())) odd.currency = typeof r.currency;
    if (Object.keys(odd).length > 0)
      this.log.warn({ daId: id, via, odd }, 'donation fields differ from the documented shape; read leniently');
  }

  private isKnown(id: string): boolean {
    if (this.delivered.has(id)) return true;
    try {
      return this.sink?.has('donationalerts', id) ?? false;
    } catch {
      return false;
    }
  }

  private deliver(d: IncomingDonation, via: 'socket' | 'poll' | 'backfill'): void {
    const sink = this.sink;
    if (!sink || this.delivered.has(d.id)) return;
    try {
      const result = sink.accept(d);
      this.remember(d.id);
      this.log.info(
        {
          daId: d.id,
          donorHash: donorHash(d.donor),
          amount: d.amount,
          currency: d.currency,
          messageChars: d.message.length,
          rejectReason: d.rejectReason,
          via,
          duplicate: result.duplicate,
          status: result.status,
        },
        'donation received',
      );
    } catch (err) {
      // Not remembered: the next backfill offers it again.
      this.log.error(
        { daId: d.id, via, err: (err as Error).name },
        'the store refused a donation; it will be retried by the next backfill',
      );
    }
  }

  private remember(id: string): void {
    this.delivered.add(id);
    if (this.delivered.size > DELIVERED_MEMORY) {
      const oldest = this.delivered.values().next().value;
      if (oldest !== undefined) this.delivered.delete(oldest);
    }
  }

  private setState(state: DonationAlertsState, detail: string): void {
    if (this.state === 'stopped' && state !== 'stopped') return;
    if (this.state !== state) this.log.debug({ from: this.state, to: state }, 'Donation Alerts state');
    this.state = state;
    this.stateDetail = detail;
  }
}

/** Is every donation on this page older than the baseline's newest (by created_at, else by id)? */
function isOlderThanWatermark(data: unknown[], w: Watermark): boolean {
  if (data.length === 0) return false;
  const newest = daTimeMs(w.newestCreatedAt);
  let maxAt = Number.NEGATIVE_INFINITY;
  let maxId = 0;
  let allTimed = true;
  for (const raw of data) {
    const r = raw as { id?: unknown; created_at?: unknown } | null;
    const at = daTimeMs(r?.created_at);
    if (at === undefined) allTimed = false;
    else maxAt = Math.max(maxAt, at);
    maxId = Math.max(maxId, Number(r?.id) || 0);
  }
  if (newest !== undefined && allTimed) return maxAt < newest;
  return w.maxId > 0 && maxId < w.maxId;
}

function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const onAbort = (): void => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    void p.then((v) => {
      signal.removeEventListener('abort', onAbort);
      resolve(v);
    });
  });
}

/** A server-sent string fit for one log field: control characters gone, bounded. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200);
}

/** Our own error messages only (they never contain tokens); anything else by class name. */
function safeReason(err: unknown): string {
  if (err instanceof Error && ['ReconnectNeededError', 'TransientDaError', 'CentrifugoError'].includes(err.name))
    return err.message.slice(0, 200);
  return (err as { name?: string })?.name ?? 'error';
}
