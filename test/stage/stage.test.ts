import { afterEach, describe, expect, it } from 'vitest';
import { isTextCard } from '../../src/dsl/index.js';
import { TEXT_CARD_TEXT } from '../../src/stage/fallback.js';
import { MAX_DRAW_ATTEMPTS } from '../../src/stage/stage.js';
import { ManualClock } from '../../src/stage/manual-clock.js';
import { eventTypes, FakePlanner, instantPlanner, stageHarnessPool, timedPlan } from './testing.js';

const SHOW_MS = 2000;
const harnesses = stageHarnessPool();
const harness = harnesses.make;
afterEach(harnesses.cleanupAll);

describe('stage: order and timing', () => {
  it('draws a burst of 50 donations strictly in arrival order, one at a time', async () => {
    const h = await harness();
    const ids = Array.from({ length: 50 }, (_, i) => h.donate({ message: `cat ${i}` }).id);
    let maxOnStage = 0;
    h.stage.subscribe((_event, snap) => {
      const onStage =
        (snap.current && ['drawing', 'showing'].includes(snap.current.phase) ? 1 : 0) +
        snap.queue.filter((j) => j.phase === 'drawing' || j.phase === 'showing').length;
      maxOnStage = Math.max(maxOnStage, onStage);
    });
    await h.clock.advance(50 * (100 + SHOW_MS) + 1000);
    const drawn = h.events.filter((e) => e.event.type === 'drawing').map((e) => e.event.jobId);
    expect(drawn).toEqual(ids);
    expect(maxOnStage).toBe(1);
    const history = h.stage.history(100);
    expect(history).toHaveLength(50);
    expect(history.every((e) => e.status === 'done')).toBe(true);
    expect(history.map((e) => e.id).reverse()).toEqual(ids);
    expect(h.stage.snapshot()).toMatchObject({ current: null, queue: [] });
  });

  it('times drawing by the compiled plan and the show by SHOW_DURATION_SEC', async () => {
    const h = await harness({ planner: instantPlanner(300) });
    const { id } = h.donate();
    await h.clock.flush();
    const start = h.clock.now();
    const current = h.stage.snapshot().current!;
    expect(current).toMatchObject({ id, phase: 'drawing', drawStartedAt: start, showEndsAt: start + 300 + SHOW_MS });
    expect(current.plan).toEqual(timedPlan(300));
    await h.clock.advance(299);
    expect(h.stage.snapshot().current!.phase).toBe('drawing');
    await h.clock.advance(1);
    expect(h.stage.snapshot().current!.phase).toBe('showing');
    await h.clock.advance(SHOW_MS - 1);
    expect(h.stage.snapshot().current!.phase).toBe('showing');
    await h.clock.advance(1);
    expect(h.stage.snapshot().current).toBeNull();
    expect(h.stage.history(1)[0]).toMatchObject({ id, status: 'done', finishedAt: start + 300 + SHOW_MS });
    // the store recorded the times the overlay aligns to
  });

  it('emits every transition in order with a matching snapshot', async () => {
    const h = await harness();
    const { id } = h.donate();
    await h.clock.advance(100 + SHOW_MS);
    expect(eventTypes(h, id)).toEqual(['queued', 'planning', 'planned', 'drawing', 'showing', 'done']);
    for (const { event, snapshot } of h.events) {
      expect(snapshot.serverTime).toBe(event.at);
      if (event.type === 'drawing' || event.type === 'showing') {
        expect(snapshot.current).toMatchObject({ id, phase: event.type });
        expect(snapshot.current!.drawStartedAt).toBeTypeOf('number');
      }
      if (event.type === 'queued') expect(snapshot.queue.map((j) => j.id)).toEqual([id]);
      if (event.type === 'done') expect(snapshot.current).toBeNull();
    }
  });

  it('plans ahead at most planAhead waiting jobs and never reorders them', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner, settings: { planAhead: 2 } });
    const ids = Array.from({ length: 5 }, () => h.donate().id);
    await h.clock.flush();
    expect(planner.jobIds()).toEqual(ids.slice(0, 3)); // current + 2 ahead
    // plans come back in reverse order
    planner.call(ids[2]).resolve({ plan: timedPlan(100), source: 'llm' });
    planner.call(ids[1]).resolve({ plan: timedPlan(100), source: 'llm' });
    await h.clock.advance(5000);
    let snap = h.stage.snapshot();
    expect(snap.current).toMatchObject({ id: ids[0], phase: 'planning' });
    expect(snap.queue.map((j) => [j.id, j.phase, j.planned ?? false])).toEqual([
      [ids[1], 'queued', true],
      [ids[2], 'queued', true],
      [ids[3], 'queued', false],
      [ids[4], 'queued', false],
    ]);
    planner.call(ids[0]).resolve({ plan: timedPlan(100), source: 'llm' });
    await h.clock.flush();
    snap = h.stage.snapshot();
    expect(snap.current).toMatchObject({ id: ids[0], phase: 'drawing' });
    expect(planner.jobIds()).toEqual(ids.slice(0, 3)); // window did not move yet: job 1 still current
    await h.clock.advance(100 + SHOW_MS);
    // job 2 was ready: drawn at once; the window moved on to job 4
    expect(h.stage.snapshot().current).toMatchObject({ id: ids[1], phase: 'drawing' });
    expect(planner.jobIds()).toEqual(ids.slice(0, 4));
  });

  it('holds job 2 back while job 1 is still planning, even when job 2 is planned', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const [a, b] = [h.donate().id, h.donate().id];
    await h.clock.flush();
    planner.call(b).resolve({ plan: timedPlan(100), source: 'llm' });
    await h.clock.advance(9000);
    expect(h.stage.snapshot().current).toMatchObject({ id: a, phase: 'planning' });
    expect(h.events.some((e) => e.event.type === 'drawing')).toBe(false);
    planner.call(a).resolve({ plan: timedPlan(100), source: 'llm' });
    await h.clock.advance(100 + SHOW_MS);
    const drawn = h.events.filter((e) => e.event.type === 'drawing').map((e) => e.event.jobId);
    expect(drawn).toEqual([a, b]);
  });
});

