export {
  createStage,
  truncateText,
  jobSeed,
  minAmountFor,
  ANONYMOUS,
  DISPLAY_MESSAGE_CHARS,
  DISPLAY_DONOR_CHARS,
  MAX_DRAW_ATTEMPTS,
  DEFAULT_PLAN_TIMEOUT_MS,
} from './stage.js';
export type { Stage, StageDeps, StageSettings, StageCounts, StageLogger } from './stage.js';
export { fallbackPlan, textCardPlan, TEXT_CARD_TEXT } from './fallback.js';
export { ManualClock } from './manual-clock.js';
export { systemClock } from '../core/index.js';
export type {
  Clock,
  HistoryEntry,
  JobPhase,
  JobStatus,
  JobView,
  StageControl,
  StageEvent,
  StageEventType,
  StageSnapshot,
  ReplayRequest,
} from '../core/index.js';
