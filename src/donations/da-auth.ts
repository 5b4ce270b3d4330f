import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Clock } from '../core/index.js';
import { parseStoredTokens, readJsonFile, TOKENS_FILE, writeJsonAtomic, type StoredTokens } from './persisted-state.js';
import type { RateLimiter } from './rate-limiter.js';
import { parseRetryAfter } from './retry-policy.js';

export const DA_SCOPES = ['oauth-user-show', 'oauth-donation-index', 'oauth-donation-subscribe'] as const;

/** The account's tokens are gone for good (revoked, refresh refused): a human must reconnect. */
export class ReconnectNeededError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReconnectNeededError';
  }
}

/** A request failed in a way that may heal by itself (network, 5xx, 429). */
export class TransientDaError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TransientDaError';
  }
}

export interface DonationAlertsAuthOptions {
  apiUrl: string;
  clientId?: string;
  clientSecret?: string;
  redirectUri?: string;
  apiToken?: string;
  dataDir: string;
  clock: Clock;
  fetch: typeof globalThis.fetch;
  logger: Logger;
  limiter: RateLimiter;
  requestTimeoutMs: number;
}

const STATE_TTL_MS = 15 * 60_000;
/**
 * Pending OAuth states kept at once: the newest few. A streamer clicks "Connect" a handful of
 * times at most; a page hammering GET /auth/donationalerts must not grow memory without bound.
 */
export const MAX_PENDING_STATES = 8;
const MAX_REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Owns the access token: where it comes from (stored OAuth tokens, else DA_API_TOKEN),
 * the authorization-code exchange, refresh before expiry (single flight) and persistence.
 * Tokens never reach the logger.
 */
export class DonationAlertsAuth {
  private tokens: StoredTokens | undefined;
  private origin: 'oauth' | 'env' | 'none' = 'none';
  private refreshing: Promise<void> | undefined;
  private readonly pendingStates = new Map<string, number>();
  private readonly tokensFile: string;

  constructor(private readonly opts: DonationAlertsAuthOptions) {
    this.tokensFile = path.join(opts.dataDir, TOKENS_FILE);
  }

  /** Loads stored OAuth tokens, else falls back to DA_API_TOKEN. Never throws. */
  async load(): Promise<void> {
    const { value, corrupt } = await readJsonFile(this.tokensFile);
    if (corrupt) this.opts.logger.warn({ file: TOKENS_FILE }, 'stored Donation Alerts tokens are unreadable; ignoring them');
    const stored = value === undefined ? undefined : parseStoredTokens(value);
    if (stored) {
      this.tokens = stored;
      this.origin = 'oauth';
    } else if (this.opts.apiToken) {
      this.tokens = { accessToken: this.opts.apiToken, tokenType: 'Bearer', obtainedAt: this.opts.clock.now(), scopes: [...DA_SCOPES] };
      this.origin = 'env';
    }
  }

  hasToken(): boolean {
    return this.tokens !== undefined;
  }

  tokenOrigin(): 'oauth' | 'env' | 'none' {
    return this.tokens ? this.origin : 'none';
  }

  oauthConfigured(): boolean {
    return Boolean(this.opts.clientId && this.opts.clientSecret && this.opts.redirectUri);
  }

  canRefresh(): boolean {
    return Boolean(this.tokens?.refreshToken && this.opts.clientId && this.opts.clientSecret);
  }

  /** The token requests are sent with right now (to tell a stale 401 from a fresh one). */
  currentAccessToken(): string | undefined {
    return this.tokens?.accessToken;
  }

  accountName(): string | undefined {
    return this.tokens?.accountName;
  }

  expiresAt(): number | undefined {
    return this.tokens?.expiresAt;
  }

  /** Forget the token (it was refused); keeps the file so a human can see what happened. */
  drop(): void {
    this.tokens = undefined;
  }

