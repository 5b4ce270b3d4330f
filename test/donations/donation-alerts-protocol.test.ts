/**
 * Robustness against a Donation Alerts that behaves differently from the happy path, as far as
 * shared/docs/donation-alerts.md lists it as possible or uncertain. All over real sockets.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DonationAlertsSource, DonationAlertsTuning } from '../../src/donations/index.js';
import { daTime, startFakeDonationAlerts, type FakeDonationAlerts, type FakeDonationAlertsOptions } from '../fakes/fake-donation-alerts.js';
import { delay, makeSource, memoryLogger, MemorySink, seedStoredTokens, tempDataDir, waitFor, watermarkExists } from './helpers.js';

let fake: FakeDonationAlerts;
let source: DonationAlertsSource | undefined;

afterEach(async () => {
  await source?.stop();
  source = undefined;
  await fake?.close();
});

const redirectUri = 'http://127.0.0.1:8080/auth/donationalerts/callback';
const restPaths = new Set(['/api/v1/user/oauth', '/api/v1/alerts/donations', '/api/v1/centrifuge/subscribe']);

async function watermark(dataDir: string): Promise<void> {
  let ok = false;
  await waitFor(() => {
    void watermarkExists(dataDir).then((x) => (ok = x));
    return ok;
  }, 'watermark');
}

/** A source on a ready token; `socket: false` keeps the socket refused so only REST runs. */
async function start(
  opts: FakeDonationAlertsOptions & { socket?: boolean; pollIntervalSec?: number } = {},
  tuning: Partial<DonationAlertsTuning> = {},
  logger?: ReturnType<typeof memoryLogger>['logger'],
) {
  fake = await startFakeDonationAlerts({ history: [{ username: 'old_one', message: 'old' }], ...opts });
  if (opts.socket === false) fake.refuseSockets(true);
  const dataDir = await tempDataDir();
  const sink = new MemorySink();
  source = makeSource(
    fake,
    dataDir,
    { apiToken: fake.issueTokens().access_token, pollIntervalSec: opts.pollIntervalSec ?? 0.2 },
    opts.socket === false ? { reconnectBackoff: { baseMs: 10_000, maxMs: 10_000 }, ...tuning } : tuning,
    logger,
  );
  await source.start(sink);
  await watermark(dataDir);
  if (opts.socket !== false) await waitFor(() => source!.status().state === 'live', 'live');
  return { sink, dataDir };
}

describe('Donation Alerts OAuth requests', () => {
  it('sends code exchange and refresh as POST forms with exactly the documented fields, scopes space-separated', async () => {
    fake = await startFakeDonationAlerts({ rotateRefreshToken: false });
    const dataDir = await tempDataDir();
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri });
    await source.start(new MemorySink());
    const url = source.authorizeUrl();
    // Raw query: %20 between scopes (what every decoder reads as a space).
    expect(url).toContain('scope=oauth-user-show%20oauth-donation-index%20oauth-donation-subscribe');
    const a = fake.approve(url);
    expect((await source.completeAuthorization({ code: a.code, state: a.state! })).ok).toBe(true);
    await waitFor(() => source!.status().state === 'live', 'live');
    fake.expireToken();
    fake.dropSocket();
    await waitFor(
      () => fake.count({ kind: 'oauth', detail: 'refresh_token' }) === 1 && source!.status().state === 'live',
      'refreshed and live',
    );
    const [exchange, refresh] = fake.tokenForms;
    expect(exchange).toMatchObject({
      contentType: 'application/x-www-form-urlencoded',
      grantType: 'authorization_code',
      redirectUri,
      scope: null,
    });
    expect([...exchange.keys].sort()).toEqual(['client_id', 'client_secret', 'code', 'grant_type', 'redirect_uri']);
    expect(refresh).toMatchObject({
      contentType: 'application/x-www-form-urlencoded',
      grantType: 'refresh_token',
      scope: 'oauth-user-show oauth-donation-index oauth-donation-subscribe',
    });
    expect([...refresh.keys].sort()).toEqual(['client_id', 'client_secret', 'grant_type', 'refresh_token', 'scope']);
  });

  it('keeps the old refresh token when a refresh answers without one, and refreshes with it again', async () => {
    fake = await startFakeDonationAlerts({ rotateRefreshToken: false });
    const dataDir = await tempDataDir();
    const first = fake.issueTokens();
    await seedStoredTokens(dataDir, first, Date.now() + 3600_000);
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri });
    await source.start(new MemorySink());
    await waitFor(() => source!.status().state === 'live', 'live');
    for (let i = 1; i <= 2; i++) {
      fake.expireToken();
      fake.dropSocket();
      await waitFor(
        () => fake.count({ kind: 'oauth', detail: 'refresh_token' }) === i && source!.status().state === 'live',
        `refresh ${i}`,
      );
    }
    expect(fake.requests.filter((r) => r.kind === 'oauth').map((r) => r.status)).toEqual([200, 200]);
    const stored = JSON.parse(await fs.readFile(path.join(dataDir, 'donationalerts-tokens.json'), 'utf8')) as {
      accessToken: string;
      refreshToken: string;
    };
    expect(stored.refreshToken).toBe(first.refresh_token);
    expect(stored.accessToken).not.toBe(first.access_token);
  });
});

