// SQLite persistence for donations, jobs and history (better-sqlite3, synchronous).
// Every method is one transaction: the caller acknowledges a donation only after
// `acceptDonation` returns, so a donation is either fully stored (donation + job, or
// donation + rejected history row) or not at all. This file only opens the database and
// assembles the Store from the query groups, one file per concern.
import type { Store, StoreOptions } from './types.js';
import { acceptQueries } from './accept.js';
import { openDatabase } from './connection.js';
import { countQueries, settingQueries } from './counts-settings.js';
import { historyQueries } from './history.js';
import { jobQueries } from './jobs.js';
import { moderationQueries } from './moderation.js';
import { SCHEMA_VERSION } from './schema.js';
import { settlementQueries } from './settlement.js';

export function openStore(path: string, options: StoreOptions = {}): Store {
  const db = openDatabase(path, options);
  const ping = db.prepare('SELECT 1');

  let closed = false;
  return {
    path,
    schemaVersion: SCHEMA_VERSION,
    ...acceptQueries(db),
    ...jobQueries(db),
    ...historyQueries(db),
    ...moderationQueries(db),
    ...countQueries(db),
    ...settingQueries(db),
    ...settlementQueries(db),
    health: () => {
      if (closed) return { state: 'down', detail: 'the database is closed' };
      try {
        ping.get();
        return { state: 'ok', detail: `SQLite open (schema v${SCHEMA_VERSION})` };
      } catch (error) {
        return { state: 'down', detail: `SQLite error: ${(error as Error).message}` };
      }
    },
    close: () => {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
