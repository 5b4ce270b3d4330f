// Measures what a streamed plan costs the rest of the process: the real stage + real LLM
// planner + fake LLM server stream a plan, while (in the same process, as in `drawstream
// serve`) a small fastify server answers /health to a probe that asks every few ms, and
// perf_hooks' event-loop delay histogram records the longest stall. A listener counts the
// bytes a WebSocket viewer would receive: one `{"type":"event",…}` message per stage event
// (today's src/server/live.ts), and the same with per-client coalescing (latest state wins,
// at most one message per 100 ms), which is what the server part adds.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Fastify from 'fastify';
import type { StageEvent, StageSnapshot } from '../../src/stage/index.js';
import { startLiveStage } from './streaming-kit.js';

/** 256 lines of width 16 across the whole ±4096 range (the 22 KB plan; within the limits). */
export function thickLinesPlan(n = 256): object {
  let s = 12345;
  const rnd = (k: number): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % k;
  };
  const colors = ['red', 'lime', 'blue', 'yellow', 'white', 'cyan', 'magenta', 'orange'];
  return {
    version: '1',
    canvas: { w: 96, h: 96, bg: '#000000' },
    steps: Array.from({ length: n }, (_, i) => ({
      op: 'line',
      x1: -4096,
      y1: rnd(8193) - 4096,
      x2: 4096,
      y2: rnd(8193) - 4096,
      width: 16,
      color: colors[i % colors.length],
    })),
  };
}

export interface StallReport {
  steps: number;
  planChars: number;
  /** Longest event-loop delay seen by monitorEventLoopDelay (ms). */
  maxStallMs: number;
  /** /health answer times seen by the probe (ms). */
  healthMaxMs: number;
  healthP95Ms: number;
  healthCount: number;
  /** Stage events while the plan streamed, and the bytes of one WS message each. */
  events: number;
  viewerBytes: number;
  /** Same stream with one message per 100 ms at most (latest snapshot wins). */
  coalescedBytes: number;
  /** First drawing event → the plan became whole ('planned'), ms. */
  streamMs: number;
}

export async function measureStreamingStall(options: { plan?: object; chunkSize?: number; delayMs?: number } = {}): Promise<StallReport> {
  const plan = options.plan ?? thickLinesPlan();
  const live = await startLiveStage({
    plan,
    chunkSize: options.chunkSize ?? 4,
    delayMs: options.delayMs ?? 0,
    showDurationSec: 0.05,
    planAhead: 0,
  });
  const health = Fastify();
  health.get('/health', async () => ({ ok: true }));
  const url = await health.listen({ host: '127.0.0.1', port: 0 });

  let viewerBytes = 0;
  let events = 0;
  let latest: { event: StageEvent; snapshot: StageSnapshot } | null = null;
  let coalescedBytes = 0;
  const unsubscribe = live.stage.subscribe((event, snapshot) => {
    events++;
    viewerBytes += Buffer.byteLength(JSON.stringify({ type: 'event', event, snapshot, serverTime: snapshot.serverTime }));
    latest = { event, snapshot };
  });
  const flushCoalesced = (): void => {
    if (!latest) return;
    const { event, snapshot } = latest;
    latest = null;
    coalescedBytes += Buffer.byteLength(JSON.stringify({ type: 'event', event, snapshot, serverTime: snapshot.serverTime }));
  };
  const coalescer = setInterval(flushCoalesced, 100);

  const latencies: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const t0 = performance.now();
      try {
        await (await fetch(`${url}/health`)).text();
      } catch {
        // counted as the time it took
      }
      latencies.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();

  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let streamMs = Number.NaN;
  try {
    await new Promise((resolve) => setTimeout(resolve, 50));
    histogram.enable();
    const id = live.donate('stall-bench');
    await live.waitFor(() => live.events.some((e) => e.event.type === 'planned' && e.event.jobId === id), 120_000);
    const drawing = live.events.find((e) => e.event.type === 'drawing' && e.event.jobId === id);
    const planned = live.events.find((e) => e.event.type === 'planned' && e.event.jobId === id)!;
    streamMs = drawing ? planned.at - drawing.at : Number.NaN;
    await new Promise((resolve) => setTimeout(resolve, 120));
  } finally {
    histogram.disable();
    probing = false;
    await probe;
    clearInterval(coalescer);
    flushCoalesced();
    unsubscribe();
    await health.close();
    await live.close();
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const steps = (plan as { steps?: unknown[] }).steps?.length ?? 0;
  return {
    steps,
    planChars: JSON.stringify(plan).length,
    maxStallMs: histogram.max / 1e6,
    healthMaxMs: sorted.at(-1) ?? Number.NaN,
    healthP95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN,
    healthCount: sorted.length,
    events,
    viewerBytes,
    coalescedBytes,
    streamMs,
  };
}
