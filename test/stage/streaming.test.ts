// Streaming: the head job starts drawing from the planner's first complete step, late steps
// extend the drawing, a broken stream keeps what was drawn. The planner is driven by hand
// (FakePlanner: the test calls onPartial and resolves), time by the ManualClock.
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlan, type DrawPlan, type Plan, type Step } from '../../src/dsl/index.js';
import { compilePlan, frameAt } from '../../src/raster/index.js';
import { STREAMING_NOTE } from '../../src/stage/stage.js';
import { STREAM_PERSIST_INTERVAL_MS } from '../../src/stage/streaming-plan.js';
import { eventTypes, FakePlanner, stageHarnessPool, TEST_RENDERER, type PlannerCall } from './testing.js';

const SHOW_MS = 2000;
const harnesses = stageHarnessPool();
const harness = harnesses.make;
afterEach(harnesses.cleanupAll);

/** A normalised plan of `n` rects, each drawing for `ms`. */
function streamPlan(n: number, ms = 1000, extra: Partial<Record<string, unknown>> = {}): DrawPlan {
  const steps = Array.from({ length: n }, (_, i) => ({
    op: 'rect',
    x: i * 8,
    y: 10,
    w: 6,
    h: 6,
    fill: i % 2 ? 'blue' : 'red',
    animate: { duration_ms: ms },
    ...extra,
  }));
  const { plan } = parsePlan({ version: '1', canvas: { w: 96, h: 96 }, seed: 3, steps }, TEST_RENDERER);
  return plan as DrawPlan;
}

function prefix(plan: DrawPlan, k: number): DrawPlan {
  return { ...plan, steps: plan.steps.slice(0, k) };
}

/** Sends the partial plan with the first `k` steps, as the planner's onPartial does. */
function partial(call: PlannerCall, plan: DrawPlan, k: number, from = k - 1): void {
  call.options!.onPartial!({ plan: prefix(plan, k), newSteps: plan.steps.slice(from, k) as Step[] });
}

function steps(plan: Plan | undefined): number {
  return plan && 'steps' in plan ? plan.steps.length : -1;
}