describe('stage: gate and acceptance', () => {
  it('shows the text card for an 18+ message without calling the planner, then records done', async () => {
    const h = await harness();
    const { id } = h.donate({ message: 'draw something NSFW please', donor: 'Bob' });
    await h.clock.flush();
    expect(h.planner.calls).toHaveLength(0);
    const current = h.stage.snapshot().current!;
    expect(current).toMatchObject({ id, donor: 'Bob', message: '', phase: 'showing', planSource: 'gate' });
    expect(isTextCard(current.plan!)).toBe(true);
    expect(current.plan).toMatchObject({ render_text: TEXT_CARD_TEXT, duration_sec: 2, caption: 'All for you' });
    expect(current.showEndsAt! - current.drawStartedAt!).toBe(2000);
    expect(JSON.stringify(h.events)).not.toContain('NSFW');
    await h.clock.advance(2000);
    expect(h.stage.history(1)[0]).toMatchObject({ id, status: 'done', message: '' });
    expect(h.planner.calls).toHaveLength(0);
  });

  it('shows an offending or empty donor name as "Anonymous"', async () => {
    const h = await harness({ start: false });
    const bad = h.donate({ donor: 'xx NSFW xx' });
    const empty = h.donate({ donor: '   ' });
    const fine = h.donate({ donor: '<b>Zoë</b>' });
    h.stage.start();
    const snap = h.stage.snapshot();
    const donors = [snap.current, ...snap.queue].filter(Boolean).map((j) => [j!.id, j!.donor]);
    expect(donors).toEqual([
      [bad.id, 'Anonymous'],
      [empty.id, 'Anonymous'],
      [fine.id, '<b>Zoë</b>'],
    ]);
  });

  it('truncates the on-stream message to 80 characters with an ellipsis', async () => {
    const h = await harness({ start: false });
    const long = 'котик '.repeat(40);
    h.donate({ message: long });
    h.stage.start();
    const current = h.stage.snapshot().current!;
    expect(Array.from(current.message).length).toBeLessThanOrEqual(80);
    expect(current.message.endsWith('…')).toBe(true);
    expect(long.startsWith(current.message.slice(0, -1))).toBe(true);
    await h.clock.flush();
    expect(h.planner.calls[0].request.message).toBe(long.trim()); // the planner gets the whole message
  });

  it('rejects below MIN_AMOUNT per currency (a currency not listed has no minimum)', async () => {
    const h = await harness({ settings: { minAmount: { RUB: 100, USD: 1 } } });
    expect(h.donate({ amount: 50, currency: 'RUB' }).status).toBe('rejected');
    expect(h.donate({ amount: 100, currency: 'RUB' }).status).toBe('queued');
    expect(h.donate({ amount: 0.5, currency: 'usd' }).status).toBe('rejected');
    expect(h.donate({ amount: 0.01, currency: 'EUR' }).status).toBe('queued');
    const rejected = h.stage.history(10).filter((e) => e.status === 'rejected');
    expect(rejected).toHaveLength(2);
    expect(rejected.map((e) => e.amount).sort()).toEqual([0.5, 50]);
  });

  it('rejects below a single MIN_AMOUNT, empty messages and donations a source marked as nothing to draw', async () => {
    const h = await harness({ settings: { minAmount: 10 } });
    const results = [
      h.donate({ amount: 5 }),
      h.donate({ message: '   ' }),
      h.donate({ rejectReason: 'audio message: nothing to draw' }),
      h.donate({ amount: Number.NaN }),
      h.donate({ amount: 10 }),
    ];
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'queued']);
    await h.clock.flush();
    expect(h.planner.calls.map((c) => c.request.jobId)).toEqual([results[4].id]);
    expect(h.stage.history(10).filter((e) => e.status === 'rejected')).toHaveLength(4);
  });

  it('answers a repeated (source, id) with the same id and makes no second job', async () => {
    const h = await harness();
    const first = h.donate({ id: 'same' });
    const again = h.donate({ id: 'same', message: 'something else' });
    expect(again).toEqual({ id: first.id, duplicate: true, status: 'queued' });
    expect(h.stage.has('webhook', 'same')).toBe(true);
    await h.clock.advance(100 + SHOW_MS);
    expect(h.donate({ id: 'same' })).toMatchObject({ id: first.id, duplicate: true });
    await h.clock.advance(10_000);
    expect(h.stage.history(10)).toHaveLength(1);
    expect(eventTypes(h).filter((t) => t === 'queued')).toHaveLength(1);
  });
});

