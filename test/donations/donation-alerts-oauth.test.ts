import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DonationAlertsSource } from '../../src/donations/index.js';
import { startFakeDonationAlerts, type FakeDonationAlerts } from '../fakes/fake-donation-alerts.js';
import { delay, makeSource, MemorySink, tempDataDir, waitFor } from './helpers.js';

let fake: FakeDonationAlerts;
let source: DonationAlertsSource | undefined;

afterEach(async () => {
  await source?.stop();
  source = undefined;
  await fake?.close();
});

const redirectUri = 'http://127.0.0.1:8080/api/donationalerts/callback';

describe('Donation Alerts OAuth', () => {
  it('idles as not connected without tokens and makes no requests', async () => {
    fake = await startFakeDonationAlerts();
    source = makeSource(fake, await tempDataDir(), { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri });
    await source.start(new MemorySink());
    await delay(200);
    expect(source.health()).toMatchObject({
      state: 'disabled',
      detail: 'Connect Donation Alerts in the panel.',
      connection: 'not_connected',
      reconnectNeeded: false,
    });
    expect(source.account()).toMatchObject({ connected: false, state: 'not_connected' });
    expect(fake.requests).toEqual([]);
  });

  it('says "not configured" without client credentials or a token, and refuses to build an authorize URL', async () => {
    fake = await startFakeDonationAlerts();
    source = makeSource(fake, await tempDataDir());
    await source.start(new MemorySink());
    expect(source.health().state).toBe('disabled');
    expect(source.health().detail).toMatch(/not configured/);
    expect(() => source!.authorizeUrl()).toThrow(/DA_CLIENT_ID/);
    expect(await source.completeAuthorization({ code: 'x', state: 'y' })).toMatchObject({ ok: false });
  });

  it('runs the authorization-code flow with a state check, stores tokens 0600 and goes live', async () => {
    fake = await startFakeDonationAlerts({ history: [{ username: 'old' }] });
    const dataDir = await tempDataDir();
    const sink = new MemorySink();
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri });
    await source.start(sink);

    const url = new URL(source.authorizeUrl());
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.apiUrl}/oauth/authorize`);
    expect(url.searchParams.get('client_id')).toBe(fake.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(redirectUri);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('oauth-user-show oauth-donation-index oauth-donation-subscribe');
    expect(url.searchParams.get('state')?.length).toBeGreaterThanOrEqual(16);

    const approved = fake.approve(url.toString());
    // A forged state is refused before any token request.
    expect(await source.completeAuthorization({ code: approved.code, state: 'forged' })).toMatchObject({ ok: false });
    expect(await source.completeAuthorization({ error: 'access_denied', state: approved.state! })).toEqual({
      ok: false,
      message: 'Donation Alerts access was refused.',
    });
    expect(fake.count({ kind: 'oauth' })).toBe(0);

    const done = await source.completeAuthorization({ code: approved.code, state: approved.state! });
    expect(done).toEqual({ ok: true, message: 'Connected Donation Alerts account LunarFoxTV.' });
    await waitFor(() => source!.status().state === 'live', 'live after authorisation');
    expect(source.account()).toMatchObject({ connected: true, name: 'LunarFoxTV', state: 'connected' });

    const file = path.join(dataDir, 'donationalerts-tokens.json');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
    expect(fake.issuedSecrets()).toContain(stored.accessToken);
    expect(fake.issuedSecrets()).toContain(stored.refreshToken);
    expect(stored.accountName).toBe('LunarFoxTV');

    // A state works once.
    expect(await source.completeAuthorization({ code: approved.code, state: approved.state! })).toMatchObject({ ok: false });

    const d = fake.publish({ message: 'draw a rocket' });
    await waitFor(() => sink.accepted.some((x) => x.id === String(d.id)), 'live donation');
    expect(sink.accepted).toHaveLength(1);
  });

  it('a refused code exchange is reported, not thrown', async () => {
    fake = await startFakeDonationAlerts();
    source = makeSource(fake, await tempDataDir(), { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri });
    await source.start(new MemorySink());
    const { state } = fake.approve(source.authorizeUrl());
    const r = await source.completeAuthorization({ code: 'not-a-real-code', state: state! });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/refused/);
    expect(source.account().state).toBe('not_connected');
  });

  it('stored tokens from an earlier authorisation are used on the next start', async () => {
    fake = await startFakeDonationAlerts();
    const dataDir = await tempDataDir();
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri });
    await source.start(new MemorySink());
    const a = fake.approve(source.authorizeUrl());
    expect((await source.completeAuthorization({ code: a.code, state: a.state! })).ok).toBe(true);
    await source.stop();
    source = makeSource(fake, dataDir, { clientId: fake.clientId, clientSecret: fake.clientSecret, redirectUri });
    await source.start(new MemorySink());
    await waitFor(() => source!.status().state === 'live', 'live from stored tokens');
    expect(source.account().name).toBe('LunarFoxTV');
  });
});
