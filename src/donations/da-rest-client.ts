import type { Logger } from 'pino';
import type { Clock } from '../stage/types.js';
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
    if (!data || typeof data.id !== 'number' || typeof data.socket_connection_token !== 'string') {
      throw new TransientDaError('user endpoint answered without id or socket_connection_token');
    }
    const name = typeof data.name === 'string' && data.name ? data.name : typeof data.code === 'string' ? data.code : `user ${data.id}`;
    return { id: data.id, name, socketToken: data.socket_connection_token };
  }

  async listDonations(page: number, signal?: AbortSignal): Promise<DaDonationPage> {
    const body = await this.request('GET', `/api/v1/alerts/donations?page=${page}`, undefined, signal);
    const b = body as { data?: unknown; meta?: Record<string, unknown> } | null;
    if (!b || !Array.isArray(b.data)) throw new TransientDaError('donation list answered without a data array');
    const currentPage = typeof b.meta?.current_page === 'number' ? b.meta.current_page : page;
    const lastPage = typeof b.meta?.last_page === 'number' ? b.meta.last_page : currentPage;
    return { data: b.data, currentPage, lastPage };
  }

  /** Channel tokens for this Centrifugo client id. DA answers an array of {channel, token}. */
  async subscribeChannels(channels: string[], clientId: string, signal?: AbortSignal): Promise<Map<string, string>> {
    const body = await this.request('POST', '/api/v1/centrifuge/subscribe', { channels, client: clientId }, signal);
    const list = (body as { channels?: unknown } | null)?.channels;
    const out = new Map<string, string>();
    if (Array.isArray(list)) {
      for (const item of list) {
        const it = item as { channel?: unknown; token?: unknown };
        if (typeof it?.channel === 'string' && typeof it.token === 'string') out.set(it.channel, it.token);
      }
    }
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
      const text = await res.text().catch(() => '');
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
        let wait: number;
        if (res.status === 429) {
          const retryAfter = parseRetryAfter(res.headers.get('retry-after'), clock.now());
          wait = Math.min(retryAfter ?? backoffDelay(attempt - 1, this.opts.backoff), this.opts.maxRetryAfterMs);
          // Everyone waits, not only this request: the limit is per application.
          this.limiter.pauseUntil(clock.now() + wait);
        } else {
          wait = backoffDelay(attempt - 1, this.opts.backoff);
        }
        logger.warn({ route, status: res.status, attempt, waitMs: wait }, 'Donation Alerts request refused; will retry');
        if (attempt >= this.opts.maxAttempts) throw new TransientDaError(`${route} failed (${res.status})`, res.status);
        if (res.status >= 500) await sleep(clock, wait, signal);
        continue;
      }
      if (!res.ok) throw new TransientDaError(`${route} failed (${res.status})`, res.status);
      if (res.status === 204 || text.trim() === '') return null;
      try {
        return JSON.parse(text);
      } catch {
        throw new TransientDaError(`${route} answered with invalid JSON`);
      }
    }
  }
}
