// The job and stage contracts now live in src/core; this re-export keeps the stage's own
// files (and older imports) compiling until they import src/core directly.
export { systemClock, SNAPSHOT_QUEUE_HEAD } from '../core/index.js';
export type {
  Clock,
  HistoryEntry,
  JobPhase,
  JobStatus,
  JobView,
  QueuePage,
  ReplayRequest,
  StageControl,
  StageEvent,
  StageEventType,
  StageSnapshot,
} from '../core/index.js';
