// Donation Alerts ingest over loopback against the fake server: publish → sink latency on the
// live socket, catch-up time for a 3-page backfill, and normalisation throughput.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDonationAlertsSource, normaliseDonationAlertsDonation } from '../src/donations/index.js';
import type { AcceptResult, DonationSink, IncomingDonation } from '../src/core/index.js';
import { startFakeDonationAlerts } from '../test/fakes/fake-donation-alerts.js';

class TimedSink implements DonationSink {
  readonly seen = new Map<string, number>();
  accept(d: IncomingDonation): AcceptResult {
    const duplicate = this.seen.has(d.id);
    if (!duplicate) this.seen.set(d.id, performance.now());
    return { id: d.id, duplicate, status: 'queued' };
  }
  has(_s: string, id: string): boolean {
    return this.seen.has(id);
  }
}

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 2));
  }
}

const pct = (xs: number[], p: number): number =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

export async function run(): Promise<void> {
  const fake = await startFakeDonationAlerts({ history: [{ username: 'old' }] });
  const dataDir = await mkdtemp(join(tmpdir(), 'drawstream-da-bench-'));
  const sink = new TimedSink();
  const token = fake.issueTokens().access_token;
  const source = createDonationAlertsSource(
    { apiUrl: fake.apiUrl, wsUrl: fake.wsUrl, pollIntervalSec: 15, dataDir, apiToken: token },
    { tuning: { rateLimitPerMinute: 100_000 } },
  );
  try {
    await source.start(sink);
    await until(() => source.status().state === 'live' && fake.count({ path: '/api/v1/alerts/donations' }) >= 1);
    await new Promise((r) => setTimeout(r, 100));
    const lat: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      const d = fake.publish({ username: `v${i}`, message: 'draw a rocket' });
      await until(() => sink.seen.has(String(d.id)));
      lat.push(sink.seen.get(String(d.id))! - t0);
    }
    console.log(
      `live socket publish → sink: p50 ${pct(lat, 50).toFixed(2)} ms, p95 ${pct(lat, 95).toFixed(2)} ms, max ${Math.max(...lat).toFixed(2)} ms (300 donations)`,
    );

    // Restart after downtime: 90 donations (3 pages) made while away.
    await source.stop();
    const before = sink.seen.size;
    for (let i = 0; i < 90; i++) fake.addDonation({ username: `away${i}` });
    const again = createDonationAlertsSource(
      { apiUrl: fake.apiUrl, wsUrl: fake.wsUrl, pollIntervalSec: 15, dataDir, apiToken: token },
      { tuning: { rateLimitPerMinute: 100_000 } },
    );
    const t0 = performance.now();
    await again.start(sink);
    await until(() => sink.seen.size === before + 90, 30_000);
    console.log(`start-up (user, socket, subscribe) + 3-page backfill of 90 donations: ${(performance.now() - t0).toFixed(0)} ms`);
    await again.stop();
  } finally {
    await source.stop();
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  }

  const raw = {
    id: 171204655,
    username: 'Тихий_Кот',
    message: 'Ещё раз привет!\r\nЭто на новую камеру',
    message_type: 'text',
    amount: 300,
    currency: 'RUB',
    created_at: '2025-11-24 19:05:12',
  };
  const n = 200_000;
  const t1 = performance.now();
  for (let i = 0; i < n; i++) normaliseDonationAlertsDonation({ ...raw, id: raw.id + i });
  const sec = (performance.now() - t1) / 1000;
  console.log(`normaliseDonationAlertsDonation: ${Math.round(n / sec).toLocaleString('en')} donations/s`);
}
