import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  SCHEMA_VERSION,
  migrate,
  openStore,
  type AcceptDecision,
  type DonationRecord,
  type Store,
} from '../../src/store/index.js';
import { TINY_PLAN, useTempStores } from './store-test-kit.js';

const PLAN = TINY_PLAN;
const temp = useTempStores('drawstream-store-');
const open = temp.open;

function record(sourceId: string, extra: Partial<DonationRecord> = {}): DonationRecord {
  return {
    source: 'webhook',
    sourceId,
    donor: 'Alice',
    message: 'draw a cat',
    amount: 100,
    currency: 'RUB',
    timestamp: '2026-01-01T00:00:00.000Z',
    receivedAt: 1000,
    ...extra,
  };
}

const asJob = (): AcceptDecision => ({ kind: 'job', displayDonor: 'Alice', displayMessage: 'draw a cat', nsfw: false });

describe('store', () => {
  it('persists a donation and its job in one call and lists unfinished jobs in FIFO order', () => {
    const store = open();
    const ids = ['a', 'b', 'c'].map((id) => store.acceptDonation(record(id), asJob).id);
    const jobs = store.unfinishedJobs();
    expect(jobs.map((j) => j.id)).toEqual(ids);
    expect(jobs.every((j) => j.phase === 'queued' && j.plan === null && j.attempts === 0)).toBe(true);
    expect(jobs[0]).toMatchObject({ source: 'webhook', sourceId: 'a', rawMessage: 'draw a cat', amount: 100, currency: 'RUB' });
  });

  it('dedupes by (source, id): same id back, duplicate=true, no second job, decide not called', () => {
    const store = open();
    const first = store.acceptDonation(record('42'), asJob);
    let called = false;
    const again = store.acceptDonation(record('42', { message: 'other' }), () => {
      called = true;
      return asJob();
    });
    expect(again).toEqual({ id: first.id, duplicate: true, status: 'queued' });
    expect(called).toBe(false);
    expect(store.unfinishedJobs()).toHaveLength(1);
    // the same source id from another source is another donation
    expect(store.acceptDonation(record('42', { source: 'donationalerts' }), asJob).duplicate).toBe(false);
    expect(store.hasDonation('webhook', '42')).toBe(true);
    expect(store.hasDonation('webhook', '43')).toBe(false);
  });

  it('writes a rejected donation straight to history and reports it as rejected when repeated', () => {
    const store = open();
    const out = store.acceptDonation(record('r1', { amount: 1 }), () => ({
      kind: 'rejected',
      displayDonor: 'Alice',
      displayMessage: 'draw a cat',
      reason: 'below MIN_AMOUNT',
    }));
    expect(out.status).toBe('rejected');
    expect(store.unfinishedJobs()).toHaveLength(0);
    expect(store.history(10)).toEqual([
      expect.objectContaining({ id: out.id, status: 'rejected', amount: 1, reason: 'below MIN_AMOUNT', finishedAt: 1000 }),
    ]);
    expect(store.acceptDonation(record('r1'), asJob)).toEqual({ id: out.id, duplicate: true, status: 'rejected' });
  });

  it('rolls the whole accept back when deciding fails', () => {
    const store = open();
    expect(() =>
      store.acceptDonation(record('x'), () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.hasDonation('webhook', 'x')).toBe(false);
    expect(store.counts().donations).toBe(0);
  });

  it('finishes a job exactly once and never lists it again', () => {
    const store = open();
    const { id } = store.acceptDonation(record('a'), asJob);
    store.savePlan(id, { plan: PLAN, source: 'llm' }, 'queued');
    store.startDrawing(id, 5000, 9000);
    expect(store.finishJob(id, 'done', 9000)).toBe(true);
    expect(store.finishJob(id, 'skipped', 9500)).toBe(false);
    expect(store.unfinishedJobs()).toHaveLength(0);
    const [entry] = store.history(5, { includePlan: true });
    expect(entry).toMatchObject({ id, status: 'done', finishedAt: 9000, planSource: 'llm', plan: PLAN });
    expect(store.counts()).toEqual({
      donations: 1,
      unfinished: 0,
      finished: { done: 1, skipped: 0, cleared: 0, rejected: 0, failed: 0, removed: 0 },
    });
  });

  it('keeps plan, phase, times and attempts across reopening', () => {
    const path = join(temp.dir(), 'db.sqlite');
    const first = openStore(path);
    const { id } = first.acceptDonation(record('a'), asJob);
    first.savePlan(id, { plan: PLAN, source: 'builtin', note: 'LLM down' }, 'queued');
    first.startDrawing(id, 1234, 5678);
    first.markShowing(id);
    first.setSetting('stage.paused', '1');
    first.close();
    const second = openStore(path);
    temp.track(second);
    const [job] = second.unfinishedJobs();
    expect(job).toMatchObject({
      id,
      phase: 'showing',
      plan: PLAN,
      planSource: 'builtin',
      planNote: 'LLM down',
      drawStartedAt: 1234,
      showEndsAt: 5678,
      attempts: 0, // reaching the show resets the crash-loop count
    });
    expect(second.getSetting('stage.paused')).toBe('1');
    expect(second.getSetting('missing')).toBeNull();
  });

  it('finishes several jobs in one call (clear) and returns only those that were unfinished', () => {
    const store = open();
    const ids = ['a', 'b', 'c'].map((s) => store.acceptDonation(record(s), asJob).id);
    store.finishJob(ids[1], 'skipped', 10);
    expect(store.finishJobs([...ids, 'unknown'], 'cleared', 20)).toEqual([ids[0], ids[2]]);
    expect(store.history(10).map((h) => [h.id, h.status])).toEqual([
      [ids[2], 'cleared'],
      [ids[0], 'cleared'],
      [ids[1], 'skipped'],
    ]);
  });

  it('returns history newest first and honours the limit', () => {
    const store = open();
    const ids = ['a', 'b', 'c', 'd'].map((s) => store.acceptDonation(record(s), asJob).id);
    ids.forEach((id, i) => store.finishJob(id, 'done', 100 + i));
    expect(store.history(2).map((h) => h.id)).toEqual([ids[3], ids[2]]);
    expect(store.history(0)).toEqual([]);
    expect(store.history(Number.NaN)).toEqual([]);
    expect(store.history(-5)).toEqual([]);
  });

  it('treats a damaged plan as no plan (it is planned again)', () => {
    const path = join(temp.dir(), 'db.sqlite');
    const store = openStore(path);
    const { id } = store.acceptDonation(record('a'), asJob);
    store.close();
    const raw = new Database(path);
    raw.prepare("UPDATE jobs SET plan_json = '{broken', plan_source = 'llm' WHERE id = ?").run(id);
    raw.close();
    const again = open();
    expect(again.unfinishedJobs()[0]).toMatchObject({ id, plan: null, planSource: null });
  });

  it('uses WAL and reports health', () => {
    const path = join(temp.dir(), 'db.sqlite');
    const store = openStore(path);
    expect(store.health().state).toBe('ok');
    store.close();
    expect(store.health().state).toBe('down');
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });
});

describe('migrations', () => {
  it('migrates a version-1 database to the latest version and keeps its data', () => {
    const path = join(temp.dir(), 'old.sqlite');
    const old = new Database(path);
    migrate(old, 1);
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old
      .prepare(
        `INSERT INTO donations (id, source, source_id, donor, message, amount, currency, timestamp, received_at, status)
       VALUES ('old-1', 'webhook', 's1', 'Bob', 'a dog', 5, 'USD', '2025-01-01T00:00:00Z', 1, 'queued')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO jobs (id, seq, phase, display_donor, display_message, created_at) VALUES ('old-1', 1, 'queued', 'Bob', 'a dog', 1)`,
      )
      .run();
    old.close();

    const store = open('old.sqlite');
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.unfinishedJobs()).toEqual([expect.objectContaining({ id: 'old-1', donor: 'Bob', amount: 5 })]);
    store.setSetting('k', 'v'); // the table added by version 2
    expect(store.getSetting('k')).toBe('v');
    const next = store.acceptDonation(record('new'), asJob);
    expect(store.unfinishedJobs().map((j) => j.id)).toEqual(['old-1', next.id]);
  });

  it('runs every migration exactly once', () => {
    const path = join(temp.dir(), 'db.sqlite');
    openStore(path).close();
    openStore(path).close(); // a second open must not try to create the tables again
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    raw.close();
  });

  it('refuses a database from a newer drawstream with a clear message', () => {
    const path = join(temp.dir(), 'future.sqlite');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openStore(path)).toThrow(/newer than this drawstream understands/);
  });

  it('refuses a file that is not a database with a clear message', async () => {
    const path = join(temp.dir(), 'garbage.sqlite');
    await writeFile(path, 'this is not sqlite at all'.repeat(100));
    expect(() => openStore(path)).toThrow(/cannot use the database at .*garbage\.sqlite/);
  });
});
