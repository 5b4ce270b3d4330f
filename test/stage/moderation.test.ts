import { afterEach, describe, expect, it } from 'vitest';
import type { ModerationRefusal } from '../../src/core/index.js';
import { openStore } from '../../src/store/index.js';
import { ManualClock } from '../../src/stage/manual-clock.js';
import { eventTypes, FakePlanner, instantPlanner, stageHarnessPool, timedPlan } from './testing.js';

const SHOW_MS = 2000;
const harnesses = stageHarnessPool();
const harness = harnesses.make;
afterEach(harnesses.cleanupAll);
const manual = { settings: { moderation: 'manual' as const } };

function refusal(value: unknown): ModerationRefusal['refused'] | null {
  return typeof value === 'object' && value !== null && 'refused' in value ? (value as ModerationRefusal).refused : null;
}

describe('moderation: approval mode', () => {
  it('auto mode (default) queues at once and has no pending list', async () => {
    const h = await harness({ planner: new FakePlanner() });
    const { id } = h.donate();
    await h.clock.flush();
    const snap = h.stage.snapshot();
    expect(snap).toMatchObject({ moderation: 'auto', pending: [], pendingCount: 0 });
    expect(snap.current?.id).toBe(id);
  });

  it('manual mode holds jobs in pending (never planned) and queues them in approval order', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner, ...manual });
    const a = h.donate({ message: 'cat a' }).id;
    const b = h.donate({ message: 'cat b' }).id;
    const c = h.donate({ message: 'cat c' }).id;
    await h.clock.flush();
    let snap = h.stage.snapshot();
    expect(snap.current).toBeNull();
    expect(snap.queue).toEqual([]);
    expect(snap.pending!.map((j) => [j.id, j.phase])).toEqual([
      [a, 'pending'],
      [b, 'pending'],
      [c, 'pending'],
    ]);
    expect(snap.pendingCount).toBe(3);
    expect(planner.calls).toHaveLength(0);
    expect(eventTypes(h, a)).toEqual(['pending']);

    // approve c, then a: the line follows approval time, not arrival
    expect(h.stage.moderation.approve(c)).toEqual({ id: c, status: 'queued' });
    expect(h.stage.moderation.approve(a)).toEqual({ id: a, status: 'queued' });
    await h.clock.flush();
    snap = h.stage.snapshot();
    expect(snap.current?.id).toBe(c);
    expect(snap.queue.map((j) => j.id)).toEqual([a]);
    expect(snap.pending!.map((j) => j.id)).toEqual([b]);
    // approved jobs are planned ahead like any other
    expect(planner.jobIds()).toEqual([c, a]);
    // approving twice, or an unknown id
    expect(refusal(h.stage.moderation.approve(a))).toBe('conflict');
    expect(refusal(h.stage.moderation.approve('nope'))).toBe('not-found');
    expect(eventTypes(h, a).slice(0, 2)).toEqual(['pending', 'approved']);
  });

  it('a new donation after an approval goes behind the approved job; approve-all keeps arrival order', async () => {
    const h = await harness({ planner: new FakePlanner(), settings: { moderation: 'manual', autoApproveMinAmount: { RUB: 500 } } });
    const p1 = h.donate({ amount: 100 }).id;
    const p2 = h.donate({ amount: 100 }).id;
    const big = h.donate({ amount: 500 }).id; // at AUTO_APPROVE_MIN_AMOUNT: skips approval
    const usd = h.donate({ amount: 1000, currency: 'USD' }).id; // currency not listed: waits
    await h.clock.flush();
    expect(h.stage.snapshot().current?.id).toBe(big);
    expect(h.stage.moderation.approveAll()).toEqual([p1, p2, usd]);
    const late = h.donate({ amount: 100 }).id;
    await h.clock.flush();
    expect(h.stage.snapshot().queue.map((j) => j.id)).toEqual([p1, p2, usd]);
    expect(h.stage.snapshot().pending!.map((j) => j.id)).toEqual([late]);
  });

  it('reject sends a pending job to history as rejected; gate-blocked donations skip the pending list', async () => {
    const h = await harness({ planner: new FakePlanner(), ...manual });
    const p = h.donate().id;
    const blocked = h.donate({ message: 'NSFW thing' }).id;
    await h.clock.flush();
    expect(h.stage.snapshot().current?.id).toBe(blocked); // the text card, as today
    expect(h.stage.moderation.reject(p)).toEqual({ id: p, status: 'rejected' });
    expect(h.stage.snapshot().pendingCount).toBe(0);
    expect(h.stage.history(5).find((e) => e.id === p)).toMatchObject({ status: 'rejected', reason: 'rejected by the operator' });
    expect(refusal(h.stage.moderation.reject(p))).toBe('conflict');
    expect(refusal(h.stage.moderation.reject(blocked))).toBe('conflict');
    expect(eventTypes(h, p)).toEqual(['pending', 'rejected']);
  });
});