  /** When a refresh should happen: a little before expiry (10 % of the lifetime, at most 5 min). */
  refreshDueAt(): number | undefined {
    const t = this.tokens;
    if (!t?.expiresAt) return undefined;
    const lifetime = Math.max(0, t.expiresAt - t.obtainedAt);
    return t.expiresAt - Math.min(MAX_REFRESH_MARGIN_MS, lifetime / 10);
  }

  authorizeUrl(): string {
    if (!this.opts.clientId || !this.opts.redirectUri) {
      throw new Error('Donation Alerts OAuth is not configured: set DA_CLIENT_ID, DA_CLIENT_SECRET and DA_REDIRECT_URI.');
    }
    const now = this.opts.clock.now();
    this.prunePendingStates(now);
    const state = randomBytes(24).toString('base64url');
    this.pendingStates.set(state, now + STATE_TTL_MS);
    const q = new URLSearchParams({
      client_id: this.opts.clientId,
      redirect_uri: this.opts.redirectUri,
      response_type: 'code',
      scope: DA_SCOPES.join(' '),
      state,
    });
    // URLSearchParams writes spaces as '+'; '%20' means a space to every decoder, form or not.
    return `${this.opts.apiUrl}/oauth/authorize?${q.toString().replace(/\+/g, '%20')}`;
  }

  /** How many OAuth states are waiting for their callback (bounded by MAX_PENDING_STATES). */
  pendingStateCount(): number {
    return this.pendingStates.size;
  }

  /**
   * Every state lives STATE_TTL_MS, so the Map's insertion order is also expiry order: expired
   * ones and the oldest beyond the cap are all at the front. Each call removes what it finds
   * there and stops at the first live one, so the cost is amortised O(1) per state issued.
   */
  private prunePendingStates(now: number): void {
    for (const [state, expiresAt] of this.pendingStates) {
      if (expiresAt >= now && this.pendingStates.size < MAX_PENDING_STATES) break;
      this.pendingStates.delete(state);
    }
  }

  /** True once per issued, unexpired state. */
  consumeState(state: string | undefined): boolean {
    if (!state) return false;
    const exp = this.pendingStates.get(state);
    this.pendingStates.delete(state);
    return exp !== undefined && exp >= this.opts.clock.now();
  }

