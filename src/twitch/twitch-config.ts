// The Twitch source's configuration, tuning and constants (README.md in this folder): shared
// by the facade (twitch-source.ts) and the pieces it is made of.
import type { Logger } from 'pino';
import type { Clock, TwitchSettings } from '../core/index.js';
import type { BackoffPolicy } from '../donations/index.js';

/** TWITCH_* settings plus where the login, reward id and cooldowns are kept. */
export interface TwitchSourceConfig extends TwitchSettings {
  dataDir: string;
}

/** Timings and limits; the defaults follow the doc, tests shrink them. */
export interface TwitchTuning {
  /** Asked for in the EventSub URL (10..600 on Twitch); undefined = the server's default (10). */
  keepaliveTimeoutSec?: number;
  /** The watchdog waits keepalive_timeout_seconds × this (Twitch sends keepalives at about the timeout). */
  keepaliveGrace: number;
  /** How long a new socket may take to send its welcome. */
  welcomeTimeoutMs: number;
  reconnectBackoff: BackoffPolicy;
  /** A session that stayed up this long resets the reconnect backoff. */
  stableSessionMs: number;
  requestTimeoutMs: number;
  /** Longest wait for Ratelimit-Reset before a request (longer → the request fails as rate_limited). */
  maxRateLimitWaitMs: number;
  /** Twitch requires validating a token at start and hourly. */
  validateIntervalMs: number;
  /** Device flow: added to the polling interval on slow_down (RFC 8628: 5 s). */
  slowDownStepMs: number;
  /** Frame message ids remembered for de-duplication (oldest forgotten first). */
  dedupeMemory: number;
  /** Catch-up: redemptions per page (Helix max 50) and pages at most. */
  catchUpPageSize: number;
  catchUpMaxPages: number;
}

export const defaultTwitchTuning: TwitchTuning = {
  keepaliveTimeoutSec: undefined,
  keepaliveGrace: 1.5,
  welcomeTimeoutMs: 10_000,
  reconnectBackoff: { baseMs: 1_000, maxMs: 60_000 },
  stableSessionMs: 30_000,
  requestTimeoutMs: 15_000,
  maxRateLimitWaitMs: 60_000,
  validateIntervalMs: 60 * 60_000,
  slowDownStepMs: 5_000,
  dedupeMemory: 2_000,
  catchUpPageSize: 50,
  catchUpMaxPages: 20,
};

export interface TwitchSourceDeps {
  logger?: Logger;
  clock?: Clock;
  fetch?: typeof globalThis.fetch;
  tuning?: Partial<TwitchTuning>;
}

/** What we ask for: create the reward and set its redemptions' status; read cheers. */
export const TWITCH_SCOPES = ['channel:manage:redemptions', 'bits:read'] as const;
export const REDEMPTION_ADD = 'channel.channel_points_custom_reward_redemption.add';
export const CHEER = 'channel.cheer';
/** `rejectReason` of a redemption refused by TWITCH_USER_COOLDOWN_SEC (the settler cancels = refunds it). */
export const COOLDOWN_REASON = 'cooldown';
/** The donation currencies (upper case, as the store keeps every currency). */
export const POINTS = 'POINTS';
export const BITS = 'BITS';
export const TOKENS_FILE = 'twitch-tokens.json';
export const STATE_FILE = 'twitch-state.json';
