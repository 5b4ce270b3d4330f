// Model-check bench (issue 11): what the classification request adds, through the fake LLM
// server on loopback (so it measures drawstream's own cost: request building, HTTP, parsing,
// the stage's hold; a real model adds its own prompt-eval and ~10 output tokens on top).
//  1. One check's round trip (Ollama and OpenAI-style protocols): median and p95.
//  2. Accepted → first drawing through the real stage + LLM planner + fake server, without and
//     with the model check (it runs beside planning, so it adds only what it outlasts planning).
// Run: npx tsx -e "import('./bench/screening.ts').then(m => m.run())"
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RENDERER_SETTINGS, type RendererSettings } from '../src/dsl/index.js';
import { createPlanner, createScreener } from '../src/planner/index.js';
import { createStage, systemClock } from '../src/stage/index.js';
import { openStore } from '../src/store/index.js';
import { FAKE_MODEL, startFakeLlmServer, type FakeLlmServer } from '../test/fakes/fake-llm-server.js';
import { modelPlan, passGate } from '../test/stage/streaming-kit.js';

const renderer: RendererSettings = { ...DEFAULT_RENDERER_SETTINGS, defaultStepDurationMs: 10, maxDrawSec: 1, showDurationSec: 1 };
const CHECKS = 200;
const JOBS = 30;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const ms = (value: number): string => `${value.toFixed(1)} ms`;

function llmFor(backend: 'ollama' | 'openai', server: FakeLlmServer) {
  return { backend, modelId: FAKE_MODEL, endpoint: server.url, temperature: 0.2, maxTokens: 1500, timeoutSec: 10, retries: 0 };
}

async function roundTrips(backend: 'ollama' | 'openai', server: FakeLlmServer): Promise<number[]> {
  const screener = createScreener({ llm: llmFor(backend, server), renderer })!;
  const times: number[] = [];
  for (let i = 0; i < CHECKS; i++) {
    const t0 = performance.now();
    const result = await screener.screen({ jobId: `b${i}`, donor: 'Viewer', message: `нарисуй котика номер ${i}` });
    if (!result.ok) throw new Error(result.reason);
    times.push(performance.now() - t0);
  }
  return times;
}

async function acceptToDrawing(server: FakeLlmServer, withCheck: boolean): Promise<number[]> {
  const llm = llmFor('ollama', server);
  const planner = createPlanner({ llm, renderer }, { gate: passGate });
  const screener = withCheck ? createScreener({ llm, renderer }) : null;
  const dir = await mkdtemp(join(tmpdir(), 'drawstream-bench-screening-'));
  const store = openStore(join(dir, 'drawstream.sqlite'));
  const stage = createStage({
    store,
    gate: passGate,
    planner,
    screener,
    clock: systemClock,
    settings: { showDurationSec: 1, planAhead: 0, renderer, minAmount: 0 },
  });
  let drawing: ((id: string) => void) | null = null;
  stage.subscribe((event) => {
    if (event.type === 'drawing' && event.jobId) drawing?.(event.jobId);
  });
  stage.start();
  const times: number[] = [];
  try {
    for (let i = 0; i < JOBS; i++) {
      const t0 = performance.now();
      const started = new Promise<void>((resolve) => {
        drawing = () => resolve();
      });
      stage.accept({
        id: `j${i}`,
        source: 'bench',
        donor: 'Viewer',
        message: 'draw a cat',
        amount: 1,
        currency: 'RUB',
        timestamp: new Date().toISOString(),
      });
      await started;
      times.push(performance.now() - t0);
      stage.skip();
    }
  } finally {
    await stage.stop();
    await planner.close?.();
    store.close();
    await rm(dir, { recursive: true, force: true });
  }
  return times;
}

export async function run(): Promise<void> {
  const server = await startFakeLlmServer({ plan: JSON.stringify(modelPlan(4, 20)), chunkSize: 64 });
  try {
    for (const backend of ['ollama', 'openai'] as const) {
      const times = await roundTrips(backend, server);
      console.log(
        `model check round trip (${backend}, fake server, ${CHECKS} checks): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}`,
      );
    }
    const without = await acceptToDrawing(server, false);
    const withCheck = await acceptToDrawing(server, true);
    const a = quantile(without, 0.5);
    const b = quantile(withCheck, 0.5);
    console.log(
      `accepted → first drawing (${JOBS} jobs, LLM planner on the fake server): without the check median ${ms(a)}, with it ${ms(b)}: added ${ms(b - a)}`,
    );
    server.setScreen({ mode: 'allow', delayMs: 300 });
    const slow = quantile(await acceptToDrawing(server, true), 0.5);
    console.log(`  with a check that takes 300 ms (slower than planning here): median ${ms(slow)}: added ${ms(slow - a)}`);
  } finally {
    await server.close();
  }
}
