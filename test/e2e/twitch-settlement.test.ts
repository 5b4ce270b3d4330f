// Twitch end to end: the real drawstream command (supervisor + worker, LLM_BACKEND=builtin,
// short shows) against the fake Twitch (EventSub WebSocket + Helix + OAuth on loopback).
// Every channel-point redemption ends FULFILLED or CANCELED on "Twitch" exactly once; a
// cheer is never PATCHed; a job finished but not settled when the worker is killed -9 is
// settled once after the supervisor restarts it; the panel route logs in with a device code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTwitch, waitUntil, type FakeViewer } from '../fakes/twitch-server.js';
import { seedTokens } from '../twitch/twitch-kit.js';
import { startServiceProcess, type ServiceProcess } from './service-process.js';

const PATCH_PATH = '/channel_points/custom_rewards/redemptions';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Polls an async check every 100 ms until it is truthy. */
async function poll<T>(
  check: () => Promise<T | undefined | false | null> | T | undefined | false | null,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const viewer = (n: number): FakeViewer => ({ id: `90${n}`, login: `viewer_${n}`, name: `Viewer_${n}` });

async function setUp(
  env: Record<string, string> = {},
  options: { loggedIn?: boolean } = {},
): Promise<{ fake: FakeTwitch; service: ServiceProcess; dataDir: string }> {
  const fake = await FakeTwitch.start({ deviceIntervalSec: 0.3 });
  cleanups.push(() => fake.close());
  const dataDir = mkdtempSync(join(tmpdir(), 'drawstream-twitch-e2e-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  if (options.loggedIn !== false) await seedTokens(dataDir, fake.issueTokens());
  const service = await startServiceProcess('serve', {
    DATA_DIR: dataDir,
    LLM_BACKEND: 'builtin',
    SHOW_DURATION_SEC: '1',
    MAX_DRAW_SEC: '1',
    TWITCH_CLIENT_ID: fake.clientId,
    TWITCH_API_URL: fake.apiUrl,
    TWITCH_AUTH_URL: fake.authUrl,
    TWITCH_EVENTSUB_URL: fake.wsUrl,
    ...env,
  });
  cleanups.push(async () => void (await service.stop('SIGKILL')));
  if (options.loggedIn === false) return { fake, service, dataDir };
  await waitUntil(() => fake.subscriptions().filter((s) => s.status === 'enabled').length === 2, 15_000, 'both subscriptions');
  return { fake, service, dataDir };
}

async function json(url: string, init?: RequestInit): Promise<any> {
  const response = await fetch(url, init);
  expect(response.ok, `${init?.method ?? 'GET'} ${url} answered ${response.status}`).toBe(true);
  return response.json();
}

/** Successful PATCHes per redemption id (what actually changed a redemption on Twitch). */
function appliedPatches(fake: FakeTwitch): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of fake.requests({ kind: 'helix', method: 'PATCH', path: PATCH_PATH })) {
    if (request.status !== 200) continue;
    for (const id of request.query.getAll('id')) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

async function waitForJob(url: string, message: string): Promise<{ id: string }> {
  return poll(
    async () => {
      const state = await json(`${url}/api/state`);
      return [state.current, ...state.queue].find((job: { message?: string } | null) => job?.message === message);
    },
    10_000,
    `the job "${message}"`,
  );
}

describe('Twitch end to end', () => {
  it('fulfils the drawn redemption, refunds the gate card, the removed one and the cooldown, and never PATCHes a cheer', async () => {
    const { fake, service } = await setUp({ TWITCH_USER_COOLDOWN_SEC: '3600' });
    const url = service.url;
    await json(`${url}/api/pause`, { method: 'POST' }); // nothing starts until everything is queued

    const drawn = fake.redeem('a cat in a hat', { viewer: viewer(1) });
    await waitForJob(url, 'a cat in a hat');
    const cooldown = fake.redeem('a dog', { viewer: viewer(1) });
    const gated = fake.redeem('нарисуй голую девушку', { viewer: viewer(2) });
    const removed = fake.redeem('a tall tree', { viewer: viewer(3) });
    const tree = await waitForJob(url, 'a tall tree');
    fake.cheer(100, 'Cheer100 a rocket', viewer(4));
    await waitForJob(url, 'a rocket');
    await waitUntil(() => fake.redemption(cooldown.id)?.status === 'CANCELED', 10_000, 'the cooldown refund');

    await json(`${url}/api/jobs/${tree.id}/remove`, { method: 'POST' });
    await waitUntil(() => fake.redemption(removed.id)?.status === 'CANCELED', 10_000, 'the removal refund');
    await json(`${url}/api/resume`, { method: 'POST' });

    await waitUntil(() => fake.redemption(drawn.id)?.status === 'FULFILLED', 20_000, 'the drawing fulfilled');
    await waitUntil(() => fake.redemption(gated.id)?.status === 'CANCELED', 20_000, 'the 18+ card refunded');
    // The cheer is drawn too; after it, nothing more goes to Twitch.
    await poll(
      async () =>
        ((await json(`${url}/api/history?limit=20`)) as Array<{ source?: string; status: string }>).filter(
          (e) => e.source === 'twitch' && e.status === 'done',
        ).length === 3,
      20_000,
      'three drawings done',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const patches = appliedPatches(fake);
    expect(Object.fromEntries(patches)).toEqual({ [drawn.id]: 1, [cooldown.id]: 1, [gated.id]: 1, [removed.id]: 1 });
    const allPatched = fake.requests({ kind: 'helix', method: 'PATCH', path: PATCH_PATH }).flatMap((r) => r.query.getAll('id'));
    expect(allPatched.every((id) => patches.has(id))).toBe(true); // no PATCH for anything but the four redemptions

    // Why each one was refunded, as history records it.
    const history = (await json(`${url}/api/history?limit=20`)) as Array<{
      source?: string;
      status: string;
      reason?: string;
      blockedCategory?: string | null;
    }>;
    const twitchHistory = history.filter((entry) => entry.source === 'twitch');
    expect(twitchHistory.filter((entry) => entry.status === 'rejected').map((entry) => entry.reason)).toEqual(['cooldown']);
    expect(twitchHistory.filter((entry) => entry.status === 'removed')).toHaveLength(1);
    expect(twitchHistory.filter((entry) => entry.blockedCategory !== undefined)).toHaveLength(1); // the 18+ card

    const status = await json(`${url}/api/twitch`);
    expect(status.login).toMatchObject({ state: 'logged_in' });
    expect(status.connection.connected).toBe(true);
    expect(status.settlement).toMatchObject({ owed: 0, settled: 4, fulfilled: 1, canceled: 3, givenUp: 0 });
    const health = await json(`${url}/health`);
    expect(health.components.twitch).toBeTruthy();
  }, 90_000);

  it('settles once after kill -9 a job that finished while Twitch was failing', async () => {
    const { fake, service } = await setUp();
    fake.failNext({ kind: 'helix', method: 'PATCH', path: PATCH_PATH, status: 503, times: 1000 });
    const redemption = fake.redeem('a yellow sun', { viewer: viewer(5) });
    await waitUntil(
      () => fake.requests({ kind: 'helix', method: 'PATCH', path: PATCH_PATH }).some((r) => r.status === 503),
      20_000,
      'a failed PATCH',
    );
    // Finished (shown to the end) but not settled: Twitch still has it UNFULFILLED.
    const done = (await json(`${service.url}/api/history?limit=5`)) as Array<{ source?: string; status: string }>;
    expect(done.filter((entry) => entry.source === 'twitch').map((entry) => entry.status)).toEqual(['done']);
    expect(fake.redemption(redemption.id)?.status).toBe('UNFULFILLED');
    const worker = service.workerPids().at(-1)!;
    process.kill(worker, 'SIGKILL');
    fake.state.failures.splice(0); // Twitch recovers while drawstream is down
    await waitUntil(() => service.workerPids().length >= 2, 15_000, 'the restarted worker');
    await waitUntil(() => fake.redemption(redemption.id)?.status === 'FULFILLED', 20_000, 'the settlement after the restart');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(appliedPatches(fake).get(redemption.id)).toBe(1);
    const status = await json(`${service.url}/api/twitch`);
    expect(status.settlement).toMatchObject({ owed: 0, settled: 1, fulfilled: 1 });
  }, 90_000);

  it('logs in from the panel route with a device code, then goes live', async () => {
    const { fake, service } = await setUp({}, { loggedIn: false });
    const before = await json(`${service.url}/api/twitch`);
    expect(before.login).toEqual({ state: 'logged_out' });
    const waiting = await json(`${service.url}/api/twitch/login`, { method: 'POST' });
    expect(waiting).toMatchObject({ state: 'waiting' });
    expect(waiting.verificationUri).toContain(waiting.userCode.replace('-', ''));
    fake.approveDevice(waiting.userCode);
    await poll(async () => (await json(`${service.url}/api/twitch`)).login.state === 'logged_in', 15_000, 'the login');
    await waitUntil(() => fake.subscriptions().filter((s) => s.status === 'enabled').length === 2, 15_000, 'both subscriptions');
    const after = await json(`${service.url}/api/twitch`);
    expect(after.settlement).toMatchObject({ owed: 0, settled: 0 });
    expect(after.connection.rewardId).toBeTruthy();
  }, 60_000);
});
