// How fast the accept path persists donations into a file database, and how much memory the
// process holds with 10 000 donations waiting. Goal: ≥ 2000 donations/s, bounded memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Gatekeeper } from '../src/gate/types.js';
import type { Planner } from '../src/planner/types.js';
import { createStage } from '../src/stage/index.js';
import { systemClock } from '../src/stage/types.js';
import { DEFAULT_RENDERER_SETTINGS } from '../src/dsl/types.js';
import { openStore, type Synchronous } from '../src/store/index.js';

const N = 10_000;

async function loadGate(): Promise<{ gate: Gatekeeper; name: string }> {
  try {
    const module = (await import('../src/gate/index.js' as string)) as { createGatekeeper?: (o?: object) => Gatekeeper };
    if (typeof module.createGatekeeper === 'function') return { gate: module.createGatekeeper({}), name: 'real gate' };
  } catch {
    // the gate part may not be built yet; a trivial gate keeps the numbers about the store
  }
  return { gate: { check: () => ({ nsfw: false, category: null, reason: null }) }, name: 'trivial gate' };
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

async function acceptRun(synchronous: Synchronous, gate: Gatekeeper, subscribe: boolean) {
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
  for (let i = 0; i < N; i++) {
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
  for (let i = 0; i < 1000; i++) stage.accept({ id: String(i), source: 'bench', donor: 'x', message: 'y', amount: 100, currency: 'RUB', timestamp: '' });
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
  const { gate, name } = await loadGate();
  global.gc?.();
  const base = process.memoryUsage();
  console.log(`process before: rss ${mb(base.rss)}, heapUsed ${mb(base.heapUsed)}`);
  console.log(`accept path: ${N} donations through stage.accept() into a file DB (${name}, stage running, planner idle)`);
  for (const [synchronous, subscribe] of [
    ['FULL', false],
    ['FULL', true],
    ['NORMAL', false],
  ] as [Synchronous, boolean][]) {
    const r = await acceptRun(synchronous, gate, subscribe);
    const label = `synchronous=${synchronous}${synchronous === 'FULL' ? ' (default)' : ''}${subscribe ? ', 1 subscriber (snapshot per event)' : ''}`;
    console.log(`  ${label}`);
    console.log(`    ${(N / r.seconds).toFixed(0)} donations/s (${(r.seconds * 1000).toFixed(0)} ms for ${N}; goal ≥ 2000/s)`);
    console.log(`    duplicates: ${(1000 / (r.dupMs / 1000)).toFixed(0)}/s answered from the store`);
    console.log(
      `    after ${N}: rss ${mb(r.memory.rss)}, heapUsed ${mb(r.memory.heapUsed)}; waiting ${r.counts.waiting}, rejected ${r.counts.finished.rejected}; snapshot of ${r.queue} queued jobs in ${r.snapshotMs.toFixed(1)} ms${subscribe ? `; ${r.events} events` : ''}`,
    );
  }
}