describe('Donation Alerts REST edge cases', () => {
  it('spaces REST requests at least a second apart with the default limiter (≤ 1 req/s)', async () => {
    const { dataDir } = await start({}, { minRequestGapMs: 1_050 });
    await waitFor(() => fake.count({ path: '/api/v1/alerts/donations' }) >= 2, 'backfill after subscribe', 8_000);
    const times = fake.requests.filter((r) => restPaths.has(r.path)).map((r) => r.at);
    expect(times.length).toBeGreaterThanOrEqual(4); // user, list (watermark), subscribe, list (backfill)
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1_000);
    expect(dataDir).toBeTruthy();
  }, 15_000);

  it('honours a 429 whose Retry-After is an HTTP date', async () => {
    const { sink } = await start({ socket: false });
    // HTTP dates have whole seconds: 2 s ahead is 1–2 s from now.
    const until = new Date(Math.ceil((Date.now() + 2_000) / 1000) * 1000);
    fake.setRestFailure(429, { retryAfter: until.toUTCString(), times: 1, pathPrefix: '/api/v1/alerts/donations' });
    fake.addDonation({ username: 'date_limited' });
    await waitFor(() => sink.accepted.length === 1, 'delivered after the date', 6_000);
    const limited = fake.requests.find((r) => r.status === 429)!;
    const next = fake.requests.find((r) => r.at > limited.at && restPaths.has(r.path))!;
    expect(next.at).toBeGreaterThanOrEqual(until.getTime() - 50);
  });

  it('backs off on a 429 without Retry-After instead of retrying hot', async () => {
    const { sink } = await start({ socket: false }, { restBackoff: { baseMs: 300, maxMs: 2_000 }, restMaxAttempts: 4 });
    fake.setRestFailure(429, { times: 2, pathPrefix: '/api/v1/alerts/donations' });
    fake.addDonation({ username: 'no_retry_after' });
    await waitFor(() => sink.accepted.length === 1, 'delivered after backing off', 6_000);
    const lists = fake.requests.filter((r) => r.path === '/api/v1/alerts/donations');
    const i = lists.findIndex((r) => r.status === 429);
    expect(lists.slice(i, i + 3).map((r) => r.status)).toEqual([429, 429, 200]);
    expect(lists[i + 1].at - lists[i].at).toBeGreaterThanOrEqual(140);
    expect(lists[i + 2].at - lists[i + 1].at).toBeGreaterThanOrEqual(290);
  });

  it('honours Retry-After on a 503 too', async () => {
    const { sink } = await start({ socket: false }, { restBackoff: { baseMs: 20, maxMs: 40 } });
    fake.setRestFailure(503, { retryAfter: 1, times: 1, pathPrefix: '/api/v1/alerts/donations' });
    fake.addDonation({ username: 'after_503' });
    await waitFor(() => sink.accepted.length === 1, 'delivered', 5_000);
    const failed = fake.requests.find((r) => r.kind === 'rest' && r.status === 503)!;
    const next = fake.requests.find((r) => r.at > failed.at && restPaths.has(r.path))!;
    expect(next.at - failed.at).toBeGreaterThanOrEqual(950);
  });

  it('reads a 204 empty donation list as an empty page: first run records an empty history, later donations are polled', async () => {
    fake = await startFakeDonationAlerts({ emptyListAs204: true });
    fake.refuseSockets(true);
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    const mem = memoryLogger();
    source = makeSource(
      fake,
      dataDir,
      { apiToken: fake.issueTokens().access_token, pollIntervalSec: 0.2 },
      { reconnectBackoff: { baseMs: 10_000, maxMs: 10_000 } },
      mem.logger,
    );
    await source.start(sink);
    await watermark(dataDir);
    expect(fake.requests.some((r) => r.path === '/api/v1/alerts/donations' && r.status === 204)).toBe(true);
    const d = fake.addDonation({ username: 'first_ever', message: 'draw a rocket' });
    await waitFor(() => sink.accepted.length === 1, 'polled');
    expect(sink.accepted[0].id).toBe(String(d.id));
    expect(mem.text()).not.toMatch(/REST catch-up failed/);
  });

  it('logs a non-JSON body and recovers at the next poll', async () => {
    const mem = memoryLogger();
    const { sink } = await start({ socket: false }, {}, mem.logger);
    fake.setRestFailure(200, { body: '<html>maintenance</html>', times: 1, pathPrefix: '/api/v1/alerts/donations' });
    fake.addDonation({ username: 'after_html' });
    await waitFor(() => sink.accepted.length === 1, 'delivered after the HTML page', 5_000);
    expect(mem.text()).toMatch(/not JSON/);
  });

  it('retries a request that times out', async () => {
    const { sink } = await start({ socket: false }, { requestTimeoutMs: 300 });
    fake.setRestFailure(0, { stallMs: 0, times: 1, pathPrefix: '/api/v1/alerts/donations' });
    fake.addDonation({ username: 'after_timeout' });
    await waitFor(() => sink.accepted.length === 1, 'delivered after a timeout', 5_000);
    expect(fake.requests.some((r) => r.detail === 'stalled')).toBe(true);
  });

  it('a body that stalls after the headers is a failure, not an empty page', async () => {
    const { sink } = await start({ socket: false }, { requestTimeoutMs: 300 });
    fake.setRestFailure(200, { stallMs: 1_000, times: 1, pathPrefix: '/api/v1/alerts/donations' });
    fake.addDonation({ username: 'slow_body' });
    await waitFor(() => sink.accepted.length === 1, 'delivered', 6_000);
  });

  it('accepts DA_API_URL given with a trailing /api/v1', async () => {
    fake = await startFakeDonationAlerts();
    const dataDir = await tempDataDir();
    source = makeSource(fake, dataDir, { apiToken: fake.issueTokens().access_token, apiUrl: `${fake.apiUrl}/api/v1/` });
    await source.start(new MemorySink());
    await waitFor(() => source!.status().state === 'live', 'live');
    expect(fake.requests.every((r) => !r.path.includes('/api/v1/api/v1'))).toBe(true);
  });
});

