import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { DonationAlertsSource, DonationAlertsTuning } from '../../src/donations/index.js';
import { daTime, startFakeDonationAlerts, type FakeDonationAlerts } from '../fakes/fake-donation-alerts.js';
import { delay, makeSource, memoryLogger, MemorySink, tempDataDir, waitFor, watermarkExists } from './helpers.js';

const history = [
  { username: 'old_viewer_1', message: 'старый донат', amount: 50 },
  { username: 'old_viewer_2', message: 'another old one', amount: 70 },
];

let fake: FakeDonationAlerts;
let source: DonationAlertsSource | undefined;

afterEach(async () => {
  await source?.stop();
  source = undefined;
  await fake?.close();
});

async function startLive(
  opts: Parameters<typeof startFakeDonationAlerts>[0] = {},
  logger?: ReturnType<typeof memoryLogger>['logger'],
  tuning: Partial<DonationAlertsTuning> = {},
) {
  fake = await startFakeDonationAlerts({ history, ...opts });
  const dataDir = await tempDataDir();
  const sink = new MemorySink();
  source = makeSource(fake, dataDir, { apiToken: fake.issueTokens().access_token }, tuning, logger);
  await source.start(sink);
  await waitFor(() => source!.status().state === 'live', 'live');
  await waitFor(() => fake.subscribedCount() === 1, 'subscribed');
  // The first run records a watermark instead of replaying history.
  let recorded = false;
  await waitFor(() => {
    void watermarkExists(dataDir).then((x) => (recorded = x));
    return recorded;
  }, 'watermark recorded');
  expect(sink.acceptCalls).toHaveLength(0);
  return { sink, dataDir };
}

