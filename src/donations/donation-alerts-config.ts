// The Donation Alerts source's configuration, tuning and states: shared by the facade
// (donation-alerts-source.ts) and the pieces it is made of, and re-exported from there.
import type { Logger } from 'pino';
import type { Clock } from '../core/index.js';
import type { WebSocketConstructor } from './centrifugo-client.js';
import type { BackoffPolicy } from './retry-policy.js';

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

/** The account the token belongs to, once DA has told us (GET /user/oauth); shared by reference. */
export interface KnownAccount {
  user?: { id: number; name: string };
}
