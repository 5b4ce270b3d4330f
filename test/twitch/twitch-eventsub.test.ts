// EventSub over real sockets: notifications into the sink, duplicates, keepalive silence,
// session_reconnect handover, revocation, close codes.
import { describe, expect, it } from 'vitest';
import { CHEER, REDEMPTION_ADD } from '../fakes/twitch-server.js';
import { delay, liveSource, waitFor, waitUntilLive } from './twitch-kit.js';

const enabledSubs = (fake: Awaited<ReturnType<typeof liveSource>>['fake']) => fake.subscriptions().filter((s) => s.status === 'enabled');

describe('Twitch notifications into the queue', () => {
  it('a redemption becomes a POINTS donation with the viewer’s text', async () => {
    const { fake, source, sink } = await liveSource();
    const subs = enabledSubs(fake);
    expect(subs.map((s) => s.type).sort()).toEqual([CHEER, REDEMPTION_ADD].sort());
    expect(subs.find((s) => s.type === REDEMPTION_ADD)?.condition).toEqual({
      broadcaster_user_id: '141981764',
      reward_id: source.health().rewardId,
    });
    const r = fake.redeem('  a red\u202Efox \n on a hill ', { viewer: { id: '77', login: 'painter', name: 'Painter' } });
    await waitFor(() => sink.accepted.length === 1, 'the redemption');
    expect(sink.accepted[0]).toEqual({
      id: r.id,
      source: 'twitch',
      donor: 'Painter',
      message: 'a redfox \n on a hill',
      amount: 500,
      currency: 'POINTS',
      timestamp: r.redeemed_at.replace(/(\.\d{3})\d+Z$/, '$1Z'),
    });
    expect(source.health()).toMatchObject({ state: 'ok', connected: true });
  });

  it('a cheer of at least TWITCH_MIN_BITS becomes a BITS donation without cheermotes; smaller ones are ignored', async () => {
    const { fake, sink } = await liveSource();
    fake.cheer(99, 'Cheer99 too small');
    const [id] = fake.cheer(150, 'Cheer100 draw a cat PogChamp50 please');
    fake.cheer(100, 'cheer100', 'anonymous');
    await waitFor(() => sink.accepted.length === 2, 'two cheers');
    expect(sink.accepted[0]).toMatchObject({
      id,
      source: 'twitch',
      donor: 'Bits_Fan',
      message: 'draw a cat please',
      amount: 150,
      currency: 'BITS',
    });
    expect(sink.accepted[1]).toMatchObject({
      donor: 'Anonymous',
      message: '',
      amount: 100,
      currency: 'BITS',
      rejectReason: 'empty message: nothing to draw',
    });
    expect(sink.acceptCalls).toHaveLength(2);
  });

  it('a notification resent with the same message_id is queued once', async () => {
    const { fake, sink } = await liveSource();
    fake.cheer(500, 'a boat');
    await waitFor(() => sink.accepted.length === 1, 'the cheer');
    fake.resendLastNotification();
    fake.redeem('a tree');
    await waitFor(() => sink.accepted.length === 2, 'the redemption');
    fake.resendLastNotification();
    await delay(150);
    expect(sink.acceptCalls.map((d) => d.currency)).toEqual(['BITS', 'POINTS']);
    expect(fake.state.sentFrames.filter((f) => f.messageType === 'notification')).toHaveLength(4);
  });
});