describe('Donation Alerts live socket', () => {
  it('delivers a donation published on the socket to the sink once, normalised, without replaying old history', async () => {
    const { sink } = await startLive();
    expect(source!.health().state).toBe('ok');
    const d = fake.publish({
      username: null,
      message: 'нарисуй\r\nкотика',
      amount: 300,
      currency: 'RUB',
      created_at: '2025-11-24 19:05:12',
    });
    await waitFor(() => sink.accepted.length === 1, 'donation delivered');
    await delay(150);
    expect(sink.acceptCalls).toHaveLength(1);
    expect(sink.accepted[0]).toEqual({
      id: String(d.id),
      source: 'donationalerts',
      donor: 'Anonymous',
      message: 'нарисуй\nкотика',
      amount: 300,
      currency: 'RUB',
      timestamp: '2025-11-24T19:05:12.000Z',
    });
  });

  it('on the very first start, delivers a donation made while the socket was still connecting', async () => {
    fake = await startFakeDonationAlerts({ history });
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    // Subscribing is slow (two failures): a viewer donates in the meantime. Without a
    // watermark recorded before connecting, that donation would be filed as old history.
    fake.setRestFailure(503, { pathPrefix: '/api/v1/centrifuge/subscribe', times: 2 });
    source = makeSource(fake, dataDir, { apiToken: fake.issueTokens().access_token });
    await source.start(sink);
    await waitFor(() => fake.count({ path: '/api/v1/centrifuge/subscribe' }) >= 1, 'first subscribe attempt');
    const d = fake.addDonation({ username: 'early_bird', message: 'нарисуй ракету', amount: 100 });
    await waitFor(() => sink.accepted.some((x) => x.id === String(d.id)), 'the early donation delivered', 8_000);
    expect(sink.accepted.map((x) => x.message)).toEqual(['нарисуй ракету']); // and no old history
  });

  it('splits a frame holding several publications on newlines', async () => {
    const { sink } = await startLive();
    const ds = fake.publishMany([{ message: 'one' }, { message: 'two' }, { message: 'three' }]);
    await waitFor(() => sink.accepted.length === 3, 'three from one frame');
    expect(sink.accepted.map((d) => d.id)).toEqual(ds.map((d) => String(d.id)));
  });

  it('keeps an audio-only donation with a reject reason', async () => {
    const { sink } = await startLive();
    fake.publish({ message_type: 'audio', message: '' });
    await waitFor(() => sink.accepted.length === 1, 'audio donation delivered');
    expect(sink.accepted[0].rejectReason).toMatch(/audio/);
  });

  it('after a drop, backfills the donations made meanwhile once each, oldest first, with fresh channel tokens', async () => {
    const { sink } = await startLive();
    const subscribesBefore = fake.count({ path: '/api/v1/centrifuge/subscribe' });
    // Socket down and REST polling failing: only the backfill after reconnect can find them.
    fake.refuseSockets(true);
    fake.setRestFailure(503, { pathPrefix: '/api/v1/alerts/donations' });
    fake.dropSocket();
    await waitFor(() => source!.status().state === 'polling', 'socket loss noticed');
    expect(source!.health().state).toBe('degraded');
    const now = Date.now();
    const later = fake.addDonation({ username: 'b_viewer', message: 'draw a rocket', created_at: daTime(now + 2_000) });
    const earlier = fake.addDonation({ username: 'a_viewer', message: 'pizza please', created_at: daTime(now + 1_000) });
    await delay(300);
    expect(sink.accepted).toHaveLength(0);
    fake.clearRestFailure();
    fake.refuseSockets(false);
    await waitFor(() => sink.accepted.length === 2, 'both backfilled');
    await delay(200);
    expect(sink.accepted.map((d) => d.id)).toEqual([String(earlier.id), String(later.id)]);
    expect(sink.acceptCalls).toHaveLength(2);
    expect(source!.status().state).toBe('live');
    expect(fake.count({ path: '/api/v1/centrifuge/subscribe' })).toBeGreaterThan(subscribesBefore);
  });

  it('does not send the same donation twice when socket and poll both see it', async () => {
    const { sink } = await startLive({}, undefined);
    const d = fake.publish({ username: 'twice', message: 'сердечко для стримера' });
    await waitFor(() => sink.accepted.length === 1, 'live delivery');
    // Force REST catch-ups that see the same donation in the list.
    const listsBefore = fake.count({ path: '/api/v1/alerts/donations' });
    fake.refuseSockets(true);
    fake.dropSocket();
    await waitFor(() => source!.status().state === 'polling', 'polling');
    await waitFor(() => fake.count({ path: '/api/v1/alerts/donations' }) > listsBefore, 'a poll ran');
    fake.refuseSockets(false);
    await waitFor(() => source!.status().state === 'live', 'live again');
    await delay(200);
    expect(sink.callsFor(String(d.id))).toBe(1);
    expect(sink.accepted).toHaveLength(1);
  });

  it('logs and skips malformed frames and unknown pushes, keeping the connection', async () => {
    const mem = memoryLogger();
    const { sink } = await startLive({}, mem.logger);
    fake.sendMalformed('{not json');
    fake.sendMalformed('[1,2,3]');
    fake.sendMalformed('{"result":{"type":9,"channel":"x"}}\n{"id":999,"result":{}}\n\n');
    fake.sendMalformed(`garbage\n${JSON.stringify({ result: { channel: fake.channel, data: { seq: 1, data: { id: 'nope' } } } })}`);
    const d = fake.publish({ username: 'after_garbage', message: 'дракон ночью' });
    await waitFor(() => sink.accepted.length === 1, 'donation after garbage');
    expect(sink.accepted[0].id).toBe(String(d.id));
    expect(fake.count({ detail: 'connect' })).toBe(1);
    const warnings = mem
      .lines()
      .filter((l) => (l.level as number) >= 40)
      .map((l) => l.msg);
    expect(warnings.some((m) => /unparseable/.test(String(m)))).toBe(true);
    expect(warnings.some((m) => /not an object/.test(String(m)))).toBe(true);
    expect(warnings.some((m) => /unusable donation publication/.test(String(m)))).toBe(true);
  });

  it('pings with method 7 and reconnects when pings go unanswered', async () => {
    const { sink } = await startLive({}, undefined, { pingIntervalMs: 300, pongTimeoutMs: 200 });
    await waitFor(() => fake.count({ detail: 'ping' }) >= 1, 'a ping');
    fake.setAnswerPings(false);
    await waitFor(() => fake.count({ detail: 'connect' }) >= 2, 'reconnect after dead ping', 5_000);
    fake.setAnswerPings(true);
    await waitFor(() => source!.status().state === 'live' && fake.subscribedCount() === 1, 'live again');
    const d = fake.publish({ message: 'draw a rocket' });
    await waitFor(() => sink.accepted.some((x) => x.id === String(d.id)), 'delivery on the new socket');
  });

  it('treats a join push before the reply, or no reply at all, as subscribed', async () => {
    const { sink } = await startLive({ joinPush: 'before-reply', subscribeReply: false, batchFrames: false });
    fake.publish({ message: 'pizza please' });
    await waitFor(() => sink.accepted.length === 1, 'delivered');
  });

  it('reconnects after a server close frame with a JSON reason', async () => {
    const { sink } = await startLive();
    fake.dropSocket(3001, JSON.stringify({ reason: 'shutdown', reconnect: true }));
    await waitFor(() => fake.count({ detail: 'connect' }) >= 2 && source!.status().state === 'live', 'reconnected');
    fake.publish({ message: 'hello again' });
    await waitFor(() => sink.accepted.length === 1, 'delivered');
  });
});

describe('fake Donation Alerts Centrifugo endpoint', () => {
  it('closes with 3003 "bad request" on a connect without params', async () => {
    fake = await startFakeDonationAlerts();
    const ws = new WebSocket(fake.wsUrl);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<[number, string]>((r) => ws.once('close', (code, reason) => r([code, reason.toString()])));
    ws.send(JSON.stringify({ token: 'x', id: 1 }));
    expect(await closed).toEqual([3003, 'bad request']);
  });
});
