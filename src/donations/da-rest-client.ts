import type { Logger } from 'pino';
import type { Clock } from '../core/index.js';
import { errorName, ReconnectNeededError, TransientDaError, withTimeout, type DonationAlertsAuth } from './da-auth.js';
import type { RateLimiter } from './rate-limiter.js';
import { backoffDelay, parseRetryAfter, sleep, type BackoffPolicy } from './retry-policy.js';

export interface DaUser {
  id: number;
  name: string;
  socketToken: string;
}

export interface DaDonationPage {
  /** Raw donation objects, as DA sent them. */
  data: unknown[];
  currentPage: number;
  lastPage: number;
}

export interface DonationAlertsRestOptions {
  apiUrl: string;
  fetch: typeof globalThis.fetch;
  clock: Clock;
  logger: Logger;
  backoff: BackoffPolicy;
  /** Tries per request for 429/5xx/network before giving up to the caller. */
  maxAttempts: number;
  requestTimeoutMs: number;
  /** Longest Retry-After we honour as-is (a bogus huge value must not park us for days). */
  maxRetryAfterMs: number;
}

/**
 * REST calls to `${apiUrl}/api/v1/...`: every request waits for the rate limiter, 429 pauses
 * all requests for Retry-After, 5xx/network back off, 401 refreshes the token once and retries,
 * a second 401 (or a refused refresh) is ReconnectNeededError.
 */
export class DonationAlertsRest {
  constructor(
    private readonly auth: DonationAlertsAuth,
    private readonly limiter: RateLimiter,
    private readonly opts: DonationAlertsRestOptions,
  ) {}

  async getUser(signal?: AbortSignal): Promise<DaUser> {
    const body = await this.request('GET', '/api/v1/user/oauth', undefined, signal);
    const data = (body as { data?: Record<string, unknown> } | null)?.data;
    const id = positiveInt(data?.id);
    if (!data || id === undefined || typeof data.socket_connection_token !== 'string' || data.socket_connection_token === '') {
      this.opts.logger.warn({ keys: shapeOf(data ?? body) }, 'user endpoint answered without a usable id or socket_connection_token');
      throw new TransientDaError('user endpoint answered without id or socket_connection_token');
    }
    const name =
      typeof data.name === 'string' && data.name ? data.name : typeof data.code === 'string' && data.code ? data.code : `user ${id}`;
    return { id, name, socketToken: data.socket_connection_token };
  }

  async listDonations(page: number, signal?: AbortSignal): Promise<DaDonationPage> {
    const body = await this.request('GET', `/api/v1/alerts/donations?page=${page}`, undefined, signal);
    // 204 / empty body: DA documents 204 for some endpoints; read it as an empty page.
    if (body === null) return { data: [], currentPage: page, lastPage: page };
    const b = body as { data?: unknown; meta?: Record<string, unknown> } | null;
    if (!b || typeof b !== 'object' || !Array.isArray(b.data)) {
      this.opts.logger.warn({ keys: shapeOf(body) }, 'donation list answered without a data array');
      throw new TransientDaError('donation list answered without a data array');
    }
    const currentPage = positiveInt(b.meta?.current_page) ?? page;
    const lastPage = positiveInt(b.meta?.last_page) ?? currentPage;
    return { data: b.data, currentPage, lastPage };
  }

  /**
   * Channel tokens for this Centrifugo client id. DA answers `{"channels":[{channel, token}]}`
   * (an array). A map `{"channels":{"<channel>":"<token>"}}` or a bare array is accepted too,
   * and logged, since only the array form is confirmed.
   */
  async subscribeChannels(channels: string[], clientId: string, signal?: AbortSignal): Promise<Map<string, string>> {
    const body = await this.request('POST', '/api/v1/centrifuge/subscribe', { channels, client: clientId }, signal);
    const list = Array.isArray(body) ? body : (body as { channels?: unknown } | null)?.channels;
    const out = new Map<string, string>();
    if (Array.isArray(list)) {
      for (const item of list) {
        const it = item as { channel?: unknown; token?: unknown };
        if (typeof it?.channel === 'string' && typeof it.token === 'string') out.set(it.channel, it.token);
      }
      if (Array.isArray(body)) this.opts.logger.warn('subscribe endpoint answered a bare array (expected {"channels":[…]}); used it');
    } else if (list && typeof list === 'object') {
      for (const [channel, token] of Object.entries(list as Record<string, unknown>)) {
        if (typeof token === 'string') out.set(channel, token);
        else if (token && typeof (token as { token?: unknown }).token === 'string') out.set(channel, (token as { token: string }).token);
      }
      this.opts.logger.warn({ channels: out.size }, 'subscribe endpoint answered channels as a map (expected an array); used it');
    }
    if (out.size === 0) this.opts.logger.warn({ keys: shapeOf(body) }, 'subscribe endpoint answered no channel tokens');
    return out;
  }

