// Opening the SQLite file: owner-only permissions, WAL, the durability and lock settings of
// StoreOptions, the exclusive lock that keeps a second service off the same file, and the
// migrations. Everything after this is queries (jobs.ts, history.ts, moderation.ts, …).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './schema.js';
import { preparePrivateFile, PRIVATE_DIR_MODE, tightenSqliteSideFiles } from './files.js';
import type { StoreOptions } from './types.js';

/** `openStore(path, { exclusive: true })` found the database held by another process. */
export class StoreLockedError extends Error {
  readonly code = 'DRAWSTREAM_STORE_LOCKED';
  constructor(readonly path: string) {
    super(`the database at ${path} is in use by another process (another drawstream?)`);
    this.name = 'StoreLockedError';
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** An open, migrated connection configured as `options` asks; throws a sentence naming `path`. */
export function openDatabase(path: string, options: StoreOptions): Database.Database {
  let db: Database.Database;
  const exclusive = options.exclusive === true && path !== ':memory:';
  try {
    if (path !== ':memory:') {
      // Owner-only: the database holds donor names and messages (see files.ts).
      mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR_MODE });
      preparePrivateFile(path);
    }
    const waitMs = exclusive ? (options.lockWaitMs ?? 1000) : (options.busyTimeoutMs ?? 5000);
    db = new Database(path, { timeout: Math.max(0, Math.floor(waitMs)) });
  } catch (error) {
    throw new Error(`cannot open the database at ${path}: ${(error as Error).message}`);
  }
  try {
    // Settings go through exec(), never db.pragma(): see readUserVersion in schema.ts.
    if (exclusive) {
      // Must come before the first access: in WAL mode the connection then keeps the
      // wal-index in its own memory (no -shm file) and holds the file lock until close.
      db.exec('PRAGMA locking_mode = EXCLUSIVE');
      try {
        db.exec('PRAGMA journal_mode = WAL');
        // Take the write lock now, not at the first write, so a second process fails here.
        db.exec('BEGIN EXCLUSIVE; COMMIT');
      } catch (error) {
        if (isBusy(error)) throw new StoreLockedError(path);
        throw error;
      }
    }
    db.exec('PRAGMA journal_mode = WAL');
    db.exec(`PRAGMA synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db);
    if (path !== ':memory:') tightenSqliteSideFiles(path);
  } catch (error) {
    db.close();
    if (error instanceof StoreLockedError) throw error;
    throw new Error(`cannot use the database at ${path}: ${(error as Error).message}`);
  }
  return db;
}