describe('stage: planner trouble never stalls the stage', () => {
  const cases: [string, FakePlanner][] = [
    ['rejects', new FakePlanner(() => Promise.reject(new Error('connection refused')))],
    [
      'throws synchronously',
      Object.assign(new FakePlanner(), {
        plan: () => {
          throw new Error('sync bug');
        },
      }) as FakePlanner,
    ],
    ['returns an invalid plan', new FakePlanner(() => ({ plan: { version: '1', steps: [] } as never, source: 'llm' }))],
    ['returns nothing', new FakePlanner(() => undefined as never)],
    [
      'returns text the gate blocks',
      new FakePlanner(() => ({
        plan: { ...timedPlan(100), steps: [{ op: 'text', x: 0, y: 0, value: 'NSFW', font: '5x7', size: 1, color: '#ffffff' }] },
        source: 'llm',
      })),
    ],
  ];
  for (const [name, planner] of cases) {
    it(`draws the built-in fallback when the planner ${name}`, async () => {
      const h = await harness({ planner });
      const { id } = h.donate();
      h.donate();
      await h.clock.flush();
      const current = h.stage.snapshot().current!;
      expect(current).toMatchObject({ id, phase: 'drawing', planSource: 'builtin' });
      expect(current.planNote).toBeTruthy();
      expect(current.plan!.caption).toBe('All for you');
      await h.clock.advance(60_000);
      expect(h.stage.history(10).map((e) => e.status)).toEqual(['done', 'done']);
    });
  }

  it('aborts a planner that hangs past planTimeoutMs and draws the fallback', async () => {
    const planner = new FakePlanner(() => new Promise(() => undefined));
    const h = await harness({ planner, settings: { planTimeoutMs: 10_000 } });
    const { id } = h.donate();
    await h.clock.advance(9_999);
    expect(h.stage.snapshot().current).toMatchObject({ id, phase: 'planning' });
    expect(planner.calls[0].options?.signal?.aborted).toBe(false);
    await h.clock.advance(1);
    expect(planner.calls[0].options?.signal?.aborted).toBe(true);
    expect(h.stage.snapshot().current).toMatchObject({ id, phase: 'drawing', planSource: 'builtin' });
    expect(h.stage.snapshot().current!.planNote).toMatch(/longer than 10 s/);
    // a late answer after the timeout changes nothing
    planner.calls[0].resolve({ plan: timedPlan(5), source: 'llm' });
    await h.clock.flush();
    expect(h.stage.snapshot().current!.planSource).toBe('builtin');
  });

  it('keeps the planner fallback reason as planNote', async () => {
    const planner = new FakePlanner(() => ({ plan: timedPlan(100), source: 'builtin', fallbackReason: 'LLM server down' }));
    const h = await harness({ planner });
    h.donate();
    await h.clock.flush();
    expect(h.stage.snapshot().current).toMatchObject({ planSource: 'builtin', planNote: 'LLM server down' });
  });
});

