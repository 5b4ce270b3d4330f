// Graceful shutdown of the real service: SIGTERM and SIGINT while a job is drawing stop the
// process with exit code 0 within 5 s, the overlay's WebSocket is closed with a proper close
// frame ("going away"), and after a restart the interrupted job is drawn again from the
// start and finishes exactly once, with the waiting job still behind it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { FeedRecorder, getJson, longPlan, postDonation, sleep, startServiceProcess, type ServiceProcess } from './harness.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function setUp(): Promise<{ env: Record<string, string>; llm: FakeLlmServer }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'drawstream-shutdown-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // 40 steps × 50 ms: two seconds of drawing, time enough to signal in the middle of it.
  const llm = await startFakeLlmServer({ plan: longPlan(40) });
  cleanups.push(() => llm.close());
  const env = {
    DATA_DIR: dataDir,
    LLM_BACKEND: 'ollama',
    ENDPOINT: llm.url,
    LLM_TIMEOUT_SEC: '5',
    LLM_RETRIES: '0',
    SHOW_DURATION_SEC: '1',
    MAX_DRAW_SEC: '3',
    DEFAULT_STEP_DURATION_MS: '50',
    LOG_LEVEL: 'warn',
  };
  return { env, llm };
}

async function start(
  env: Record<string, string>,
  feed: FeedRecorder,
  run: number,
): Promise<{ service: ServiceProcess; socket: WebSocket }> {
  const service = await startServiceProcess('serve', env);
  cleanups.push(async () => void (await service.stop('SIGKILL')));
  const socket = await feed.connect(service.url, run);
  cleanups.push(() => socket.terminate());
  return { service, socket };
}

describe('graceful shutdown during a drawing', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: exits 0 within 5 s, closes the overlay socket, and redraws the interrupted job once after restart`, async () => {
      const { env } = await setUp();
      const feed = new FeedRecorder();
      const first = await start(env, feed, 1);

      const a = await postDonation(first.service.url, {
        id: `${signal}-a`,
        donor: 'Kira',
        message: 'нарисуй котика',
        amount: 100,
        currency: 'RUB',
      });
      const b = await postDonation(first.service.url, {
        id: `${signal}-b`,
        donor: 'Вася',
        message: 'a red fox',
        amount: 100,
        currency: 'RUB',
      });
      expect(a.acked && b.acked).toBe(true);
      const jobA = a.acked ? a.id : '';
      const jobB = b.acked ? b.id : '';

      const firstDrawing = await feed.waitFor((r) => r.type === 'drawing' && r.jobId === jobA, 15_000, 'job A to start drawing', 0);
      await sleep(300);
      expect(feed.latest?.current?.phase).toBe('drawing');

      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        first.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      const stopped = await first.service.stop(signal);
      expect(stopped.code, first.service.stderr().slice(-2000)).toBe(0);
      expect(stopped.ms).toBeLessThan(5000);
      // Stopped by itself, not by the CLI's 4.5 s watchdog.
      expect(first.service.stderr()).not.toMatch(/longer than 5 s|forced exit/);
      process.stderr.write(`[shutdown] ${signal}: exit ${stopped.code} after ${stopped.ms} ms\n`);
      const close = await Promise.race([closed, sleep(2000).then(() => null)]);
      // 1001 "going away": a close frame with a reason, not a dropped connection (1006) or a bare close (1005).
      expect(close?.code, `close frame: ${JSON.stringify(close)}`).toBe(1001);

      const second = await start(env, feed, 2);
      const { snapshot: recovered } = await feed.waitFor((r) => r.run === 2, 5000, 'the first snapshot after restart', 0);
      expect(recovered.current?.id).toBe(jobA);
      expect(recovered.queue.map((job) => job.id)).toEqual([jobB]);
      // Drawn again from the start: a new start time, not a resumed old one.
      expect(recovered.current?.drawStartedAt).toBeGreaterThan(firstDrawing.snapshot.current!.drawStartedAt!);

      await feed.waitFor((r) => r.run === 2 && r.type === 'done' && r.jobId === jobB, 20_000, 'both jobs to finish', 0);
      const history: Array<{ id: string; status: string }> = await getJson(`${second.service.url}/api/history?limit=10`);
      expect(history.filter((h) => h.id === jobA)).toEqual([expect.objectContaining({ status: 'done' })]);
      expect(history.filter((h) => h.id === jobB)).toEqual([expect.objectContaining({ status: 'done' })]);
      // A drew once before the signal and once after it (from the start), then finished once.
      const drawingsOfA = feed.records.filter((r) => r.jobId === jobA && r.type === 'drawing').map((r) => r.run);
      const redrawn = feed.records.some((r) => r.run === 2 && r.snapshot.current?.id === jobA && r.snapshot.current.phase === 'drawing');
      expect(drawingsOfA[0]).toBe(1);
      expect(redrawn).toBe(true);
      expect(feed.records.filter((r) => r.jobId === jobA && r.type === 'done')).toHaveLength(1);

      const final = await second.service.stop('SIGTERM');
      expect(final.code).toBe(0);
    }, 60_000);
  }
});