describe('moderation: remove one job', () => {
  it('removes a waiting job (planning aborted) and a pending job; refuses the current and finished ones', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner, settings: { moderation: 'manual', autoApproveMinAmount: 1000 } });
    const current = h.donate({ amount: 1000 }).id;
    const waiting = h.donate({ amount: 1000 }).id;
    const next = h.donate({ amount: 1000 }).id;
    const pending = h.donate({ amount: 10 }).id;
    await h.clock.flush();
    expect(h.stage.snapshot().current?.id).toBe(current);
    const waitingCall = planner.call(waiting);

    expect(h.stage.moderation.remove(waiting)).toEqual({ id: waiting, status: 'removed' });
    expect(waitingCall.options?.signal?.aborted).toBe(true);
    expect(h.stage.moderation.remove(pending)).toEqual({ id: pending, status: 'removed' });
    expect(h.stage.snapshot()).toMatchObject({ queueCount: 1, pendingCount: 0 });
    expect(h.stage.snapshot().queue.map((j) => j.id)).toEqual([next]);
    expect(h.stage.snapshot().current?.id).toBe(current); // keeps drawing

    const onStage = h.stage.moderation.remove(current);
    expect(refusal(onStage)).toBe('conflict');
    expect((onStage as ModerationRefusal).error).toMatch(/skip/);
    expect(refusal(h.stage.moderation.remove(waiting))).toBe('conflict'); // finished already
    expect(refusal(h.stage.moderation.remove('unknown'))).toBe('not-found');
    const history = h.stage.history(10);
    expect(history.find((e) => e.id === waiting)).toMatchObject({ status: 'removed', reason: 'removed by the operator' });
    expect(history.find((e) => e.id === pending)).toMatchObject({ status: 'removed' });
    expect(eventTypes(h, waiting)).toContain('removed');

    planner.call(current).resolve({ plan: timedPlan(100), source: 'llm' });
    planner.call(next).resolve({ plan: timedPlan(100), source: 'llm' });
    await h.clock.advance(2 * (100 + SHOW_MS));
    const done = h.stage.history(10).filter((e) => e.status === 'done');
    expect(done.map((e) => e.id).sort()).toEqual([current, next].sort());
    expect(refusal(h.stage.moderation.remove(current))).toBe('conflict'); // finished
  });
});

describe('moderation: bans', () => {
  it('removes the donor’s waiting and pending jobs, rejects later donations, and unban restores nothing', async () => {
    const h = await harness({ planner: new FakePlanner(), settings: { moderation: 'manual', autoApproveMinAmount: 1000 } });
    const onStage = h.donate({ donor: 'Troll', amount: 1000 }).id;
    const waiting = h.donate({ donor: 'troll', amount: 1000 }).id;
    const pending = h.donate({ donor: '  TROLL ', amount: 1 }).id;
    const other = h.donate({ donor: 'Alice', amount: 1000 }).id;
    const otherSource = h.donate({ donor: 'Troll', amount: 1, source: 'donationalerts' }).id;
    await h.clock.flush();

    expect(refusal(h.stage.moderation.ban('   '))).toBe('invalid');
    const banned = h.stage.moderation.ban('TrOlL', 'webhook');
    expect(banned).toMatchObject({ removed: 2 });
    const banId = (banned as { id: string }).id;
    const snap = h.stage.snapshot();
    expect(snap.current?.id).toBe(onStage); // the current job keeps drawing
    expect(snap.queue.map((j) => j.id)).toEqual([other]);
    expect(snap.pending!.map((j) => j.id)).toEqual([otherSource]); // another source
    const history = h.stage.history(10);
    for (const id of [waiting, pending]) {
      expect(history.find((e) => e.id === id)).toMatchObject({ status: 'removed', reason: 'banned donor' });
    }
    expect(h.events.some((e) => e.event.type === 'banned' && e.event.detail === '2')).toBe(true);

    // later donations: stored, deduped, rejected, never shown or planned
    const later = h.donate({ id: 'troll-later', donor: 'troll', amount: 5000 });
    expect(later.status).toBe('rejected');
    expect(h.donate({ id: 'troll-later', donor: 'troll', amount: 5000 })).toMatchObject({ id: later.id, duplicate: true });
    expect(h.stage.history(10).find((e) => e.id === later.id)).toMatchObject({ status: 'rejected', reason: 'banned donor' });
    expect(h.stage.moderation.bans()).toEqual([{ id: banId, donor: 'TrOlL', source: 'webhook', createdAt: h.clock.now() }]);

    expect(h.stage.moderation.unban(banId)).toBe(true);
    expect(h.stage.moderation.unban(banId)).toBe(false);
    expect(h.stage.moderation.bans()).toEqual([]);
    expect(h.stage.history(20).find((e) => e.id === waiting)?.status).toBe('removed'); // nothing restored
    expect(h.donate({ donor: 'troll', amount: 5000 }).status).toBe('queued');
  });

  it('bans persist across a restart', async () => {
    const h = await harness();
    h.stage.moderation.ban('Spammer');
    const h2 = h.restart();
    harnesses.add(h2);
    h2.stage.start();
    expect(h2.stage.moderation.bans().map((b) => b.donor)).toEqual(['Spammer']);
    expect(h2.donate({ donor: 'spammer', source: 'donationalerts' }).status).toBe('rejected');
  });
});

