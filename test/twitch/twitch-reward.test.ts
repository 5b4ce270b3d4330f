// The reward: created by us with user input and the request queue kept, found again after a
// restart (by stored id, then by title among our own rewards), never duplicated; a channel
// without Affiliate/Partner takes cheers only, with a clear message.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDEMPTION_ADD, CHEER } from '../fakes/twitch-server.js';
import { liveSource, makeTwitchSource, MemorySink, seedTokens, startFake, tempDataDir, waitFor, waitUntilLive } from './twitch-kit.js';

describe('Twitch reward', () => {
  it('is created with the settings, user input required and the request queue kept', async () => {
    const { fake, source, dataDir } = await liveSource({ config: { rewardTitle: 'Paint me', rewardCost: 750 } });
    expect(fake.rewards()).toEqual([
      {
        id: source.health().rewardId,
        title: 'Paint me',
        cost: 750,
        manageable: true,
        is_user_input_required: true,
        should_redemptions_skip_request_queue: false,
      },
    ]);
    const post = fake.requests({ method: 'POST', path: '/channel_points/custom_rewards' })[0];
    expect(post.query.get('broadcaster_id')).toBe('141981764');
    const file = path.join(dataDir, 'twitch-state.json');
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ broadcasterId: '141981764', rewardId: source.health().rewardId });
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('is found again after a restart, by stored id and then by title, never duplicated', async () => {
    const { fake, source, dataDir } = await liveSource();
    const rewardId = source.health().rewardId;
    await source.stop();
    const again = makeTwitchSource(fake, dataDir);
    await again.start(new MemorySink());
    await waitUntilLive(fake, again);
    expect(again.health().rewardId).toBe(rewardId);
    await again.stop();
    // Without the state file, the title among our own rewards finds it.
    await fs.rm(path.join(dataDir, 'twitch-state.json'));
    const third = makeTwitchSource(fake, dataDir);
    await third.start(new MemorySink());
    await waitUntilLive(fake, third);
    expect(third.health().rewardId).toBe(rewardId);
    expect(fake.rewards()).toHaveLength(1);
    expect(fake.requests({ method: 'POST', path: '/channel_points/custom_rewards' })).toHaveLength(1);
    const gets = fake.requests({ method: 'GET', path: '/channel_points/custom_rewards' });
    expect(gets.every((g) => g.query.get('only_manageable_rewards') === 'true')).toBe(true);
  });

  it('a dashboard reward with our title is not taken over: cheers only, with a message', async () => {
    const fake = await startFake();
    fake.addDashboardReward('Draw something');
    const dataDir = await tempDataDir();
    await seedTokens(dataDir, fake.issueTokens());
    const source = makeTwitchSource(fake, dataDir);
    await source.start(new MemorySink());
    await waitUntilLive(fake, source, 1);
    expect(source.health().rewardsUnavailable).toMatch(/not made by drawstream/);
    expect(fake.subscriptions().map((s) => s.type)).toEqual([CHEER]);
  });
});

describe('Twitch channel without Affiliate/Partner', () => {
  it('gets a clear health message, subscribes to cheers only and takes cheers', async () => {
    const fake = await startFake({ affiliate: false });
    const dataDir = await tempDataDir();
    await seedTokens(dataDir, fake.issueTokens());
    const source = makeTwitchSource(fake, dataDir);
    const sink = new MemorySink();
    await source.start(sink);
    await waitUntilLive(fake, source, 1);
    const health = source.health();
    expect(health).toMatchObject({ state: 'ok', connected: true, rewardsUnavailable: expect.stringMatching(/Affiliate or Partner/) });
    expect(health.warning).toBe(health.rewardsUnavailable);
    expect(health.rewardId).toBeUndefined();
    expect(fake.subscriptions().map((s) => s.type)).toEqual([CHEER]);
    expect(fake.subscriptions().some((s) => s.type === REDEMPTION_ADD)).toBe(false);
    fake.cheer(300, 'Cheer300 a rocket');
    await waitFor(() => sink.accepted.length === 1, 'the cheer');
    expect(sink.accepted[0]).toMatchObject({ message: 'a rocket', amount: 300, currency: 'BITS' });
    expect(await source.setRedemptionStatus('x', 'CANCELED')).toMatchObject({ ok: false, kind: 'not_affiliate', retry: false });
  });
});
