// Twitch login for a desktop app (doc section 4): the device code flow as a public client
// (client id only, no secret), single-use refresh tokens (stored before use, one refresh at a
// time), /validate at start and hourly. A ready TWITCH_ACCESS_TOKEN works too, but cannot be
// refreshed: a 401 then means "log in again".
import type { Logger } from 'pino';
import type { Clock, TwitchLoginState, TwitchResult } from '../core/index.js';
import { AbortedError, printable, sleep } from '../donations/index.js';
import { TWITCH_SCOPES, type TwitchSourceConfig, type TwitchTuning } from './twitch-config.js';
import type { StoredTwitchTokens, TwitchFiles } from './twitch-files.js';

/** Who the token belongs to, from /validate. */
export interface TwitchIdentity {
  userId: string;
  login: string;
  clientId: string;
  scopes: string[];
}

/** How a refresh after a 401 ended: a new token, refused (log in again), or Twitch unreachable. */
export type RefreshOutcome = 'refreshed' | 'refused' | 'unavailable';

export interface TwitchAuthDeps {
  config: TwitchSourceConfig;
  files: TwitchFiles;
  clock: Clock;
  fetch: typeof globalThis.fetch;
  log: Logger;
  tuning: TwitchTuning;
}

type FormAnswer = { status: number; body: Record<string, unknown> } | { status: 'network' };

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

export class TwitchAuth {
  /** Called when a device-code login completes (the facade (re)starts the session). */
  onLoggedIn: () => void = () => undefined;
  /** Called when the token is refused for good (the facade stops the session). */
  onLoginLost: (detail: string) => void = () => undefined;
  private tokens: (StoredTwitchTokens & { origin: 'login' | 'env' }) | undefined;
  private ident: TwitchIdentity | undefined;
  private state: TwitchLoginState = { state: 'logged_out' };
  private devicePoll: AbortController | undefined;
  private refreshing: Promise<RefreshOutcome> | undefined;
  private readonly config: TwitchSourceConfig;
  private readonly log: Logger;

  constructor(private readonly deps: TwitchAuthDeps) {
    this.config = deps.config;
    this.log = deps.log;
  }

  /** Stored login first; else the ready token from the environment. */
  async load(): Promise<void> {
    const stored = await this.deps.files.loadTokens();
    if (stored) this.tokens = { ...stored, origin: 'login' };
    else if (this.config.accessToken)
      this.tokens = { accessToken: this.config.accessToken, scopes: [], obtainedAt: this.deps.clock.now(), origin: 'env' };
  }

  configured(): boolean {
    return Boolean(this.config.clientId || this.config.accessToken);
  }
  hasToken(): boolean {
    return this.tokens !== undefined;
  }
  accessToken(): string | undefined {
    return this.tokens?.accessToken;
  }
  /** The Client-Id Helix wants: the token's own (from /validate), else TWITCH_CLIENT_ID. */
  clientId(): string | undefined {
    return this.ident?.clientId ?? this.config.clientId;
  }
  identity(): TwitchIdentity | undefined {
    return this.ident;
  }
  tokenOrigin(): 'login' | 'env' | undefined {
    return this.tokens?.origin;
  }
  login(): TwitchLoginState {
    return this.state;
  }

  stop(): void {
    this.devicePoll?.abort();
    this.devicePoll = undefined;
  }

  // ---- validate ---------------------------------------------------------------------------

  /** GET /validate (Twitch audits that apps call it at start and hourly); a 401 refreshes once. */
  async validate(signal?: AbortSignal): Promise<TwitchResult<TwitchIdentity>> {
    for (let attempt = 0; ; attempt++) {
      const token = this.tokens?.accessToken;
      if (!token) return { ok: false, kind: 'not_logged_in', retry: false, detail: 'not logged in to Twitch' };
      const answer = await this.request(`${this.config.authUrl}/validate`, { headers: { Authorization: `OAuth ${token}` } }, signal);
      if (answer.status === 'network') return { ok: false, kind: 'network', retry: true, detail: 'Twitch did not answer /validate' };
      if (answer.status === 401) {
        const outcome = attempt === 0 ? await this.refreshAfter401(token) : this.refusedAfterRefresh();
        if (outcome === 'refreshed') continue;
        if (outcome === 'unavailable') return { ok: false, kind: 'network', retry: true, detail: 'Twitch did not answer the refresh' };
        return { ok: false, kind: 'unauthorized', retry: false, detail: 'Twitch refused the token' };
      }
      if (answer.status >= 500) return { ok: false, kind: 'server_error', retry: true, detail: `/validate answered ${answer.status}` };
      const b = answer.body;
      if (answer.status !== 200 || typeof b.user_id !== 'string' || typeof b.client_id !== 'string')
        return {
          ok: false,
          kind: 'bad_response',
          retry: true,
          detail: `/validate answered ${answer.status} without the documented fields`,
        };
      const ident: TwitchIdentity = {
        userId: b.user_id,
        login: typeof b.login === 'string' ? b.login : '',
        clientId: b.client_id,
        scopes: Array.isArray(b.scopes) ? b.scopes.filter((s): s is string => typeof s === 'string') : [],
      };
      if (this.config.clientId && ident.clientId !== this.config.clientId)
        this.log.warn('the Twitch token belongs to another client id than TWITCH_CLIENT_ID; using the token’s');
      const missing = TWITCH_SCOPES.filter((s) => !ident.scopes.includes(s));
      if (missing.length > 0) this.log.warn({ missing }, 'the Twitch token lacks scopes we need');
      this.ident = ident;
      this.state = { state: 'logged_in', login: ident.login };
      return { ok: true, value: ident };
    }
  }

