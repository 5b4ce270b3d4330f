/**
 * A fake Twitch on one HTTP + WebSocket server at 127.0.0.1:0, following
 * shared/docs/twitch-eventsub.md: EventSub WebSocket (`wsUrl`), Helix (`apiUrl`) and the
 * OAuth endpoints (`authUrl`). Reusable by any test: start it, point TWITCH_API_URL,
 * TWITCH_AUTH_URL and TWITCH_EVENTSUB_URL at it, then drive it with redeem(), cheer(),
 * sendReconnect(), dropSockets(), revoke(), failNext(), approveDevice()...
 *
 * Choices where the doc is [U]: `slow_down`, `expired_token` and `access_denied` device-flow
 * answers use RFC 8628 names in Twitch's `{status, message}` body; the new welcome after
 * session_reconnect carries a new session id (as the CLI mock does); a duplicate reward title
 * is 400 CREATE_CUSTOM_REWARD_DUPLICATE_REWARD; old access tokens stay valid after a refresh.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { FakeEventSub } from './twitch-fake-eventsub.js';
import { handleHelix, makeReward } from './twitch-fake-helix.js';
import { formFields, handleOauth, type FakeReply } from './twitch-fake-oauth.js';
import {
  FakeTwitchState,
  helixError,
  nanoTimestamp,
  type FakeFailure,
  type FakeRedemption,
  type FakeRedemptionStatus,
  type FakeSubscription,
  type FakeTwitchOptions,
  type FakeTwitchRequest,
} from './twitch-fake-state.js';

export type {
  FakeFailure,
  FakeRedemption,
  FakeRedemptionStatus,
  FakeReward,
  FakeSubscription,
  FakeTwitchOptions,
  FakeTwitchRequest,
} from './twitch-fake-state.js';

export const REDEMPTION_ADD = 'channel.channel_points_custom_reward_redemption.add';
export const CHEER = 'channel.cheer';

export interface FakeViewer {
  id: string;
  login: string;
  name: string;
}

export class FakeTwitch {
  readonly state: FakeTwitchState;
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly eventsub: FakeEventSub;
  private port = 0;

  private constructor(options: FakeTwitchOptions) {
    this.state = new FakeTwitchState(options);
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.eventsub = new FakeEventSub(this.state, () => this.wsUrl);
    this.server.on('upgrade', (req, socket, head) => {
      if (!(req.url ?? '').startsWith('/ws')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.eventsub.onConnection(ws, req));
    });
  }

  static async start(options: FakeTwitchOptions = {}): Promise<FakeTwitch> {
    const fake = new FakeTwitch(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  /** TWITCH_API_URL */
  get apiUrl(): string {
    return `${this.origin}/helix`;
  }
  /** TWITCH_AUTH_URL */
  get authUrl(): string {
    return `${this.origin}/oauth2`;
  }
  /** TWITCH_EVENTSUB_URL */
  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/ws`;
  }
  get clientId(): string {
    return this.state.clientId;
  }

  async close(): Promise<void> {
    for (const s of this.state.sessions.values()) s.ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- control: viewers -----------------------------------------------------------------

  /** A viewer redeems `rewardId` (default: the only reward made by an app) with `input`. */
  redeem(input: string, options: { viewer?: FakeViewer; rewardId?: string; redeemedAt?: number } = {}): FakeRedemption {
    const found = options.rewardId ? this.state.findReward(options.rewardId) : this.state.rewards.find((r) => r.ownerClientId !== null);
    if (!found) throw new Error('fake Twitch: no reward to redeem');
    const b = this.state.broadcaster;
    const v = options.viewer ?? { id: '9001', login: 'cool_viewer', name: 'Cool_Viewer' };
    const r: FakeRedemption = {
      broadcaster_name: b.name,
      broadcaster_login: b.login,
      broadcaster_id: b.id,
      id: randomUUID(),
      user_id: v.id,
      user_login: v.login,
      user_name: v.name,
      user_input: input,
      status: found.reward.should_redemptions_skip_request_queue ? 'FULFILLED' : 'UNFULFILLED',
      redeemed_at: nanoTimestamp(options.redeemedAt),
      reward: { id: found.reward.id, title: found.reward.title, prompt: found.reward.prompt, cost: found.reward.cost },
    };
    this.state.redemptions.push(r);
    const event = {
      id: r.id,
      broadcaster_user_id: b.id,
      broadcaster_user_login: b.login,
      broadcaster_user_name: b.name,
      user_id: r.user_id,
      user_login: r.user_login,
      user_name: r.user_name,
      user_input: r.user_input,
      status: r.status.toLowerCase(),
      reward: r.reward,
      redeemed_at: r.redeemed_at,
    };
    this.eventsub.notify(REDEMPTION_ADD, (c) => c.broadcaster_user_id === b.id && (!c.reward_id || c.reward_id === r.reward.id), event);
    return r;
  }

  /** A cheer; returns the notification message ids (empty when nobody is subscribed). */
  cheer(bits: number, message: string, viewer: FakeViewer | 'anonymous' = { id: '9002', login: 'bits_fan', name: 'Bits_Fan' }): string[] {
    const b = this.state.broadcaster;
    const anonymous = viewer === 'anonymous';
    const event = {
      is_anonymous: anonymous,
      user_id: anonymous ? null : viewer.id,
      user_login: anonymous ? null : viewer.login,
      user_name: anonymous ? null : viewer.name,
      broadcaster_user_id: b.id,
      broadcaster_user_login: b.login,
      broadcaster_user_name: b.name,
      message,
      bits,
    };
    const ids = this.eventsub.notify(CHEER, (c) => c.broadcaster_user_id === b.id, event);
    return ids;
  }

  /** Sends the last notification again with the same message_id (at-least-once delivery). */
  resendLastNotification(): void {
    const last = [...this.state.sentFrames].reverse().find((f) => f.messageType === 'notification');
    if (!last) throw new Error('fake Twitch: no notification sent yet');
    this.eventsub.resend(last.messageId);
  }

  // ---- control: connection --------------------------------------------------------------

  /** Terminates every socket without a close frame (the client sees 1006). */
  dropSockets(): void {
    for (const s of this.state.sessions.values()) if (s.status !== 'closed') this.eventsub.drop(s);
  }

  closeSockets(code: number, reason = ''): void {
    for (const s of this.state.sessions.values()) if (s.status !== 'closed') this.eventsub.close(s, code, reason);
  }

  /** session_reconnect to every connected session; returns the reconnect URLs (`invalidUrl`: one the fake refuses with 4007). */
  sendReconnect(options: { invalidUrl?: boolean } = {}): string[] {
    return this.eventsub.reconnectAll(options.invalidUrl ?? false);
  }

  /** Revokes every enabled subscription of `type` with a revocation message. */
  revoke(type: string, status: 'authorization_revoked' | 'user_removed' | 'version_removed' = 'authorization_revoked'): void {
    this.eventsub.revoke(type, status);
  }

  setKeepalives(enabled: boolean): void {
    this.state.keepalivesEnabled = enabled;
  }

  openSessions(): Array<{ id: string; status: string; pongs: number }> {
    return [...this.state.sessions.values()]
      .filter((s) => s.status !== 'closed')
      .map((s) => ({ id: s.id, status: s.status, pongs: s.pongs }));
  }

  // ---- control: auth --------------------------------------------------------------------

  /** A ready token pair for the broadcaster (as if logged in earlier). */
  issueTokens(scopes = ['channel:manage:redemptions', 'bits:read']): { access_token: string; refresh_token: string } {
    return this.state.issueTokens(scopes);
  }

  /** Every access token issued so far stops working (401). Refresh tokens stay valid. */
  expireAccessTokens(): void {
    for (const t of this.state.accessTokens.values()) t.expiresAt = 0;
  }

  approveDevice(userCode?: string): void {
    this.setDevice(userCode, 'approved');
  }
  denyDevice(userCode?: string): void {
    this.setDevice(userCode, 'denied');
  }
  expireDevice(userCode?: string): void {
    for (const d of this.state.devices.values()) if (!userCode || d.userCode === userCode) d.expiresAt = 0;
  }
  slowDownNextPoll(): void {
    this.state.slowDownNextPoll = true;
  }

  private setDevice(userCode: string | undefined, status: 'approved' | 'denied'): void {
    for (const d of this.state.devices.values()) if (!userCode || d.userCode === userCode) d.status = status;
  }

  // ---- control: channel -----------------------------------------------------------------

  /** A reward made in the dashboard (not by any app: not manageable through the API). */
  addDashboardReward(title: string, cost = 100): void {
    this.state.rewards.push({ reward: makeReward(this.state, { title, cost }), ownerClientId: null });
  }

  setAffiliate(affiliate: boolean): void {
    this.state.affiliate = affiliate;
  }

  /** The next `times` matching requests fail (429 carries Ratelimit headers). */
  failNext(failure: FakeFailure): void {
    this.state.failures.push({ times: 1, ...failure });
  }

  /** The next `times` requests under `path` (after /helix or /oauth2) are answered `ms` later. */
  delayNext(path: string, ms: number, times = 1): void {
    this.state.delays.push({ path, ms, times });
  }

  redemption(id: string): FakeRedemption | undefined {
    return this.state.redemptions.find((r) => r.id === id);
  }
  rewards(): Array<{
    id: string;
    title: string;
    cost: number;
    manageable: boolean;
    is_user_input_required: boolean;
    should_redemptions_skip_request_queue: boolean;
  }> {
    return this.state.rewards.map(({ reward: r, ownerClientId }) => ({
      id: r.id,
      title: r.title,
      cost: r.cost,
      manageable: ownerClientId !== null,
      is_user_input_required: r.is_user_input_required,
      should_redemptions_skip_request_queue: r.should_redemptions_skip_request_queue,
    }));
  }
  subscriptions(): FakeSubscription[] {
    return this.state.subscriptions;
  }
  requests(filter: { kind?: 'helix' | 'oauth'; method?: string; path?: string } = {}): FakeTwitchRequest[] {
    return this.state.requests.filter(
      (r) =>
        (!filter.kind || r.kind === filter.kind) &&
        (!filter.method || r.method === filter.method) &&
        (!filter.path || r.path === filter.path),
    );
  }

  // ---- HTTP ------------------------------------------------------------------------------

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.origin);
    const method = req.method ?? 'GET';
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const kind = url.pathname.startsWith('/helix/') ? 'helix' : url.pathname.startsWith('/oauth2/') ? 'oauth' : undefined;
    const path =
      kind === 'helix' ? url.pathname.slice('/helix'.length) : kind === 'oauth' ? url.pathname.slice('/oauth2'.length) : url.pathname;
    const held = this.state.delays.find((d) => d.times > 0 && path.startsWith(d.path));
    if (held) {
      held.times -= 1;
      await new Promise((resolve) => setTimeout(resolve, held.ms));
    }
    let body: unknown = raw;
    let reply: FakeReply;
    if (kind === 'oauth') {
      const fields = formFields(raw, url.searchParams);
      body = Object.fromEntries(fields);
      reply = this.injected('oauth', method, path) ?? handleOauth(this.state, method, path, fields, headers.authorization);
    } else if (kind === 'helix') {
      try {
        body = raw ? (JSON.parse(raw) as unknown) : undefined;
      } catch {
        body = raw;
      }
      reply = this.helix(method, path, url.searchParams, headers, body);
    } else {
      reply = { status: 404, body: helixError(404, 'Not Found') };
    }
    this.state.requests.push({
      kind: kind ?? 'helix',
      method,
      path,
      query: url.searchParams,
      headers,
      body,
      status: reply.status,
      at: Date.now(),
    });
    const out = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, { ...(out ? { 'Content-Type': 'application/json' } : {}), ...reply.headers });
    res.end(out);
  }

  private helix(method: string, path: string, query: URLSearchParams, headers: Record<string, string>, body: unknown): FakeReply {
    const token = this.state.tokenFrom(headers.authorization, 'Bearer');
    if (!token || headers['client-id'] !== token.clientId) {
      const message = !headers['client-id']
        ? 'Client ID is missing'
        : token
          ? 'Client ID and OAuth token do not match'
          : 'Invalid OAuth token';
      return {
        status: 401,
        body: helixError(401, message),
        headers: { 'WWW-Authenticate': 'OAuth realm="TwitchTV", error="invalid_token"' },
      };
    }
    const bucket = this.state.bucket;
    const now = Date.now();
    if (now >= bucket.resetAt) Object.assign(bucket, { remaining: this.state.opts.rateLimit, resetAt: now + 60_000 });
    const injected = this.injected('helix', method, path);
    if (injected) return injected;
    const limitHeaders = (): Record<string, string> => ({
      'Ratelimit-Limit': String(this.state.opts.rateLimit),
      'Ratelimit-Remaining': String(bucket.remaining),
      'Ratelimit-Reset': String(Math.ceil(bucket.resetAt / 1000)),
    });
    if (bucket.remaining <= 0) return { status: 429, body: helixError(429, 'Too Many Requests'), headers: limitHeaders() };
    bucket.remaining -= 1;
    const reply = handleHelix({ state: this.state, token, method, path, query, body });
    return { ...reply, headers: { ...limitHeaders(), ...reply.headers } };
  }

  private injected(kind: 'helix' | 'oauth', method: string, path: string): FakeReply | undefined {
    const f = this.state.takeFailure(kind, method, path);
    if (!f) return undefined;
    const body =
      f.body ??
      (kind === 'helix' ? helixError(f.status, defaultMessage(f.status)) : { status: f.status, message: defaultMessage(f.status) });
    if (f.status !== 429) return { status: f.status, body };
    const resetAt = Date.now() + (f.resetInSec ?? 1) * 1000;
    return {
      status: 429,
      body,
      headers: {
        'Ratelimit-Limit': String(this.state.opts.rateLimit),
        'Ratelimit-Remaining': '0',
        // Epoch seconds (doc section 4): a fractional reset is rounded up, as a real one would be.
        'Ratelimit-Reset': String(Math.ceil(resetAt / 1000)),
      },
    };
  }
}

function defaultMessage(status: number): string {
  switch (status) {
    case 401:
      return 'Invalid OAuth token';
    case 403:
      return "The ID in the Client-Id header must match the client ID used to create the custom reward, or the broadcaster doesn't have partner or affiliate status.";
    case 429:
      return 'Too Many Requests';
    default:
      return status >= 500 ? 'Internal Server Error' : 'Error';
  }
}

/** Polls `check` every 10 ms until it is truthy; fails after `timeoutMs`. */
export async function waitUntil<T>(check: () => T | undefined | false | null, timeoutMs = 5_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
