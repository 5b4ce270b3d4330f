// Refund or fulfil (issue 17, point 5): the settler that ends every finished channel-point
// redemption FULFILLED or CANCELED on Twitch, once, from the store's settlement ledger.
export { createRedemptionSettler, DEFAULT_SETTLER_TUNING, settlementBackoffMs } from './settler.js';
export type { RedemptionSettler, RedemptionSettlerOptions, SettlerTuning } from './settler.js';
export { redemptionStatusFor, settlementFor, type Settlement } from './decide.js';
export { kickOnRejection, kickOnStageEvents } from './triggers.js';