  // ---- refresh ----------------------------------------------------------------------------

  /**
   * After a 401 with `usedToken`: refresh once for everyone (concurrent callers share it; a
   * caller whose token was already replaced just retries with the new one).
   */
  refreshAfter401(usedToken: string): Promise<RefreshOutcome> {
    if (!this.tokens) return Promise.resolve('refused');
    if (this.tokens.accessToken !== usedToken) return Promise.resolve('refreshed');
    if (!this.refreshing) {
      this.refreshing = this.refresh().finally(() => {
        this.refreshing = undefined;
      });
    }
    return this.refreshing;
  }

  private async refresh(): Promise<RefreshOutcome> {
    const current = this.tokens;
    const clientId = this.clientId();
    if (!current?.refreshToken || !clientId) {
      this.loseLogin('Twitch refused the token and it cannot be refreshed: log in to Twitch again.');
      return 'refused';
    }
    const answer = await this.postForm(`${this.config.authUrl}/token`, {
      grant_type: 'refresh_token',
      refresh_token: current.refreshToken,
      client_id: clientId,
    });
    if (answer.status === 'network' || answer.status >= 500) {
      this.log.warn({ status: answer.status }, 'Twitch token refresh failed; will try again');
      return 'unavailable';
    }
    const next = answer.status === 200 ? tokensFrom(answer.body, this.deps.clock.now()) : undefined;
    if (!next) {
      this.log.warn({ status: answer.status, message: messageOf(answer.body) }, 'Twitch refused the token refresh');
      this.loseLogin('Twitch refused the token refresh: log in to Twitch again.');
      return 'refused';
    }
    // Single use: the old refresh token is spent now. Store the new one before using it, so a
    // crash right after cannot leave us with only a spent token on disk.
    try {
      await this.deps.files.saveTokens(next);
    } catch (err) {
      this.log.error({ err: (err as Error).name }, 'storing the refreshed Twitch tokens failed; kept in memory only');
    }
    this.tokens = { ...next, origin: 'login' };
    this.log.info('Twitch token refreshed');
    return 'refreshed';
  }

  /** A 401 for a token just refreshed: Twitch will not take it (e.g. another app's token); log in again. */
  refusedAfterRefresh(): 'refused' {
    if (this.tokens) this.loseLogin('Twitch refused the token even after a refresh: log in to Twitch again.');
    return 'refused';
  }

  private loseLogin(detail: string): void {
    const origin = this.tokens?.origin;
    this.tokens = undefined;
    this.ident = undefined;
    this.state = { state: 'logged_out' };
    if (origin === 'login') {
      void this.deps.files.saveTokens(undefined).catch((err: unknown) => {
        this.log.error({ err: (err as Error).name }, 'clearing the Twitch tokens file failed');
      });
    }
    this.onLoginLost(detail);
  }

  // ---- device code login ------------------------------------------------------------------

  /** Starts the device-code login, or returns the one already waiting. */
  async startLogin(): Promise<TwitchLoginState> {
    const clientId = this.config.clientId;
    if (!clientId) {
      return {
        state: 'failed',
        kind: 'not_configured',
        detail: 'Set TWITCH_CLIENT_ID (a public client’s id) to log in to Twitch from the panel.',
      };
    }
    if (this.state.state === 'waiting' && this.devicePoll) return this.state;
    const answer = await this.postForm(`${this.config.authUrl}/device`, { client_id: clientId, scopes: TWITCH_SCOPES.join(' ') });
    if (answer.status === 'network' || answer.status >= 500) {
      this.state = { state: 'failed', kind: 'network', detail: 'Could not reach Twitch to start the login; try again.' };
      return this.state;
    }
    const b = answer.body;
    const interval = typeof b.interval === 'number' && b.interval > 0 ? b.interval : 5;
    const expiresIn = typeof b.expires_in === 'number' && b.expires_in > 0 ? b.expires_in : 1800;
    if (
      answer.status !== 200 ||
      typeof b.device_code !== 'string' ||
      typeof b.user_code !== 'string' ||
      typeof b.verification_uri !== 'string'
    ) {
      this.log.warn({ status: answer.status, message: messageOf(b) }, 'Twitch refused to start a device-code login');
      this.state = { state: 'failed', kind: 'bad_response', detail: `Twitch refused to start the login (${answer.status}).` };
      return this.state;
    }
    const expiresAt = this.deps.clock.now() + expiresIn * 1000;
    this.state = {
      state: 'waiting',
      userCode: b.user_code,
      verificationUri: b.verification_uri,
      expiresAt: new Date(expiresAt).toISOString(),
    };
    this.devicePoll?.abort();
    const abort = new AbortController();
    this.devicePoll = abort;
    this.log.info({ expiresIn, interval }, 'Twitch device-code login started; waiting for the streamer');
    void this.pollDevice(b.device_code, interval * 1000, expiresAt, abort.signal).finally(() => {
      if (this.devicePoll === abort) this.devicePoll = undefined;
    });
    return this.state;
  }

