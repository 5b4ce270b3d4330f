// What the Twitch source (src/twitch/) shares with the server, the store and the composition
// root (issue 17). The source itself depends only on these shapes, never on the stage.
import type { ComponentHealth } from './health.js';

/**
 * Twitch (issue 17), as src/config reads it from TWITCH_*: enabled when TWITCH_CLIENT_ID or
 * TWITCH_ACCESS_TOKEN is set. The Twitch source takes these plus `dataDir`.
 */
export interface TwitchSettings {
  /** A public client's id: device-code login, no secret. */
  clientId?: string;
  /** A ready user token (TWITCH_ACCESS_TOKEN); a stored device-code login takes precedence. */
  accessToken?: string;
  rewardTitle: string;
  rewardCost: number;
  /** Cheers below this many Bits are ignored. */
  minBits: number;
  /** A viewer's redemption within this long of their previous one is refused (refunded). 0 = none. */
  userCooldownSec: number;
  /** Helix base, e.g. https://api.twitch.tv/helix */
  apiUrl: string;
  /** OAuth base, e.g. https://id.twitch.tv/oauth2 */
  authUrl: string;
  /** EventSub WebSocket, e.g. wss://eventsub.wss.twitch.tv/ws */
  eventsubUrl: string;
}

/** Helix redemption statuses we set: FULFILLED (drawn to the end) or CANCELED (points go back). */
export type RedemptionStatus = 'FULFILLED' | 'CANCELED';

/** Why a status update did not happen; `retry` says whether trying again later can help. */
export type TwitchFailureKind =
  | 'not_logged_in'
  | 'unauthorized' // 401 after a refresh: the streamer must log in again
  | 'forbidden' // 403: not our reward, or a scope is missing
  | 'not_found' // 404: the redemption or reward is gone
  | 'rate_limited' // 429 after waiting for Ratelimit-Reset
  | 'not_affiliate' // channel points need Affiliate or Partner
  | 'server_error' // 5xx
  | 'network' // no answer, refused, timed out
  | 'bad_response'; // an answer not in the documented shape

export type TwitchResult<T> = { ok: true; value: T } | { ok: false; kind: TwitchFailureKind; retry: boolean; detail: string };

/** Sets one redemption's status on Twitch (Helix PATCH). Implemented by the Twitch source. */
export interface RedemptionStatusWriter {
  setRedemptionStatus(redemptionId: string, status: RedemptionStatus): Promise<TwitchResult<void>>;
}

/** The device-code login as the panel shows it (a public client: no secret, no redirect). */
export type TwitchLoginState =
  | { state: 'logged_out' }
  | { state: 'waiting'; userCode: string; verificationUri: string; expiresAt: string }
  | { state: 'logged_in'; login: string }
  | { state: 'failed'; kind: 'expired' | 'denied' | 'not_configured' | 'network' | 'bad_response'; detail: string };

/** The login and connection side of Twitch, as the server's routes and the panel need it. */
export interface TwitchConnector {
  /** Starts (or returns the running) device-code login; the panel shows userCode and verificationUri. */
  startLogin(): Promise<TwitchLoginState>;
  login(): TwitchLoginState;
  /** For /health and the panel: EventSub connection, reward, last problem in one sentence. */
  health(): ComponentHealth & {
    connected: boolean;
    rewardId?: string;
    /** Set when channel points are unavailable (not Affiliate/Partner): cheers only. */
    rewardsUnavailable?: string;
  };
}
