// The overlay's redacted view (issue 11): GET /api/state?view=overlay and /ws?view=overlay never
// carry a message that has not passed every layer, nor operator-only fields; the panel's view is whole.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig, ConfigError } from '../../src/config/index.js';
import type { JobView } from '../../src/core/index.js';
import { overlaySnapshot } from '../../src/server/overlay-view.js';
import { FakeStage } from './fake-stage.js';
import { startServer, type Harness } from './harness.js';

const hidden: JobView = {
  id: 'a',
  donor: 'RudeName',
  message: 'SECRET text',
  amount: 1,
  currency: 'RUB',
  phase: 'queued',
  messageHidden: true,
  donorHidden: true,
  screening: 'pending',
  screenNote: 'model check running',
  planNote: 'operator note',
};
const shown: JobView = { id: 'b', donor: 'Bob', message: 'a cat', amount: 2, currency: 'RUB', phase: 'queued', screening: 'passed' };

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('the overlay view', () => {
  it('blanks hidden messages, anonymises blocked donors, drops operator fields and unknown lists', () => {
    const snapshot = { paused: false, current: hidden, queue: [shown], queueCount: 1, serverTime: 1, pending: [hidden] } as never;
    const view = overlaySnapshot(snapshot);
    expect(view.current).toEqual({
      id: 'a',
      donor: 'Anonymous',
      message: '',
      amount: 1,
      currency: 'RUB',
      phase: 'queued',
      messageHidden: true,
      donorHidden: true,
    });
    expect(view.queue[0]).toEqual({ id: 'b', donor: 'Bob', message: 'a cat', amount: 2, currency: 'RUB', phase: 'queued' });
    expect(Object.keys(view)).toEqual(['paused', 'current', 'queue', 'queueCount', 'serverTime']);
    expect(JSON.stringify(view)).not.toContain('SECRET');
  });

  it('GET /api/state?view=overlay and /ws?view=overlay are redacted; the panel gets the whole view', async () => {
    const stage = new FakeStage();
    stage.current = hidden;
    stage.queue = [shown];
    harness = await startServer({ stage });
    const overlay = await (await fetch(`${harness.url}/api/state?view=overlay`)).text();
    expect(overlay).not.toContain('SECRET');
    expect(overlay).not.toContain('RudeName');
    expect(JSON.parse(overlay).current).toMatchObject({ message: '', messageHidden: true, donor: 'Anonymous' });
    const full = await (await fetch(`${harness.url}/api/state`)).json();
    expect(full.current).toMatchObject({ message: 'SECRET text', screening: 'pending' });

    const socket = new WebSocket(`${harness.url.replace('http', 'ws')}/ws?view=overlay`);
    const first = await new Promise<string>((resolve, reject) => {
      socket.once('message', (data) => resolve(String(data)));
      socket.once('error', reject);
    });
    socket.close();
    expect(first).not.toContain('SECRET');
    expect(JSON.parse(first).snapshot.current.message).toBe('');
  });
});

describe('settings', () => {
  it('HUD_MESSAGE and SCREEN_TIMEOUT_SEC', () => {
    expect(loadConfig({})).toMatchObject({ hudMessage: 'checked', screenTimeoutSec: 8 });
    expect(loadConfig({ HUD_MESSAGE: 'Never', SCREEN_TIMEOUT_SEC: '3' })).toMatchObject({ hudMessage: 'never', screenTimeoutSec: 3 });
    expect(() => loadConfig({ HUD_MESSAGE: 'sometimes' })).toThrow(ConfigError);
    expect(() => loadConfig({ SCREEN_TIMEOUT_SEC: '0' })).toThrow(ConfigError);
  });
});
