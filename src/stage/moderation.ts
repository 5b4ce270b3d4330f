// The operator's moderation desk: approve or reject pending jobs (MODERATION=manual), remove
// one waiting job, "Allow and draw" a message the gate blocked, ban and unban donors.
// Writes `state.pending` (with admission and lifecycle), takes jobs out of `state.waiting`
// (remove, ban), appends approved and allowed jobs to it, and keeps `state.bans`.
import { randomUUID } from 'node:crypto';
import type { Ban, ModerationRefusal } from '../core/index.js';
import { ALLOW_SOURCE, type AcceptDecision, type DonationRecord, type StoredBan } from '../store/index.js';
import { BANNED_REASON, displayDonorOf, enqueue } from './admission.js';
import { donorKey, isBanned, loadBans } from './bans.js';
import { changed, endPlanningCall, storeWrite, type LiveJob, type StageContext } from './context.js';
import { DISPLAY_MESSAGE_CHARS, MAX_DONOR_CHARS, truncateText } from './helpers.js';
import { pump, schedulePump } from './scheduler.js';
import { emit, guarded } from './views.js';

export const REJECTED_REASON = 'rejected by the operator';
export const REMOVED_REASON = 'removed by the operator';

const short = (id: string): string => (id.length > 80 ? `${id.slice(0, 80)}…` : id);

function refuse(refused: ModerationRefusal['refused'], error: string): ModerationRefusal {
  return { refused, error };
}

/** Why a job that is not where the action needs it cannot be acted on: 409 when known, else 404. */
function elsewhere(cx: StageContext, id: string, wanted: string): ModerationRefusal {
  const { current, waiting, pending } = cx.state;
  if (current?.id === id) return refuse('conflict', `Job ${short(id)} is on stage now, not ${wanted}: use skip.`);
  if (waiting.some((job) => job.id === id)) return refuse('conflict', `Job ${short(id)} is already in the queue, not ${wanted}.`);
  if (pending.some((job) => job.id === id)) return refuse('conflict', `Job ${short(id)} is waiting for approval, not ${wanted}.`);
  let finished = false;
  try {
    finished = cx.store.historyEntry(id) !== null;
  } catch (error) {
    cx.log.error({ err: error }, 'cannot read history');
  }
  if (finished) return refuse('conflict', `Job ${short(id)} has already finished.`);
  return refuse('not-found', `There is no job ${short(id)}.`);
}

function pumpIfRunning(cx: StageContext): void {
  if (cx.state.started && !cx.state.stopped) guarded(cx, 'pump', () => pump(cx))();
}

/** A pending job joins the end of the line: FIFO by approval time, planned ahead like any other. */
export function approve(cx: StageContext, id: string): { id: string; status: 'queued' } | ModerationRefusal {
  const { state } = cx;
  const index = state.pending.findIndex((job) => job.id === id);
  if (index < 0) return elsewhere(cx, id, 'waiting for approval');
  const [job] = state.pending.splice(index, 1);
  storeWrite(cx, 'approve job', id, () => cx.store.approveJob(id, cx.clock.now()));
  job.pending = false;
  changed(job);
  state.waiting.push(job);
  cx.log.info({ jobId: id }, 'job approved by the operator');
  emit(cx, 'approved', id);
  if (state.started && !state.stopped) schedulePump(cx);
  return { id, status: 'queued' };
}

export function approveAll(cx: StageContext): string[] {
  return [...cx.state.pending].map((job) => job.id).filter((id) => 'status' in approve(cx, id));
}

export function reject(cx: StageContext, id: string): { id: string; status: 'rejected' } | ModerationRefusal {
  const { state } = cx;
  const index = state.pending.findIndex((job) => job.id === id);
  if (index < 0) return elsewhere(cx, id, 'waiting for approval');
  state.pending.splice(index, 1);
  storeWrite(cx, 'reject job', id, () => cx.store.finishJob(id, 'rejected', cx.clock.now(), REJECTED_REASON));
  cx.log.info({ jobId: id }, 'job rejected by the operator');
  emit(cx, 'rejected', id, REJECTED_REASON);
  return { id, status: 'rejected' };
}

/** Takes waiting or pending jobs out at once (their planning aborted) and records them `removed`. */
function removeJobs(cx: StageContext, jobs: LiveJob[], reason: string): string[] {
  if (jobs.length === 0) return [];
  const { state } = cx;
  const gone = new Set(jobs);
  state.waiting = state.waiting.filter((job) => !gone.has(job));
  state.pending = state.pending.filter((job) => !gone.has(job));
  for (const job of jobs) endPlanningCall(cx, job.id, true);
  const ids = jobs.map((job) => job.id);
  storeWrite(cx, 'remove jobs', undefined, () => cx.store.finishJobs(ids, 'removed', cx.clock.now(), reason));
  return ids;
}

/** One waiting or pending job leaves at once (history `removed`); the current job is refused. */
export function remove(cx: StageContext, id: string): { id: string; status: 'removed' } | ModerationRefusal {
  const { state } = cx;
  const job = state.waiting.find((j) => j.id === id) ?? state.pending.find((j) => j.id === id);
  if (!job) return elsewhere(cx, id, 'waiting');
  removeJobs(cx, [job], REMOVED_REASON);
  cx.log.info({ jobId: id }, 'job removed by the operator');
  emit(cx, 'removed', id, REMOVED_REASON);
  pumpIfRunning(cx); // the plan-ahead window moves up
  return { id, status: 'removed' };
}