describe('stage: streaming plans', () => {
  it('starts drawing as soon as the first complete step arrives', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const { id } = h.donate();
    await h.clock.flush();
    expect(h.stage.snapshot().current).toMatchObject({ id, phase: 'planning' });
    const plan = streamPlan(3);
    await h.clock.advance(700); // the model thinks
    const start = h.clock.now();
    partial(planner.call(id), plan, 1);
    const current = h.stage.snapshot().current!;
    expect(current).toMatchObject({ id, phase: 'drawing', drawStartedAt: start, stepArrivals: [0], streaming: true, planSource: 'llm' });
    expect(steps(current.plan)).toBe(1);
    expect(eventTypes(h, id)).toEqual(['queued', 'planning', 'drawing']);
    // The stored plan is the prefix, marked as still arriving.
    expect(h.store.getJob(id)).toMatchObject({ phase: 'drawing', planNote: STREAMING_NOTE, drawStartedAt: start, attempts: 1 });
  });

  it('waits at the last known step when the model is slower than the brush, then goes on', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const { id } = h.donate();
    await h.clock.flush();
    const plan = streamPlan(3);
    const call = planner.call(id);
    const start = h.clock.now();
    partial(call, plan, 1);
    await h.clock.advance(3000); // step 0 ended at 1000; nothing more known
    expect(h.stage.snapshot().current!.phase).toBe('drawing');
    partial(call, plan, 2);
    let current = h.stage.snapshot().current!;
    expect(current.stepArrivals).toEqual([0, 3000]);
    expect(steps(current.plan)).toBe(2);
    expect(h.events.at(-1)!.event).toMatchObject({ type: 'step', jobId: id, detail: '2' });
    await h.clock.advance(500);
    // The third step comes only with the whole answer.
    call.resolve({ plan, source: 'llm' });
    await h.clock.flush();
    current = h.stage.snapshot().current!;
    expect(current.stepArrivals).toEqual([0, 3000, 3500]);
    expect(current.streaming).toBeUndefined();
    expect(current.showEndsAt).toBe(start + 5000 + SHOW_MS); // 3000..4000, then 4000..5000
    expect(compilePlan(current.plan!, TEST_RENDERER, { arrivals: current.stepArrivals }).totalMs).toBe(5000);
    await h.clock.advanceTo(start + 4999);
    expect(h.stage.snapshot().current!.phase).toBe('drawing');
    await h.clock.advanceTo(start + 5000);
    expect(h.stage.snapshot().current!.phase).toBe('showing');
    await h.clock.advanceTo(start + 5000 + SHOW_MS);
    expect(h.stage.snapshot().current).toBeNull();
    // History keeps the normal final plan: a replay uses the spec timeline.
    const entry = h.stage.history(1)[0];
    expect(entry).toMatchObject({ id, status: 'done' });
    expect(entry.plan).toEqual(plan);
  });

  it('shows the finished plan at its final picture whatever the arrivals were', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const { id } = h.donate();
    await h.clock.flush();
    const plan = streamPlan(4, 400);
    const call = planner.call(id);
    for (let k = 1; k <= 4; k++) {
      partial(call, plan, k);
      await h.clock.advance(k * 250);
    }
    call.resolve({ plan, source: 'llm' });
    await h.clock.flush();
    const current = h.stage.snapshot().current!;
    const streamed = compilePlan(current.plan!, TEST_RENDERER, { arrivals: current.stepArrivals });
    expect(Buffer.from(frameAt(streamed, streamed.totalMs)).equals(Buffer.from(frameAt(compilePlan(plan, TEST_RENDERER), Infinity)))).toBe(
      true,
    );
  });

  it('a stream that breaks off ends cleanly with the steps already drawn', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const { id } = h.donate();
    const next = h.donate().id;
    await h.clock.flush();
    const plan = streamPlan(4);
    const call = planner.call(id);
    const start = h.clock.now();
    partial(call, plan, 1);
    await h.clock.advance(200);
    partial(call, plan, 2);
    await h.clock.advance(300);
    // The planner gave up on the model and fell back to its built-in plan.
    call.resolve({ plan: streamPlan(1, 50, { fill: 'yellow' }), source: 'builtin', fallbackReason: 'LLM reset' });
    await h.clock.flush();
    const current = h.stage.snapshot().current!;
    expect(current).toMatchObject({ id, phase: 'drawing', planSource: 'llm', stepArrivals: [0, 200] });
    expect(current.plan).toEqual(prefix(plan, 2));
    expect(current.planNote).toMatch(/broke off after 2 steps: LLM reset/);
    await h.clock.advanceTo(start + 2000); // step 1: 1000..2000
    expect(h.stage.snapshot().current!.phase).toBe('showing');
    await h.clock.advanceTo(start + 2000 + SHOW_MS);
    expect(h.stage.history(1)[0]).toMatchObject({ id, status: 'done', plan: prefix(plan, 2) });
    expect(h.stage.snapshot().current?.id).toBe(next);
  });

  it('keeps what was drawn when the planner fails, answers nothing in time, or answers with fewer steps', async () => {
    for (const ending of ['reject', 'timeout', 'shorter'] as const) {
      const planner = new FakePlanner();
      const h = await harness({ planner, settings: { planTimeoutMs: 10_000 } });
      const { id } = h.donate();
      await h.clock.flush();
      const plan = streamPlan(3);
      const call = planner.call(id);
      partial(call, plan, 2, 0);
      if (ending === 'reject') call.reject(new Error('boom'));
      if (ending === 'shorter') call.resolve({ plan: prefix(plan, 1), source: 'llm' });
      await h.clock.advance(ending === 'timeout' ? 10_000 : 0);
      const current = h.stage.snapshot().current!;
      expect(current.phase, ending).toBe(ending === 'timeout' ? 'showing' : 'drawing');
      expect(current.plan, ending).toEqual(prefix(plan, 2));
      expect(current.planNote, ending).toMatch(/broke off after 2 steps/);
      if (ending === 'timeout') expect(current.showEndsAt).toBe(h.clock.now() + SHOW_MS); // the show lasts in full
      await h.clock.advance(ending === 'timeout' ? SHOW_MS : 2000 + SHOW_MS);
      expect(h.stage.history(1)[0], ending).toMatchObject({ id, status: 'done', plan: prefix(plan, 2) });
    }
  });

  it('never draws a partial that fails the checks (blocked text) and then waits for the whole answer', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const { id } = h.donate();
    await h.clock.flush();
    const call = planner.call(id);
    const bad = parsePlan(
      { version: '1', canvas: { w: 96, h: 96 }, steps: [{ op: 'text', x: 1, y: 1, value: 'NSFW', color: 'red' }] },
      TEST_RENDERER,
    ).plan as DrawPlan;
    call.options!.onPartial!({ plan: bad, newSteps: bad.steps });
    expect(h.stage.snapshot().current!.phase).toBe('planning');
    // Later partials of the same stream are not drawn either.
    partial(call, streamPlan(2), 2, 0);
    expect(h.stage.snapshot().current!.phase).toBe('planning');
    call.resolve({ plan: streamPlan(2), source: 'llm' });
    await h.clock.flush();
    const current = h.stage.snapshot().current!;
    expect(current.phase).toBe('drawing');
    expect(current.stepArrivals).toBeUndefined();
  });

  it('a job planned ahead whose partial is refused does not stream when its turn comes', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const a = h.donate().id;
    const b = h.donate().id;
    await h.clock.flush();
    const callB = planner.call(b);
    partial(callB, streamPlan(2), 1);
    const bad = parsePlan(
      {
        version: '1',
        canvas: { w: 96, h: 96 },
        seed: 3,
        steps: [...streamPlan(1).steps, { op: 'text', x: 1, y: 1, value: 'NSFW', color: 'red' }],
      },
      TEST_RENDERER,
    ).plan as DrawPlan;
    callB.options!.onPartial!({ plan: bad, newSteps: bad.steps.slice(1) });
    planner.call(a).resolve({ plan: streamPlan(1, 100), source: 'llm' });
    await h.clock.advance(100 + SHOW_MS);
    expect(h.stage.snapshot().current).toMatchObject({ id: b, phase: 'planning' });
    callB.resolve({ plan: streamPlan(2), source: 'llm' });
    await h.clock.flush();
    const current = h.stage.snapshot().current!;
    expect(current).toMatchObject({ id: b, phase: 'drawing' });
    expect(current.stepArrivals).toBeUndefined();
  });

  it('jobs planned ahead buffer their partials, never jump the line, and stream when their turn comes', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner, settings: { planAhead: 2 } });
    const a = h.donate({ message: 'a' }).id;
    const b = h.donate({ message: 'b' }).id;
    const c = h.donate({ message: 'c' }).id;
    await h.clock.flush();
    expect(planner.jobIds()).toEqual([a, b, c]);
    const planB = streamPlan(2);
    const planC = streamPlan(1, 300);
    partial(planner.call(b), planB, 1);
    partial(planner.call(c), planC, 1);
    planner.call(c).resolve({ plan: planC, source: 'llm' }); // complete before its turn
    await h.clock.flush();
    let snap = h.stage.snapshot();
    expect(snap.current).toMatchObject({ id: a, phase: 'planning' });
    expect(snap.queue.map((j) => [j.id, j.phase, j.planned ?? false])).toEqual([
      [b, 'planning', false],
      [c, 'queued', true],
    ]);
    planner.call(a).resolve({ plan: streamPlan(1, 500), source: 'llm' });
    await h.clock.flush();
    expect(h.stage.snapshot().current).toMatchObject({ id: a, phase: 'drawing' });
    expect(h.stage.snapshot().current!.stepArrivals).toBeUndefined();
    await h.clock.advance(500 + SHOW_MS);
    // b's plan is still incomplete: it starts from its buffered partial at once.
    snap = h.stage.snapshot();
    const bStart = h.clock.now();
    expect(snap.current).toMatchObject({ id: b, phase: 'drawing', drawStartedAt: bStart, stepArrivals: [0], streaming: true });
    await h.clock.advance(1500);
    planner.call(b).resolve({ plan: planB, source: 'llm' });
    await h.clock.flush();
    expect(h.stage.snapshot().current!.stepArrivals).toEqual([0, 1500]);
    await h.clock.advance(1000 + SHOW_MS);
    // c was complete before its turn: drawn exactly as a normal plan.
    snap = h.stage.snapshot();
    expect(snap.current).toMatchObject({ id: c, phase: 'drawing', showEndsAt: h.clock.now() + 300 + SHOW_MS });
    expect(snap.current!.stepArrivals).toBeUndefined();
    await h.clock.advance(300 + SHOW_MS);
    const drawn = h.events.filter((e) => e.event.type === 'drawing').map((e) => e.event.jobId);
    expect(drawn).toEqual([a, b, c]);
    expect(h.stage.history(3).map((e) => e.status)).toEqual(['done', 'done', 'done']);
  });

  it('does not start a partial while paused, and a skip mid-stream ends the job and moves on', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    h.stage.pause();
    const { id } = h.donate();
    const next = h.donate().id;
    await h.clock.flush();
    const plan = streamPlan(3);
    partial(planner.call(id), plan, 1);
    expect(h.stage.snapshot().current).toBeNull();
    h.stage.resume();
    await h.clock.flush();
    expect(h.stage.snapshot().current).toMatchObject({ id, phase: 'drawing', streaming: true });
    partial(planner.call(id), plan, 2);
    expect(h.stage.skip()).toBe(true);
    // A late partial or answer for the skipped job changes nothing.
    partial(planner.call(id), plan, 3);
    planner.call(id).resolve({ plan, source: 'llm' });
    await h.clock.flush();
    expect(h.stage.history(1)[0]).toMatchObject({ id, status: 'skipped', plan: prefix(plan, 2) });
    expect(h.stage.snapshot().current?.id).toBe(next);
  });

  it('a restart mid-stream draws again, from the start, the steps that had arrived (no second LLM call)', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const { id } = h.donate();
    await h.clock.flush();
    const plan = streamPlan(3);
    partial(planner.call(id), plan, 1);
    await h.clock.advance(100);
    partial(planner.call(id), plan, 2);
    // The growing plan is written at most every STREAM_PERSIST_INTERVAL_MS: wait for that write.
    await h.clock.advance(STREAM_PERSIST_INTERVAL_MS);
    // kill -9: the old stage is simply abandoned.
    const replanner = new FakePlanner();
    const h2 = h.restart({ planner: replanner });
    h2.stage.start();
    await h2.clock.flush();
    const current = h2.stage.snapshot().current!;
    expect(current).toMatchObject({ id, phase: 'drawing', drawStartedAt: h2.clock.now() });
    expect(current.plan).toEqual(prefix(plan, 2));
    expect(current.stepArrivals).toBeUndefined(); // a normal plan now: the spec timeline
    expect(current.planNote).toMatch(/still arriving when the service stopped; drawing the 2 steps/);
    expect(replanner.jobIds()).not.toContain(id);
    expect(h2.store.getJob(id)).toMatchObject({ attempts: 2 });
    await h2.clock.advance(2000 + SHOW_MS);
    expect(h2.stage.history(1)[0]).toMatchObject({ id, status: 'done', plan: prefix(plan, 2) });
  });

  it('writes a growing plan at most every STREAM_PERSIST_INTERVAL_MS; a kill -9 in between recovers the prefix last written', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const { id } = h.donate();
    await h.clock.flush();
    const plan = streamPlan(5);
    const stored = (): number => steps(h.store.getJob(id)!.plan ?? undefined);
    partial(planner.call(id), plan, 1);
    expect(stored()).toBe(1); // the first prefix at once: the drawing starts from it
    await h.clock.advance(10);
    partial(planner.call(id), plan, 2);
    partial(planner.call(id), plan, 3);
    expect(steps(h.stage.snapshot().current!.plan)).toBe(3); // shown at once…
    expect(stored()).toBe(1); // …written later
    await h.clock.advance(STREAM_PERSIST_INTERVAL_MS);
    expect(stored()).toBe(3); // one write for both steps
    await h.clock.advance(STREAM_PERSIST_INTERVAL_MS);
    partial(planner.call(id), plan, 4);
    expect(stored()).toBe(4); // the last write is old enough: at once
    await h.clock.advance(10);
    partial(planner.call(id), plan, 5);
    expect(stored()).toBe(4);
    const h2 = h.restart({ planner: new FakePlanner() });
    h2.stage.start();
    await h2.clock.flush();
    expect(h2.stage.snapshot().current!.plan).toEqual(prefix(plan, 4));
    expect(h2.stage.snapshot().current!.planNote).toMatch(/drawing the 4 steps/);
  });

  it('the whole plan is written at once when it arrives', async () => {
    const planner = new FakePlanner();
    const h = await harness({ planner });
    const { id } = h.donate();
    await h.clock.flush();
    const plan = streamPlan(3);
    partial(planner.call(id), plan, 1);
    partial(planner.call(id), plan, 2);
    planner.call(id).resolve({ plan, source: 'llm' });
    await h.clock.flush();
    expect(h.store.getJob(id)).toMatchObject({ plan, planNote: null });
  });
});