describe('Donation Alerts list order (undocumented)', () => {
  it('backfills from the last page when the list runs oldest-first, in time order', async () => {
    const hist = Array.from({ length: 7 }, (_, i) => ({ username: `old${i}` }));
    fake = await startFakeDonationAlerts({ perPage: 3, history: hist, listOrder: 'oldest-first' });
    const dataDir = await tempDataDir();
    const token = fake.issueTokens().access_token;
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { apiToken: token });
    await source.start(sink);
    await watermark(dataDir);
    await waitFor(() => source!.status().state === 'live', 'live');
    await delay(200);
    expect(sink.acceptCalls).toEqual([]); // first run: no history replayed, although page 1 is the oldest
    await source.stop();
    const t = Date.now() + 5_000;
    const away = [0, 1, 2, 3].map((i) => fake.addDonation({ username: `away${i}`, created_at: daTime(t + i * 1000) }));
    const sink2 = new MemorySink();
    source = makeSource(fake, dataDir, { apiToken: token });
    await source.start(sink2);
    await waitFor(() => sink2.accepted.length === 4, 'four backfilled');
    await delay(200);
    expect(sink2.accepted.map((d) => d.id)).toEqual(away.map((d) => String(d.id)));
  });

  it('delivers in time order from a shuffled list page', async () => {
    fake = await startFakeDonationAlerts({ history: [{ username: 'old' }], listOrder: 'shuffled' });
    fake.refuseSockets(true);
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    source = makeSource(
      fake,
      dataDir,
      { apiToken: fake.issueTokens().access_token, pollIntervalSec: 60 },
      { reconnectBackoff: { baseMs: 10_000, maxMs: 10_000 } },
    );
    fake.setRestFailure(503, { pathPrefix: '/api/v1/alerts/donations', times: 0 });
    await source.start(sink);
    await watermark(dataDir);
    await source.stop();
    const t = Date.now() + 5_000;
    const made = [3, 0, 4, 1, 2].map((i) => fake.addDonation({ username: `s${i}`, created_at: daTime(t + i * 1000) }));
    const sink2 = new MemorySink();
    source = makeSource(
      fake,
      dataDir,
      { apiToken: fake.issueTokens().access_token, pollIntervalSec: 60 },
      { reconnectBackoff: { baseMs: 10_000, maxMs: 10_000 } },
    );
    await source.start(sink2);
    await waitFor(() => sink2.accepted.length === 5, 'five');
    const byTime = [...made].sort((a, b) => (a.created_at < b.created_at ? -1 : 1)).map((d) => String(d.id));
    expect(sink2.accepted.map((d) => d.id)).toEqual(byTime);
  });
});