/**
 * "Allow and draw": a finished job whose message the gate blocked is queued again as a new
 * job at the end of the line, with the same donor and message. The gate is skipped for that
 * message only (the operator read it); the donor name and every text of its plan are still
 * gated. Stored as a donation `('allow', <original id>)`, so it can be allowed once.
 */
export function allow(cx: StageContext, id: string): { id: string } | ModerationRefusal {
  const entry = cx.store.historyEntry(id);
  if (!entry) {
    const why = elsewhere(cx, id, 'finished');
    return why.refused === 'conflict'
      ? refuse('conflict', `Job ${short(id)} has not finished yet: only a blocked entry of the history can be allowed.`)
      : why;
  }
  if (entry.blockedCategory === undefined) return refuse('conflict', `Job ${short(id)} was not blocked by the gate.`);
  if (entry.allowedAs) return refuse('conflict', `Job ${short(id)} was already allowed (as ${short(entry.allowedAs)}).`);
  const original = cx.store.donation(id);
  if (!original) return refuse('not-found', `There is no donation ${short(id)}.`);
  if (isBanned(cx, original.donor, original.source)) return refuse('conflict', 'The donor of this job is banned: unban them first.');
  const now = cx.clock.now();
  const record: DonationRecord = {
    source: ALLOW_SOURCE,
    sourceId: id,
    donor: original.donor,
    message: original.message,
    amount: original.amount,
    currency: original.currency,
    timestamp: new Date(now).toISOString(),
    receivedAt: now,
  };
  const decideAllowed = (): AcceptDecision => ({
    kind: 'job',
    displayDonor: displayDonorOf(cx, record.donor),
    displayMessage: truncateText(record.message.trim(), DISPLAY_MESSAGE_CHARS),
    nsfw: false,
  });
  // Throws only when the store cannot write (the server answers 500).
  const outcome = cx.store.acceptDonation(record, decideAllowed);
  if (outcome.duplicate) return refuse('conflict', `Job ${short(id)} was already allowed (as ${short(outcome.id)}).`);
  cx.log.info({ jobId: outcome.id, allowedFrom: id, category: entry.blockedCategory }, 'blocked job allowed by the operator');
  enqueue(cx, outcome.id, outcome.job);
  return { id: outcome.id };
}

function publicBan(ban: StoredBan): Ban {
  return { id: ban.id, donor: ban.donor, source: ban.source, createdAt: ban.createdAt };
}

export function bans(cx: StageContext): Ban[] {
  return loadBans(cx).map(publicBan);
}

/** Bans a donor name (optionally from one source) and removes their waiting and pending jobs. */
export function ban(cx: StageContext, donor: unknown, source?: unknown): { id: string; removed: number } | ModerationRefusal {
  if (typeof donor !== 'string') return refuse('invalid', 'donor must be a string: the donor name to ban.');
  if (source !== undefined && source !== null && typeof source !== 'string') {
    return refuse('invalid', 'source must be a string (e.g. "donationalerts") or null for every source.');
  }
  const name = donor.trim().slice(0, MAX_DONOR_CHARS);
  const key = donorKey(name);
  if (key === '') return refuse('invalid', 'donor must not be empty.');
  const from = typeof source === 'string' && source.trim() !== '' ? source.trim().slice(0, 64) : null;
  const list = loadBans(cx);
  const existing = list.find((b) => b.donorKey === key && b.source === from);
  const stored: StoredBan = existing ?? { id: randomUUID(), donor: name, donorKey: key, source: from, createdAt: cx.clock.now() };
  if (!existing) {
    cx.store.addBan(stored); // throws when the store cannot write: the ban was not made
    list.push(stored);
    cx.state.bans = list;
  }
  // Their jobs that have not reached the stage leave now; the current one keeps drawing.
  let matching = new Set<string>();
  try {
    matching = new Set(
      cx.store
        .unfinishedJobs()
        .filter((job) => donorKey(job.rawDonor) === key && (from === null || job.source === from))
        .map((job) => job.id),
    );
  } catch (error) {
    cx.log.error({ err: error }, 'cannot read unfinished jobs for the ban');
  }
  const jobs = [...cx.state.waiting, ...cx.state.pending].filter((job) => matching.has(job.id));
  const removed = removeJobs(cx, jobs, BANNED_REASON);
  cx.log.info({ banId: stored.id, source: from, removed: removed.length }, 'donor banned');
  emit(cx, 'banned', undefined, String(removed.length));
  if (removed.length > 0) pumpIfRunning(cx);
  return { id: stored.id, removed: removed.length };
}

/** Lifts a ban; nothing it removed or rejected comes back. False when there was no such ban. */
export function unban(cx: StageContext, id: string): boolean {
  const removed = cx.store.removeBan(id);
  if (removed && cx.state.bans) cx.state.bans = cx.state.bans.filter((b) => b.id !== id);
  if (removed) cx.log.info({ banId: id }, 'donor unbanned');
  return removed;
}
