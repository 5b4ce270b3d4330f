// The Twitch settlement ledger (schema v4): finished Twitch jobs are enrolled as owed in the
// transaction that finished them, and each leaves 'owed' exactly once, across reopening.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openStore, type AcceptDecision, type DonationRecord, type Store } from '../../src/store/index.js';
import { TINY_PLAN, useTempStores } from './store-test-kit.js';

const PLAN = TINY_PLAN;
const temp = useTempStores('drawstream-settlement-');
const open = (): Store => temp.open();
const reopen = (store: Store): Store => temp.reopen(store);

function redemption(sourceId: string, extra: Partial<DonationRecord> = {}): DonationRecord {
  return {
    source: 'twitch',
    sourceId,
    donor: 'viewer',
    message: 'a cat',
    amount: 500,
    currency: 'POINTS',
    timestamp: '2026-12-07T00:00:00.000Z',
    receivedAt: 1000,
    ...extra,
  };
}
const asJob: () => AcceptDecision = () => ({ kind: 'job', displayDonor: 'viewer', displayMessage: 'a cat', nsfw: false });

function queue(store: Store, sourceId: string, extra: Partial<DonationRecord> = {}): string {
  return store.acceptDonation(redemption(sourceId, extra), asJob).id;
}

describe('settlement ledger', () => {
  it('enrols a finished Twitch job with its history status and plan source, not an unfinished one or another source', () => {
    const store = open();
    const drawn = queue(store, 'r-drawn');
    store.savePlan(drawn, { plan: PLAN, source: 'llm' }, 'queued');
    const waiting = queue(store, 'r-waiting');
    const webhook = queue(store, 'w-1', { source: 'webhook', currency: 'RUB' });
    expect(store.dueRedemptions(5000, 10)).toEqual([]);

    expect(store.finishJob(drawn, 'done', 2000)).toBe(true);
    expect(store.finishJob(webhook, 'done', 2000)).toBe(true);
    expect(store.dueRedemptions(5000, 10)).toEqual([
      {
        jobId: drawn,
        redemptionId: 'r-drawn',
        currency: 'POINTS',
        jobStatus: 'done',
        planSource: 'llm',
        attempts: 0,
        unconfirmedAttempt: false,
      },
    ]);
    expect(store.settlementCounts()).toMatchObject({ owed: 1, settled: 0, givenUp: 0 });
    expect(waiting).toBeTruthy();
  });

  it('enrols jobs finished together (clear) and donations rejected at accept (the cooldown)', () => {
    const store = open();
    const a = queue(store, 'r-a');
    const b = queue(store, 'r-b');
    store.finishJobs([a, b], 'cleared', 3000);
    const refused = store.acceptDonation(redemption('r-cooldown'), () => ({
      kind: 'rejected',
      displayDonor: 'viewer',
      displayMessage: 'a cat',
      reason: 'cooldown',
    }));
    expect(refused.status).toBe('rejected');
    const due = store.dueRedemptions(5000, 10);
    expect(due.map((row) => [row.redemptionId, row.jobStatus])).toEqual([
      ['r-a', 'cleared'],
      ['r-b', 'cleared'],
      ['r-cooldown', 'rejected'],
    ]);
  });

  it('enrols a cheer too (the settler decides that Bits are never settled) and counts it apart', () => {
    const store = open();
    const cheer = queue(store, 'msg-1', { currency: 'BITS', amount: 100 });
    store.finishJob(cheer, 'done', 2000);
    expect(store.dueRedemptions(5000, 10)).toHaveLength(1);
    store.markNotRefundable(cheer, 2100);
    expect(store.dueRedemptions(5000, 10)).toEqual([]);
    expect(store.settlementCounts()).toEqual({ owed: 0, settled: 0, givenUp: 0, fulfilled: 0, canceled: 0 });
  });

  it('leases a row while its request runs; a restart releases the lease and marks the attempt unconfirmed', () => {
    let store = open();
    const id = queue(store, 'r-1');
    store.finishJob(id, 'removed', 2000);
    store.beginSettlementAttempt(id, 'CANCELED', 2000 + 60_000);
    expect(store.dueRedemptions(3000, 10)).toEqual([]);

    store = reopen(store); // the process died mid-request
    expect(store.releaseOpenAttempts(4000)).toBe(1);
    const [row] = store.dueRedemptions(4000, 10);
    expect(row).toMatchObject({ jobId: id, attempts: 1, unconfirmedAttempt: true, jobStatus: 'removed' });
  });

  it('moves a row out of owed once: a second outcome for the same row changes nothing', () => {
    const store = open();
    const id = queue(store, 'r-1');
    store.savePlan(id, { plan: PLAN, source: 'builtin' }, 'queued');
    store.finishJob(id, 'done', 2000);
    store.beginSettlementAttempt(id, 'FULFILLED', 70_000);
    store.markSettled(id, 2500);
    store.markSettlementGivenUp(id, 'not_found', 2600);
    store.markSettlementRetry(id, 'network', 0);
    expect(store.dueRedemptions(100_000, 10)).toEqual([]);
    expect(store.settlementCounts()).toEqual({ owed: 0, settled: 1, givenUp: 0, fulfilled: 1, canceled: 0 });
  });

  it('keeps retries due at their time, counts given-up rows with the last failure kind, and survives reopening', () => {
    let store = open();
    const retried = queue(store, 'r-retry');
    const gone = queue(store, 'r-gone');
    store.finishJobs([retried, gone], 'skipped', 2000);
    store.beginSettlementAttempt(retried, 'CANCELED', 62_000);
    store.markSettlementRetry(retried, 'server_error', 10_000);
    store.beginSettlementAttempt(gone, 'CANCELED', 62_000);
    store.markSettlementGivenUp(gone, 'forbidden', 2100);

    store = reopen(store);
    expect(store.dueRedemptions(9_999, 10)).toEqual([]);
    expect(store.dueRedemptions(10_000, 10)).toMatchObject([{ jobId: retried, attempts: 1, unconfirmedAttempt: false }]);
    expect(store.settlementCounts()).toEqual({
      owed: 1,
      settled: 0,
      givenUp: 1,
      fulfilled: 0,
      canceled: 0,
      lastGivenUp: 'forbidden',
    });
  });

  it('returns at most `limit` rows, oldest first', () => {
    const store = open();
    const ids = Array.from({ length: 30 }, (_, i) => queue(store, `r-${i}`));
    store.finishJobs(ids, 'cleared', 2000);
    const due = store.dueRedemptions(5000, 7);
    expect(due.map((row) => row.redemptionId)).toEqual(Array.from({ length: 7 }, (_, i) => `r-${i}`));
  });

  it('migrates a version 3 database with its data to the ledger', () => {
    const path = join(temp.dir(), 'db.sqlite');
    const db = new Database(path);
    migrate(db, 3);
    db.close();
    const store = open();
    expect(store.schemaVersion).toBeGreaterThanOrEqual(4);
    const id = queue(store, 'r-1');
    store.finishJob(id, 'failed', 2000);
    expect(store.dueRedemptions(5000, 10)).toHaveLength(1);
  });
});
