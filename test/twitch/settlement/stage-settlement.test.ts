// The settler on the real stage (SQLite store, ManualClock, rules gate, a model check that
// blocks "gore"): every way a channel-point redemption can end becomes one FULFILLED or
// CANCELED, right after it ends (kicked, not waiting for the timer); a cheer is never sent.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingDonation, Screener } from '../../../src/core/index.js';
import { createStage, ManualClock, type Stage } from '../../../src/stage/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import {
  BITS,
  COOLDOWN_REASON,
  createRedemptionSettler,
  kickOnRejection,
  kickOnStageEvents,
  POINTS,
  type RedemptionSettler,
} from '../../../src/twitch/index.js';
import { fakeGate, instantPlanner, TEST_RENDERER } from '../../stage/testing.js';
import { FakeRedemptions } from './fake-redemptions.js';

const SHOW_MS = 2000;
/** Blocks any message mentioning gore, after 50 ms. */
const goreScreener: Screener = {
  name: 'fake-model',
  screen: async ({ message }) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return message.includes('gore')
      ? { ok: true, verdict: 'block', category: 'gore', latencyMs: 5 }
      : { ok: true, verdict: 'allow', category: 'none', latencyMs: 5 };
  },
};

let dir: string;
let store: Store;
let stage: Stage;
let clock: ManualClock;
let twitch: FakeRedemptions;
let settler: RedemptionSettler;
let unsubscribe: () => void;
let counter = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drawstream-stage-settle-'));
  store = openStore(join(dir, 'db.sqlite'));
  clock = new ManualClock();
  stage = createStage({
    store,
    gate: fakeGate,
    planner: instantPlanner(100),
    screener: goreScreener,
    clock,
    settings: { showDurationSec: SHOW_MS / 1000, planAhead: 2, renderer: TEST_RENDERER, minAmount: 0, planTimeoutMs: 10_000 },
  });
  twitch = new FakeRedemptions();
  // A long timer: whatever settles below was kicked, not found by the timer.
  settler = createRedemptionSettler({
    ledger: store,
    writer: twitch,
    clock,
    tuning: { intervalMs: 3_600_000 },
  });
  unsubscribe = kickOnStageEvents(stage, settler);
  stage.start();
  settler.start();
  await clock.advance(0);
});
afterEach(async () => {
  unsubscribe();
  await settler.stop();
  await stage.stop();
  store.close();
  await rm(dir, { recursive: true, force: true });
});

function redeem(message: string, extra: Partial<IncomingDonation> = {}): { redemptionId: string; jobId: string } {
  const redemptionId = `redemption-${++counter}`;
  const sink = kickOnRejection(stage, settler);
  const result = sink.accept({
    id: redemptionId,
    source: 'twitch',
    donor: 'viewer',
    message,
    amount: 500,
    currency: POINTS,
    timestamp: new Date(clock.now()).toISOString(),
    ...extra,
  });
  return { redemptionId, jobId: result.id };
}

/** Lets the screener's real 5 ms timer and the resulting promises run. */
async function realTick(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await clock.advance(0);
}

describe('settlement on the real stage', () => {
  it('fulfils a drawing shown to the end, once the show ends, not before', async () => {
    const { redemptionId } = redeem('a cat in a hat');
    await realTick();
    await clock.advance(100 + SHOW_MS - 10);
    expect(twitch.state.has(redemptionId)).toBe(false);
    await clock.advance(10);
    expect(twitch.state.get(redemptionId)).toBe('FULFILLED');
  });

  it('refunds the 18+ text card of the rules and of the model check', async () => {
    const rules = redeem('NSFW please');
    const model = redeem('some gore please');
    await realTick();
    await clock.advance(30_000);
    await realTick();
    await clock.advance(30_000);
    expect(twitch.state.get(rules.redemptionId)).toBe('CANCELED');
    expect(twitch.state.get(model.redemptionId)).toBe('CANCELED');
    expect(stage.history(10).find((entry) => entry.id === model.jobId)).toMatchObject({
      status: 'done',
      reason: 'blocked by the model (gore)',
    });
  });

  it('refunds the cooldown at once, and a removed, skipped or cleared redemption', async () => {
    const cooldown = redeem('a dog', { rejectReason: COOLDOWN_REASON });
    await clock.advance(0);
    expect(twitch.state.get(cooldown.redemptionId)).toBe('CANCELED');

    const current = redeem('a boat');
    await realTick();
    expect(stage.snapshot().current?.id).toBe(current.jobId);
    stage.pause(); // the next job waits, so clear finds it in the line
    const removed = redeem('a tree');
    const cleared = redeem('a house');
    await realTick();
    expect(stage.moderation!.remove(removed.jobId)).toMatchObject({ status: 'removed' });
    await clock.advance(0);
    expect(twitch.state.get(removed.redemptionId)).toBe('CANCELED');
    expect(stage.skip()).toBe(true);
    await clock.advance(0);
    expect(twitch.state.get(current.redemptionId)).toBe('CANCELED');
    expect(stage.clear()).toBe(1);
    await clock.advance(0);
    expect(twitch.state.get(cleared.redemptionId)).toBe('CANCELED');
    await clock.advance(60_000);
    expect(twitch.calls.sort()).toEqual([cooldown, current, removed, cleared].map((r) => r.redemptionId).sort());
  });

  it('never sends a cheer, drawn or not', async () => {
    const cheer = redeem('a rocket', { currency: BITS, amount: 100 });
    await realTick();
    await clock.advance(100 + SHOW_MS);
    expect(stage.history(5).find((entry) => entry.id === cheer.jobId)?.status).toBe('done');
    await clock.advance(60_000);
    expect(twitch.calls).toEqual([]);
    expect(settler.report()).toMatchObject({ owed: 0, settled: 0 });
  });
});
