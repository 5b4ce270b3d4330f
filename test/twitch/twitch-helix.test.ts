// setRedemptionStatus and the shared Helix client: results by kind, 401 refresh, 429 waits for
// Ratelimit-Reset; and nothing secret or personal in the logs.
import { describe, expect, it } from 'vitest';
import { liveSource, memoryLogger, waitFor } from './twitch-kit.js';

const PATCH = { method: 'PATCH', path: '/channel_points/custom_rewards/redemptions' } as const;

describe('Twitch setRedemptionStatus', () => {
  it('FULFILLED and CANCELED reach Twitch with reward_id and id; a settled redemption is not_found', async () => {
    const { fake, source } = await liveSource();
    const a = fake.redeem('a');
    const b = fake.redeem('b');
    expect(await source.setRedemptionStatus(a.id, 'FULFILLED')).toEqual({ ok: true, value: undefined });
    expect(await source.setRedemptionStatus(b.id, 'CANCELED')).toEqual({ ok: true, value: undefined });
    expect([fake.redemption(a.id)?.status, fake.redemption(b.id)?.status]).toEqual(['FULFILLED', 'CANCELED']);
    const patch = fake.requests(PATCH)[0];
    expect(Object.fromEntries(patch.query)).toEqual({ broadcaster_id: '141981764', reward_id: source.health().rewardId, id: a.id });
    expect(patch.body).toEqual({ status: 'FULFILLED' });
    expect(await source.setRedemptionStatus(a.id, 'CANCELED')).toMatchObject({ ok: false, kind: 'not_found', retry: false });
  });

  it('maps 5xx, 403 and no answer to kinds that say whether to retry', async () => {
    const { fake, source } = await liveSource();
    const r = fake.redeem('x');
    fake.failNext({ ...PATCH, status: 503 });
    expect(await source.setRedemptionStatus(r.id, 'FULFILLED')).toMatchObject({ ok: false, kind: 'server_error', retry: true });
    fake.failNext({ ...PATCH, status: 403, body: { error: 'Forbidden', status: 403, message: 'Missing scope' } });
    expect(await source.setRedemptionStatus(r.id, 'FULFILLED')).toMatchObject({ ok: false, kind: 'forbidden', retry: false });
    fake.failNext({ ...PATCH, status: 403 });
    expect(await source.setRedemptionStatus(r.id, 'FULFILLED')).toMatchObject({ ok: false, kind: 'not_affiliate', retry: false });
    await fake.close();
    expect(await source.setRedemptionStatus(r.id, 'FULFILLED')).toMatchObject({ ok: false, kind: 'network', retry: true });
  });

  it('429: waits until Ratelimit-Reset and retries once; too long a wait answers rate_limited', async () => {
    const { fake, source } = await liveSource({ tuning: { maxRateLimitWaitMs: 3_000 } });
    const r = fake.redeem('x');
    fake.failNext({ ...PATCH, status: 429, resetInSec: 1 });
    const t0 = Date.now();
    expect(await source.setRedemptionStatus(r.id, 'FULFILLED')).toEqual({ ok: true, value: undefined });
    const patches = fake.requests(PATCH);
    expect(patches).toHaveLength(2);
    // Ratelimit-Reset is epoch seconds: the retry came no earlier than that second.
    const reset = Number(patches[0].at / 1000 + 1);
    expect(patches[1].at).toBeGreaterThanOrEqual(Math.floor(reset) * 1000 - 5);
    expect(Date.now() - t0).toBeLessThan(3_000);
    const s = fake.redeem('y');
    fake.failNext({ ...PATCH, status: 429, resetInSec: 30 });
    expect(await source.setRedemptionStatus(s.id, 'FULFILLED')).toMatchObject({ ok: false, kind: 'rate_limited', retry: true });
  });

  it('an empty bucket (Ratelimit-Remaining 0) holds the next request until the reset', async () => {
    const { fake, source } = await liveSource({ fake: { rateLimit: 1_000 } });
    const r = fake.redeem('x');
    // The session's own calls after going live (catch-up, clean-up of old subscriptions) are done.
    await waitFor(() => fake.requests({ method: 'GET', path: '/eventsub/subscriptions' }).length === 1, 'the clean-up');
    await new Promise((res) => setTimeout(res, 100));
    fake.state.bucket.remaining = 1;
    fake.state.bucket.resetAt = Date.now() + 1_000;
    expect(await source.setRedemptionStatus(r.id, 'FULFILLED')).toEqual({ ok: true, value: undefined });
    const s = fake.redeem('y');
    expect(await source.setRedemptionStatus(s.id, 'FULFILLED')).toEqual({ ok: true, value: undefined });
    // No 429 was needed: the client waited for the bucket instead.
    expect(fake.requests(PATCH).map((p) => p.status)).toEqual([200, 200]);
  });
});

describe('Twitch logs', () => {
  it('never hold tokens, viewer names or their texts', async () => {
    const { logger, text } = memoryLogger();
    const { fake, source, sink } = await liveSource({ logger });
    fake.redeem('SECRET-PROMPT-1', { viewer: { id: '31337', login: 'hidden_login', name: 'HiddenName' } });
    fake.cheer(100, 'Cheer100 SECRET-PROMPT-2', { id: '31338', login: 'other_login', name: 'OtherName' });
    await waitFor(() => sink.accepted.length === 2, 'both');
    fake.expireAccessTokens();
    await source.setRedemptionStatus(sink.accepted[0].id, 'FULFILLED');
    await source.stop();
    const log = text();
    expect(log).toContain('Twitch donation handed to the queue');
    for (const secret of [...fake.state.accessTokens.keys(), ...fake.state.refreshTokens.keys()]) expect(log).not.toContain(secret);
    for (const personal of ['HiddenName', 'hidden_login', 'OtherName', 'other_login', 'SECRET-PROMPT', 'twitchdev'])
      expect(log).not.toContain(personal);
  });
});