  private async request(method: 'GET' | 'POST', path: string, json: unknown, signal?: AbortSignal): Promise<unknown> {
    const { clock, logger } = this.opts;
    const route = path.split('?')[0];
    let refreshed = false;
    let staleRetried = false;
    let attempt = 0;
    for (;;) {
      await this.limiter.acquire(signal);
      const token = await this.auth.accessToken(signal);
      let res: Response;
      try {
        res = await this.opts.fetch(`${this.opts.apiUrl}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: json === undefined ? undefined : JSON.stringify(json),
          signal: withTimeout(signal, this.opts.requestTimeoutMs),
        });
      } catch (err) {
        if (signal?.aborted) throw err;
        attempt++;
        if (attempt >= this.opts.maxAttempts) throw new TransientDaError(`${route} unreachable (${errorName(err)})`);
        const wait = backoffDelay(attempt - 1, this.opts.backoff);
        logger.warn({ route, err: errorName(err), attempt, waitMs: wait }, 'Donation Alerts request failed; backing off');
        await sleep(clock, wait, signal);
        continue;
      }
      let text: string;
      try {
        text = await res.text();
      } catch (err) {
        // The body never arrived in full (timeout, reset): a network failure, not an empty answer.
        if (signal?.aborted) throw err;
        attempt++;
        if (attempt >= this.opts.maxAttempts) throw new TransientDaError(`${route} body unreadable (${errorName(err)})`);
        const wait = backoffDelay(attempt - 1, this.opts.backoff);
        logger.warn(
          { route, status: res.status, err: errorName(err), attempt, waitMs: wait },
          'Donation Alerts response body failed; backing off',
        );
        await sleep(clock, wait, signal);
        continue;
      }
      if (res.status === 401) {
        // Another request refreshed meanwhile: retry on the new token instead of refreshing again.
        const current = this.auth.currentAccessToken();
        if (current !== undefined && current !== token && !staleRetried) {
          staleRetried = true;
          continue;
        }
        if (!refreshed && this.auth.canRefresh()) {
          refreshed = true;
          logger.info({ route }, 'Donation Alerts answered 401; refreshing the token once');
          await this.auth.refresh('401', signal);
          continue;
        }
        throw new ReconnectNeededError(`Donation Alerts rejected the token (401 on ${route})`);
      }
      if (res.status === 429 || res.status >= 500) {
        attempt++;
        // Retry-After: delta-seconds or an HTTP date. Missing/unreadable (DA's 429 body and
        // headers are undocumented) → our own exponential backoff; never a hot retry.
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'), clock.now());
        const backoff = backoffDelay(attempt - 1, this.opts.backoff);
        const wait = Math.min(
          retryAfter === undefined ? backoff : res.status === 429 ? retryAfter : Math.max(retryAfter, backoff),
          this.opts.maxRetryAfterMs,
        );
        // On 429 everyone waits, not only this request: the limit is per application. A 5xx
        // with Retry-After ("unavailable for N s") holds everyone too.
        if (res.status === 429 || retryAfter !== undefined) this.limiter.pauseUntil(clock.now() + wait);
        logger.warn(
          {
            route,
            status: res.status,
            attempt,
            waitMs: wait,
            retryAfter: retryAfter === undefined ? 'none' : 'given',
            nonJson: !looksJson(text),
          },
          'Donation Alerts request refused; will retry',
        );
        if (attempt >= this.opts.maxAttempts) throw new TransientDaError(`${route} failed (${res.status})`, res.status);
        await sleep(clock, wait, signal);
        continue;
      }
      if (!res.ok) {
        logger.warn({ route, status: res.status, keys: shapeOf(safeJson(text)) }, 'Donation Alerts answered an unexpected status');
        throw new TransientDaError(`${route} failed (${res.status})`, res.status);
      }
      if (res.status === 204 || text.trim() === '') return null;
      try {
        return JSON.parse(text);
      } catch {
        logger.warn(
          { route, status: res.status, contentType: (res.headers.get('content-type') ?? '').slice(0, 60), bytes: text.length },
          'Donation Alerts answered a body that is not JSON',
        );
        throw new TransientDaError(`${route} answered with invalid JSON`);
      }
    }
  }
}

/** A positive integer from a number or a numeric string (DA's ints, read leniently). */
export function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** The shape of an unexpected body for a log line: its keys only, never its values. */
export function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value === 'object') return Object.keys(value).slice(0, 10).join(',') || '{}';
  return typeof value;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text === '' ? null : 'non-JSON';
  }
}

function looksJson(text: string): boolean {
  return text.trim() === '' || safeJson(text) !== 'non-JSON';
}
