// Catch-up: redemptions made while the socket was down (or the app was off) are queued in
// redemption order before live ones, none twice; the per-viewer cooldown, durable across restarts.
import { describe, expect, it } from 'vitest';
import { liveSource, makeTwitchSource, MemorySink, seedTokens, startFake, tempDataDir, waitFor, waitUntilLive } from './twitch-kit.js';

const viewer = (n: number) => ({ id: String(1000 + n), login: `viewer${n}`, name: `Viewer${n}` });

describe('Twitch catch-up', () => {
  it('a dropped socket: redemptions made meanwhile are caught up in order, none twice, before live ones', async () => {
    const { fake, source, sink } = await liveSource({ tuning: { reconnectBackoff: { baseMs: 400, maxMs: 400 } } });
    const live = fake.redeem('live before the drop', { viewer: viewer(0) });
    await waitFor(() => sink.accepted.length === 1, 'the live redemption');
    fake.dropSockets();
    await waitFor(() => source.connectionState() !== 'live', 'the drop');
    // Nobody is subscribed now: these reach no socket; only the catch-up can find them.
    const missed = [1, 2, 3].map((n) => fake.redeem(`missed ${n}`, { viewer: viewer(n) }));
    await waitUntilLive(fake, source);
    const after = fake.redeem('live after', { viewer: viewer(4) });
    await waitFor(() => sink.accepted.length === 5, 'all five');
    expect(sink.accepted.map((d) => d.id)).toEqual([live.id, ...missed.map((r) => r.id), after.id]);
    expect(sink.acceptCalls).toHaveLength(5);
    const lists = fake.requests({ method: 'GET', path: '/channel_points/custom_rewards/redemptions' });
    expect(lists.length).toBeGreaterThanOrEqual(2);
    expect(Object.fromEntries(lists.at(-1)!.query)).toMatchObject({
      status: 'UNFULFILLED',
      sort: 'OLDEST',
      reward_id: source.health().rewardId,
    });
  });

  it('on start: every page of UNFULFILLED redemptions, oldest first; live events during the catch-up wait their turn', async () => {
    const fake = await startFake();
    const dataDir = await tempDataDir();
    await seedTokens(dataDir, fake.issueTokens());
    const first = makeTwitchSource(fake, dataDir, {}, { catchUpPageSize: 2 });
    const sink = new MemorySink();
    await first.start(sink);
    await waitUntilLive(fake, first);
    await first.stop();
    await waitFor(() => fake.openSessions().length === 0, 'the first socket closed');
    const t0 = Date.now() - 60_000;
    // Made while the app was off, listed out of order on purpose (redeemed_at decides).
    const offline = [3, 1, 4, 2, 5].map((n) => fake.redeem(`offline ${n}`, { viewer: viewer(n), redeemedAt: t0 + n * 1000 }));
    const fulfilled = fake.redeem('already done', { viewer: viewer(9), redeemedAt: t0 });
    fulfilled.status = 'FULFILLED';
    const second = makeTwitchSource(fake, dataDir, {}, { catchUpPageSize: 2 });
    // The catch-up's first page comes late: a live redemption arrives while it is still reading.
    fake.delayNext('/channel_points/custom_rewards/redemptions', 300);
    await second.start(sink);
    await waitFor(() => second.connectionState() === 'live', 'live again');
    const live = fake.redeem('live during catch-up', { viewer: viewer(7) });
    await waitFor(() => fake.state.sentFrames.filter((f) => f.messageType === 'notification').length === 1, 'the live notification');
    expect(sink.accepted).toHaveLength(0);
    await waitFor(() => sink.accepted.length === 6, 'six redemptions');
    const byInput = (id: string) => sink.accepted.find((d) => d.id === id)?.message;
    expect(sink.accepted.map((d) => byInput(d.id))).toEqual([
      'offline 1',
      'offline 2',
      'offline 3',
      'offline 4',
      'offline 5',
      'live during catch-up',
    ]);
    expect(sink.acceptCalls.filter((d) => d.id === live.id)).toHaveLength(1);
    const pages = fake.requests({ method: 'GET', path: '/channel_points/custom_rewards/redemptions' }).slice(-3);
    expect(pages.map((p) => p.query.get('after') !== null)).toEqual([false, true, true]);
    expect(offline).toHaveLength(5);
  });

  it('a restart does not queue what the sink already has', async () => {
    const { fake, source, sink, dataDir } = await liveSource();
    const r = fake.redeem('once');
    await waitFor(() => sink.accepted.length === 1, 'the redemption');
    await source.stop();
    const again = makeTwitchSource(fake, dataDir);
    await again.start(sink);
    await waitUntilLive(fake, again);
    await waitFor(
      () => fake.requests({ method: 'GET', path: '/channel_points/custom_rewards/redemptions' }).length >= 2,
      'a second catch-up',
    );
    expect(sink.acceptCalls.filter((d) => d.id === r.id)).toHaveLength(1);
  });
});

describe('Twitch per-viewer cooldown', () => {
  it('a redemption inside TWITCH_USER_COOLDOWN_SEC is recorded as rejected "cooldown", also after a restart', async () => {
    const { fake, source, sink, dataDir } = await liveSource({ config: { userCooldownSec: 60 } });
    const a = fake.redeem('first', { viewer: viewer(1) });
    const b = fake.redeem('too soon', { viewer: viewer(1) });
    const c = fake.redeem('someone else', { viewer: viewer(2) });
    await waitFor(() => sink.accepted.length === 3, 'three');
    expect(sink.accepted.map((d) => [d.id, d.rejectReason])).toEqual([
      [a.id, undefined],
      [b.id, 'cooldown'],
      [c.id, undefined],
    ]);
    await source.stop();
    const again = makeTwitchSource(fake, dataDir, { userCooldownSec: 60 });
    await again.start(sink);
    await waitUntilLive(fake, again);
    const d = fake.redeem('still too soon', { viewer: viewer(1) });
    await waitFor(() => sink.accepted.length === 4, 'four');
    expect(sink.accepted[3]).toMatchObject({ id: d.id, rejectReason: 'cooldown', currency: 'POINTS' });
  });
});