  private async pollDevice(deviceCode: string, intervalMs: number, expiresAt: number, signal: AbortSignal): Promise<void> {
    const clientId = this.config.clientId ?? '';
    let interval = intervalMs;
    for (;;) {
      try {
        await sleep(this.deps.clock, interval, signal);
      } catch {
        return;
      }
      if (this.deps.clock.now() >= expiresAt) return this.loginFailed('expired', 'The login code expired; start the login again.');
      let answer: FormAnswer;
      try {
        answer = await this.postForm(
          `${this.config.authUrl}/token`,
          { client_id: clientId, scopes: TWITCH_SCOPES.join(' '), device_code: deviceCode, grant_type: DEVICE_GRANT },
          signal,
        );
      } catch {
        return; // aborted: a new login replaced this one, or the source stopped
      }
      if (signal.aborted) return;
      if (answer.status === 'network' || answer.status >= 500) continue;
      if (answer.status === 200) return this.completeLogin(answer.body);
      switch (messageOf(answer.body)) {
        case 'authorization_pending':
          continue;
        case 'slow_down':
          interval += this.deps.tuning.slowDownStepMs;
          continue;
        case 'access_denied':
          return this.loginFailed('denied', 'The login was refused on Twitch.');
        case 'expired_token':
        case 'invalid device code':
          return this.loginFailed('expired', 'The login code expired; start the login again.');
        default:
          this.log.warn({ status: answer.status, message: messageOf(answer.body) }, 'unexpected answer while polling the Twitch login');
          return this.loginFailed('bad_response', `Twitch answered the login with ${answer.status}.`);
      }
    }
  }

  private loginFailed(kind: 'expired' | 'denied' | 'bad_response', detail: string): void {
    this.log.warn({ kind }, 'Twitch device-code login failed');
    this.state = { state: 'failed', kind, detail };
  }

  private async completeLogin(body: Record<string, unknown>): Promise<void> {
    const tokens = tokensFrom(body, this.deps.clock.now());
    if (!tokens) return this.loginFailed('bad_response', 'Twitch sent no token.');
    try {
      await this.deps.files.saveTokens(tokens);
    } catch (err) {
      this.log.error({ err: (err as Error).name }, 'storing the Twitch tokens failed; kept in memory only');
    }
    this.tokens = { ...tokens, origin: 'login' };
    const checked = await this.validate();
    if (checked.ok) this.log.info({ userId: checked.value.userId }, 'logged in to Twitch');
    else this.state = { state: 'logged_in', login: '' };
    this.onLoggedIn();
  }

  // ---- HTTP -------------------------------------------------------------------------------

  private postForm(url: string, fields: Record<string, string>, signal?: AbortSignal): Promise<FormAnswer> {
    return this.request(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() },
      signal,
    );
  }

  private async request(url: string, init: RequestInit, signal?: AbortSignal): Promise<FormAnswer> {
    const timeout = AbortSignal.timeout(this.deps.tuning.requestTimeoutMs);
    try {
      const res = await this.deps.fetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      const text = await res.text();
      let body: Record<string, unknown> = {};
      try {
        const parsed: unknown = text ? JSON.parse(text) : {};
        if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
      } catch {
        // a non-JSON body: the status decides
      }
      return { status: res.status, body };
    } catch (err) {
      if (signal?.aborted) throw new AbortedError();
      this.log.debug({ err: (err as Error).name }, 'Twitch OAuth request failed');
      return { status: 'network' };
    }
  }
}

function tokensFrom(b: Record<string, unknown>, now: number): StoredTwitchTokens | undefined {
  if (typeof b.access_token !== 'string' || b.access_token === '') return undefined;
  return {
    accessToken: b.access_token,
    refreshToken: typeof b.refresh_token === 'string' && b.refresh_token !== '' ? b.refresh_token : undefined,
    scopes: Array.isArray(b.scope) ? b.scope.filter((s): s is string => typeof s === 'string') : [],
    obtainedAt: now,
  };
}

/** Twitch's `message` field, printable and bounded (it never carries a token). */
function messageOf(b: Record<string, unknown>): string {
  return typeof b.message === 'string' ? printable(b.message).slice(0, 120) : '';
}
