export { openStore, StoreLockedError, ALLOW_SOURCE } from './store.js';
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
} from './store.js';
export { MIGRATIONS, SCHEMA_VERSION, migrate } from './schema.js';
export type { Migration } from './schema.js';
export { preparePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './files.js';
