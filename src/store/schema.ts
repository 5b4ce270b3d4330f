// Versioned schema. Each migration runs once, in order, inside one transaction together
// with the `user_version` bump, so a crash mid-migration leaves the previous version intact.
// Never edit a shipped migration: append a new one.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
  /**
   * Runs with foreign keys off (SQLite's "rebuild a table" procedure: a CHECK cannot be
   * altered in place); they are switched on again after the transaction.
   */
  foreignKeysOff?: boolean;
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
  {
    version: 3,
    description: 'moderation: pending jobs, approval order, status removed, bans',
    foreignKeysOff: true,
    up(db) {
      db.exec(`
        CREATE TABLE donations_v3 (
          seq           INTEGER PRIMARY KEY AUTOINCREMENT,
          id            TEXT NOT NULL UNIQUE,
          source        TEXT NOT NULL,
          source_id     TEXT NOT NULL,
          donor         TEXT NOT NULL,
          message       TEXT NOT NULL,
          amount        REAL NOT NULL,
          currency      TEXT NOT NULL,
          timestamp     TEXT NOT NULL,
          received_at   INTEGER NOT NULL,
          status        TEXT NOT NULL CHECK (status IN ('queued','done','skipped','cleared','rejected','failed','removed')),
          UNIQUE (source, source_id)
        );
        INSERT INTO donations_v3 SELECT * FROM donations;
        DROP TABLE donations;
        ALTER TABLE donations_v3 RENAME TO donations;

        CREATE TABLE history_v3 (
          id              TEXT PRIMARY KEY REFERENCES donations(id),
          status          TEXT NOT NULL CHECK (status IN ('done','skipped','cleared','rejected','failed','removed')),
          display_donor   TEXT NOT NULL,
          display_message TEXT NOT NULL,
          finished_at     INTEGER NOT NULL,
          plan_json       TEXT,
          plan_source     TEXT,
          plan_note       TEXT,
          reason          TEXT
        );
        INSERT INTO history_v3 SELECT * FROM history;
        DROP TABLE history;
        ALTER TABLE history_v3 RENAME TO history;
        CREATE INDEX history_by_finished ON history (finished_at DESC);

        -- pending = 1: waiting for the operator's approval (MODERATION=manual).
        -- An approved job takes its place in the line after every donation stored before
        -- the approval: line_seq = the highest donation seq then, approved_at breaks ties.
        ALTER TABLE jobs ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE jobs ADD COLUMN line_seq INTEGER;
        ALTER TABLE jobs ADD COLUMN approved_at INTEGER;

        CREATE TABLE bans (
          id          TEXT PRIMARY KEY,
          donor       TEXT NOT NULL,   -- as the operator typed it
          donor_key   TEXT NOT NULL,   -- normalised like the gate reads names
          source      TEXT,            -- NULL = every source
          created_at  INTEGER NOT NULL
        );
      `);
    },
  },
  {
    version: 4,
    description: 'Twitch redemption settlements (FULFILLED / CANCELED exactly once)',
    up(db) {
      // What is owed comes from the store itself: a trigger enrols every finished job of
      // source 'twitch' in the same transaction that finished it (finishJob, finishJobs, or a
      // donation rejected at accept), so no crash can fall between "job finished" and "owed".
      // The currency (points or Bits) and the status to set are the settler's decision.
      // A future migration that rebuilds `history` drops this trigger with it: recreate it.
      db.exec(`
        CREATE TABLE redemption_settlements (
          job_id          TEXT PRIMARY KEY REFERENCES donations(id),
          source_id       TEXT NOT NULL,                   -- the redemption id on Twitch
          state           TEXT NOT NULL DEFAULT 'owed'
                          CHECK (state IN ('owed','settled','given_up','not_refundable')),
          status          TEXT CHECK (status IN ('FULFILLED','CANCELED')), -- what we set; NULL until the first attempt
          attempts        INTEGER NOT NULL DEFAULT 0,      -- PATCH attempts started
          attempt_open    INTEGER NOT NULL DEFAULT 0,      -- 1 while an attempt's outcome is not recorded
          next_attempt_at INTEGER NOT NULL DEFAULT 0,      -- ms; 0 = at once
          enrolled_at     INTEGER NOT NULL,
          settled_at      INTEGER,                         -- when it left 'owed'
          last_failure    TEXT                             -- TwitchFailureKind of the last failed attempt
        );
        CREATE INDEX redemption_settlements_due ON redemption_settlements (next_attempt_at) WHERE state = 'owed';
        -- The panel's counts read this index only (a covering scan, not the table).
        CREATE INDEX redemption_settlements_by_state ON redemption_settlements (state, status);

        CREATE TRIGGER redemption_settlement_owed AFTER INSERT ON history
        WHEN (SELECT source FROM donations WHERE id = NEW.id) = 'twitch'
        BEGIN
          INSERT OR IGNORE INTO redemption_settlements (job_id, source_id, enrolled_at)
          SELECT id, source_id, NEW.finished_at FROM donations WHERE id = NEW.id;
        END;
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
    // PRAGMA foreign_keys is a no-op inside a transaction: switch it around the transaction.
    if (migration.foreignKeysOff) db.exec('PRAGMA foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        // user_version lives in the file header and is part of the transaction.
        db.exec(`PRAGMA user_version = ${migration.version}`);
      })();
    } finally {
      if (migration.foreignKeysOff) db.exec('PRAGMA foreign_keys = ON');
    }
  }
  return found;
}
