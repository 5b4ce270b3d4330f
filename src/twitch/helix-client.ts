// One Helix client for every call (doc sections 2–4): Client-Id + Bearer token, the rate-limit
// bucket read from Ratelimit-Limit/Remaining/Reset (an empty bucket waits for its reset),
// a 401 refreshes the token once and retries, a 429 waits until Ratelimit-Reset (bounded) and
// retries once. Answers are typed values: a failure names its kind, never a sentence to parse.
import type { Logger } from 'pino';
import type { Clock, TwitchFailureKind } from '../core/index.js';
import { AbortedError, printable, sleep } from '../donations/index.js';
import type { TwitchAuth } from './twitch-auth.js';
import type { TwitchTuning } from './twitch-config.js';

export type HelixAnswer = { ok: true; status: number; body: Record<string, unknown> };
/** A failed call: the kind for callers, plus Twitch's status and `message` when it answered. */
export type HelixFailure = { ok: false; kind: TwitchFailureKind; retry: boolean; detail: string; status?: number; message?: string };
export type HelixResult = HelixAnswer | HelixFailure;

export interface HelixRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Array<[string, string]>;
  body?: unknown;
  signal?: AbortSignal;
}

export interface RateLimitView {
  limit?: number;
  remaining?: number;
  /** ms since epoch (Ratelimit-Reset is epoch seconds). */
  resetAt?: number;
}

type Sent = { status: number; body: Record<string, unknown>; headers: Headers } | { status: 'network' };

/** Twitch's 403 for a reward on a channel without Affiliate/Partner (or another app's reward). */
const NOT_AFFILIATE = /partner|affiliate/i;

export class HelixClient {
  readonly rateLimit: RateLimitView = {};

  constructor(
    private readonly deps: {
      apiUrl: string;
      auth: TwitchAuth;
      fetch: typeof globalThis.fetch;
      clock: Clock;
      log: Logger;
      tuning: TwitchTuning;
    },
  ) {}

  async call(req: HelixRequest): Promise<HelixResult> {
    let refreshed = false;
    let waitedForReset = false;
    for (;;) {
      const token = this.deps.auth.accessToken();
      const clientId = this.deps.auth.clientId();
      if (!token || !clientId) return { ok: false, kind: 'not_logged_in', retry: true, detail: 'not logged in to Twitch' };
      await this.waitForBucket(req.signal);
      const sent = await this.send(req, token, clientId);
      if (sent.status === 'network')
        return { ok: false, kind: 'network', retry: true, detail: `${req.method} ${req.path}: no answer from Twitch` };
      const { status, body } = sent;
      if (status >= 200 && status < 300) return { ok: true, status, body };
      const message = typeof body.message === 'string' ? printable(body.message).slice(0, 160) : '';
      const fail = (kind: TwitchFailureKind, retry: boolean): HelixFailure => ({
        ok: false,
        kind,
        retry,
        status,
        message,
        detail: `${req.method} ${req.path} answered ${status}${message ? `: ${message}` : ''}`,
      });
      if (status === 401 && !refreshed) {
        refreshed = true;
        const outcome = await this.deps.auth.refreshAfter401(token);
        if (outcome === 'refreshed') continue;
        if (outcome === 'unavailable') return { ...fail('network', true), detail: 'the Twitch token refresh got no answer' };
        return fail('unauthorized', false);
      }
      if (status === 429 && !waitedForReset) {
        waitedForReset = true;
        const waitMs = (this.rateLimit.resetAt ?? this.deps.clock.now() + 1000) - this.deps.clock.now();
        if (waitMs > this.deps.tuning.maxRateLimitWaitMs) return fail('rate_limited', true);
        this.deps.log.warn({ path: req.path, waitMs: Math.max(0, waitMs) }, 'Twitch rate limit: waiting for Ratelimit-Reset');
        await sleep(this.deps.clock, Math.max(0, waitMs), req.signal);
        continue;
      }
      if (status === 401) this.deps.auth.refusedAfterRefresh();
      return fail(...classify(status, message));
    }
  }

  /** An empty bucket (Ratelimit-Remaining 0) holds the next request until its reset. */
  private async waitForBucket(signal?: AbortSignal): Promise<void> {
    const { remaining, resetAt } = this.rateLimit;
    if (remaining === undefined || remaining > 0 || resetAt === undefined) return;
    const waitMs = Math.min(resetAt - this.deps.clock.now(), this.deps.tuning.maxRateLimitWaitMs);
    if (waitMs > 0) await sleep(this.deps.clock, waitMs, signal);
  }

  private async send(req: HelixRequest, token: string, clientId: string): Promise<Sent> {
    const url = new URL(`${this.deps.apiUrl}${req.path}`);
    for (const [k, v] of req.query ?? []) url.searchParams.append(k, v);
    const timeout = AbortSignal.timeout(this.deps.tuning.requestTimeoutMs);
    const headers: Record<string, string> = { 'Client-Id': clientId, Authorization: `Bearer ${token}` };
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const res = await this.deps.fetch(url, {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: req.signal ? AbortSignal.any([req.signal, timeout]) : timeout,
      });
      this.track(res.headers);
      const text = await res.text();
      let body: Record<string, unknown> = {};
      try {
        const parsed: unknown = text ? JSON.parse(text) : {};
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
      } catch {
        this.deps.log.warn({ path: req.path, status: res.status, bytes: text.length }, 'Twitch answered with a body that is not JSON');
      }
      return { status: res.status, body, headers: res.headers };
    } catch (err) {
      if (req.signal?.aborted) throw new AbortedError();
      this.deps.log.debug({ path: req.path, err: (err as Error).name }, 'Helix request failed');
      return { status: 'network' };
    }
  }

  private track(headers: Headers): void {
    const num = (name: string): number | undefined => {
      const v = headers.get(name);
      const n = v === null ? Number.NaN : Number(v);
      return Number.isFinite(n) ? n : undefined;
    };
    const limit = num('ratelimit-limit');
    const remaining = num('ratelimit-remaining');
    const reset = num('ratelimit-reset');
    if (limit !== undefined) this.rateLimit.limit = limit;
    if (remaining !== undefined) this.rateLimit.remaining = remaining;
    if (reset !== undefined) this.rateLimit.resetAt = reset * 1000;
  }
}

/** A Helix status as a failure kind and whether trying later can help (401/429 handled before). */
function classify(status: number, message: string): [TwitchFailureKind, boolean] {
  if (status === 401) return ['unauthorized', false];
  if (status === 403) return [NOT_AFFILIATE.test(message) ? 'not_affiliate' : 'forbidden', false];
  if (status === 404) return ['not_found', false];
  if (status === 429) return ['rate_limited', true];
  if (status >= 500) return ['server_error', true];
  return ['bad_response', false];
}
