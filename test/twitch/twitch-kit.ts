// Shared by the Twitch tests: a source wired to the fake with short timings, a started session
// with its reward, and the sink/log helpers of the donations tests.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { onTestFinished } from 'vitest';
import { createTwitchSource, type TwitchSource, type TwitchSourceConfig, type TwitchTuning } from '../../src/twitch/index.js';
import { MemorySink, tempDataDir, waitFor } from '../donations/helpers.js';
import { FakeTwitch, type FakeTwitchOptions } from '../fakes/twitch-server.js';

export { MemorySink, delay, memoryLogger, tempDataDir, waitFor } from '../donations/helpers.js';

export const fastTwitchTuning: Partial<TwitchTuning> = {
  keepaliveTimeoutSec: 1,
  keepaliveGrace: 1.5,
  welcomeTimeoutMs: 2_000,
  reconnectBackoff: { baseMs: 40, maxMs: 200 },
  stableSessionMs: 1_000,
  requestTimeoutMs: 3_000,
  maxRateLimitWaitMs: 5_000,
  slowDownStepMs: 60,
  validateIntervalMs: 60_000,
};

/** A fake that accepts the 1 s keepalive the fast tuning asks for, closed after the test. */
export async function startFake(options: FakeTwitchOptions = {}): Promise<FakeTwitch> {
  const fake = await FakeTwitch.start({ minKeepaliveSeconds: 1, pingIntervalMs: 300, ...options });
  onTestFinished(() => fake.close());
  return fake;
}

export function twitchConfig(fake: FakeTwitch, dataDir: string, extra: Partial<TwitchSourceConfig> = {}): TwitchSourceConfig {
  return {
    clientId: fake.clientId,
    rewardTitle: 'Draw something',
    rewardCost: 500,
    minBits: 100,
    userCooldownSec: 0,
    apiUrl: fake.apiUrl,
    authUrl: fake.authUrl,
    eventsubUrl: fake.wsUrl,
    dataDir,
    ...extra,
  };
}

export function makeTwitchSource(
  fake: FakeTwitch,
  dataDir: string,
  extra: Partial<TwitchSourceConfig> = {},
  tuning: Partial<TwitchTuning> = {},
  logger?: Logger,
): TwitchSource {
  const source = createTwitchSource(twitchConfig(fake, dataDir, extra), { tuning: { ...fastTwitchTuning, ...tuning }, logger });
  onTestFinished(() => source.stop());
  return source;
}

/** Writes the tokens file the way a device-code login leaves it. */
export async function seedTokens(dataDir: string, t: { access_token: string; refresh_token: string }): Promise<void> {
  await fs.writeFile(
    path.join(dataDir, 'twitch-tokens.json'),
    JSON.stringify({
      accessToken: t.access_token,
      refreshToken: t.refresh_token,
      scopes: ['channel:manage:redemptions', 'bits:read'],
      obtainedAt: Date.now(),
    }),
    { mode: 0o600 },
  );
}

export async function readTokensFile(dataDir: string): Promise<{ accessToken?: string; refreshToken?: string }> {
  return JSON.parse(await fs.readFile(path.join(dataDir, 'twitch-tokens.json'), 'utf8')) as { accessToken?: string; refreshToken?: string };
}

/** A logged-in source, started and live (reward made, both subscriptions enabled). */
export async function liveSource(
  options: { fake?: FakeTwitchOptions; config?: Partial<TwitchSourceConfig>; tuning?: Partial<TwitchTuning>; logger?: Logger } = {},
): Promise<{ fake: FakeTwitch; source: TwitchSource; sink: MemorySink; dataDir: string }> {
  const fake = await startFake(options.fake);
  const dataDir = await tempDataDir();
  await seedTokens(dataDir, fake.issueTokens());
  const source = makeTwitchSource(fake, dataDir, options.config, options.tuning, options.logger);
  const sink = new MemorySink();
  await source.start(sink);
  await waitUntilLive(fake, source);
  return { fake, source, sink, dataDir };
}

/** Live, and Twitch lists the enabled subscriptions for the current session. */
export async function waitUntilLive(fake: FakeTwitch, source: TwitchSource, subscriptions?: number): Promise<void> {
  const wanted = (): number => subscriptions ?? (source.health().rewardsUnavailable ? 1 : 2);
  await waitFor(
    () => source.connectionState() === 'live' && fake.subscriptions().filter((s) => s.status === 'enabled').length === wanted(),
    'the Twitch source to be live',
  );
}