describe('stage: operator actions', () => {
  it('skips a job mid-planning and starts the next', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const [a, b] = [h.donate().id, h.donate().id];
    await h.clock.flush();
    planner.call(b).resolve({ plan: timedPlan(100), source: 'llm' });
    await h.clock.flush();
    expect(h.stage.skip()).toBe(true);
    expect(planner.call(a).options?.signal?.aborted).toBe(true);
    expect(h.stage.snapshot().current).toMatchObject({ id: b, phase: 'drawing' });
    planner.call(a).resolve({ plan: timedPlan(100), source: 'llm' }); // too late: ignored
    await h.clock.flush();
    expect(h.stage.history(5)).toEqual([expect.objectContaining({ id: a, status: 'skipped' })]);
  });

  it('skips a job mid-drawing and starts the next at once', async () => {
    const h = await harness({ planner: instantPlanner(1000) });
    const [a, b] = [h.donate().id, h.donate().id];
    await h.clock.advance(500);
    expect(h.stage.snapshot().current).toMatchObject({ id: a, phase: 'drawing' });
    const at = h.clock.now();
    expect(h.stage.skip()).toBe(true);
    expect(h.stage.snapshot().current).toMatchObject({ id: b, phase: 'drawing', drawStartedAt: at });
    await h.clock.advance(1000 + SHOW_MS);
    expect(h.stage.history(5).map((e) => [e.id, e.status])).toEqual([
      [b, 'done'],
      [a, 'skipped'],
    ]);
  });

  it('skips a job mid-show and starts the next', async () => {
    const h = await harness();
    const [a, b] = [h.donate().id, h.donate().id];
    await h.clock.advance(100 + 500);
    expect(h.stage.snapshot().current).toMatchObject({ id: a, phase: 'showing' });
    h.stage.skip();
    expect(h.stage.snapshot().current).toMatchObject({ id: b, phase: 'drawing' });
    // the skipped job's end-of-show timer must not end job b early
    await h.clock.advance(SHOW_MS);
    expect(h.stage.snapshot().current).toMatchObject({ id: b, phase: 'showing' });
    expect(h.stage.skip()).toBe(true);
    expect(h.stage.skip()).toBe(false);
    expect(eventTypes(h).filter((t) => t === 'skipped')).toHaveLength(2);
  });

  it('clears waiting jobs (history "cleared"), aborts their planning, and keeps the current one', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const ids = [h.donate().id, h.donate().id, h.donate().id, h.donate().id];
    await h.clock.flush();
    expect(h.stage.clear()).toBe(3);
    expect(planner.call(ids[1]).options?.signal?.aborted).toBe(true);
    expect(planner.call(ids[2]).options?.signal?.aborted).toBe(true);
    expect(planner.call(ids[0]).options?.signal?.aborted).toBe(false);
    expect(h.stage.snapshot()).toMatchObject({ current: { id: ids[0] }, queue: [] });
    expect(h.stage.history(10).map((e) => e.status)).toEqual(['cleared', 'cleared', 'cleared']);
    expect(h.events.at(-1)!.event).toMatchObject({ type: 'cleared', detail: '3' });
    planner.call(ids[1]).resolve({ plan: timedPlan(100), source: 'llm' });
    planner.call(ids[0]).resolve({ plan: timedPlan(100), source: 'llm' });
    await h.clock.advance(100 + SHOW_MS);
    expect(h.stage.history(10).map((e) => [e.id, e.status])[0]).toEqual([ids[0], 'done']);
    expect(h.stage.clear()).toBe(0);
    expect(h.store.unfinishedJobs()).toHaveLength(0);
  });

  it('pauses after the current job and resumes on demand; the flag survives a restart', async () => {
    const h = await harness();
    const [a, b] = [h.donate().id, h.donate().id];
    await h.clock.advance(50);
    h.stage.pause();
    expect(h.stage.snapshot()).toMatchObject({ paused: true, current: { id: a, phase: 'drawing' } });
    await h.clock.advance(100 + SHOW_MS);
    expect(h.stage.history(5).map((e) => e.id)).toEqual([a]);
    await h.clock.advance(60_000);
    expect(h.stage.snapshot()).toMatchObject({ paused: true, current: null, queue: [{ id: b }] });
    expect(h.events.filter((e) => e.event.type === 'drawing').map((e) => e.event.jobId)).toEqual([a]);

    const after = h.restart();
    harnesses.add(after);
    after.stage.start();
    expect(after.stage.snapshot()).toMatchObject({ paused: true, current: null });
    after.stage.resume();
    expect(after.stage.snapshot()).toMatchObject({ paused: false, current: { id: b, phase: 'drawing' } });
    expect(eventTypes(after).slice(0, 2)).toEqual(['resumed', 'drawing']);
  });
  it('skipping while paused ends the current job and starts nothing', async () => {
    const h = await harness();
    h.donate();
    const b = h.donate().id;
    await h.clock.advance(50);
    h.stage.pause();
    expect(h.stage.skip()).toBe(true);
    expect(h.stage.snapshot()).toMatchObject({ paused: true, current: null, queue: [{ id: b }] });
    await h.clock.advance(30_000);
    expect(h.stage.snapshot().current).toBeNull();
    expect(h.stage.counts()).toMatchObject({ waiting: 1, currentPhase: null, unfinished: 1, finished: { skipped: 1 } });
    h.stage.resume();
    expect(h.stage.snapshot().current).toMatchObject({ id: b, phase: 'drawing' });
    expect(eventTypes(h).filter((t) => ['paused', 'skipped', 'resumed'].includes(t))).toEqual(['paused', 'skipped', 'resumed']);
  });
});

