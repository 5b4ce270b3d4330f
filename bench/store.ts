// How fast the accept path persists donations into a file database, and how much memory the
// process holds with 10 000 donations waiting. Goal: ≥ 2000 donations/s, bounded memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Gatekeeper } from '../src/gate/types.js';
import type { Planner } from '../src/planner/types.js';
import { createStage } from '../src/stage/index.js';
import { systemClock } from '../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS } from '../src/dsl/types.js';
import { openStore, type Synchronous } from '../src/store/index.js';

const N = 10_000;

const trivialGate: Gatekeeper = { check: () => ({ nsfw: false, category: null, reason: null }) };

async function loadRealGate(): Promise<Gatekeeper | null> {
  try {
    const module = (await import('../src/gate/index.js' as string)) as { createGatekeeper?: (o?: object) => Gatekeeper };
    if (typeof module.createGatekeeper === 'function') return module.createGatekeeper({});
  } catch {
    // the gate part may be missing in a partial checkout: its run is skipped
  }
  return null;
}

/** Never answers (until aborted): planning must not be part of the accept numbers. */
const idlePlanner: Planner = {
  name: 'idle',
  plan: (_request, options) =>
    new Promise((_resolve, reject) => options?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
  health: () => ({ state: 'ok', detail: 'idle' }),
};

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function acceptRun(synchronous: Synchronous, gate: Gatekeeper, subscribe: boolean, n = N) {
  const dir = await mkdtemp(join(tmpdir(), 'drawstream-bench-'));
  const store = openStore(join(dir, 'bench.sqlite'), { synchronous });
  const stage = createStage({
    store,
    gate,
    planner: idlePlanner,
    clock: systemClock,
    settings: { showDurationSec: 90, planAhead: 2, renderer: DEFAULT_RENDERER_SETTINGS, minAmount: { RUB: 10 } },
  });
  let events = 0;
  if (subscribe) stage.subscribe(() => events++);
  stage.start();
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    stage.accept({
      id: String(i),
      source: 'bench',
      donor: `viewer${i % 500}`,
      message: `нарисуй котика в космосе номер ${i}`,
      amount: i % 20 === 0 ? 5 : 100, // every 20th is rejected (below MIN_AMOUNT)
      currency: 'RUB',
      timestamp: new Date().toISOString(),
    });
  }
  const seconds = (performance.now() - start) / 1000;
  const dupStart = performance.now();
  for (let i = 0; i < 1000; i++)
    stage.accept({ id: String(i), source: 'bench', donor: 'x', message: 'y', amount: 100, currency: 'RUB', timestamp: '' });
  const dupMs = performance.now() - dupStart;
  await new Promise((resolve) => setTimeout(resolve, 50));
  global.gc?.();
  const memory = process.memoryUsage();
  const snapshotStart = performance.now();
  const snapshot = stage.snapshot();
  const snapshotMs = performance.now() - snapshotStart;
  const counts = stage.counts();
  await stage.stop();
  store.close();
  await rm(dir, { recursive: true, force: true });
  return { seconds, dupMs, memory, snapshotMs, queue: snapshot.queue.length, counts, events };
}

export async function run(): Promise<void> {
  global.gc?.();
  const base = process.memoryUsage();
  console.log(`process before: rss ${mb(base.rss)}, heapUsed ${mb(base.heapUsed)}`);
  console.log(`accept path: donations through stage.accept() into a file DB (stage running, planner idle; every 20th below MIN_AMOUNT)`);
  const realGate = await loadRealGate();
  const runs: [string, Synchronous, Gatekeeper, boolean, number][] = [
    ['synchronous=NORMAL (default), trivial gate', 'NORMAL', trivialGate, false, N],
    ['synchronous=NORMAL, trivial gate, 1 subscriber (snapshot per event)', 'NORMAL', trivialGate, true, N],
    ['synchronous=FULL (fsync per commit), trivial gate', 'FULL', trivialGate, false, 2000],
  ];
  if (realGate) runs.push(['synchronous=NORMAL, the real Gatekeeper (donor + message checks)', 'NORMAL', realGate, false, 2000]);
  for (const [label, synchronous, gate, subscribe, n] of runs) {
    const r = await acceptRun(synchronous, gate, subscribe, n);
    console.log(`  ${label}`);
    console.log(`    ${(n / r.seconds).toFixed(0)} donations/s (${(r.seconds * 1000).toFixed(0)} ms for ${n}; goal ≥ 2000/s)`);
    console.log(`    duplicates: ${(1000 / (r.dupMs / 1000)).toFixed(0)}/s answered from the store`);
    console.log(
      `    after ${n}: rss ${mb(r.memory.rss)}, heapUsed ${mb(r.memory.heapUsed)}; waiting ${r.counts.waiting}, rejected ${r.counts.finished.rejected}; snapshot of ${r.queue} queued jobs in ${r.snapshotMs.toFixed(1)} ms${subscribe ? `; ${r.events} events` : ''}`,
    );
  }
}
