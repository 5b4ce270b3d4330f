// Twitch as a paid donation source (issue 17): channel-point redemptions and Bits cheers over
// our own small EventSub WebSocket + Helix + device-code layer (README.md in this folder).
export type { RedemptionStatus, RedemptionStatusWriter, TwitchConnector, TwitchLoginState, TwitchResult } from '../core/index.js';
export {
  BITS,
  COOLDOWN_REASON,
  POINTS,
  TWITCH_SCOPES,
  defaultTwitchTuning,
  type TwitchSourceConfig,
  type TwitchSourceDeps,
  type TwitchTuning,
} from './twitch-config.js';
export { TwitchSource } from './twitch-source.js';
export type { TwitchConnectionState, TwitchHealth } from './twitch-status.js';
export { stripCheermotes } from './twitch-intake.js';

import { TwitchSource } from './twitch-source.js';
import type { TwitchSourceConfig, TwitchSourceDeps } from './twitch-config.js';

/**
 * The Twitch source: a DonationSource (name 'twitch'), the TwitchConnector the panel uses and
 * the RedemptionStatusWriter the settler uses. Without TWITCH_CLIENT_ID and TWITCH_ACCESS_TOKEN
 * its health is 'disabled'; without a token it waits for the panel's device-code login.
 */
export function createTwitchSource(config: TwitchSourceConfig, deps: TwitchSourceDeps = {}): TwitchSource {
  return new TwitchSource(config, deps);
}

// Refund or fulfil: the settlement of finished redemptions (src/twitch/settlement).
export {
  createRedemptionSettler,
  DEFAULT_SETTLER_TUNING,
  kickOnRejection,
  kickOnStageEvents,
  redemptionStatusFor,
  settlementBackoffMs,
  settlementFor,
  type RedemptionSettler,
  type RedemptionSettlerOptions,
  type Settlement,
  type SettlerTuning,
} from './settlement/index.js';
