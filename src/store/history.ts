// Finished jobs as the panel and the gallery read them: newest first, or one entry with its
// plan. An entry also says what moderation did with it: the gate's category when the message
// was blocked, and the links between a blocked job and its "Allow and draw" copy.
import type Database from 'better-sqlite3';
import type { JobStatus, PlanSource } from '../core/index.js';
import { parsePlanJson } from './jobs.js';
import type { Store, StoredHistoryEntry } from './types.js';

interface HistoryRow {
  id: string;
  status: JobStatus;
  display_donor: string;
  display_message: string;
  finished_at: number;
  plan_json: string | null;
  plan_source: string | null;
  plan_note: string | null;
  reason: string | null;
  source: string;
  source_id: string;
  amount: number;
  currency: string;
  allowed_as: string | null;
}

/** The donation source of jobs made by "Allow and draw" (source_id = the blocked original's id). */
export const ALLOW_SOURCE = 'allow';

const HISTORY_SELECT = `
  SELECT h.id, h.status, h.display_donor, h.display_message, h.finished_at, h.plan_json, h.plan_source,
         h.plan_note, h.reason, d.source, d.source_id, d.amount, d.currency,
         (SELECT a.id FROM donations a WHERE a.source = 'allow' AND a.source_id = h.id) AS allowed_as
  FROM history h JOIN donations d ON d.id = h.id`;

const MAX_HISTORY_LIMIT = 1000;

/** `18+ request (sexual)` → `sexual`: the gate's category as admission records it in planNote. */
function blockedCategoryOf(note: string | null): string | null {
  const match = note ? /^18\+ request(?: \(([a-z_-]+)\))?$/.exec(note) : null;
  return match?.[1] ?? null;
}

function toHistoryEntry(row: HistoryRow, includePlan: boolean): StoredHistoryEntry {
  const entry: StoredHistoryEntry = {
    id: row.id,
    donor: row.display_donor,
    message: row.display_message,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    finishedAt: row.finished_at,
    source: row.source,
  };
  if (row.plan_source) entry.planSource = row.plan_source as PlanSource;
  if (row.plan_note) entry.planNote = row.plan_note;
  if (row.reason) entry.reason = row.reason;
  // A message the gate blocked (not a replayed text card): the category, and the note as reason.
  if (row.plan_source === 'gate' && row.plan_note?.startsWith('18+ request') && row.source !== 'replay') {
    entry.blockedCategory = blockedCategoryOf(row.plan_note);
    entry.reason ??= row.plan_note;
  }
  if (row.allowed_as) entry.allowedAs = row.allowed_as;
  if (row.source === ALLOW_SOURCE) entry.allowedFrom = row.source_id;
  if (includePlan) {
    const plan = parsePlanJson(row.plan_json);
    if (plan) entry.plan = plan;
  }
  return entry;
}

export type HistoryQueries = Pick<Store, 'history' | 'historyEntry'>;

export function historyQueries(db: Database.Database): HistoryQueries {
  const q = {
    historyOne: db.prepare<[string], HistoryRow>(`${HISTORY_SELECT} WHERE h.id = ?`),
    history: db.prepare<[number], HistoryRow>(`${HISTORY_SELECT} ORDER BY h.finished_at DESC, h.rowid DESC LIMIT ?`),
  };
  return {
    history: (limit, options = {}) => {
      const n = Number.isFinite(limit) ? Math.max(0, Math.min(MAX_HISTORY_LIMIT, Math.floor(limit))) : 0;
      if (n === 0) return [];
      return q.history.all(n).map((row) => toHistoryEntry(row, options.includePlan === true));
    },
    historyEntry: (id) => {
      const row = q.historyOne.get(id);
      return row ? toHistoryEntry(row, true) : null;
    },
  };
}
