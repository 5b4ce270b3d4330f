// Helpers shared by the chaos, shutdown and single-instance tests and bench/restart.ts:
// start the real CLI as a child process, watch its /ws feed, post donations the way a
// webhook client with at-least-once delivery does, and time a restart.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { startServiceProcess, type ServiceProcess } from '../e2e/service-process.js';

export { startServiceProcess, type ServiceProcess };

/** Small, fast, seedable PRNG (mulberry32): the same seed replays the same chaos. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface JobRef {
  id: string;
  phase: string;
}

export interface Snapshot {
  paused: boolean;
  current: (JobRef & { drawStartedAt?: number; showEndsAt?: number; planSource?: string }) | null;
  queue: JobRef[];
  /** All waiting jobs; `queue` lists only the head. */
  queueCount?: number;
  serverTime: number;
}

/** One message from /ws, stamped with the run (process incarnation) that sent it. */
export interface FeedRecord {
  run: number;
  /** Global arrival order across all runs. */
  order: number;
  at: number;
  kind: 'snapshot' | 'event';
  type?: string;
  jobId?: string;
  snapshot: Snapshot;
}

/** Records every /ws message of every run in arrival order; lets a test wait for a condition. */
export class FeedRecorder {
  readonly records: FeedRecord[] = [];
  private waiters = new Set<() => void>();
  private order = 0;
  latest: Snapshot | null = null;
  closes: Array<{ run: number; code: number; reason: string }> = [];

  connect(url: string, run: number): Promise<WebSocket> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`);
    socket.on('message', (raw) => {
      let message: any;
      try {
        message = JSON.parse(String(raw));
      } catch {
        return;
      }
      if (message?.type !== 'snapshot' && message?.type !== 'event') return;
      const snapshot = message.snapshot as Snapshot;
      this.latest = snapshot;
      // Updates are coalesced (at most ~10 a second): one message may carry several events,
      // oldest first, all followed by the same latest snapshot.
      const events: Array<{ type?: string; jobId?: string } | undefined> =
        message.type === 'event' ? (Array.isArray(message.events) ? message.events : [message.event]) : [undefined];
      for (const event of events) {
        this.records.push({
          run,
          order: this.order++,
          at: performance.now(),
          kind: message.type,
          type: event?.type,
          jobId: event?.jobId,
          snapshot,
        });
      }
      for (const wake of [...this.waiters]) wake();
    });
    socket.on('close', (code, reason) => this.closes.push({ run, code, reason: reason.toString() }));
    socket.on('error', () => undefined); // a killed service resets the socket; that is the point
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  }

  /** Resolves with the first record (from now on, or already recorded when `fromOrder` is given) that matches. */
  waitFor(match: (record: FeedRecord) => boolean, timeoutMs: number, what: string, fromOrder = this.order): Promise<FeedRecord> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.records.find((record) => record.order >= fromOrder && match(record));
        if (!found) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; latest snapshot: ${JSON.stringify(this.latest)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      const wake = () => void check();
      if (!check()) this.waiters.add(wake);
    });
  }

  /** Resolves at once when the latest snapshot already matches, else with the next record whose snapshot does. */
  waitForState(match: (snapshot: Snapshot) => boolean, timeoutMs: number, what: string): Promise<Snapshot> {
    if (this.latest && match(this.latest)) return Promise.resolve(this.latest);
    return this.waitFor((record) => match(record.snapshot), timeoutMs, what).then((record) => record.snapshot);
  }

  get nextOrder(): number {
    return this.order;
  }
}

export async function getJson(url: string, timeoutMs = 5000): Promise<any> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

export interface DonationBody {
  id: string;
  donor: string;
  message: string;
  amount: number;
  currency: string;
}

export type PostOutcome =
  { acked: true; status: number; id: string; duplicate: boolean; donationStatus: 'queued' | 'rejected' } | { acked: false; error: string };

/** One webhook delivery attempt. No acknowledgement (connection reset, timeout) is not an error: the caller resends. */
export async function postDonation(baseUrl: string, body: DonationBody, timeoutMs = 5000): Promise<PostOutcome> {
  try {
    const response = await fetch(`${baseUrl}/api/donations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json: any = await response.json();
    if (response.status !== 201 && response.status !== 200)
      return { acked: false, error: `HTTP ${response.status}: ${JSON.stringify(json)}` };
    return { acked: true, status: response.status, id: String(json.id), duplicate: response.status === 200, donationStatus: json.status };
  } catch (error) {
    return { acked: false, error: (error as Error).message };
  }
}

export interface ReadyTiming {
  /** spawn → the "Operator panel:" line on stdout (the server listens). */
  listeningMs: number;
  /** spawn → GET /overlay 200 and GET /api/state 200 (with `check` satisfied). */
  readyMs: number;
  state: Snapshot;
}

/**
 * Starts `drawstream serve` and times how long until the overlay is served again and
 * /api/state answers with `check(state)` true (e.g. the queue intact after a crash).
 */
export async function startAndTime(
  env: Record<string, string>,
  check: (state: Snapshot) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<{ service: ServiceProcess; timing: ReadyTiming }> {
  const spawned = performance.now();
  const service = await startServiceProcess('serve', env, timeoutMs);
  const listeningMs = performance.now() - spawned;
  const deadline = spawned + timeoutMs;
  for (;;) {
    try {
      const overlay = await fetch(`${service.url}/overlay`, { signal: AbortSignal.timeout(2000) });
      await overlay.arrayBuffer();
      if (overlay.status === 200) {
        const state = (await getJson(`${service.url}/api/state`, 2000)) as Snapshot;
        if (check(state)) return { service, timing: { listeningMs, readyMs: performance.now() - spawned, state } };
      }
    } catch {
      // not ready yet
    }
    if (performance.now() > deadline) {
      await service.stop('SIGKILL');
      throw new Error(`the service did not serve the overlay with the expected state within ${timeoutMs} ms`);
    }
    await sleep(5);
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A plan with `steps` one-pixel-wide lines, so its drawing lasts steps × DEFAULT_STEP_DURATION_MS. */
export function longPlan(steps: number): object {
  return {
    version: '1',
    canvas: { w: 96, h: 96, bg: '#102040' },
    seed: 7,
    steps: Array.from({ length: steps }, (_, i) => ({
      op: 'line',
      x1: 2 + (i % 90),
      y1: 4,
      x2: 2 + (i % 90),
      y2: 90,
      width: 1,
      color: i % 2 ? '#ffd166' : '#ef476f',
    })),
    caption: 'All for you',
  };
}