describe('stage: restart recovery', () => {
  it('after a crash mid-drawing, draws the interrupted job again from the start and keeps the waiting order', async () => {
    const h = await harness({ planner: instantPlanner(1000) });
    const done = h.donate().id;
    await h.clock.advance(1000 + SHOW_MS); // finished before the crash
    const ids = [h.donate().id, h.donate().id, h.donate().id];
    await h.clock.advance(400);
    expect(h.stage.snapshot().current).toMatchObject({ id: ids[0], phase: 'drawing' });

    // kill -9: the old stage is simply abandoned; a new process opens the same file
    const planner = instantPlanner(1000);
    const clock = new ManualClock(h.clock.now() + 30_000);
    const after = h.restart({ planner, clock });
    harnesses.add(after);
    after.stage.start();
    const snap = after.stage.snapshot();
    expect(snap.current).toMatchObject({
      id: ids[0],
      phase: 'drawing',
      drawStartedAt: clock.now(),
      showEndsAt: clock.now() + 1000 + SHOW_MS,
    });
    expect(snap.queue.map((j) => j.id)).toEqual(ids.slice(1));
    await clock.advance(10 * (1000 + SHOW_MS));
    expect(planner.jobIds()).not.toContain(ids[0]); // its plan was stored: not planned again
    const history = after.stage.history(10);
    expect(history.map((e) => [e.id, e.status])).toEqual([
      [ids[2], 'done'],
      [ids[1], 'done'],
      [ids[0], 'done'],
      [done, 'done'],
    ]);
    expect(after.events.filter((e) => e.event.jobId === done)).toHaveLength(0);
  });

  it('after a crash mid-show, draws that job again from the start', async () => {
    const h = await harness();
    const [a, b] = [h.donate().id, h.donate().id];
    await h.clock.advance(100 + 1000);
    expect(h.stage.snapshot().current).toMatchObject({ id: a, phase: 'showing' });
    h.store.close();
    const after = h.restart();
    harnesses.add(after);
    after.stage.start();
    expect(after.stage.snapshot().current).toMatchObject({ id: a, phase: 'drawing', drawStartedAt: after.clock.now() });
    await after.clock.advance(2 * (100 + SHOW_MS));
    expect(after.stage.history(5).map((e) => [e.id, e.status])).toEqual([
      [b, 'done'],
      [a, 'done'],
    ]);
  });

  it('after a clean stop with jobs mid-planning, plans them again and keeps the order', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const ids = [h.donate().id, h.donate().id, h.donate().id];
    await h.clock.flush();
    planner.call(ids[1]).resolve({ plan: timedPlan(100, '#00ff00'), source: 'llm' });
    await h.clock.flush();
    await h.stage.stop();
    expect(planner.call(ids[0]).options?.signal?.aborted).toBe(true);
    expect(h.store.unfinishedJobs().map((j) => [j.id, j.phase, j.plan !== null])).toEqual([
      [ids[0], 'queued', false],
      [ids[1], 'queued', true],
      [ids[2], 'queued', false],
    ]);
    h.store.close();
    const next = instantPlanner(100);
    const after = h.restart({ planner: next });
    harnesses.add(after);
    after.stage.start();
    await after.clock.advance(3 * (100 + SHOW_MS));
    expect(next.jobIds()).toEqual([ids[0], ids[2]]); // the stored plan of job 2 is reused
    const drawn = after.events.filter((e) => e.event.type === 'drawing').map((e) => e.event.jobId);
    expect(drawn).toEqual(ids);
  });

  it('marks a job failed when its drawing keeps getting interrupted, and goes on', async () => {
    const h = await harness();
    const [a, b] = [h.donate().id, h.donate().id];
    await h.clock.advance(50);
    let last = h;
    for (let i = 0; i < MAX_DRAW_ATTEMPTS - 1; i++) {
      last = last.restart();
      harnesses.add(last);
      last.stage.start();
      expect(last.stage.snapshot().current).toMatchObject({ id: a, phase: 'drawing' });
    }
    const final = last.restart();
    harnesses.add(final);
    final.stage.start();
    expect(final.stage.history(5)[0]).toMatchObject({ id: a, status: 'failed' });
    await final.clock.flush();
    expect(final.stage.snapshot().current).toMatchObject({ id: b, phase: 'drawing' });
  });

  it('accepts donations before start and picks them up on start', async () => {
    const h = await harness({ start: false });
    const id = h.donate().id;
    await h.clock.advance(10_000);
    expect(h.planner.calls).toHaveLength(0);
    h.stage.start();
    await h.clock.flush();
    expect(h.stage.snapshot().current).toMatchObject({ id, phase: 'drawing' });
  });
});

