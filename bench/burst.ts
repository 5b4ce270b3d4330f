// A raid against the real service process (loopback): OAuth-start flood, then a donation train
// with 5 viewers. Prints bytes per viewer, /health latency under the burst and FIFO.
import { floodAuth, floodDonations, keepsBatchOrder, queueOrder, startFloodTarget } from '../test/load/flood-kit.js';

export async function run(): Promise<void> {
  const service = await startFloodTarget();
  try {
    const auth = await floodAuth(service, 30_000);
    console.log(
      `GET /auth/donationalerts x${auth.requests}: ${auth.redirects} redirects in ${auth.seconds.toFixed(1)} s; alive: ${service.child.exitCode === null}`,
    );
    for (const count of [2_000]) {
      const burst = await floodDonations(service, { count, viewers: 5, tag: `bench${count}` });
      const mb = burst.bytesPerViewer.map((bytes) => (bytes / 1024 / 1024).toFixed(1));
      console.log(
        `${count} donations, 5 viewers: ${burst.seconds.toFixed(1)} s; MB per viewer ${mb.join(', ')}; messages per viewer ${burst.messagesPerViewer.join(', ')}`,
      );
      console.log(
        `  /health under the burst: p50 ${burst.healthMs.p50.toFixed(1)} ms, p95 ${burst.healthMs.p95.toFixed(1)} ms, max ${burst.healthMs.max.toFixed(1)} ms (${burst.healthMs.samples} samples)`,
      );
      const order = await queueOrder(service);
      console.log(`  FIFO kept: ${keepsBatchOrder(order, burst.batches)} (${order.length} jobs, ${new Set(order).size} distinct)`);
    }
  } finally {
    await service.stop('SIGTERM');
  }
}
