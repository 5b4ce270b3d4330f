// A real stage (real store, real clock) with the real LLM planner against the fake LLM
// server, for the streaming end-to-end test and bench/handover.ts: when does the first
// complete step the server sends become drawable, and how long is the brush idle between jobs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '../../src/dsl/index.js';
import { DEFAULT_RENDERER_SETTINGS, type DrawPlan, type RendererSettings } from '../../src/dsl/types.js';
import type { Gatekeeper } from '../../src/gate/types.js';
import { createPlanner } from '../../src/planner/index.js';
import { PlanStreamScanner } from '../../src/planner/llm/index.js';
import type { Planner } from '../../src/planner/types.js';
import { createStage, systemClock, type Stage, type StageEvent, type StageSnapshot } from '../../src/stage/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { FAKE_MODEL, startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';

export const passGate: Gatekeeper = { check: () => ({ nsfw: false, category: null, reason: null }) };

/** A plan of `n` steps of `ms` each, as a model would write it (compact JSON). */
export function modelPlan(n: number, ms: number): object {
  return {
    version: '1',
    canvas: { w: 96, h: 96, bg: '#101020' },
    steps: Array.from({ length: n }, (_, i) => ({
      op: 'rect',
      x: (i % 8) * 12,
      y: Math.floor(i / 8) * 12,
      w: 10,
      h: 10,
      fill: i % 2 ? '#ffcc00' : '#33aaff',
      animate: { duration_ms: ms },
    })),
  };
}

/** Character offset (in the model's text) of the character that completes each step. */
export function stepCompletionOffsets(text: string): number[] {
  const scanner = new PlanStreamScanner();
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const event of scanner.push(text[i])) if (event.kind === 'step') offsets.push(i);
  }
  return offsets;
}

export interface LiveStage {
  server: FakeLlmServer;
  planner: Planner;
  store: Store;
  stage: Stage;
  text: string;
  /** Every event with performance.now() when the listener saw it. */
  events: Array<{ at: number; event: StageEvent; snapshot: StageSnapshot }>;
  donate(message?: string): string;
  /** performance.now() when the server handed the chunk completing step `index` of request `request` to the socket. */
  stepSentAt(request: number, index: number): number | null;
  waitFor(predicate: () => boolean, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

let donations = 0;

export async function startLiveStage(options: {
  plan: object;
  chunkSize: number;
  delayMs: number;
  showDurationSec: number;
  planAhead?: number;
  renderer?: Partial<RendererSettings>;
}): Promise<LiveStage> {
  const text = JSON.stringify(options.plan);
  const offsets = stepCompletionOffsets(text);
  const renderer: RendererSettings = { ...DEFAULT_RENDERER_SETTINGS, ...options.renderer, showDurationSec: options.showDurationSec };
  const server = await startFakeLlmServer({ plan: text, chunkSize: options.chunkSize, delayMs: options.delayMs });
  const planner = createPlanner(
    {
      llm: {
        backend: 'llamacpp',
        modelId: FAKE_MODEL,
        endpoint: server.url,
        temperature: 0.2,
        maxTokens: 8192,
        timeoutSec: 60,
        retries: 0,
      },
      renderer,
    },
    { gate: passGate },
  );
  const dir = await mkdtemp(join(tmpdir(), 'drawstream-live-stage-'));
  const store = openStore(join(dir, 'drawstream.sqlite'));
  const stage = createStage({
    store,
    gate: passGate,
    planner,
    clock: systemClock,
    settings: {
      showDurationSec: options.showDurationSec,
      planAhead: options.planAhead ?? 2,
      renderer,
      minAmount: 0,
      planTimeoutMs: 60_000,
    },
  });
  const events: LiveStage['events'] = [];
  stage.subscribe((event, snapshot) => events.push({ at: performance.now(), event, snapshot }));
  stage.start();
  return {
    server,
    planner,
    store,
    stage,
    text,
    events,
    donate: (message = 'нарисуй котика') =>
      stage.accept({
        id: `live-${++donations}`,
        source: 'test',
        donor: 'Bench',
        message,
        amount: 100,
        currency: 'RUB',
        timestamp: new Date().toISOString(),
      }).id,
    stepSentAt: (request, index) => {
      const offset = offsets[index];
      if (offset === undefined) return null;
      let cumulative = 0;
      for (const chunk of server.sent) {
        if (chunk.request !== request) continue;
        cumulative += chunk.text.length;
        if (offset < cumulative) return chunk.at;
      }
      return null;
    },
    waitFor: async (predicate, timeoutMs) => {
      const until = performance.now() + timeoutMs;
      while (!predicate()) {
        if (performance.now() > until) throw new Error('timed out waiting for the stage');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    },
    close: async () => {
      await stage.stop();
      await planner.close?.();
      store.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The normalised plan the planner would produce (for comparing with what the stage drew). */
export function normalised(plan: object): DrawPlan {
  return parsePlan(plan, DEFAULT_RENDERER_SETTINGS).plan as DrawPlan;
}