describe('stage: robustness', () => {
  it('keeps going when a subscriber throws', async () => {
    const h = await harness();
    h.stage.subscribe(() => {
      throw new Error('listener bug');
    });
    const { id } = h.donate();
    await h.clock.advance(100 + SHOW_MS);
    expect(h.stage.history(1)[0]).toMatchObject({ id, status: 'done' });
  });

  it('treats a gate that throws as "18+" (fails closed)', async () => {
    const gate = {
      check: () => {
        throw new Error('gate bug');
      },
    };
    const h = await harness({ gate });
    h.donate({ donor: 'Carol', message: 'a cat' });
    await h.clock.flush();
    expect(h.planner.calls).toHaveLength(0);
    expect(h.stage.snapshot().current).toMatchObject({ donor: 'Anonymous', message: '', planSource: 'gate' });
  });

  it('throws from accept when the store cannot write, so the source does not acknowledge', async () => {
    const h = await harness();
    h.store.close();
    expect(() => h.donate()).toThrow();
    expect(h.stage.snapshot().queue).toHaveLength(0);
  });

  it('logs every failed store write and keeps the show going from memory', async () => {
    const errors: string[] = [];
    const logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (_obj: unknown, msg?: string) => errors.push(String(msg)),
    } as never;
    const h = await harness({ logger });
    const [a, b] = [h.donate().id, h.donate().id];
    await h.clock.advance(50);
    h.store.close(); // the disk is gone mid-drawing
    await h.clock.advance(2 * (100 + SHOW_MS));
    const drawn = h.events.filter((e) => e.event.type === 'done').map((e) => e.event.jobId);
    expect(drawn).toEqual([a, b]);
    expect(errors.filter((m) => m.includes('store write failed')).length).toBeGreaterThanOrEqual(3);
    expect(h.stage.history(5)).toEqual([]);
    expect(h.stage.has('webhook', 'x')).toBe(false);
  });

  it('stops cleanly: no timers fire work afterwards and late plans are ignored', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const [a] = [h.donate().id, h.donate().id];
    await h.clock.flush();
    await h.stage.stop();
    const before = h.events.length;
    planner.call(a).resolve({ plan: timedPlan(100), source: 'llm' });
    await h.clock.advance(60_000);
    expect(h.events.length).toBe(before);
    expect(h.store.unfinishedJobs()).toHaveLength(2);
  });
});

