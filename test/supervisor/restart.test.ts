// The supervisor against the real CLI (`drawstream serve` as a child process, loopback only):
// a worker killed with SIGKILL or SIGSEGV in the middle of a drawing comes back on the same
// URL with the same job on stage and the queue intact; repeated crashes end in one clear
// message; SIGTERM stops both processes; a supervisor killed with SIGKILL takes its worker
// with it (so DATA_DIR's lock and the port are free again).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLlmServer } from '../fakes/fake-llm-server.js';
import { FeedRecorder, getJson, longPlan, postDonation, sleep, startServiceProcess, type ServiceProcess } from '../chaos/harness.js';
import { processAlive } from '../e2e/service-process.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'drawstream-supervisor-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function start(env: Record<string, string>): Promise<ServiceProcess> {
  // LOG_LEVEL info: the supervisor's "worker started (pid N)" lines tell the test which pid to kill.
  const service = await startServiceProcess('serve', { LOG_LEVEL: 'info', ...env }, 30_000);
  cleanups.push(async () => {
    const pids = service.workerPids();
    await service.stop('SIGKILL');
    for (const pid of pids) if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  });
  return service;
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

const healthy = async (url: string): Promise<true | undefined> => {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.ok ? true : undefined;
  } catch {
    return undefined;
  }
};

