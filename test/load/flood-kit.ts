// Floods a real `drawstream serve` process the way a raid does, over loopback only, bounded
// in count and time. Shared by test/load/burst.test.ts and bench/burst.ts.
import { Agent, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { startServiceProcess, type ServiceProcess } from '../e2e/service-process.js';

/** A service with Donation Alerts "configured" against a dead loopback port, so /auth works offline. */
export async function startFloodTarget(extraEnv: Record<string, string> = {}): Promise<ServiceProcess> {
  return startServiceProcess('serve', {
    DATA_DIR: mkdtempSync(join(tmpdir(), 'drawstream-flood-')),
    LOG_LEVEL: 'warn',
    SHOW_DURATION_SEC: '600', // the first job holds the brush, so the queue only grows
    DA_CLIENT_ID: 'flood-client',
    DA_CLIENT_SECRET: 'flood-secret',
    DA_REDIRECT_URI: 'http://127.0.0.1:9/auth/donationalerts/callback',
    DA_API_URL: 'http://127.0.0.1:9',
    DA_WS_URL: 'ws://127.0.0.1:9/connection/websocket',
    ...extraEnv,
  });
}

interface RawAnswer {
  status: number;
  body: string;
  ms: number;
}

function get(agent: Agent, base: URL, path: string, timeoutMs = 10_000): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: base.hostname, port: base.port, path, method: 'GET', timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

function post(agent: Agent, base: URL, path: string, json: unknown): Promise<RawAnswer> {
  const started = performance.now();
  const payload = Buffer.from(JSON.stringify(json));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        timeout: 10_000,
        headers: { 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`POST ${path} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Runs `count` calls with at most `concurrency` in flight. */
async function pooled(count: number, concurrency: number, call: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await call(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

export interface AuthFloodResult {
  requests: number;
  redirects: number;
  seconds: number;
}

/** `count` GET /auth/donationalerts calls (each one a new OAuth state on the server). */
export async function floodAuth(service: ServiceProcess, count: number, concurrency = 32): Promise<AuthFloodResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const base = new URL(service.url);
  let redirects = 0;
  const started = performance.now();
  try {
    await pooled(count, concurrency, async () => {
      const answer = await get(agent, base, '/auth/donationalerts');
      if (answer.status === 302) redirects++;
      else throw new Error(`GET /auth/donationalerts answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    });
  } finally {
    agent.destroy();
  }
  return { requests: count, redirects, seconds: (performance.now() - started) / 1000 };
}

interface Viewer {
  socket: WebSocket;
  bytes: number;
  messages: number;
  latestQueueCount: number;
}

function queueCountOf(snapshot: any): number {
  if (!snapshot) return 0;
  const waiting = typeof snapshot.queueCount === 'number' ? snapshot.queueCount : (snapshot.queue?.length ?? 0);
  return waiting + (snapshot.current ? 1 : 0);
}

async function connectViewer(service: ServiceProcess): Promise<Viewer> {
  const socket = new WebSocket(`${service.url.replace(/^http/, 'ws')}/ws`);
  const viewer: Viewer = { socket, bytes: 0, messages: 0, latestQueueCount: 0 };
  socket.on('message', (raw: Buffer) => {
    viewer.bytes += raw.length;
    viewer.messages++;
    try {
      const message = JSON.parse(raw.toString());
      if (message.snapshot) viewer.latestQueueCount = queueCountOf(message.snapshot);
    } catch {
      // counted anyway
    }
  });
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return viewer;
}

export interface BurstResult {
  donations: number;
  accepted: number;
  seconds: number;
  bytesPerViewer: number[];
  messagesPerViewer: number[];
  healthMs: { p50: number; p95: number; max: number; samples: number };
  /** Every accepted id, in the order of the batches they were sent in. */
  batches: string[][];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * `count` donations in batches of `batchSize` sent at once (a donation train), with `viewers`
 * WebSocket pages connected and /health polled every 50 ms throughout. Waits until every
 * viewer's latest snapshot counts all of them (or `settleMs` passes).
 */
export async function floodDonations(
  service: ServiceProcess,
  options: { count: number; batchSize?: number; viewers?: number; settleMs?: number; tag?: string },
): Promise<BurstResult> {
  const { count, batchSize = 20, viewers: viewerCount = 5, settleMs = 15_000, tag = 'burst' } = options;
  const base = new URL(service.url);
  const viewers = await Promise.all(Array.from({ length: viewerCount }, () => connectViewer(service)));
  const healthAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const postAgent = new Agent({ keepAlive: true, maxSockets: batchSize });
  const healthMs: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const answer = await get(healthAgent, base, '/health', 5000).catch(() => ({ status: 0, body: '', ms: 5000 }));
      healthMs.push(answer.ms);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  const started = performance.now();
  const batches: string[][] = [];
  let accepted = 0;
  try {
    for (let first = 0; first < count; first += batchSize) {
      const indexes = Array.from({ length: Math.min(batchSize, count - first) }, (_, i) => first + i);
      const ids = await Promise.all(
        indexes.map(async (index) => {
          const answer = await post(postAgent, base, '/api/donations', {
            id: `${tag}-${index}`,
            donor: `viewer${index % 97}`,
            message: `нарисуй котика номер ${index}`,
            amount: 100,
            currency: 'RUB',
          });
          if (answer.status !== 201) throw new Error(`POST /api/donations answered ${answer.status}: ${answer.body.slice(0, 200)}`);
          accepted++;
          return String(JSON.parse(answer.body).id);
        }),
      );
      batches.push(ids);
    }
    const deadline = performance.now() + settleMs;
    while (viewers.some((viewer) => viewer.latestQueueCount < count) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    polling = false;
    await poller;
    healthAgent.destroy();
    postAgent.destroy();
    for (const viewer of viewers) viewer.socket.close();
  }
  const sorted = [...healthMs].sort((a, b) => a - b);
  return {
    donations: count,
    accepted,
    seconds: (performance.now() - started) / 1000,
    bytesPerViewer: viewers.map((viewer) => viewer.bytes),
    messagesPerViewer: viewers.map((viewer) => viewer.messages),
    healthMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      samples: sorted.length,
    },
    batches,
  };
}

/** Every job id of the current job and the whole queue, in order (pages through GET /api/queue when the server has it). */
export async function queueOrder(service: ServiceProcess): Promise<string[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const base = new URL(service.url);
  try {
    const state = JSON.parse((await get(agent, base, '/api/state')).body);
    const ids: string[] = state.current ? [state.current.id] : [];
    const probe = await get(agent, base, '/api/queue?offset=0&limit=100');
    if (probe.status === 404) return [...ids, ...state.queue.map((job: { id: string }) => job.id)];
    for (let offset = 0; ; offset += 100) {
      const page = JSON.parse((await get(agent, base, `/api/queue?offset=${offset}&limit=100`)).body);
      const jobs: Array<{ id: string }> = Array.isArray(page) ? page : page.jobs;
      ids.push(...jobs.map((job) => job.id));
      if (jobs.length < 100) return ids;
    }
  } finally {
    agent.destroy();
  }
}

/** True when every id of batch k comes before every id of batch k+1 (order inside a batch is the server's). */
export function keepsBatchOrder(order: string[], batches: string[][]): boolean {
  const position = new Map(order.map((id, index) => [id, index]));
  let previousMax = -1;
  for (const batch of batches) {
    const positions = batch.map((id) => position.get(id));
    if (positions.some((p) => p === undefined)) return false;
    const numbers = positions as number[];
    if (Math.min(...numbers) < previousMax) return false;
    previousMax = Math.max(...numbers);
  }
  return true;
}
