import { afterEach, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/dsl/index.js';
import { isTextCard, type Plan } from '../../src/dsl/index.js';
import { textCardPlan } from '../../src/stage/fallback.js';
import { makeStageHarness, timedPlan, TEST_RENDERER, type StageHarness } from './testing.js';

let harnesses: StageHarness[] = [];
afterEach(async () => {
  for (const h of harnesses) await h.cleanup();
  harnesses = [];
});

async function harness(...args: Parameters<typeof makeStageHarness>): Promise<StageHarness> {
  const h = await makeStageHarness(...args);
  harnesses.push(h);
  return h;
}

function normalised(raw: unknown): Plan {
  const { plan } = parsePlan(raw, TEST_RENDERER);
  if (!plan) throw new Error('test plan invalid');
  return plan;
}

const savedPlan = normalised(timedPlan(250, '#00ff00'));

describe('stage: replay of a finished drawing', () => {
  it('draws the given plan without calling the planner, after the jobs already waiting', async () => {
    const h = await harness();
    const first = h.donate();
    const replayed = h.stage.replay({
      id: 'g1-replay-1',
      donor: 'Alice',
      message: 'draw a cat',
      amount: 100,
      currency: 'rub',
      plan: savedPlan,
    });
    expect(replayed).toMatchObject({ duplicate: false, status: 'queued' });
    const id = (replayed as { id: string }).id;
    await h.clock.flush();
    expect(h.stage.snapshot().current?.id).toBe(first.id);
    expect(h.stage.snapshot().queue.map((job) => job.id)).toEqual([id]);
    await h.clock.advance(100 + 2000);
    const current = h.stage.snapshot().current!;
    expect(current).toMatchObject({ id, phase: 'drawing', donor: 'Alice', message: 'draw a cat', currency: 'RUB' });
    expect(current.plan).toEqual(savedPlan);
    expect(h.planner.jobIds()).toEqual([first.id]);
    await h.clock.advance(250 + 2000);
    expect(h.stage.history(5).find((entry) => entry.id === id)).toMatchObject({ status: 'done', plan: savedPlan });
  });

  it('dedupes a repeated replay id like any donation', async () => {
    const h = await harness();
    const request = { id: 'g1-replay-7', donor: 'Bob', message: 'sun', amount: 1, currency: 'USD', plan: savedPlan };
    const a = h.stage.replay(request) as { id: string };
    const b = h.stage.replay(request);
    expect(b).toEqual({ id: a.id, duplicate: true, status: 'queued' });
  });

  it('replays an 18+ text card (no message) without rejecting it and ignores MIN_AMOUNT', async () => {
    const h = await harness({ settings: { minAmount: 1000 } });
    const card = textCardPlan(2, TEST_RENDERER);
    const result = h.stage.replay({ id: 'card-replay', donor: 'Eve', message: '', amount: 5, currency: 'RUB', plan: card });
    expect(result).toMatchObject({ status: 'queued' });
    await h.clock.flush();
    const current = h.stage.snapshot().current!;
    expect(current.message).toBe('');
    expect(isTextCard(current.plan!)).toBe(true);
    expect(h.planner.calls).toHaveLength(0);
  });

  it('refuses an invalid plan and keeps the gate on names, messages and plan texts', async () => {
    const h = await harness();
    expect(
      h.stage.replay({ id: 'bad', donor: 'A', message: 'm', amount: 1, currency: 'RUB', plan: { nope: true } as unknown as Plan }),
    ).toHaveProperty('error');
    const nsfwText = normalised({ ...timedPlan(100), steps: [{ op: 'text', x: 1, y: 1, value: 'NSFW', color: '#ffffff' }] });
    expect(h.stage.replay({ id: 'txt', donor: 'A', message: 'm', amount: 1, currency: 'RUB', plan: nsfwText })).toHaveProperty('error');

    const result = h.stage.replay({ id: 'gated', donor: 'NSFW name', message: 'NSFW thing', amount: 1, currency: 'RUB', plan: savedPlan });
    expect(result).toMatchObject({ status: 'queued' });
    await h.clock.flush();
    const current = h.stage.snapshot().current!;
    expect(current.donor).toBe('Anonymous');
    expect(current.message).toBe('');
    expect(isTextCard(current.plan!)).toBe(true);
  });

  it('keeps a replay queued across a restart with its plan', async () => {
    const h = await harness({ start: false });
    const result = h.stage.replay({ id: 'r1', donor: 'A', message: 'm', amount: 1, currency: 'RUB', plan: savedPlan }) as { id: string };
    const next = h.restart();
    next.stage.start();
    await next.clock.flush();
    expect(next.stage.snapshot().current).toMatchObject({ id: result.id, phase: 'drawing', plan: savedPlan });
    expect(next.planner.calls).toHaveLength(0);
    harnesses.push(next);
  });
});
