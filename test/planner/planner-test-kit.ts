// Shared pieces for the planner tests: a fake Gatekeeper, a recognisable fallback planner,
// and LLM settings pointing at a fake server.
import { DEFAULT_RENDERER_SETTINGS, type DrawPlan, type Plan } from '../../src/dsl/types.js';
import type { Gatekeeper } from '../../src/gate/types.js';
import { createLlmPlanner, type LlmPlanner, type PlannerTuning } from '../../src/planner/llm/index.js';
import type { LlmBackendName, LlmSettings, Planner, PlanResult } from '../../src/planner/types.js';
import { FAKE_MODEL } from '../fakes/fake-llm-server.js';

/** Refuses any text containing "badword" or "хрень". */
export const fakeGate: Gatekeeper = {
  check(text: string) {
    const nsfw = /badword|хрень/i.test(text);
    return { nsfw, category: nsfw ? 'profanity' : null, reason: nsfw ? 'fake rule' : null };
  },
};

export const FALLBACK_PLAN: DrawPlan = {
  version: '1',
  canvas: { w: 96, h: 96, bg: '#123456' },
  steps: [{ op: 'rect', x: 1, y: 1, w: 3, h: 3, fill: '#ffffff' }],
  caption: 'All for you',
  seed: 0,
};

export function fallbackPlanner(): Planner & { calls: number } {
  const planner = {
    name: 'test-fallback',
    calls: 0,
    async plan(): Promise<PlanResult> {
      planner.calls++;
      return { plan: FALLBACK_PLAN, source: 'builtin' };
    },
    health: () => ({ state: 'ok' as const, detail: 'test fallback' }),
  };
  return planner;
}

export function llmSettings(backend: LlmBackendName, endpoint: string | undefined, overrides: Partial<LlmSettings> = {}): LlmSettings {
  return { backend, modelId: FAKE_MODEL, endpoint, temperature: 0.2, maxTokens: 1500, timeoutSec: 10, retries: 0, ...overrides };
}

/** Short timers so failure tests finish in well under a second each. */
export const FAST: Partial<PlannerTuning> = {
  firstTokenMs: 400,
  stallMs: 300,
  totalMs: 2000,
  probeTimeoutMs: 500,
  retryBaseMs: 10,
  retryMaxMs: 40,
  breakerCooldownMs: 60_000,
};

export function makeLlmPlanner(
  backend: LlmBackendName,
  endpoint: string | undefined,
  overrides: Partial<LlmSettings> = {},
  tuning: Partial<PlannerTuning> = FAST,
): { planner: LlmPlanner; fallback: ReturnType<typeof fallbackPlanner> } {
  const fallback = fallbackPlanner();
  const planner = createLlmPlanner(
    { llm: llmSettings(backend, endpoint, overrides), renderer: DEFAULT_RENDERER_SETTINGS },
    { gate: fakeGate, fallback, tuning },
  );
  return { planner, fallback };
}

export function stepsOf(plan: Plan): DrawPlan['steps'] {
  return 'steps' in plan ? plan.steps : [];
}

export function request(message = 'нарисуй котика', seed = 7) {
  return { jobId: `job-${Math.random().toString(36).slice(2, 8)}`, message, seed };
}

/** A loopback port that was just free: nothing listens there (connection refused). */
export async function deadPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