describe('moderation: allow after a block', () => {
  it('queues the blocked message again as a new job at the end, plan texts still gated, linked both ways', async () => {
    const planner = instantPlanner(100);
    const h = await harness({ planner });
    const blocked = h.donate({ message: 'NSFW but really fine', donor: 'Bob' }).id;
    await h.clock.advance(SHOW_MS + 10); // the text card shows and finishes
    expect(h.stage.history(1)[0]).toMatchObject({ id: blocked, status: 'done', blockedCategory: 'sexual', reason: '18+ request (sexual)' });
    const waitingJob = h.donate({ message: 'a dog' }).id;
    expect(refusal(h.stage.moderation.allow(waitingJob))).toBe('conflict'); // not blocked (and not finished)
    expect(refusal(h.stage.moderation.allow('missing'))).toBe('not-found');

    const result = h.stage.moderation.allow(blocked);
    expect(refusal(result)).toBeNull();
    const newId = (result as { id: string }).id;
    expect(newId).not.toBe(blocked);
    await h.clock.flush();
    expect(h.stage.snapshot().queue.map((j) => j.id)).toEqual([newId]); // at the end, after the dog
    const view = h.stage.snapshot().queue[0];
    expect(view).toMatchObject({ donor: 'Bob', message: 'NSFW but really fine' });
    // planned with the whole message; the planner's answer still passes the gate
    expect(planner.call(newId).request.message).toBe('NSFW but really fine');
    expect(refusal(h.stage.moderation.allow(blocked))).toBe('conflict'); // only once

    await h.clock.advance(2 * (100 + SHOW_MS));
    const history = h.stage.history(10);
    expect(history.find((e) => e.id === blocked)?.allowedAs).toBe(newId);
    expect(history.find((e) => e.id === newId)).toMatchObject({ status: 'done', allowedFrom: blocked, source: 'allow' });
    expect(history.find((e) => e.id === newId)?.blockedCategory).toBeUndefined();
    expect(refusal(h.stage.moderation.allow(newId))).toBe('conflict');
  });

  it('an allowed job whose plan shows a gated text falls back to the built-in drawing', async () => {
    const planner = new FakePlanner((request) =>
      request.message.includes('NSFW')
        ? {
            plan: { ...timedPlan(100), steps: [{ op: 'text', x: 1, y: 1, value: 'NSFW', font: '5x7', size: 1, color: '#ffffff' }] },
            source: 'llm',
          }
        : { plan: timedPlan(100), source: 'llm' },
    );
    const h = await harness({ planner });
    const blocked = h.donate({ message: 'NSFW' }).id;
    await h.clock.advance(SHOW_MS + 10);
    const { id } = h.stage.moderation.allow(blocked) as { id: string };
    await h.clock.flush();
    expect(h.stage.snapshot().current).toMatchObject({ id, planSource: 'builtin' });
  });
});

describe('moderation: restart', () => {
  it('pending jobs and the approval order survive a restart (real store file, no clean stop)', async () => {
    const h = await harness({ planner: new FakePlanner(), ...manual });
    const a = h.donate().id;
    const b = h.donate().id;
    const c = h.donate().id;
    h.stage.moderation.approve(c);
    h.stage.moderation.approve(a);
    await h.clock.flush();
    // like kill -9: a new store and stage on the same file, the old ones left as they are
    const h2 = h.restart({ planner: new FakePlanner(), clock: new ManualClock(h.clock.now() + 1000) });
    harnesses.add(h2);
    h2.stage.start();
    await h2.clock.flush();
    const snap = h2.stage.snapshot();
    expect(snap.moderation).toBe('manual');
    expect(snap.current?.id).toBe(c);
    expect(snap.queue.map((j) => j.id)).toEqual([a]);
    expect(snap.pending!.map((j) => [j.id, j.phase])).toEqual([[b, 'pending']]);
    expect(h2.stage.moderation.approve(b)).toEqual({ id: b, status: 'queued' });
    expect(h2.stage.snapshot().queue.map((j) => j.id)).toEqual([a, b]);
  });

  it('migrates a version 2 database and keeps its jobs', async () => {
    const h = await harness({ start: false });
    const { id } = h.donate();
    expect(h.store.schemaVersion).toBeGreaterThanOrEqual(3);
    const again = openStore(':memory:');
    expect(again.counts().finished.removed).toBe(0);
    again.close();
    expect(h.store.unfinishedJobs().map((j) => [j.id, j.pending])).toEqual([[id, false]]);
  });
});
