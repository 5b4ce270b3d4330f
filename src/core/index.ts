// The contracts layer: every type and constant that crosses a part boundary, plus the system
// clock. No behaviour lives here, so any part (and the browser pages) can depend on it; it
// depends only on the drawing language (src/dsl). See README.md, "Architecture".
export { systemClock, type Clock } from './clock.js';
export type { ComponentHealth, ComponentState } from './health.js';
export type { AcceptResult, DonationAlertsConnector, DonationSink, DonationSource, IncomingDonation } from './donations.js';
export {
  SNAPSHOT_QUEUE_HEAD,
  type Ban,
  type HistoryEntry,
  type ModerationControl,
  type ModerationMode,
  type ModerationRefusal,
  type JobPhase,
  type JobStatus,
  type JobView,
  type PlanSource,
  type QueuePage,
  type ReplayRequest,
  type StageControl,
  type StageEvent,
  type StageEventType,
  type StageSnapshot,
} from './jobs.js';
export type { GalleryDonation, GalleryListItem } from './gallery.js';
export type { LlmFailureKind, PlanFallback, PlanFallbackKind } from './planning.js';
export { LLM_BACKENDS, type LlmBackendName, type LlmSettings } from './llm.js';
export { DISPLAY_DONOR_CHARS, DISPLAY_MESSAGE_CHARS, MAX_DONOR_CHARS, MAX_MESSAGE_CHARS, PLANNED_MESSAGE_CHARS } from './display.js';
export { ANONYMOUS, CAPTION, TEXT_CARD_TEXT } from './texts.js';
export {
  HUD_MESSAGE_MODES,
  SCREEN_CATEGORIES,
  type HudMessageMode,
  type ScreenCategory,
  type ScreenRequest,
  type ScreenResult,
  type ScreenStatus,
  type Screener,
} from './screening.js';
export type {
  RedemptionStatus,
  RedemptionStatusWriter,
  TwitchConnector,
  TwitchFailureKind,
  TwitchLoginState,
  TwitchResult,
  TwitchSettings,
} from './twitch.js';
export {
  TWITCH_SOURCE,
  type OwedRedemption,
  type SettlementCounts,
  type SettlementLedger,
  type SettlementReport,
  type SettlementState,
} from './settlement.js';