describe('supervisor: a crashed worker is restarted and the show goes on', () => {
  for (const signal of ['SIGKILL', 'SIGSEGV'] as const) {
    it(`${signal} to the worker while drawing: same URL, same job on stage, queue intact, nothing lost or doubled`, async () => {
      // 40 steps × 50 ms: two seconds of drawing, time enough to kill in the middle of it.
      const llm = await startFakeLlmServer({ plan: longPlan(40) });
      cleanups.push(() => llm.close());
      const env = {
        DATA_DIR: tempDir(),
        LLM_BACKEND: 'ollama',
        ENDPOINT: llm.url,
        LLM_TIMEOUT_SEC: '5',
        LLM_RETRIES: '0',
        SHOW_DURATION_SEC: '1',
        MAX_DRAW_SEC: '3',
        DEFAULT_STEP_DURATION_MS: '50',
      };
      const service = await start(env);
      const feed = new FeedRecorder();
      const socket = await feed.connect(service.url, 1);
      cleanups.push(() => socket.terminate());

      const bodies = ['a', 'b', 'c'].map((key) => ({
        id: `${signal}-${key}`,
        donor: 'Kira',
        message: `нарисуй котика ${key}`,
        amount: 100,
        currency: 'RUB',
      }));
      const ids: string[] = [];
      for (const body of bodies) {
        const outcome = await postDonation(service.url, body);
        expect(outcome.acked, JSON.stringify(outcome)).toBe(true);
        if (outcome.acked) ids.push(outcome.id);
      }
      const [jobA, jobB, jobC] = ids;
      await feed.waitFor((r) => r.type === 'drawing' && r.jobId === jobA, 20_000, 'job A to start drawing', 0);
      await sleep(200);
      const before = await getJson(`${service.url}/api/state`);
      expect(before.current?.id).toBe(jobA);
      expect(before.current?.phase).toBe('drawing');

      const [workerPid] = service.workerPids();
      expect(workerPid).not.toBe(service.child.pid);
      const killedAt = performance.now();
      process.kill(workerPid, signal);
      await until(() => (processAlive(workerPid) ? undefined : true), 5000, 'the worker to die');
      await until(() => (service.workerPids().length >= 2 ? true : undefined), 10_000, 'a new worker');
      const forkedMs = Math.round(performance.now() - killedAt);
      await until(() => healthy(service.url), 20_000, '/health on the same URL');
      const restartMs = Math.round(performance.now() - killedAt);
      process.stderr.write(
        `[supervisor] ${signal}: worker kill → new worker forked ${forkedMs} ms → /health answering on the same URL ${restartMs} ms\n`,
      );
      expect(service.child.exitCode, 'the supervisor itself stays up').toBeNull();
      expect(service.stderr()).toContain(`worker exited (signal ${signal}); restarting in 0.5 s (crash 1 of 5 in 60 s)`);

      // The same job is on stage, the queue behind it in the same order.
      const after = await getJson(`${service.url}/api/state`);
      expect(after.current?.id).toBe(jobA);
      expect(after.queue.map((job: { id: string }) => job.id)).toEqual([jobB, jobC]);
      // Webhook resends after the crash are recognised, not queued twice.
      const resend = await postDonation(service.url, bodies[1]);
      expect(resend).toMatchObject({ acked: true, id: jobB, duplicate: true });

      // The overlay reconnects to the same URL and sees A drawn again, then B and C, each once.
      const second = await feed.connect(service.url, 2);
      cleanups.push(() => second.terminate());
      await feed.waitFor(
        (r) => r.run === 2 && r.snapshot.current?.id === jobA && r.snapshot.current.phase === 'drawing',
        10_000,
        'A drawing again',
        0,
      );
      await feed.waitFor((r) => r.run === 2 && r.type === 'done' && r.jobId === jobC, 30_000, 'all three jobs to finish', 0);
      const history: Array<{ id: string; status: string }> = await getJson(`${service.url}/api/history?limit=20`);
      for (const id of ids)
        expect(
          history.filter((h) => h.id === id),
          `job ${id}`,
        ).toEqual([expect.objectContaining({ status: 'done' })]);
      expect(history).toHaveLength(3);
      const firstDrawn: string[] = [];
      for (const r of feed.records) {
        const c = r.snapshot.current;
        if (r.run === 2 && c?.phase === 'drawing' && !firstDrawn.includes(c.id)) firstDrawn.push(c.id);
      }
      expect(firstDrawn, 'FIFO after the restart').toEqual([jobA, jobB, jobC]);

      const stopped = await service.stop('SIGTERM');
      expect(stopped.code, service.stderr().slice(-2000)).toBe(0);
      for (const pid of service.workerPids()) expect(processAlive(pid)).toBe(false);
    }, 90_000);
  }

  it('gives up with one clear message and exit 1 after 5 crashes within 60 s', async () => {
    const service = await start({ DATA_DIR: tempDir(), LLM_BACKEND: 'builtin' });
    const started = performance.now();
    for (let kill = 1; kill <= 5; kill++) {
      const pids = service.workerPids();
      expect(pids).toHaveLength(kill);
      process.kill(pids[kill - 1], 'SIGKILL');
      if (kill < 5) await until(() => (service.workerPids().length > kill ? true : undefined), 15_000, `worker ${kill + 1}`);
    }
    const stopped = await until(
      () => (service.child.exitCode !== null ? service.child.exitCode : undefined),
      10_000,
      'the supervisor to give up',
    );
    process.stderr.write(`[supervisor] gave up ${Math.round(performance.now() - started)} ms after the first kill\n`);
    expect(stopped).toBe(1);
    const err = service.stderr();
    expect(err).toContain('restarting in 4 s (crash 4 of 5 in 60 s)');
    const giveUp = err.split('\n').filter((line) => /crashed \d+ times/.test(line));
    expect(giveUp).toEqual([
      'drawstream serve: the service crashed 5 times within 60 s (last: signal SIGKILL); not restarting it again. ' +
        'See the log above; --no-supervisor runs it without restarts for debugging.',
    ]);
    expect(service.workerPids()).toHaveLength(5);
  }, 60_000);

  it('SIGTERM to the supervisor stops both processes with exit 0', async () => {
    const service = await start({ DATA_DIR: tempDir(), LLM_BACKEND: 'builtin' });
    const [workerPid] = service.workerPids();
    expect(processAlive(workerPid)).toBe(true);
    const stopped = await service.stop('SIGTERM');
    expect(stopped.code, service.stderr().slice(-2000)).toBe(0);
    expect(stopped.ms).toBeLessThan(5000);
    expect(processAlive(workerPid)).toBe(false);
    expect(service.stderr()).not.toMatch(/restarting|forced exit|longer than 5 s/);
  }, 60_000);

  it('SIGKILL to the supervisor: the worker notices and exits within 2 s, freeing DATA_DIR for a new service', async () => {
    const dataDir = tempDir();
    const service = await start({ DATA_DIR: dataDir, LLM_BACKEND: 'builtin' });
    const [workerPid] = service.workerPids();
    await service.stop('SIGKILL');
    const killedAt = performance.now();
    await until(() => (processAlive(workerPid) ? undefined : true), 2000, 'the orphaned worker to exit');
    process.stderr.write(
      `[supervisor] orphaned worker gone ${Math.round(performance.now() - killedAt)} ms after the supervisor's SIGKILL\n`,
    );
    const next = await start({ DATA_DIR: dataDir, LLM_BACKEND: 'builtin' });
    expect(await healthy(next.url)).toBe(true);
    expect((await next.stop('SIGTERM')).code).toBe(0);
  }, 60_000);

  it('a config error still prints one line and exits 1 without starting a worker; a start-up failure is not restarted', async () => {
    await expect(startServiceProcess('serve', { DATA_DIR: tempDir(), CANVAS_W: 'huge' }, 15_000)).rejects.toThrow(
      /exited early \(code 1[^]*CANVAS_W/,
    );
    let failure = '';
    await startServiceProcess('serve', { DATA_DIR: tempDir(), HOST: '0.0.0.0', LOG_LEVEL: 'info' }, 15_000).catch(
      (error: Error) => (failure = error.message),
    );
    expect(failure).toMatch(/exited early \(code 1/);
    expect(failure).toMatch(/PANEL_TOKEN/);
    expect(failure.match(/worker started/g), 'one worker, not restarted').toHaveLength(1);
    expect(failure).not.toMatch(/restarting/);
  }, 60_000);

  it('SUPERVISOR=0 runs the service in the spawned process itself', async () => {
    const service = await start({ DATA_DIR: tempDir(), LLM_BACKEND: 'builtin', SUPERVISOR: '0' });
    expect(service.workerPids()).toEqual([]);
    // pino writes asynchronously: the log line may follow the stdout banner by a moment.
    const running = await until(
      () => /"pid":(\d+)[^\n]*"msg":"drawstream is running"/.exec(service.stderr()) ?? undefined,
      5000,
      'the log line',
    );
    expect(Number(running[1])).toBe(service.child.pid);
    expect((await service.stop('SIGTERM')).code).toBe(0);
  }, 60_000);
});
