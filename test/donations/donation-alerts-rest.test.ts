import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DonationAlertsSource } from '../../src/donations/index.js';
import { daTime, startFakeDonationAlerts, type FakeDonationAlerts } from '../fakes/fake-donation-alerts.js';
import { delay, makeSource, MemorySink, seedStoredTokens, tempDataDir, waitFor, watermarkExists } from './helpers.js';

let fake: FakeDonationAlerts;
let source: DonationAlertsSource | undefined;

afterEach(async () => {
  await source?.stop();
  source = undefined;
  await fake?.close();
});

async function until(dataDir: string): Promise<void> {
  let ok = false;
  await waitFor(() => {
    void watermarkExists(dataDir).then((x) => (ok = x));
    return ok;
  }, 'watermark');
}

const restPaths = new Set(['/api/v1/user/oauth', '/api/v1/alerts/donations', '/api/v1/centrifuge/subscribe']);

describe('Donation Alerts REST polling and errors', () => {
  it('polls the donation list while the socket is down', async () => {
    fake = await startFakeDonationAlerts({ history: [{ username: 'old', message: 'old' }] });
    fake.refuseSockets(true);
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    source = makeSource(
      fake,
      dataDir,
      { apiToken: fake.issueTokens().access_token, pollIntervalSec: 0.2 },
      { reconnectBackoff: { baseMs: 5_000, maxMs: 5_000 } },
    );
    await source.start(sink);
    await until(dataDir);
    expect(source.health()).toMatchObject({ state: 'degraded' });
    expect(source.health().detail).toMatch(/polling/);
    const d = fake.addDonation({ username: 'poll_viewer', message: 'pizza please' });
    await waitFor(() => sink.accepted.length === 1, 'polled donation');
    expect(sink.accepted[0].id).toBe(String(d.id));
  });

  it('honours 429 Retry-After: no request at all until it has passed', async () => {
    fake = await startFakeDonationAlerts({ history: [{ username: 'old' }] });
    fake.refuseSockets(true);
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { apiToken: fake.issueTokens().access_token, pollIntervalSec: 0.2 });
    await source.start(sink);
    await until(dataDir);
    fake.setRestFailure(429, { retryAfter: 1, times: 1, pathPrefix: '/api/v1/alerts/donations' });
    fake.addDonation({ username: 'rate_limited' });
    await waitFor(() => sink.accepted.length === 1, 'delivered after Retry-After', 5_000);
    const limited = fake.requests.find((r) => r.status === 429)!;
    expect(limited).toBeDefined();
    const next = fake.requests.find((r) => r.at > limited.at && restPaths.has(r.path));
    expect(next!.at - limited.at).toBeGreaterThanOrEqual(950);
  });

  it('backs off on 5xx and still delivers once the API heals', async () => {
    fake = await startFakeDonationAlerts({ history: [{ username: 'old' }] });
    fake.refuseSockets(true);
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    source = makeSource(
      fake,
      dataDir,
      { apiToken: fake.issueTokens().access_token, pollIntervalSec: 0.3 },
      { restBackoff: { baseMs: 200, maxMs: 1_000 }, restMaxAttempts: 4, reconnectBackoff: { baseMs: 10_000, maxMs: 10_000 } },
    );
    await source.start(sink);
    await until(dataDir);
    fake.setRestFailure(503, { times: 2, pathPrefix: '/api/v1/alerts/donations' });
    fake.addDonation({ username: 'after_503' });
    await waitFor(() => sink.accepted.length === 1, 'delivered after 5xx', 5_000);
    const lists = fake.requests.filter((r) => r.path === '/api/v1/alerts/donations').slice(-3);
    expect(lists.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(lists[1].at - lists[0].at).toBeGreaterThanOrEqual(100);
    expect(lists[2].at - lists[1].at).toBeGreaterThanOrEqual(200);
  });

  it('401 with a refused refresh → reconnect needed, then no retries', async () => {
    fake = await startFakeDonationAlerts();
    const dataDir = await tempDataDir();
    await seedStoredTokens(dataDir, fake.issueTokens(), Date.now() + 3600_000);
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri: 'http://127.0.0.1:1/cb' });
    await source.start(sink);
    await waitFor(() => source!.status().state === 'live', 'live');
    fake.revoke();
    fake.dropSocket();
    await waitFor(() => source!.status().state === 'reconnect_needed', 'reconnect needed');
    expect(source.health()).toMatchObject({ state: 'down', connection: 'reconnect_needed', reconnectNeeded: true, account: 'LunarFoxTV' });
    expect(source.health().detail).toMatch(/Reconnect Donation Alerts/);
    expect(source.account()).toMatchObject({ connected: false, state: 'reconnect_needed' });
    expect(fake.count({ kind: 'oauth', detail: 'refresh_token' })).toBe(1);
    const seen = fake.requests.length;
    await delay(800);
    expect(fake.requests.length).toBe(seen);
  });

  it('a ready DA_API_TOKEN that gets 401 → reconnect needed without a refresh attempt', async () => {
    fake = await startFakeDonationAlerts();
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    const token = fake.issueTokens().access_token;
    fake.expireToken();
    source = makeSource(fake, dataDir, { apiToken: token });
    await source.start(sink);
    await waitFor(() => source!.status().state === 'reconnect_needed', 'reconnect needed');
    expect(fake.count({ kind: 'oauth' })).toBe(0);
    expect(fake.count({ path: '/api/v1/user/oauth' })).toBe(1);
  });

  it('refreshes an expired stored token before using it and persists the new one with mode 0600', async () => {
    fake = await startFakeDonationAlerts();
    const dataDir = await tempDataDir();
    const first = fake.issueTokens();
    await seedStoredTokens(dataDir, first, Date.now() - 1_000, Date.now() - 3_600_000);
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri: 'http://127.0.0.1:1/cb' });
    await source.start(sink);
    await waitFor(() => source!.status().state === 'live', 'live');
    expect(fake.requests.find((r) => r.kind === 'oauth')?.detail).toBe('refresh_token');
    const file = path.join(dataDir, 'donationalerts-tokens.json');
    const stored = JSON.parse(await fs.readFile(file, 'utf8')) as { accessToken: string; refreshToken: string };
    expect(stored.accessToken).not.toBe(first.access_token);
    expect(stored.refreshToken).not.toBe(first.refresh_token);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    await until(dataDir); // the watermark write may still be in flight; after it, no temp file may remain
    expect((await fs.readdir(dataDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await fs.stat(path.join(dataDir, 'donationalerts-watermark.json'))).mode & 0o777).toBe(0o600);
  });

  it('refreshes once after a 401 and carries on', async () => {
    fake = await startFakeDonationAlerts();
    const dataDir = await tempDataDir();
    await seedStoredTokens(dataDir, fake.issueTokens(), Date.now() + 3600_000);
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri: 'http://127.0.0.1:1/cb' });
    await source.start(sink);
    await waitFor(() => source!.status().state === 'live', 'live');
    fake.expireToken();
    fake.dropSocket();
    await waitFor(() => fake.count({ detail: 'connect' }) >= 2 && source!.status().state === 'live', 'live again');
    expect(fake.count({ kind: 'oauth', detail: 'refresh_token' })).toBe(1);
    const d = fake.publish({ message: 'after refresh' });
    await waitFor(() => sink.accepted.some((x) => x.id === String(d.id)), 'delivered');
  });

  it('refreshes before expiry on a timer', async () => {
    fake = await startFakeDonationAlerts({ expiresIn: 2 });
    const dataDir = await tempDataDir();
    const t = fake.issueTokens(2);
    await seedStoredTokens(dataDir, t, Date.now() + 2_000, Date.now());
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri: 'http://127.0.0.1:1/cb' });
    await source.start(sink);
    await waitFor(() => fake.count({ kind: 'oauth', detail: 'refresh_token' }) >= 1, 'timer refresh', 4_000);
    const refreshAt = fake.requests.find((r) => r.detail === 'refresh_token')!.at;
    expect(source.status().state).toBe('live');
    // After expiry, REST still works on the refreshed token.
    await delay(Math.max(0, refreshAt + 500 - Date.now()));
    fake.dropSocket();
    await waitFor(() => fake.count({ detail: 'connect' }) >= 2 && source!.status().state === 'live', 'reconnected on the new token');
    expect(fake.requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it('backfill at start-up picks up donations made while away, and reads at most 3 pages', async () => {
    fake = await startFakeDonationAlerts({ perPage: 5, history: Array.from({ length: 7 }, (_, i) => ({ username: `old${i}` })) });
    const dataDir = await tempDataDir();
    const token = fake.issueTokens().access_token;
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { apiToken: token });
    await source.start(sink);
    await until(dataDir);
    await source.stop();
    // While the service is away: 22 donations = 5 pages of 5.
    const t = Date.now() + 5_000;
    const away = Array.from({ length: 22 }, (_, i) => fake.addDonation({ username: `away${i}`, created_at: daTime(t + i * 1000) }));
    const listsBefore = fake.count({ path: '/api/v1/alerts/donations' });
    const sink2 = new MemorySink();
    source = makeSource(fake, dataDir, { apiToken: token });
    await source.start(sink2);
    await waitFor(() => sink2.accepted.length === 15, 'three pages backfilled');
    await delay(200);
    const pages = fake.requests
      .slice()
      .filter((r) => r.path === '/api/v1/alerts/donations')
      .slice(listsBefore)
      .map((r) => r.query);
    expect(pages).toEqual(['?page=1', '?page=2', '?page=3']);
    // Newest 15, delivered oldest first.
    expect(sink2.accepted.map((d) => d.id)).toEqual(away.slice(-15).map((d) => String(d.id)));
  });

  it('a second run with an empty store replays nothing from before the first run', async () => {
    fake = await startFakeDonationAlerts({ history: [{ username: 'old1' }, { username: 'old2' }] });
    const dataDir = await tempDataDir();
    const token = fake.issueTokens().access_token;
    source = makeSource(fake, dataDir, { apiToken: token });
    await source.start(new MemorySink());
    await until(dataDir);
    await source.stop();
    const sink2 = new MemorySink();
    source = makeSource(fake, dataDir, { apiToken: token });
    await source.start(sink2);
    await waitFor(() => source!.status().state === 'live', 'live');
    await waitFor(() => fake.count({ path: '/api/v1/alerts/donations' }) >= 2, 'startup backfill ran');
    await delay(150);
    expect(sink2.acceptCalls).toEqual([]);
  });
});
