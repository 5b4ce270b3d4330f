// A small in-memory StageControl + DonationSink for tests that need to put the stage in an
// exact state (a plan with a chosen drawStartedAt, a job showing until a chosen time).
import {
  SNAPSHOT_QUEUE_HEAD,
  type AcceptResult,
  type DonationSink,
  type HistoryEntry,
  type IncomingDonation,
  type JobStatus,
  type JobView,
  type QueuePage,
  type StageControl,
  type StageEvent,
  type StageEventType,
  type StageSnapshot,
} from '../../src/core/index.js';

type Listener = (event: StageEvent, snapshot: StageSnapshot) => void;

export class FakeStage implements StageControl, DonationSink {
  paused = false;
  current: JobView | null = null;
  queue: JobView[] = [];
  finished: HistoryEntry[] = [];
  private readonly seen = new Map<string, string>();
  private readonly listeners = new Set<Listener>();
  private nextId = 1;
  /** When set, the named method throws (to test the 500 path). */
  failOn: string | null = null;

  constructor(readonly now: () => number = () => Date.now()) {}

  snapshot(): StageSnapshot {
    if (this.failOn === 'snapshot') throw new Error('boom: /secret/path/stage.ts:42');
    return {
      paused: this.paused,
      current: this.current,
      queue: this.queue.slice(0, SNAPSHOT_QUEUE_HEAD),
      queueCount: this.queue.length,
      serverTime: this.now(),
    };
  }

  queuePage(offset: number, limit: number): QueuePage {
    return { total: this.queue.length, offset, jobs: this.queue.slice(offset, offset + limit) };
  }

  history(limit: number): HistoryEntry[] {
    if (this.failOn === 'history') throw new Error('boom');
    return this.finished.slice(0, limit);
  }

  skip(): boolean {
    if (this.failOn === 'skip') throw new Error('database is locked at /home/x/.data/db.sqlite');
    if (!this.current) return false;
    this.finish(this.current, 'skipped');
    const id = this.current.id;
    this.current = null;
    this.emit('skipped', id);
    return true;
  }

  clear(): number {
    const n = this.queue.length;
    for (const job of this.queue) this.finish(job, 'cleared');
    this.queue = [];
    this.emit('cleared', undefined, `${n} cleared`, n);
    return n;
  }

  pause(): void {
    this.paused = true;
    this.emit('paused');
  }

  resume(): void {
    this.paused = false;
    this.emit('resumed');
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  accept(donation: IncomingDonation): AcceptResult {
    const key = `${donation.source}\u0000${donation.id}`;
    const known = this.seen.get(key);
    if (known) return { id: known, duplicate: true, status: 'queued' };
    const id = `job-${this.nextId++}`;
    this.seen.set(key, id);
    this.queue.push({
      id,
      donor: donation.donor,
      message: donation.message,
      amount: donation.amount,
      currency: donation.currency,
      phase: 'queued',
    });
    this.emit('queued', id);
    return { id, duplicate: false, status: 'queued' };
  }

  has(source: string, id: string): boolean {
    return this.seen.has(`${source}\u0000${id}`);
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  /** Puts `job` on stage and tells subscribers. */
  setCurrent(job: JobView | null, type: StageEventType = job ? (job.phase === 'queued' ? 'planning' : job.phase) : 'done'): void {
    this.current = job;
    this.emit(type, job?.id);
  }

  setQueue(queue: JobView[]): void {
    this.queue = queue;
    this.emit('queued', queue[queue.length - 1]?.id);
  }

  emit(type: StageEventType, jobId?: string, detail?: string, count?: number): void {
    const event: StageEvent = { type, jobId, at: this.now(), detail, ...(count === undefined ? {} : { count }) };
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(event, snapshot);
  }

  private finish(job: JobView, status: JobStatus): void {
    this.finished.unshift({
      id: job.id,
      donor: job.donor,
      message: job.message,
      amount: job.amount,
      currency: job.currency,
      status,
      finishedAt: this.now(),
      plan: job.plan,
    });
  }
}
