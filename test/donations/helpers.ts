import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { onTestFinished } from 'vitest';
import {
  createDonationAlertsSource,
  logRedactPaths,
  type DonationAlertsSourceConfig,
  type DonationAlertsTuning,
} from '../../src/donations/index.js';
import type { AcceptResult, DonationSink, IncomingDonation } from '../../src/core/index.js';
import type { FakeDonationAlerts } from '../fakes/fake-donation-alerts.js';

/** The store's contract in miniature: persists (in memory) and dedupes by (source, id). */
export class MemorySink implements DonationSink {
  readonly accepted: IncomingDonation[] = [];
  readonly acceptCalls: IncomingDonation[] = [];
  private readonly keys = new Set<string>();

  accept(d: IncomingDonation): AcceptResult {
    this.acceptCalls.push(d);
    const key = `${d.source}\u0000${d.id}`;
    const status = d.rejectReason ? 'rejected' : 'queued';
    if (this.keys.has(key)) return { id: key, duplicate: true, status };
    this.keys.add(key);
    this.accepted.push(d);
    return { id: key, duplicate: false, status };
  }

  has(source: string, id: string): boolean {
    return this.keys.has(`${source}\u0000${id}`);
  }

  callsFor(id: string): number {
    return this.acceptCalls.filter((d) => d.id === id).length;
  }
}

export const fastTuning: Partial<DonationAlertsTuning> = {
  pingIntervalMs: 1_000,
  pongTimeoutMs: 700,
  commandTimeoutMs: 2_000,
  requestTimeoutMs: 2_000,
  reconnectBackoff: { baseMs: 60, maxMs: 250 },
  restBackoff: { baseMs: 60, maxMs: 250 },
  restMaxAttempts: 3,
  stableSessionMs: 1_000,
  minRequestGapMs: 0,
  noReconnectDelayMs: 400,
};

export async function waitFor(cond: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await delay(15);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A fresh DATA_DIR for one test, removed when that test has finished. */
export async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'drawstream-da-'));
  onTestFinished(() => fs.rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined));
  return dir;
}

/** A pino logger at trace writing into memory, configured like the main logger should be. */
export function memoryLogger(): { logger: Logger; text: () => string; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      cb();
    },
  });
  const logger = pino({ level: 'trace', redact: { paths: [...logRedactPaths], censor: '[redacted]' } }, stream);
  const text = (): string => chunks.join('');
  return {
    logger,
    text,
    lines: () =>
      text()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export function daConfig(
  fake: FakeDonationAlerts,
  dataDir: string,
  extra: Partial<DonationAlertsSourceConfig> = {},
): DonationAlertsSourceConfig {
  return { apiUrl: fake.apiUrl, wsUrl: fake.wsUrl, pollIntervalSec: 60, dataDir, ...extra };
}

export function makeSource(
  fake: FakeDonationAlerts,
  dataDir: string,
  extra: Partial<DonationAlertsSourceConfig> = {},
  tuning: Partial<DonationAlertsTuning> = {},
  logger?: Logger,
) {
  return createDonationAlertsSource(daConfig(fake, dataDir, extra), { tuning: { ...fastTuning, ...tuning }, logger });
}

/** Writes the tokens file the way the source stores OAuth tokens. */
export async function seedStoredTokens(
  dataDir: string,
  t: { access_token: string; refresh_token: string },
  expiresAt: number,
  obtainedAt = Date.now() - 60_000,
): Promise<void> {
  await fs.writeFile(
    path.join(dataDir, 'donationalerts-tokens.json'),
    JSON.stringify({
      accessToken: t.access_token,
      refreshToken: t.refresh_token,
      tokenType: 'Bearer',
      expiresAt,
      obtainedAt,
      scopes: ['oauth-user-show', 'oauth-donation-index', 'oauth-donation-subscribe'],
    }),
    { mode: 0o600 },
  );
}

export async function watermarkExists(dataDir: string): Promise<boolean> {
  return fs
    .access(path.join(dataDir, 'donationalerts-watermark.json'))
    .then(() => true)
    .catch(() => false);
}
