// The settler over the real SQLite ledger and a stand-in for Twitch's redemption state
// (UNFULFILLED → one status, then 404 like Helix): exactly once, retries with backoff, given
// up on 404/403, bounded work per round, and a restart with owed rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedemptionStatusWriter } from '../../../src/core/index.js';
import { ManualClock } from '../../../src/stage/index.js';
import type { PlanRecord, Store } from '../../../src/store/index.js';
import { TINY_PLAN, useTempStores } from '../../store/store-test-kit.js';
import { FakeRedemptions, FakeRedemptionsView } from './fake-redemptions.js';
import {
  BITS,
  createRedemptionSettler,
  DEFAULT_SETTLER_TUNING,
  POINTS,
  settlementBackoffMs,
  type RedemptionSettler,
} from '../../../src/twitch/index.js';

const PLAN = TINY_PLAN;
const temp = useTempStores('drawstream-settler-');

let store: Store;
let clock: ManualClock;
let twitch: FakeRedemptions;
const settlers: RedemptionSettler[] = [];

beforeEach(async () => {
  store = temp.open();
  clock = new ManualClock();
  twitch = new FakeRedemptions();
});
afterEach(async () => {
  twitch.release();
  for (const settler of settlers.splice(0)) await settler.stop();
});

function settler(writer: RedemptionStatusWriter = twitch, tuning = {}): RedemptionSettler {
  const created = createRedemptionSettler({
    ledger: store,
    writer,
    clock,
    random: () => 0,
    tuning,
  });
  settlers.push(created);
  return created;
}

/** A Twitch job finished with `status` (and a plan from `planSource` when given). */
function finished(redemptionId: string, status: Parameters<Store['finishJob']>[1], plan?: PlanRecord['source'], currency = POINTS): string {
  const record = {
    source: 'twitch',
    sourceId: redemptionId,
    donor: 'viewer',
    message: 'a cat',
    amount: currency === POINTS ? 500 : 100,
    currency,
    timestamp: '2026-12-07T00:00:00.000Z',
    receivedAt: clock.now(),
  };
  if (status === 'rejected') {
    return store.acceptDonation(record, () => ({ kind: 'rejected', displayDonor: 'viewer', displayMessage: 'a cat', reason: 'cooldown' }))
      .id;
  }
  const { id } = store.acceptDonation(record, () => ({
    kind: 'job',
    displayDonor: 'viewer',
    displayMessage: 'a cat',
    nsfw: plan === 'gate',
  }));
  if (plan) store.savePlan(id, { plan: PLAN, source: plan }, 'queued');
  store.finishJob(id, status, clock.now());
  return id;
}