  async exchangeCode(code: string, signal?: AbortSignal): Promise<void> {
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: this.opts.clientId ?? '',
      client_secret: this.opts.clientSecret ?? '',
      redirect_uri: this.opts.redirectUri ?? '',
      code,
    });
    const tokens = await this.postTokenForm(form, undefined, signal);
    this.tokens = tokens;
    this.origin = 'oauth';
    await this.persist();
  }

  /** Remember who the tokens belong to (shown in the panel). */
  async setAccount(id: number, name: string): Promise<void> {
    if (!this.tokens) return;
    if (this.tokens.accountId === id && this.tokens.accountName === name) return;
    this.tokens = { ...this.tokens, accountId: id, accountName: name };
    if (this.origin === 'oauth') await this.persist();
  }

  /** A valid access token, refreshed first when it is about to expire. */
  async accessToken(signal?: AbortSignal): Promise<string> {
    const due = this.refreshDueAt();
    if (due !== undefined && this.opts.clock.now() >= due) {
      if (this.canRefresh()) await this.refresh('expiring', signal);
      else if (this.tokens?.expiresAt !== undefined && this.opts.clock.now() >= this.tokens.expiresAt) {
        throw new ReconnectNeededError('the Donation Alerts token expired and cannot be refreshed');
      }
    }
    if (!this.tokens) throw new ReconnectNeededError('no Donation Alerts token');
    return this.tokens.accessToken;
  }

  /** Single flight: concurrent callers share one refresh. */
  refresh(reason: string, signal?: AbortSignal): Promise<void> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh(reason, signal).finally(() => {
        this.refreshing = undefined;
      });
    }
    return this.refreshing;
  }

  private async doRefresh(reason: string, signal?: AbortSignal): Promise<void> {
    const current = this.tokens;
    if (!current?.refreshToken || !this.opts.clientId || !this.opts.clientSecret) {
      throw new ReconnectNeededError('the Donation Alerts token cannot be refreshed');
    }
    this.opts.logger.info({ reason }, 'refreshing the Donation Alerts access token');
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: current.refreshToken,
      client_id: this.opts.clientId,
      client_secret: this.opts.clientSecret,
      scope: (current.scopes.length ? current.scopes : [...DA_SCOPES]).join(' '),
    });
    const fresh = await this.postTokenForm(form, current, signal);
    this.tokens = fresh;
    this.origin = 'oauth';
    await this.persist();
    this.opts.logger.info(
      { expiresInSec: fresh.expiresAt ? Math.round((fresh.expiresAt - fresh.obtainedAt) / 1000) : null },
      'Donation Alerts access token refreshed',
    );
  }

  private async postTokenForm(form: URLSearchParams, previous: StoredTokens | undefined, signal?: AbortSignal): Promise<StoredTokens> {
    const { clock, limiter } = this.opts;
    await limiter.acquire(signal);
    let res: Response;
    try {
      res = await this.opts.fetch(`${this.opts.apiUrl}/oauth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form.toString(),
        signal: withTimeout(signal, this.opts.requestTimeoutMs),
      });
    } catch (err) {
      if (signal?.aborted) throw err;
      throw new TransientDaError(`token endpoint unreachable (${errorName(err)})`);
    }
    const text = await res.text().catch(() => '');
    if (res.status === 429) {
      const wait = parseRetryAfter(res.headers.get('retry-after'), clock.now()) ?? 60_000;
      limiter.pauseUntil(clock.now() + Math.min(wait, 10 * 60_000));
      throw new TransientDaError('token endpoint rate-limited (429)', 429);
    }
    if (res.status >= 500) throw new TransientDaError(`token endpoint failed (${res.status})`, res.status);
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
    } catch {
      /* handled below */
    }
    if (!res.ok) {
      // OAuth errors carry `error` (e.g. invalid_grant); its value is a code, never a secret.
      const code = typeof body.error === 'string' ? body.error.slice(0, 64) : 'unknown';
      throw new ReconnectNeededError(`Donation Alerts refused the token request (${res.status} ${code})`);
    }
    if (typeof body.access_token !== 'string' || body.access_token.length === 0) {
      throw new TransientDaError('token endpoint answered without an access_token');
    }
    const now = clock.now();
    // Always read expires_in (DA's lifetime is undocumented: an hour, a year…); a numeric string counts.
    const rawExpires =
      typeof body.expires_in === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(body.expires_in) ? Number(body.expires_in) : body.expires_in;
    const expiresIn = typeof rawExpires === 'number' && Number.isFinite(rawExpires) && rawExpires > 0 ? rawExpires : undefined;
    if (expiresIn === undefined)
      this.opts.logger.warn('token response has no usable expires_in; the token will be refreshed after a 401 only');
    return {
      accessToken: body.access_token,
      // DA may keep the old refresh token valid and send none back.
      refreshToken: typeof body.refresh_token === 'string' && body.refresh_token ? body.refresh_token : previous?.refreshToken,
      tokenType: typeof body.token_type === 'string' ? body.token_type : 'Bearer',
      expiresAt: expiresIn === undefined ? undefined : now + expiresIn * 1000,
      obtainedAt: now,
      scopes: [...DA_SCOPES],
      accountId: previous?.accountId,
      accountName: previous?.accountName,
    };
  }

  private async persist(): Promise<void> {
    if (!this.tokens) return;
    try {
      await writeJsonAtomic(this.tokensFile, this.tokens);
    } catch (err) {
      // Keep running on the in-memory token; the next refresh tries again.
      this.opts.logger.error({ file: TOKENS_FILE, errCode: (err as NodeJS.ErrnoException).code }, 'could not save Donation Alerts tokens');
    }
  }
}

export function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/** Error class/code only: messages from fetch can echo URLs and headers. */
export function errorName(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string } };
  return e?.cause?.code ?? e?.code ?? e?.name ?? 'error';
}
