import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import type { TwitchSourceConfig } from '../../src/twitch/index.js';

describe('Twitch settings', () => {
  it('has the documented defaults and is off without a client id or token', () => {
    expect(loadConfig({}).twitch).toEqual({
      clientId: undefined,
      accessToken: undefined,
      rewardTitle: 'Draw something',
      rewardCost: 500,
      minBits: 100,
      userCooldownSec: 0,
      apiUrl: 'https://api.twitch.tv/helix',
      authUrl: 'https://id.twitch.tv/oauth2',
      eventsubUrl: 'wss://eventsub.wss.twitch.tv/ws',
    });
  });

  it('is the Twitch source config less dataDir (main.ts spreads it)', () => {
    const config: TwitchSourceConfig = { ...loadConfig({ TWITCH_CLIENT_ID: 'id' }).twitch, dataDir: 'data' };
    expect(config.clientId).toBe('id');
  });

  it('reads every TWITCH_* setting; a pasted "oauth:" prefix is dropped from the token', () => {
    const t = loadConfig({
      TWITCH_CLIENT_ID: ' abc ',
      TWITCH_ACCESS_TOKEN: 'oauth:tok',
      TWITCH_REWARD_TITLE: 'Paint it',
      TWITCH_REWARD_COST: '1000',
      TWITCH_MIN_BITS: '50',
      TWITCH_USER_COOLDOWN_SEC: '300',
      TWITCH_API_URL: 'http://127.0.0.1:9/helix/',
      TWITCH_AUTH_URL: 'http://127.0.0.1:9/oauth2',
      TWITCH_EVENTSUB_URL: 'ws://127.0.0.1:9/ws',
    }).twitch;
    expect(t).toMatchObject({
      clientId: 'abc',
      accessToken: 'tok',
      rewardTitle: 'Paint it',
      rewardCost: 1000,
      minBits: 50,
      userCooldownSec: 300,
    });
    expect(t.apiUrl).toBe('http://127.0.0.1:9/helix');
  });

  it.each([
    ['TWITCH_REWARD_COST', '0', /TWITCH_REWARD_COST/],
    ['TWITCH_MIN_BITS', 'many', /TWITCH_MIN_BITS/],
    ['TWITCH_USER_COOLDOWN_SEC', '-1', /TWITCH_USER_COOLDOWN_SEC/],
    ['TWITCH_REWARD_TITLE', 'x'.repeat(46), /at most 45/],
    ['TWITCH_EVENTSUB_URL', 'http://x', /TWITCH_EVENTSUB_URL must start with ws:/],
    ['TWITCH_API_URL', 'nope', /TWITCH_API_URL must be a URL/],
  ])('refuses a bad %s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