describe('redemption settler', () => {
  it('fulfils a drawing shown to the end and refunds every other ending; a cheer is never sent', async () => {
    finished('drawn', 'done', 'llm');
    finished('builtin', 'done', 'builtin');
    finished('card', 'done', 'gate'); // the 18+ text card (rules or model)
    finished('skipped', 'skipped', 'llm');
    finished('cleared', 'cleared');
    finished('removed', 'removed');
    finished('failed', 'failed', 'llm');
    finished('cooldown', 'rejected');
    finished('cheer', 'done', 'llm', BITS);
    const s = settler();
    s.start();
    await clock.advance(0);
    expect(Object.fromEntries(twitch.state)).toEqual({
      drawn: 'FULFILLED',
      builtin: 'FULFILLED',
      card: 'CANCELED',
      skipped: 'CANCELED',
      cleared: 'CANCELED',
      removed: 'CANCELED',
      failed: 'CANCELED',
      cooldown: 'CANCELED',
    });
    expect(twitch.calls).not.toContain('cheer');
    await clock.advance(60_000); // more rounds: nothing is sent twice
    expect(twitch.calls).toHaveLength(8);
    expect(s.report()).toMatchObject({ owed: 0, settled: 8, fulfilled: 2, canceled: 6, givenUp: 0, inFlight: 0 });
  });

  it('retries a retryable failure with bounded exponential backoff, then settles once', async () => {
    finished('r1', 'done', 'llm');
    twitch.failures.push({ kind: 'server_error', retry: true }, { kind: 'rate_limited', retry: true }, { kind: 'network', retry: true });
    const s = settler();
    s.start();
    await clock.advance(0);
    expect(twitch.calls).toHaveLength(1);
    // random() = 0: each delay is half its ceiling: 1 s, 2 s, 4 s with base 2 s.
    const delays = [1, 2, 3].map((attempt) => settlementBackoffMs(attempt, DEFAULT_SETTLER_TUNING, () => 0));
    expect(delays).toEqual([1000, 2000, 4000]);
    await clock.advance(delays[0] - 1);
    expect(twitch.calls).toHaveLength(1);
    await clock.advance(DEFAULT_SETTLER_TUNING.intervalMs); // the timer round after the retry is due
    expect(twitch.calls).toHaveLength(2);
    await clock.advance(30_000);
    expect(twitch.calls).toHaveLength(4);
    expect(twitch.state.get('r1')).toBe('FULFILLED');
    expect(s.report()).toMatchObject({ owed: 0, settled: 1 });
    // Capped: however many attempts, never more than backoffMaxMs (jitter keeps at least half).
    const huge = settlementBackoffMs(60, DEFAULT_SETTLER_TUNING, () => 0.999);
    expect(huge).toBeLessThanOrEqual(DEFAULT_SETTLER_TUNING.backoffMaxMs);
    expect(huge).toBeGreaterThanOrEqual(DEFAULT_SETTLER_TUNING.backoffMaxMs / 2);
  });

  it('gives up on a non-retryable 404 or 403 (counted, never sent again) but keeps retrying a lost login', async () => {
    finished('gone', 'removed');
    finished('foreign', 'removed');
    finished('later', 'removed');
    twitch.failures.push({ kind: 'not_found', retry: false }, { kind: 'forbidden', retry: false }, { kind: 'not_logged_in', retry: false });
    const s = settler();
    s.start();
    await clock.advance(0);
    expect(s.report()).toMatchObject({ owed: 1, givenUp: 2, settled: 0, lastGivenUp: 'forbidden' });
    await clock.advance(10 * 60_000);
    expect(twitch.calls.filter((id) => id === 'gone' || id === 'foreign')).toHaveLength(2);
    expect(twitch.state.get('later')).toBe('CANCELED');
    expect(s.report()).toMatchObject({ owed: 0, givenUp: 2, settled: 1 });
  });

  it('while logged out sends one request per round, not one per owed row, and settles all within a minute of the login', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => finished(`lo-${i}`, 'removed'));
    expect(ids).toHaveLength(30);
    twitch.failures.push(...Array.from({ length: 1000 }, () => ({ kind: 'not_logged_in' as const, retry: false })));
    const s = settler();
    s.start();
    await clock.advance(0);
    expect(twitch.calls).toHaveLength(1);
    await clock.advance(10 * 60_000);
    // One per 5 s timer round at most, whatever the backlog.
    expect(twitch.calls.length).toBeLessThanOrEqual(1 + (10 * 60_000) / DEFAULT_SETTLER_TUNING.intervalMs);
    expect(s.report()).toMatchObject({ owed: 30, givenUp: 0 });
    twitch.failures.splice(0); // the streamer logs in
    await clock.advance(60_000 + 30 * 1000);
    expect(twitch.state.size).toBe(30);
    expect(s.report()).toMatchObject({ owed: 0, settled: 30 });
  });

  it('bounds the work per round: 5 000 finished jobs never mean more than maxPerTick requests per round or maxInFlight at once', async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => {
      const record = {
        source: 'twitch',
        sourceId: `bulk-${i}`,
        donor: 'viewer',
        message: 'a cat',
        amount: 500,
        currency: POINTS,
        timestamp: '',
        receivedAt: 0,
      };
      return store.acceptDonation(record, () => ({ kind: 'job', displayDonor: 'v', displayMessage: 'm', nsfw: false })).id;
    });
    store.finishJobs(ids, 'cleared', clock.now());
    const s = settler();
    twitch.holdRequests();
    s.start();
    await clock.advance(0);
    expect(twitch.inFlight).toBe(1); // the round's first request goes alone
    twitch.release();
    twitch.holdRequests();
    await clock.flush();
    expect(twitch.inFlight).toBe(DEFAULT_SETTLER_TUNING.maxInFlight);
    twitch.release();
    await clock.flush();
    expect(twitch.calls).toHaveLength(DEFAULT_SETTLER_TUNING.maxPerTick);
    const started = Date.now();
    await clock.advance(10_000); // backlog rounds every backlogDelayMs
    const perTenSeconds = twitch.calls.length - DEFAULT_SETTLER_TUNING.maxPerTick;
    expect(perTenSeconds).toBe(10 * DEFAULT_SETTLER_TUNING.maxPerTick);
    expect(twitch.maxInFlight).toBe(DEFAULT_SETTLER_TUNING.maxInFlight);
    expect(s.report()).toMatchObject({ owed: 5000 - 11 * DEFAULT_SETTLER_TUNING.maxPerTick });
    console.log(`settler: 110 of 5000 owed settled in 11 rounds (${Date.now() - started} ms wall for 10 rounds)`);
  });

  it('after a restart settles the owed rows once, and counts the one cut off mid-request as settled', async () => {
    finished('cut', 'done', 'llm');
    finished('owed', 'skipped');
    const first = settler(twitch, { maxInFlight: 1, maxPerTick: 1 });
    twitch.holdRequests();
    first.start();
    await clock.advance(0);
    expect(twitch.calls).toEqual(['cut']);
    // Twitch applies the status, but the service dies before recording it (stop gives up waiting).
    twitch.state.set('cut', 'FULFILLED');
    const stopping = first.stop();
    await clock.advance(DEFAULT_SETTLER_TUNING.stopGraceMs);
    await stopping;
    settlers.splice(settlers.indexOf(first), 1);
    store = temp.reopen(store);
    const second = settler(new FakeRedemptionsView(twitch));
    second.start();
    await clock.advance(0);
    expect(twitch.state.get('owed')).toBe('CANCELED');
    expect(second.report()).toMatchObject({ owed: 0, settled: 2, givenUp: 0, fulfilled: 1, canceled: 1 });
    await clock.advance(60_000);
    expect(twitch.calls.filter((id) => id === 'owed')).toHaveLength(1);
  });

  it('a kick runs a round at once instead of waiting for the timer', async () => {
    const s = settler();
    s.start();
    await clock.advance(0);
    finished('fresh', 'done', 'llm');
    s.kick();
    await clock.advance(0);
    expect(twitch.state.get('fresh')).toBe('FULFILLED');
  });
});
