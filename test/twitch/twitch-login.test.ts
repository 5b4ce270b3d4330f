// Login: the device code flow as a public client, tokens owner-only, single-use refresh
// tokens rotated and stored, a ready token, validate at start.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveSource, makeTwitchSource, MemorySink, readTokensFile, startFake, tempDataDir, waitFor, waitUntilLive } from './twitch-kit.js';

describe('Twitch device-code login', () => {
  it('shows the code, polls at the interval through pending and slow_down, stores tokens 0600 and goes live', async () => {
    const fake = await startFake({ deviceIntervalSec: 0.1, slowDownStepSec: 0.06 });
    const dataDir = await tempDataDir();
    const source = makeTwitchSource(fake, dataDir);
    await source.start(new MemorySink());
    expect(source.health()).toMatchObject({ state: 'disabled', connected: false });
    const waiting = await source.startLogin();
    expect(waiting).toMatchObject({ state: 'waiting', verificationUri: expect.stringContaining('https://www.twitch.tv/activate') });
    expect(await source.startLogin()).toEqual(waiting); // the running login, not a second one
    const device = fake.requests({ path: '/device' });
    expect(device).toHaveLength(1);
    expect(device[0].body).toEqual({ client_id: fake.clientId, scopes: 'channel:manage:redemptions bits:read' });

    await waitFor(() => fake.requests({ path: '/token' }).length >= 1, 'a first poll');
    fake.slowDownNextPoll();
    await waitFor(() => fake.requests({ path: '/token' }).length >= 3, 'polls after slow_down');
    fake.approveDevice();
    await waitFor(() => source.login().state === 'logged_in', 'logged in');
    expect(source.login()).toEqual({ state: 'logged_in', login: 'twitchdev' });

    const polls = fake.requests({ path: '/token' });
    expect(polls[0].body).toMatchObject({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: fake.clientId });
    expect(polls.every((p) => !('client_secret' in (p.body as object)))).toBe(true);
    expect(fake.state.tooFastPolls).toBe(0);
    const gaps = polls.slice(1).map((p, i) => p.at - polls[i].at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(90);
    // After slow_down the interval grew by the step (60 ms in the fast tuning).
    expect(gaps.at(-1)!).toBeGreaterThanOrEqual(150);

    const stat = await fs.stat(path.join(dataDir, 'twitch-tokens.json'));
    expect(stat.mode & 0o777).toBe(0o600);
    const stored = await readTokensFile(dataDir);
    expect(fake.state.accessTokens.has(stored.accessToken!)).toBe(true);
    await waitUntilLive(fake, source);
    expect(fake.requests({ path: '/validate' })[0].headers.authorization).toBe(`OAuth ${stored.accessToken}`);
  });

  it('reports an expired code and a refused login', async () => {
    const fake = await startFake({ deviceIntervalSec: 0.05 });
    const source = makeTwitchSource(fake, await tempDataDir());
    await source.startLogin();
    fake.expireDevice();
    await waitFor(() => source.login().state === 'failed', 'expired');
    expect(source.login()).toMatchObject({ state: 'failed', kind: 'expired' });
    await source.startLogin();
    fake.denyDevice();
    await waitFor(() => source.login().state === 'failed', 'denied');
    expect(source.login()).toMatchObject({ state: 'failed', kind: 'denied' });
  });

  it('needs TWITCH_CLIENT_ID to log in; without any setting the source is disabled', async () => {
    const fake = await startFake();
    const source = makeTwitchSource(fake, await tempDataDir(), { clientId: undefined });
    expect(await source.startLogin()).toMatchObject({ state: 'failed', kind: 'not_configured' });
    await source.start(new MemorySink());
    expect(source.health()).toMatchObject({ state: 'disabled', connected: false });
    expect(fake.requests()).toHaveLength(0);
  });
});

describe('Twitch tokens', () => {
  it('works with a ready TWITCH_ACCESS_TOKEN; a 401 then means log in again (no refresh possible)', async () => {
    const fake = await startFake();
    const { access_token } = fake.issueTokens();
    const source = makeTwitchSource(fake, await tempDataDir(), { clientId: undefined, accessToken: access_token });
    await source.start(new MemorySink());
    await waitUntilLive(fake, source);
    // Client-Id comes from /validate when TWITCH_CLIENT_ID is not set.
    expect(fake.requests({ kind: 'helix' }).every((r) => r.headers['client-id'] === fake.clientId)).toBe(true);
    fake.expireAccessTokens();
    const r = await source.setRedemptionStatus('00000000-0000-0000-0000-000000000000', 'FULFILLED');
    expect(r).toMatchObject({ ok: false, kind: 'unauthorized', retry: false });
    await waitFor(() => source.connectionState() === 'login_needed', `login needed (is ${source.connectionState()})`);
    expect(source.health()).toMatchObject({ state: 'down', connected: false });
    expect(fake.requests({ path: '/token' })).toHaveLength(0);
  });

  it('refreshes once on 401 for concurrent calls, storing the single-use refresh token before using it', async () => {
    const { fake, source, dataDir } = await liveSource();
    const r1 = fake.redeem('one');
    const r2 = fake.redeem('two');
    const before = await readTokensFile(dataDir);
    fake.expireAccessTokens();
    const [a, b] = await Promise.all([source.setRedemptionStatus(r1.id, 'FULFILLED'), source.setRedemptionStatus(r2.id, 'CANCELED')]);
    expect(a).toEqual({ ok: true, value: undefined });
    expect(b).toEqual({ ok: true, value: undefined });
    expect(fake.redemption(r1.id)?.status).toBe('FULFILLED');
    expect(fake.redemption(r2.id)?.status).toBe('CANCELED');
    const refreshes = fake.requests({ path: '/token' });
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].body).toMatchObject({ grant_type: 'refresh_token', refresh_token: before.refreshToken, client_id: fake.clientId });
    const after = await readTokensFile(dataDir);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(fake.state.refreshTokens.get(before.refreshToken!)?.used).toBe(true);
    expect(fake.state.refreshTokens.get(after.refreshToken!)?.used).toBe(false);
    // A second expiry uses the stored (new) refresh token: the rotation really was persisted.
    fake.expireAccessTokens();
    const r3 = fake.redeem('three');
    expect(await source.setRedemptionStatus(r3.id, 'FULFILLED')).toEqual({ ok: true, value: undefined });
    expect(fake.requests({ path: '/token' })).toHaveLength(2);
  });

  it('validates the token at start and again every validateIntervalMs', async () => {
    const { fake } = await liveSource({ tuning: { validateIntervalMs: 150 } });
    await waitFor(() => fake.requests({ path: '/validate' }).length >= 3, 'repeated validation');
    expect(fake.requests({ path: '/validate' }).every((r) => r.headers.authorization?.startsWith('OAuth '))).toBe(true);
  });

  it('a refused refresh asks for a new login and clears the stored tokens', async () => {
    const { fake, source, dataDir } = await liveSource();
    fake.expireAccessTokens();
    for (const t of fake.state.refreshTokens.values()) t.used = true;
    const r = await source.setRedemptionStatus('00000000-0000-0000-0000-000000000000', 'FULFILLED');
    expect(r).toMatchObject({ ok: false, kind: 'unauthorized', retry: false });
    expect(source.connectionState()).toBe('login_needed');
    for (let i = 0; i < 100 && Object.keys(await readTokensFile(dataDir)).length > 0; i++) await new Promise((res) => setTimeout(res, 20));
    expect(await readTokensFile(dataDir)).toEqual({});
  });
});