describe('stage: with the real built-in planner', () => {
  it('plans, draws and shows built-in plans in order, timing the drawing by compilePlan', async () => {
    const { createBuiltinPlanner } = await import('../../src/planner/index.js');
    const { compilePlan } = await import('../../src/raster/index.js');
    const { TEST_RENDERER } = await import('./testing.js');
    const builtin = createBuiltinPlanner(TEST_RENDERER);
    const planner = new FakePlanner((request, options) => builtin.plan(request, options));
    const h = await harness({ planner });
    const ids = ['кот в космосе', 'a red house', 'дракон'].map((message) => h.donate({ message }).id);
    await h.clock.flush();
    const first = h.stage.snapshot().current!;
    expect(first).toMatchObject({ id: ids[0], phase: 'drawing', planSource: 'builtin' });
    const total = compilePlan(first.plan!, TEST_RENDERER).totalMs;
    expect(first.showEndsAt! - first.drawStartedAt!).toBe(total + SHOW_MS);
    await h.clock.advance(3 * (TEST_RENDERER.maxDrawSec * 1000 + SHOW_MS));
    expect(
      h.stage
        .history(5)
        .map((e) => [e.id, e.status])
        .reverse(),
    ).toEqual(ids.map((id) => [id, 'done']));
  });
});
