// The small reads and writes around the queue: totals for /health and metrics, and the
// key/value settings table (e.g. the stage's paused flag) that survives restarts.
import type Database from 'better-sqlite3';
import type { JobStatus } from '../core/index.js';
import type { Store } from './types.js';

const STATUSES: JobStatus[] = ['done', 'skipped', 'cleared', 'rejected', 'failed', 'removed'];

export type CountQueries = Pick<Store, 'counts'>;

export function countQueries(db: Database.Database): CountQueries {
  const q = {
    countDonations: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM donations'),
    countJobs: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM jobs'),
    countHistory: db.prepare<[], { status: JobStatus; n: number }>('SELECT status, COUNT(*) AS n FROM history GROUP BY status'),
  };
  return {
    counts: () => {
      // Every status is present, 0 when no job finished that way.
      const finished = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
      for (const row of q.countHistory.all()) finished[row.status] = row.n;
      return { donations: q.countDonations.get()!.n, unfinished: q.countJobs.get()!.n, finished };
    },
  };
}

export type SettingQueries = Pick<Store, 'getSetting' | 'setSetting'>;

export function settingQueries(db: Database.Database): SettingQueries {
  const q = {
    getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
  return {
    getSetting: (key) => q.getSetting.get(key)?.value ?? null,
    setSetting: (key, value) => {
      q.setSetting.run(key, value);
    },
  };
}
