// Public surface of the Twitch part (issue 17).

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