describe('Twitch EventSub connection', () => {
  it('keepalive silence: reconnects to the base URL and subscribes again', async () => {
    const { fake, source, sink } = await liveSource();
    const first = enabledSubs(fake)[0].transport.session_id;
    // Twitch sends a keepalive at about the timeout: the grace keeps us connected through them.
    const keepalives = () => fake.state.sentFrames.filter((f) => f.messageType === 'session_keepalive').length;
    await waitFor(() => keepalives() >= 2, 'two keepalives', 4_000);
    expect(source.connectionState()).toBe('live');
    expect(enabledSubs(fake)[0].transport.session_id).toBe(first);
    // The server's pings were answered (the fake closes with 4002 otherwise).
    expect(fake.openSessions()[0].pongs).toBeGreaterThan(0);
    fake.setKeepalives(false);
    await waitFor(() => source.connectionState() !== 'live', 'the watchdog', 4_000);
    fake.setKeepalives(true);
    await waitFor(() => enabledSubs(fake).length === 2 && enabledSubs(fake)[0].transport.session_id !== first, 'a new session', 5_000);
    await waitUntilLive(fake, source);
    expect(fake.requests({ method: 'POST', path: '/eventsub/subscriptions' }).filter((r) => r.status === 202)).toHaveLength(4);
    fake.redeem('after the silence');
    await waitFor(() => sink.accepted.length === 1, 'a redemption on the new session');
  });

  it('session_reconnect: the given URL, no resubscribe, old socket closed after the new welcome, nothing lost or doubled', async () => {
    const { fake, source, sink } = await liveSource({ fake: { reconnectGraceMs: 3_000 } });
    const posts = fake.requests({ method: 'POST', path: '/eventsub/subscriptions' }).length;
    const before = fake.openSessions();
    expect(before).toHaveLength(1);
    const a = fake.redeem('before');
    const [url] = fake.sendReconnect();
    const b = fake.redeem('during the handover');
    await waitFor(() => fake.openSessions().length === 1 && fake.openSessions()[0].id !== before[0].id, 'the old socket closed', 2_000);
    const c = fake.redeem('after');
    fake.cheer(200, 'Cheer200 a hat');
    await waitFor(() => sink.accepted.length === 4, 'every event');
    expect(sink.accepted.slice(0, 3).map((d) => d.id)).toEqual([a.id, b.id, c.id]);
    expect(sink.acceptCalls).toHaveLength(4);
    expect(fake.requests({ method: 'POST', path: '/eventsub/subscriptions' })).toHaveLength(posts);
    expect(url).toContain('reconnect=');
    expect(source.connectionState()).toBe('live');
    // The old socket was closed by us (1000, not the 4004 grace timer) after the new welcome.
    expect(fake.state.closedSessions).toEqual([{ id: before[0].id, code: 1000, handedOver: true }]);
    expect(enabledSubs(fake).every((s) => s.transport.session_id === fake.openSessions()[0].id)).toBe(true);
    expect(fake.state.inboundFrames).toEqual([]);
  });

  it('a reconnect URL that fails: the old socket keeps delivering until 4004, then a fresh connection catches up', async () => {
    const { fake, source, sink } = await liveSource({ fake: { reconnectGraceMs: 400 } });
    const before = fake.openSessions()[0].id;
    fake.sendReconnect({ invalidUrl: true });
    await waitFor(() => fake.state.closedSessions.some((c) => c.code === 4007), 'the refused reconnect socket');
    const during = fake.redeem('still on the old socket');
    await waitFor(() => sink.accepted.length === 1, 'delivered on the old socket');
    await waitFor(() => fake.state.closedSessions.some((c) => c.id === before && c.code === 4004), 'the grace expiry');
    const meanwhile = fake.redeem('while reconnecting');
    await waitUntilLive(fake, source);
    await waitFor(() => sink.accepted.length === 2, 'caught up');
    expect(sink.accepted.map((d) => d.id)).toEqual([during.id, meanwhile.id]);
    expect(sink.acceptCalls).toHaveLength(2);
  });

  it('revocation: health degraded with the reason', async () => {
    const { fake, source } = await liveSource();
    fake.revoke(REDEMPTION_ADD, 'authorization_revoked');
    await waitFor(() => source.health().state === 'degraded', 'degraded');
    expect(source.health().detail).toMatch(/revoked the redemptions subscription \(authorization_revoked\)/);
  });

  it.each([4000, 4003, 4005])('close code %i: reconnects, resubscribes and stays receive-only', async (code) => {
    const { fake, source, sink } = await liveSource();
    fake.closeSockets(code, 'test');
    await waitFor(() => source.connectionState() !== 'live', 'the close');
    expect(source.health().detail).toContain(`(${code})`);
    await waitUntilLive(fake, source);
    fake.redeem('again');
    await waitFor(() => sink.accepted.length === 1, 'a redemption after the reconnect');
    expect(fake.state.inboundFrames).toEqual([]);
    // Pings from the server were answered.
    expect(fake.openSessions()[0]).toBeDefined();
  });
});
