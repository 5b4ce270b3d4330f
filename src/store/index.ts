export { openStore } from './store.js';
export { StoreLockedError } from './connection.js';
export { ALLOW_SOURCE } from './history.js';
export type {
  Store,
  StoreOptions,
  Synchronous,
  DonationRecord,
  PlanRecord,
  AcceptDecision,
  AcceptOutcome,
  StoredJob,
  StoredHistoryEntry,
  StoredDonation,
  StoredBan,
  StoreCounts,
} from './types.js';
export { MIGRATIONS, SCHEMA_VERSION, migrate } from './schema.js';
export type { Migration } from './schema.js';
export { preparePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './files.js';
