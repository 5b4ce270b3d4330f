// Every way the model server can misbehave, end to end through the real stage: the job is
// still drawn (model output or built-in fallback), finishes `done`, and the panel learns why.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RENDERER_SETTINGS, isTextCard, type RendererSettings } from '../../src/dsl/types.js';
import { createPlanner } from '../../src/planner/index.js';
import { createStage, systemClock, type StageEvent } from '../../src/stage/index.js';
import { openStore } from '../../src/store/index.js';
import { FAKE_MODEL, startFakeLlmServer, type FakeLlmMode, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { modelPlan, passGate } from './streaming-kit.js';

const renderer: RendererSettings = { ...DEFAULT_RENDERER_SETTINGS, defaultStepDurationMs: 10, maxDrawSec: 1, showDurationSec: 0.1 };
const plan = modelPlan(4, 20);
const text = JSON.stringify(plan);

let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer({ plan: text, chunkSize: 16 });
});
afterAll(async () => {
  await server.close();
});

type Expectation = 'llm' | 'builtin';
const MODES: Array<[FakeLlmMode, Expectation, Record<string, number>?]> = [
  ['normal', 'llm'],
  ['prose', 'llm'],
  ['fence', 'llm'],
  ['non_stream', 'llm'],
  ['truncated', 'llm', { truncateAt: text.indexOf('"x":24') }], // keeps the steps that were complete
  ['mid_stream_error', 'llm', { errorAfterChars: text.indexOf('"x":24') }],
  ['reset_mid_stream', 'llm', { errorAfterChars: text.indexOf('"x":24') }],
  ['stall', 'llm', { errorAfterChars: text.indexOf('"x":24') }],
  ['slow_first_token', 'llm', { firstTokenDelayMs: 300 }],
  ['garbage', 'builtin'],
  ['empty', 'builtin'],
  ['http500', 'builtin'],
  ['model_not_found', 'builtin'],
  ['loading', 'builtin'],
  ['busy', 'builtin'],
  ['hang', 'builtin'],
  ['reset', 'builtin'],
];

describe.each(['ollama', 'vllm'] as const)('the stage with the %s backend when the model server misbehaves', (backend) => {
  it.each(MODES)('%s: the donation is still drawn and finishes done', async (mode, expected, extra) => {
    server.setBehaviour({ mode, ...(extra ?? {}) });
    const planner = createPlanner(
      {
        llm: { backend, modelId: FAKE_MODEL, endpoint: server.url, temperature: 0.2, maxTokens: 1500, timeoutSec: 2, retries: 1 },
        renderer,
      },
      {
        gate: passGate,
        tuning: { totalMs: 1500, firstTokenMs: 800, stallMs: 500, retryBaseMs: 20, retryMaxMs: 40, breakerThreshold: 100 },
      },
    );
    const dir = await mkdtemp(join(tmpdir(), 'drawstream-llm-modes-'));
    const store = openStore(join(dir, 'drawstream.sqlite'));
    const stage = createStage({
      store,
      gate: passGate,
      planner,
      clock: systemClock,
      settings: { showDurationSec: 0.1, planAhead: 0, renderer, minAmount: 0, planTimeoutMs: 10_000 },
    });
    const events: StageEvent[] = [];
    stage.subscribe((event) => events.push(event));
    try {
      stage.start();
      const { id } = stage.accept({
        id: `mode-${backend}-${mode}`,
        source: 'test',
        donor: 'Viewer',
        message: 'нарисуй котика',
        amount: 100,
        currency: 'RUB',
        timestamp: new Date().toISOString(),
      });
      let drawn: ReturnType<typeof stage.snapshot>['current'] = null;
      const until = Date.now() + 12_000;
      while (!events.some((e) => e.type === 'done' && e.jobId === id)) {
        if (Date.now() > until) throw new Error(`job not done; events: ${events.map((e) => e.type).join(',')}`);
        const current = stage.snapshot().current;
        if (current?.id === id && current.plan) drawn = current;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // Never a blank canvas or an error card: a drawing with steps, and the reason for the panel.
      expect(drawn?.plan && !isTextCard(drawn.plan) && drawn.plan.steps.length > 0).toBe(true);
      expect(drawn?.planSource).toBe(expected);
      if (expected === 'builtin') expect(drawn?.planNote).toBeTruthy();
      const [entry] = stage.history(1);
      expect(entry).toMatchObject({ id, status: 'done' });
      expect(events.some((e) => e.type === 'error')).toBe(false);
    } finally {
      await stage.stop();
      await planner.close?.();
      store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
