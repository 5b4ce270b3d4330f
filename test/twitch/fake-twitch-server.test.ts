// The fake Twitch itself, driven by hand (raw fetch and ws): the shapes other tests rely on.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FakeTwitch, REDEMPTION_ADD, waitUntil } from '../fakes/twitch-server.js';

let fake: FakeTwitch | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('fake Twitch', () => {
  it('runs the device flow, single-use refresh tokens and validate', async () => {
    fake = await FakeTwitch.start({ deviceIntervalSec: 0.05, slowDownStepSec: 0.05 });
    const dev = (await (await fetch(`${fake.authUrl}/device`, form({ client_id: fake.clientId, scopes: 'bits:read' }))).json()) as Record<
      string,
      unknown
    >;
    expect(dev).toMatchObject({ expires_in: 1800, interval: 0.05 });
    const poll = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
      const r = await fetch(
        `${fake!.authUrl}/token`,
        form({
          client_id: fake!.clientId,
          scopes: 'bits:read',
          device_code: String(dev.device_code),
          grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        }),
      );
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    };
    expect(await poll()).toEqual({ status: 400, body: { status: 400, message: 'authorization_pending' } });
    expect((await poll()).body.message).toBe('slow_down'); // at once: too fast
    await new Promise((r) => setTimeout(r, 150));
    fake.approveDevice();
    const ok = await poll();
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: 'bearer', scope: ['bits:read'] });
    const v = await fetch(`${fake.authUrl}/validate`, { headers: { Authorization: `OAuth ${String(ok.body.access_token)}` } });
    expect(await v.json()).toMatchObject({ client_id: fake.clientId, user_id: '141981764', login: 'twitchdev' });
    const refresh = (): Promise<Response> =>
      fetch(
        `${fake!.authUrl}/token`,
        form({ grant_type: 'refresh_token', refresh_token: String(ok.body.refresh_token), client_id: fake!.clientId }),
      );
    expect((await refresh()).status).toBe(200);
    expect(await (await refresh()).json()).toEqual({ status: 400, message: 'Invalid refresh token' });
  });

  it('serves Helix with rate-limit headers and EventSub with a welcome, subscriptions and notifications', async () => {
    fake = await FakeTwitch.start({ minKeepaliveSeconds: 1 });
    const { access_token } = fake.issueTokens();
    const h = { Authorization: `Bearer ${access_token}`, 'Client-Id': fake.clientId, 'Content-Type': 'application/json' };
    const created = await fetch(`${fake.apiUrl}/channel_points/custom_rewards?broadcaster_id=141981764`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ title: 'Draw something', cost: 500, is_user_input_required: true }),
    });
    expect(created.status).toBe(200);
    expect(created.headers.get('ratelimit-limit')).toBe('800');
    const rewardId = ((await created.json()) as { data: Array<{ id: string }> }).data[0].id;

    const ws = new WebSocket(`${fake.wsUrl}?keepalive_timeout_seconds=1`);
    const frames: Array<{ metadata: Record<string, string>; payload: Record<string, any> }> = [];
    ws.on('message', (d) => frames.push(JSON.parse(String(d))));
    const welcome = await waitUntil(() => frames.find((f) => f.metadata.message_type === 'session_welcome'));
    expect(welcome.payload.session).toMatchObject({ status: 'connected', keepalive_timeout_seconds: 1, reconnect_url: null });
    const sub = await fetch(`${fake.apiUrl}/eventsub/subscriptions`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({
        type: REDEMPTION_ADD,
        version: '1',
        condition: { broadcaster_user_id: '141981764', reward_id: rewardId },
        transport: { method: 'websocket', session_id: welcome.payload.session.id },
      }),
    });
    expect(sub.status).toBe(202);
    const r = fake.redeem('a cat');
    const n = await waitUntil(() => frames.find((f) => f.metadata.message_type === 'notification'));
    expect(n.metadata.subscription_type).toBe(REDEMPTION_ADD);
    expect(n.metadata.message_timestamp).toMatch(/\.\d{9}Z$/);
    expect(n.payload.event).toMatchObject({ id: r.id, user_input: 'a cat', status: 'unfulfilled', reward: { id: rewardId, cost: 500 } });
    await waitUntil(() => frames.find((f) => f.metadata.message_type === 'session_keepalive'), 3000, 'keepalive');
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.send('hello');
    expect(await closed).toBe(4001);
  });

  it('closes an unused connection with 4003', async () => {
    fake = await FakeTwitch.start({ minKeepaliveSeconds: 1 });
    const ws = new WebSocket(`${fake.wsUrl}?keepalive_timeout_seconds=1`);
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(4003);
  });
});