describe('Donation Alerts Centrifugo edge cases', () => {
  it('stays live without a subscribe reply or join push: publications delivered, no reconnect loop, REST polled meanwhile', async () => {
    fake = await startFakeDonationAlerts({ history: [{ username: 'old' }], joinPush: 'none', subscribeReply: false });
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { apiToken: fake.issueTokens().access_token, pollIntervalSec: 0.2 }, { commandTimeoutMs: 400 });
    await source.start(sink);
    await waitFor(() => source!.status().state === 'live', 'live although unconfirmed', 4_000);
    expect(source.health().detail).toMatch(/did not confirm/);
    // REST keeps polling while unconfirmed: a donation only in the list is found.
    const listed = fake.addDonation({ username: 'list_only' });
    await waitFor(() => sink.accepted.some((d) => d.id === String(listed.id)), 'polled while unconfirmed');
    const d = fake.publish({ username: 'sock', message: 'draw a rocket' });
    await waitFor(() => sink.accepted.some((x) => x.id === String(d.id)), 'publication');
    // The publication confirmed the subscription: polling stops.
    await delay(300);
    expect(source.health().detail).toBe('Donation Alerts live: socket subscribed.');
    const lists = fake.count({ path: '/api/v1/alerts/donations' });
    await delay(700);
    expect(fake.count({ path: '/api/v1/alerts/donations' })).toBe(lists);
    expect(fake.count({ detail: 'connect' })).toBe(1);
  });

  it('treats an error reply to a ping as a live connection', async () => {
    await start({ pingReply: 'error' }, { pingIntervalMs: 150, pongTimeoutMs: 150 });
    await waitFor(() => fake.count({ detail: 'ping' }) >= 4, 'several pings', 4_000);
    expect(fake.count({ detail: 'connect' })).toBe(1);
    expect(source!.status().state).toBe('live');
  });

  it('reconnects with fresh channel tokens after an error reply to subscribe', async () => {
    fake = await startFakeDonationAlerts();
    fake.setWsFault({ on: 'subscribe', error: { code: 103, message: 'permission denied' }, times: 2 });
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { apiToken: fake.issueTokens().access_token });
    await source.start(sink);
    await waitFor(() => source!.status().state === 'live', 'live on the third try', 5_000);
    expect(fake.count({ detail: 'connect' })).toBe(3);
    expect(fake.count({ path: '/api/v1/centrifuge/subscribe' })).toBe(3);
    const d = fake.publish();
    await waitFor(() => sink.accepted.some((x) => x.id === String(d.id)), 'delivered');
  });

  it('reconnects with a fresh socket token after an error reply to connect', async () => {
    fake = await startFakeDonationAlerts();
    fake.setWsFault({ on: 'connect', error: { code: 109, message: 'token expired' } });
    const dataDir = await tempDataDir();
    source = makeSource(fake, dataDir, { apiToken: fake.issueTokens().access_token });
    await source.start(new MemorySink());
    await waitFor(() => source!.status().state === 'live', 'live', 5_000);
    expect(fake.count({ path: '/api/v1/user/oauth' })).toBe(2);
  });

  it('after a close with reconnect:false, waits before coming back with fresh tokens and never loops hot', async () => {
    const { sink } = await start({}, { noReconnectDelayMs: 600 });
    fake.setWsFault({
      on: 'connect',
      close: { code: 3500, reason: JSON.stringify({ reason: 'invalid token', reconnect: false }) },
      times: 3,
    });
    const usersBefore = fake.count({ path: '/api/v1/user/oauth' });
    fake.dropSocket(3500, JSON.stringify({ reason: 'invalid token', reconnect: false }));
    await waitFor(() => source!.status().state === 'polling', 'socket down');
    expect(source!.health().detail).toMatch(/asked us not to reconnect/);
    const t0 = Date.now();
    await delay(1_000);
    // ≥ 300 ms between attempts (half-jittered 600 ms): at most 4 connects in a second, none hot.
    const connects = fake.requests.filter((r) => r.detail === 'connect' && r.at >= t0).map((r) => r.at);
    expect(connects.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < connects.length; i++) expect(connects[i] - connects[i - 1]).toBeGreaterThanOrEqual(280);
    await waitFor(() => source!.status().state === 'live', 'live once the server lets us in', 6_000);
    expect(fake.count({ path: '/api/v1/user/oauth' }) - usersBefore).toBeGreaterThanOrEqual(4); // a fresh socket token every time
    const d = fake.publish();
    await waitFor(() => sink.accepted.some((x) => x.id === String(d.id)), 'delivered');
  });

  it('reconnects after a close with a plain-text reason', async () => {
    const mem = memoryLogger();
    const { sink } = await start({}, {}, mem.logger);
    fake.dropSocket(3001, 'shutdown');
    await waitFor(() => fake.count({ detail: 'connect' }) >= 2 && source!.status().state === 'live', 'reconnected');
    expect(mem.lines().some((l) => l.msg === 'Donation Alerts closed the socket' && l.code === 3001 && l.reason === 'shutdown')).toBe(true);
    fake.publish();
    await waitFor(() => sink.accepted.length === 1, 'delivered');
  });

  it('accepts the HTTP subscribe answer as a channel → token map', async () => {
    const { sink } = await start({ subscribeShape: 'map' });
    fake.publish();
    await waitFor(() => sink.accepted.length === 1, 'delivered');
  });

  it('reads lenient donation fields from a publication (string amount, ISO time, name "donation")', async () => {
    const { sink } = await start();
    fake.publish({
      name: 'donation',
      amount: '100,50' as unknown as number,
      created_at: '2025-11-24T19:05:12.000000Z',
      is_shown: 1,
      message: 'pizza\r\nplease',
    });
    await waitFor(() => sink.accepted.length === 1, 'delivered');
    expect(sink.accepted[0]).toMatchObject({ amount: 100.5, timestamp: '2025-11-24T19:05:12.000Z', message: 'pizza\nplease' });
  });
});
