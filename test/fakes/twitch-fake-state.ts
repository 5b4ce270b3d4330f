// State and shapes shared by the pieces of the fake Twitch (twitch-server.ts is the entry).
// Every shape follows shared/docs/twitch-eventsub.md; where the doc marks something [U] the
// fake's choice is named next to it.
import { randomBytes, randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';

export interface FakeTwitchOptions {
  /** The registered (public) client id. Default 'fake-twitch-client-id'. */
  clientId?: string;
  /** The streamer the fake logs in. */
  broadcaster?: { id: string; login: string; name: string };
  /** Affiliate/partner: false → every channel-points endpoint answers 403. Default true. */
  affiliate?: boolean;
  /** Lifetime of issued access tokens (s). Default 14400 (about 4 h, as the doc says). */
  accessTokenTtlSec?: number;
  /** Device flow `interval` (s, fractions allowed for tests). Default 5. */
  deviceIntervalSec?: number;
  /** Added to a device's polling interval on slow_down (s; RFC 8628 says 5). Default 5. */
  slowDownStepSec?: number;
  /** Device flow `expires_in` (s). Default 1800. */
  deviceExpiresInSec?: number;
  /** The real server clamps `keepalive_timeout_seconds` to 10..600; tests lower the floor. Default 10. */
  minKeepaliveSeconds?: number;
  /** keepalive_timeout_seconds when the client asks for none. Default 10. */
  defaultKeepaliveSeconds?: number;
  /** Close with 4003 when nothing is subscribed within the welcome window. Default true. */
  requireSubscription?: boolean;
  /** After session_reconnect, the old socket is closed with 4004 after this long. Default 30000. */
  reconnectGraceMs?: number;
  /** WebSocket pings from the server (the CLI pings every 5 s). Default 5000; 0 = none. */
  pingIntervalMs?: number;
  /** Helix points per minute (Ratelimit-Limit). Default 800. */
  rateLimit?: number;
  /** WebSocket transports with enabled subscriptions per user. Default 3. */
  maxTransports?: number;
}

export interface FakeReward {
  broadcaster_name: string;
  broadcaster_login: string;
  broadcaster_id: string;
  id: string;
  image: null;
  background_color: string;
  is_enabled: boolean;
  cost: number;
  title: string;
  prompt: string;
  is_user_input_required: boolean;
  max_per_stream_setting: { is_enabled: boolean; max_per_stream: number };
  max_per_user_per_stream_setting: { is_enabled: boolean; max_per_user_per_stream: number };
  global_cooldown_setting: { is_enabled: boolean; global_cooldown_seconds: number };
  is_paused: boolean;
  is_in_stock: boolean;
  default_image: { url_1x: string; url_2x: string; url_4x: string };
  should_redemptions_skip_request_queue: boolean;
  redemptions_redeemed_current_stream: number | null;
  cooldown_expires_at: string | null;
}

export type FakeRedemptionStatus = 'UNFULFILLED' | 'FULFILLED' | 'CANCELED';

/** A redemption as the fake keeps it (Helix shape); EventSub gets the lower-case event shape. */
export interface FakeRedemption {
  broadcaster_name: string;
  broadcaster_login: string;
  broadcaster_id: string;
  id: string;
  user_id: string;
  user_login: string;
  user_name: string;
  user_input: string;
  status: FakeRedemptionStatus;
  redeemed_at: string;
  reward: { id: string; title: string; prompt: string; cost: number };
}

export interface FakeSubscription {
  id: string;
  status: string;
  type: string;
  version: string;
  condition: Record<string, string>;
  created_at: string;
  transport: { method: 'websocket'; session_id: string; connected_at?: string; disconnected_at?: string };
  cost: number;
}

export interface FakeSession {
  id: string;
  ws: WebSocket;
  status: 'connected' | 'reconnecting' | 'closed';
  keepaliveSec: number;
  connectedAt: string;
  welcomed: boolean;
  keepaliveTimer?: NodeJS.Timeout;
  windowTimer?: NodeJS.Timeout;
  graceTimer?: NodeJS.Timeout;
  pingTimer?: NodeJS.Timeout;
  pongs: number;
  awaitingPong: boolean;
}

export interface FakeAccessToken {
  userId: string;
  clientId: string;
  scopes: string[];
  expiresAt: number;
}

export interface FakeDevice {
  deviceCode: string;
  userCode: string;
  clientId: string;
  scopes: string[];
  status: 'pending' | 'approved' | 'denied';
  expiresAt: number;
  intervalMs: number;
  lastPollAt?: number;
  spent: boolean;
}

/** One HTTP request as the fake received it (headers lower-cased; tokens kept for assertions). */
export interface FakeTwitchRequest {
  kind: 'helix' | 'oauth';
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  at: number;
}

/** An injected failure for the next `times` matching requests. */
export interface FakeFailure {
  kind?: 'helix' | 'oauth';
  method?: string;
  /** Path prefix after /helix or /oauth2, e.g. '/channel_points/custom_rewards/redemptions'. */
  path?: string;
  status: number;
  times?: number;
  /** Response body; default the documented `{error,status,message}`. */
  body?: unknown;
  /** 429: Ratelimit-Reset this many seconds from now (fractions allowed). Default 1. */
  resetInSec?: number;
}

export class FakeTwitchState {
  readonly clientId: string;
  readonly broadcaster: { id: string; login: string; name: string };
  affiliate: boolean;
  readonly opts: Required<Omit<FakeTwitchOptions, 'broadcaster' | 'clientId' | 'affiliate'>>;
  readonly accessTokens = new Map<string, FakeAccessToken>();
  /** Single use: `used` once exchanged; a second exchange is "Invalid refresh token". */
  readonly refreshTokens = new Map<string, { userId: string; clientId: string; scopes: string[]; used: boolean }>();
  readonly devices = new Map<string, FakeDevice>();
  readonly rewards: Array<{ reward: FakeReward; ownerClientId: string | null }> = [];
  readonly redemptions: FakeRedemption[] = [];
  readonly subscriptions: FakeSubscription[] = [];
  readonly sessions = new Map<string, FakeSession>();
  readonly requests: FakeTwitchRequest[] = [];
  readonly failures: FakeFailure[] = [];
  /** Answers held back: the next `times` requests under `path` wait `ms` before they are handled. */
  readonly delays: Array<{ path: string; ms: number; times: number }> = [];
  /** Text frames a client sent us (the real server closes with 4001 on any). */
  readonly inboundFrames: string[] = [];
  /** Every EventSub frame sent: session, type, message_id. */
  readonly sentFrames: Array<{ sessionId: string; messageType: string; messageId: string; subscriptionType?: string }> = [];
  /** Every closed socket: its close code and whether it had been handed over to a reconnect socket first. */
  readonly closedSessions: Array<{ id: string; code: number; handedOver: boolean }> = [];
  keepalivesEnabled = true;
  slowDownNextPoll = false;
  tooFastPolls = 0;
  /** Rate-limit bucket: remaining points and when it refills (ms). */
  bucket = { remaining: 0, resetAt: 0 };

  constructor(options: FakeTwitchOptions) {
    this.clientId = options.clientId ?? 'fake-twitch-client-id';
    this.broadcaster = options.broadcaster ?? { id: '141981764', login: 'twitchdev', name: 'TwitchDev' };
    this.affiliate = options.affiliate ?? true;
    this.opts = {
      accessTokenTtlSec: options.accessTokenTtlSec ?? 14_400,
      deviceIntervalSec: options.deviceIntervalSec ?? 5,
      deviceExpiresInSec: options.deviceExpiresInSec ?? 1800,
      slowDownStepSec: options.slowDownStepSec ?? 5,
      minKeepaliveSeconds: options.minKeepaliveSeconds ?? 10,
      defaultKeepaliveSeconds: options.defaultKeepaliveSeconds ?? 10,
      requireSubscription: options.requireSubscription ?? true,
      reconnectGraceMs: options.reconnectGraceMs ?? 30_000,
      pingIntervalMs: options.pingIntervalMs ?? 5_000,
      rateLimit: options.rateLimit ?? 800,
      maxTransports: options.maxTransports ?? 3,
    };
    this.bucket = { remaining: this.opts.rateLimit, resetAt: Date.now() + 60_000 };
  }

  /** Issues an access + refresh token pair for the broadcaster. */
  issueTokens(scopes: string[], clientId = this.clientId): { access_token: string; refresh_token: string; expires_in: number } {
    const access = randomBytes(15).toString('hex');
    const refresh = randomBytes(25).toString('hex');
    this.accessTokens.set(access, {
      userId: this.broadcaster.id,
      clientId,
      scopes,
      expiresAt: Date.now() + this.opts.accessTokenTtlSec * 1000,
    });
    this.refreshTokens.set(refresh, { userId: this.broadcaster.id, clientId, scopes, used: false });
    return { access_token: access, refresh_token: refresh, expires_in: this.opts.accessTokenTtlSec };
  }

  /** The valid token behind a header value (`Bearer x` for Helix, `OAuth x` for validate). */
  tokenFrom(header: string | undefined, scheme: 'Bearer' | 'OAuth'): FakeAccessToken | undefined {
    const m = new RegExp(`^${scheme} (\\S+)$`, 'i').exec(header ?? '');
    if (!m) return undefined;
    const t = this.accessTokens.get(m[1]);
    return t && t.expiresAt > Date.now() ? t : undefined;
  }

  /** Takes one matching injected failure, if any. */
  takeFailure(kind: 'helix' | 'oauth', method: string, path: string): FakeFailure | undefined {
    const i = this.failures.findIndex(
      (f) => (f.kind ?? kind) === kind && (!f.method || f.method === method) && (!f.path || path.startsWith(f.path)),
    );
    if (i < 0) return undefined;
    const f = this.failures[i];
    if (f.times === undefined || f.times <= 1) this.failures.splice(i, 1);
    else f.times -= 1;
    return f;
  }

  findReward(id: string): { reward: FakeReward; ownerClientId: string | null } | undefined {
    return this.rewards.find((r) => r.reward.id === id);
  }

  newRewardId(): string {
    return randomUUID();
  }
}

/** RFC3339 with nanoseconds, as EventSub writes `message_timestamp` and `redeemed_at`. */
let lastStampMs = 0;
let stampSeq = 0;
export function nanoTimestamp(ms = Date.now()): string {
  // Increasing within one millisecond, as real event times are (a tie would make order random).
  stampSeq = ms === lastStampMs ? stampSeq + 1 : Math.floor(Math.random() * 1000);
  lastStampMs = ms;
  const digits = String(stampSeq).padStart(6, '0');
  return new Date(ms).toISOString().replace('Z', `${digits}Z`);
}

/** The documented Helix error body. */
export function helixError(status: number, message: string): { error: string; status: number; message: string } {
  const names: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  };
  return { error: names[status] ?? 'Error', status, message };
}
