// What the overlay (the page OBS captures) may receive: the stage snapshot with every message
// that has not passed every configured layer blanked (`messageHidden: true`, `message: ''`),
// donor names the model blocked as "Anonymous", and operator-only fields dropped (plan notes,
// the model check's status and reasons, and any list a future stage adds to the snapshot).
// Not merely invisible: a hidden text is never in the overlay's WebSocket or first paint. The
// panel keeps the full view (GET /api/state, /ws).
import { ANONYMOUS, type JobView, type StageSnapshot } from '../core/index.js';

/** Which view of the stage a page asks for (`?view=overlay`); anything else is the full (panel) view. */
export type LiveView = 'full' | 'overlay';

export function viewFromQuery(query: unknown): LiveView {
  const raw = (query as Record<string, unknown> | undefined)?.view;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === 'overlay' ? 'overlay' : 'full';
}

// Job views are immutable: the stage caches one per job until the job changes and then builds a
// new one (stage/views.ts), so each view is redacted once.
const redacted = new WeakMap<JobView, JobView>();

export function overlayJob(job: JobView): JobView {
  const cached = redacted.get(job);
  if (cached) return cached;
  const { planNote: _note, screening: _screening, screenNote: _screenNote, ...rest } = job;
  const view: JobView = { ...rest };
  if (job.messageHidden) view.message = '';
  if (job.donorHidden) view.donor = ANONYMOUS;
  redacted.set(job, view);
  return view;
}

/** The overlay's snapshot: only the fields it draws from, with hidden texts blanked. */
export function overlaySnapshot(snapshot: StageSnapshot): StageSnapshot {
  return {
    paused: snapshot.paused,
    current: snapshot.current ? overlayJob(snapshot.current) : null,
    queue: snapshot.queue.map(overlayJob),
    queueCount: snapshot.queueCount,
    serverTime: snapshot.serverTime,
  };
}

export function snapshotFor(view: LiveView, snapshot: StageSnapshot): StageSnapshot {
  return view === 'overlay' ? overlaySnapshot(snapshot) : snapshot;
}
