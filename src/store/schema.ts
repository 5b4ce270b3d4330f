// Versioned schema. Each migration runs once, in order, inside one transaction together
// with the `user_version` bump, so a crash mid-migration leaves the previous version intact.
// Never edit a shipped migration: append a new one.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'donations, jobs, history',
    up(db) {
      db.exec(`
        CREATE TABLE donations (
          seq           INTEGER PRIMARY KEY AUTOINCREMENT, -- FIFO order, never reused
          id            TEXT NOT NULL UNIQUE,              -- our id (== job id)
          source        TEXT NOT NULL,
          source_id     TEXT NOT NULL,
          donor         TEXT NOT NULL,                     -- as received
          message       TEXT NOT NULL,                     -- as received
          amount        REAL NOT NULL,
          currency      TEXT NOT NULL,
          timestamp     TEXT NOT NULL,                     -- the source's ISO time
          received_at   INTEGER NOT NULL,                  -- our clock, ms
          status        TEXT NOT NULL CHECK (status IN ('queued','done','skipped','cleared','rejected','failed')),
          UNIQUE (source, source_id)
        );

        -- Only unfinished jobs live here; finishing moves a job to history in one transaction.
        CREATE TABLE jobs (
          id              TEXT PRIMARY KEY REFERENCES donations(id),
          seq             INTEGER NOT NULL UNIQUE,
          phase           TEXT NOT NULL CHECK (phase IN ('queued','planning','drawing','showing')),
          display_donor   TEXT NOT NULL,                   -- gated on-stream texts
          display_message TEXT NOT NULL,
          nsfw            INTEGER NOT NULL DEFAULT 0,
          plan_json       TEXT,
          plan_source     TEXT,
          plan_note       TEXT,
          draw_started_at INTEGER,
          show_ends_at    INTEGER,
          attempts        INTEGER NOT NULL DEFAULT 0,      -- how many times drawing started
          created_at      INTEGER NOT NULL
        );

        -- The primary key makes "finished" a one-way door: a job finishes exactly once.
        CREATE TABLE history (
          id              TEXT PRIMARY KEY REFERENCES donations(id),
          status          TEXT NOT NULL CHECK (status IN ('done','skipped','cleared','rejected','failed')),
          display_donor   TEXT NOT NULL,
          display_message TEXT NOT NULL,
          finished_at     INTEGER NOT NULL,
          plan_json       TEXT,
          plan_source     TEXT,
          plan_note       TEXT,
          reason          TEXT
        );
      `);
    },
  },
  {
    version: 2,
    description: 'settings (paused flag), history index',
    up(db) {
      db.exec(`
        CREATE TABLE settings (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );
        CREATE INDEX history_by_finished ON history (finished_at DESC);
      `);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/**
 * better-sqlite3 12.x compiled against Node >= 24.19 headers aborts the whole process
 * (`Assertion failed: (env) != nullptr` in RemoveEnvironmentCleanupHook, from
 * Statement::~Statement) when the garbage collector frees a Statement while no JS context is
 * entered: node::ObjectWrap gained cleanup hooks in 24.19 (nodejs/node#65446). So no
 * Statement may become garbage while its database is open: settings use db.exec() (no
 * Statement object), and the one value read here comes from a statement that lives exactly
 * as long as its database. db.pragma() prepares a throwaway Statement on every call.
 */
const userVersionStatements = new WeakMap<Database.Database, Database.Statement<[], number>>();

function readUserVersion(db: Database.Database): number {
  let statement = userVersionStatements.get(db);
  if (!statement) {
    statement = db.prepare<[], number>('PRAGMA user_version').pluck();
    userVersionStatements.set(db, statement);
  }
  return statement.get() as number;
}

/** Brings the database to `target` (default: the latest version). Returns the version found before. */
export function migrate(db: Database.Database, target: number = SCHEMA_VERSION): number {
  const found = readUserVersion(db);
  if (found > SCHEMA_VERSION) {
    throw new Error(
      `the database schema is version ${found}, newer than this drawstream understands (${SCHEMA_VERSION}); upgrade drawstream or use another DATA_DIR`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= found || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      // user_version lives in the file header and is part of the transaction.
      db.exec(`PRAGMA user_version = ${migration.version}`);
    })();
  }
  return found;
}
