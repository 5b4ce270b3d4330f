// Crash recovery and ingest of the real service (the built CLI as a child process, loopback):
// - restart after kill -9 with 1000 (and 10 000) queued donations: spawn → GET /overlay 200
//   and GET /api/state with the whole queue back, median of 5 (goal < 2 s);
// - webhook ingest: donations/s that POST /api/donations acknowledges (= persisted), 16 in flight;
// - memory (RSS) of the service with 10 000 donations waiting.
// Needs `npm run build` first (bin/drawstream.js runs dist/).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getJson, median, startAndTime, startServiceProcess, type ServiceProcess, type Snapshot } from '../test/chaos/harness.js';

const IN_FLIGHT = 16;
const RESTARTS = 5;

/** Nothing finishes during the bench: the first job is shown for an hour, the rest wait. */
const ENV = { LLM_BACKEND: 'builtin', SHOW_DURATION_SEC: '3600', DEFAULT_STEP_DURATION_MS: '20', LOG_LEVEL: 'warn' };

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Resident set size of the child: /proc on Linux, else the service's own Prometheus gauge. */
async function rssOf(service: ServiceProcess): Promise<number> {
  try {
    const status = readFileSync(`/proc/${service.child.pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  const text = await (await fetch(`${service.url}/metrics`)).text();
  const match = /^\w*process_resident_memory_bytes\s+([\d.e+]+)$/m.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

/** POSTs `count` donations with `IN_FLIGHT` requests at a time; returns acknowledged donations/s. */
async function ingest(url: string, count: number, prefix: string): Promise<{ perSecond: number; failed: number; ms: number }> {
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const response = await fetch(`${url}/api/donations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: `${prefix}-${i}`,
          donor: `donor ${i % 97}`,
          message: `нарисуй котика номер ${i}`,
          amount: 100,
          currency: 'RUB',
        }),
      }).catch(() => null);
      if (!response || (response.status !== 201 && response.status !== 200)) failed++;
      await response?.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const ms = performance.now() - started;
  return { perSecond: (count - failed) / (ms / 1000), failed, ms };
}

const jobsOf = (state: Snapshot): string[] => [state.current, ...state.queue].filter((job) => job !== null).map((job) => job!.id);

/** kill -9 and restart `times` times; each restart is timed until the overlay and the intact queue are served. */
async function restartTimes(
  env: Record<string, string>,
  service: ServiceProcess,
  times: number,
): Promise<{ ms: number[]; service: ServiceProcess }> {
  const ms: number[] = [];
  let current = service;
  for (let i = 0; i < times; i++) {
    const before = jobsOf(await getJson(`${current.url}/api/state`, 30_000));
    await current.stop('SIGKILL');
    // The job on stage is drawn again after each crash; the third crash during the same job
    // marks it failed (crash-loop guard, MAX_DRAW_ATTEMPTS) and the next one takes the stage.
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((id, k) => id === b[k]);
    const intact = (state: Snapshot) => same(jobsOf(state), before) || same(jobsOf(state), before.slice(1));
    const { service: next, timing } = await startAndTime({ ...env, PORT: '0' }, intact, 60_000);
    ms.push(timing.readyMs);
    current = next;
  }
  return { ms, service: current };
}

function describeTimes(ms: number[]): string {
  return `median ${median(ms).toFixed(0)} ms (all: ${ms.map((v) => v.toFixed(0)).join(', ')})`;
}

export async function run(): Promise<void> {
  const dirs: string[] = [];
  const services: ServiceProcess[] = [];
  try {
    // ---- 1000 queued: ingest, then crash and restart 5 times ----------------------------
    const small = await mkdtemp(join(tmpdir(), 'drawstream-bench-restart-'));
    dirs.push(small);
    const env1k = { ...ENV, DATA_DIR: small };
    let service = await startServiceProcess('serve', { ...env1k, PORT: '0' });
    services.push(service);
    const ingest1k = await ingest(service.url, 1000, 'k');
    console.log(
      `webhook ingest, 1000 donations, ${IN_FLIGHT} in flight: ${ingest1k.perSecond.toFixed(0)} donations/s acknowledged (${ingest1k.failed} failed)`,
    );
    const restarts1k = await restartTimes(env1k, service, RESTARTS);
    services.push(restarts1k.service);
    console.log(`restart after kill -9 with 1000 queued → overlay + intact queue: ${describeTimes(restarts1k.ms)}   goal < 2000 ms`);
    await restarts1k.service.stop('SIGKILL');

    // ---- 10 000 donations over HTTP: throughput, memory, restart -------------------------
    const large = await mkdtemp(join(tmpdir(), 'drawstream-bench-restart-'));
    dirs.push(large);
    const env10k = { ...ENV, DATA_DIR: large };
    service = await startServiceProcess('serve', { ...env10k, PORT: '0' });
    services.push(service);
    const idleRss = await rssOf(service);
    const ingest10k = await ingest(service.url, 10_000, 'm');
    const loadedRss = await rssOf(service);
    console.log(
      `webhook ingest, 10 000 donations, ${IN_FLIGHT} in flight: ${ingest10k.perSecond.toFixed(0)} donations/s acknowledged ` +
        `(${(ingest10k.ms / 1000).toFixed(1)} s, ${ingest10k.failed} failed)`,
    );
    const state = await getJson(`${service.url}/api/state`, 30_000);
    console.log(`memory (RSS): ${mb(idleRss)} idle → ${mb(loadedRss)} with ${jobsOf(state).length} donations waiting`);
    const restarts10k = await restartTimes(env10k, service, 3);
    services.push(restarts10k.service);
    console.log(`restart after kill -9 with 10 000 queued → overlay + intact queue: ${describeTimes(restarts10k.ms)}`);
    console.log(`memory (RSS) right after that restart: ${mb(await rssOf(restarts10k.service))}`);
    await restarts10k.service.stop('SIGKILL');
  } finally {
    for (const service of services) await service.stop('SIGKILL').catch(() => undefined);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
}
