// A raid against the real service process: 30 000 GET /auth/donationalerts (each once made a
// new OAuth state and, with a V8 flag set at run time, crashed the process), then a train of
// 2 000 donations while 5 overlay pages watch — three fresh services in a row. Each must stay
// alive, keep FIFO, answer /health quickly and send each page a bounded number of bytes.
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceProcess } from '../e2e/service-process.js';
import { floodAuth, floodDonations, keepsBatchOrder, queueOrder, startFloodTarget } from './flood-kit.js';

const ROUNDS = 3;
const AUTH_CALLS = 30_000;
const DONATIONS = 2_000;
const VIEWERS = 5;
const MAX_BYTES_PER_VIEWER = 30 * 1024 * 1024;
const MAX_HEALTH_P95_MS = 300;

let service: ServiceProcess | null = null;
afterEach(async () => {
  if (!service) return;
  await service.stop('SIGKILL').catch(() => undefined);
  service = null;
});

describe('a raid against the real service process', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: survives ${AUTH_CALLS} OAuth starts and ${DONATIONS} donations with ${VIEWERS} viewers, FIFO, bounded traffic`, async () => {
      service = await startFloodTarget();

      const auth = await floodAuth(service, AUTH_CALLS);
      expect(auth.redirects).toBe(AUTH_CALLS);
      expect(service.child.exitCode, service.stderr().slice(-2000)).toBeNull();

      const burst = await floodDonations(service, { count: DONATIONS, viewers: VIEWERS, tag: `round${round}` });
      expect(service.child.exitCode, service.stderr().slice(-2000)).toBeNull();
      expect(service.child.signalCode).toBeNull();
      expect(burst.accepted).toBe(DONATIONS);
      for (const bytes of burst.bytesPerViewer) expect(bytes).toBeLessThanOrEqual(MAX_BYTES_PER_VIEWER);
      expect(burst.healthMs.p95).toBeLessThanOrEqual(MAX_HEALTH_P95_MS);

      const order = await queueOrder(service);
      expect(new Set(order).size).toBe(order.length);
      expect(order.length).toBe(DONATIONS);
      expect(keepsBatchOrder(order, burst.batches)).toBe(true);

      const health = await fetch(`${service.url}/health`);
      expect(health.status).toBe(200);
      // Every waiting job counts, not only the head the snapshots list.
      expect(((await health.json()) as { queueLength: number }).queueLength).toBe(DONATIONS - 1);
    }, 180_000);
  }
});
