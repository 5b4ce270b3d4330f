// An answer that grows far past MAX_TOKENS (a server ignoring max_tokens, a runaway model) is
// not read to the end: the request is aborted at MAX_TOKENS × CHARS_PER_TOKEN_BUDGET
// characters, the complete steps before the cut are kept, and the failure kind says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCharBudget, CHARS_PER_TOKEN_BUDGET, MAX_ANSWER_CHARS, runAttempt } from '../../src/planner/llm/llm-attempt.js';
import { buildChatRequest } from '../../src/planner/llm/index.js';
import { DEFAULT_RENDERER_SETTINGS } from '../../src/dsl/types.js';
import { FAKE_MODEL, startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { fakeGate, makeLlmPlanner, request, stepsOf } from './planner-test-kit.js';

let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(async () => {
  await server.close();
});

/** A plan of `n` small rects, ~70 characters each. */
function longPlan(n: number): string {
  return JSON.stringify({
    canvas: { w: 96, h: 96, bg: '#000000' },
    steps: Array.from({ length: n }, (_, i) => ({ op: 'rect', x: i % 90, y: (i * 7) % 90, w: 4, h: 4, fill: '#ff0000' })),
  });
}

describe('answer budget', () => {
  it('is MAX_TOKENS × CHARS_PER_TOKEN_BUDGET, capped at MAX_ANSWER_CHARS', () => {
    expect(answerCharBudget(1500)).toBe(1500 * CHARS_PER_TOKEN_BUDGET);
    expect(answerCharBudget(8192)).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(answerCharBudget(undefined)).toBe(MAX_ANSWER_CHARS);
    expect(answerCharBudget(Number.NaN)).toBe(MAX_ANSWER_CHARS);
  });

  it('aborts the request past the budget and keeps the complete steps before the cut', async () => {
    const text = longPlan(200); // ~13 KB; MAX_TOKENS 64 → 1024 characters
    server.setBehaviour({ mode: 'normal', text, chunkSize: 16, delayMs: 1 });
    const requestsBefore = server.requests.length;
    const { planner } = makeLlmPlanner('llamacpp', server.url, { maxTokens: 64, retries: 0 });
    const result = await planner.plan(request());
    expect(result.source).toBe('llm');
    const kept = stepsOf(result.plan).length;
    expect(kept).toBeGreaterThan(5);
    expect(kept).toBeLessThan(20); // only what fits in 1024 characters
    expect(result.incompleteReason).toMatch(/passed 1024 characters \(MAX_TOKENS 64 × 16\) without ending/);
    // The server was not read to the end: it stopped sending long before the 13 KB.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const index = server.requests.length - 1;
    expect(index).toBe(requestsBefore);
    const sentChars = server.sent.filter((c) => c.request === index).reduce((n, c) => n + c.text.length, 0);
    expect(sentChars).toBeLessThan(text.length / 2);
    await planner.close?.();
  });

  it('an answer with no complete step before the cut fails with kind answer_too_long', async () => {
    server.setBehaviour({ mode: 'normal', text: `{"steps":[{"op":"text","value":"${'x'.repeat(5000)}"}]}`, chunkSize: 64, delayMs: 0 });
    const chat = buildChatRequest('llamacpp', server.url, {
      model: FAKE_MODEL,
      messages: [{ role: 'user', content: 'draw' }],
      temperature: 0,
      maxTokens: 64,
      seed: 1,
      schema: null,
    });
    const outcome = await runAttempt({
      request: chat,
      headers: {},
      fetch: globalThis.fetch,
      modelId: FAKE_MODEL,
      gate: fakeGate,
      renderer: DEFAULT_RENDERER_SETTINGS,
      defaultSeed: 1,
      deadlineAt: performance.now() + 5000,
      firstTokenMs: 2000,
      stallMs: 2000,
      maxTokens: 64,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.kind).toBe('answer_too_long');
  });
});
