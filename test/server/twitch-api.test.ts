// The Twitch routes over a real socket with a stand-in connector (the real one is
// src/twitch's createTwitchSource): login state, the device-code start, settlement counts, the
// panel token, and a clear 404 when Twitch is not configured.
import { afterEach, describe, expect, it } from 'vitest';
import type { SettlementReport, TwitchConnector } from '../../src/core/index.js';
import { createMetrics, createServer, TWITCH_NOT_CONFIGURED } from '../../src/server/index.js';
import { FakeStage } from './fake-stage.js';
import { serverDeps } from './harness.js';
import { StandInConnector } from './twitch-stand-in.js';

const TOKEN = 'panel-token-for-twitch-tests';

const REPORT: SettlementReport = { owed: 2, settled: 5, givenUp: 1, fulfilled: 3, canceled: 2, lastGivenUp: 'not_found', inFlight: 0 };

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(options: { connector?: TwitchConnector; settlement?: () => SettlementReport; panelToken?: string }): Promise<string> {
  const app = await createServer({
    ...serverDeps({ stage: new FakeStage(), panelToken: options.panelToken }, createMetrics({ defaultMetrics: false })),
    twitchConnector: options.connector,
    twitchSettlement: options.settlement,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  closers.push(() => app.close());
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const auth = { Authorization: `Bearer ${TOKEN}` };

describe('Twitch routes', () => {
  it('shows the login state, the connection and the settlement counts', async () => {
    const connector = new StandInConnector();
    const url = await serve({ connector, settlement: () => REPORT });
    const response = await fetch(`${url}/api/twitch`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      login: { state: 'logged_out' },
      connection: { state: 'disabled', detail: 'not logged in', connected: false },
      settlement: REPORT,
    });
  });

  it('starts the device-code login and answers the code and the URL; a second start returns the running one', async () => {
    const connector = new StandInConnector();
    const url = await serve({ connector, panelToken: TOKEN });
    const first = await fetch(`${url}/api/twitch/login`, { method: 'POST', headers: auth });
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body).toMatchObject({ state: 'waiting', userCode: 'ABCD-EFGH' });
    expect(body.verificationUri).toMatch(/^https:\/\/www\.twitch\.tv\/activate/);
    const second = await fetch(`${url}/api/twitch/login`, { method: 'POST', headers: auth });
    expect(await second.json()).toEqual(body);
    const status = await (await fetch(`${url}/api/twitch`, { headers: auth })).json();
    expect(status.login).toEqual(body);
  });

  it('needs the panel token for both routes when PANEL_TOKEN is set (the login code links an account)', async () => {
    const connector = new StandInConnector();
    const url = await serve({ connector, panelToken: TOKEN });
    const missing = await fetch(`${url}/api/twitch/login`, { method: 'POST' });
    expect(missing.status).toBe(401);
    const wrong = await fetch(`${url}/api/twitch/login`, { method: 'POST', headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(403);
    expect((await fetch(`${url}/api/twitch`)).status).toBe(401);
    expect(connector.starts).toBe(0);
  });

  it('refuses a login started from another web site', async () => {
    const connector = new StandInConnector();
    const url = await serve({ connector });
    const response = await fetch(`${url}/api/twitch/login`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(connector.starts).toBe(0);
  });

  it('answers 404 with the setting to set when Twitch is not configured', async () => {
    const url = await serve({});
    for (const [method, path] of [
      ['GET', '/api/twitch'],
      ['POST', '/api/twitch/login'],
    ]) {
      const response = await fetch(`${url}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: TWITCH_NOT_CONFIGURED });
    }
  });

  it('shows a non-affiliate channel and a failed login as the connector reports them', async () => {
    const connector = new StandInConnector();
    connector.state = { state: 'failed', kind: 'denied', detail: 'the streamer declined the login' };
    connector.connection = {
      state: 'degraded',
      detail: 'connected; channel points unavailable',
      connected: true,
      rewardsUnavailable: 'Channel points need Twitch Affiliate or Partner: only Bits cheers are drawn.',
    };
    const url = await serve({ connector });
    const body = await (await fetch(`${url}/api/twitch`)).json();
    expect(body.login).toEqual(connector.state);
    expect(body.connection.rewardsUnavailable).toMatch(/Affiliate/);
    expect(body.settlement).toBeUndefined();
  });

  it('answers 502 without details when the connector throws', async () => {
    const connector = new StandInConnector();
    connector.throwOnStart = true;
    const url = await serve({ connector });
    const response = await fetch(`${url}/api/twitch/login`, { method: 'POST' });
    expect(response.status).toBe(502);
    expect(JSON.stringify(await response.json())).not.toContain('secret');
  });

  it('tells the panel whether Twitch is configured', async () => {
    const on = await serve({ connector: new StandInConnector() });
    const off = await serve({});
    expect(await (await fetch(`${on}/panel`)).text()).toContain('"twitch":true');
    expect(await (await fetch(`${off}/panel`)).text()).toContain('"twitch":false');
  });
});
