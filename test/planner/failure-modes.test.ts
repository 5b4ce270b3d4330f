import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/dsl/index.js';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { deadPort, FALLBACK_PLAN, makeLlmPlanner, request, stepsOf } from './planner-test-kit.js';

let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterEach(() => {
  server.setBehaviour('normal');
});
afterAll(async () => {
  await server.close();
});

function expectDrawable(plan: unknown) {
  const reparsed = parsePlan(plan);
  expect(reparsed.valid).toBe(true);
  expect(reparsed.issues).toEqual([]);
}

describe('almost-JSON is repaired, not thrown away', () => {
  for (const backend of ['ollama', 'llamacpp'] as const) {
    it(`${backend}: prose around the JSON`, async () => {
      server.setBehaviour('prose');
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request());
      expect(result.source).toBe('llm');
      expect(stepsOf(result.plan)).toHaveLength(3);
      expectDrawable(result.plan);
    });

    it(`${backend}: code fences`, async () => {
      server.setBehaviour('fence');
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request());
      expect(result.source).toBe('llm');
      expect(stepsOf(result.plan)).toHaveLength(3);
    });
  }

  for (const backend of ['ollama', 'vllm'] as const) {
    it(`${backend}: a server that ignores stream:true and answers one JSON body`, async () => {
      server.setBehaviour('non_stream');
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request());
      expect(result.source).toBe('llm');
      expect(stepsOf(result.plan)).toHaveLength(3);
    });
  }

  it('trailing commas and a missing closing brace', async () => {
    server.setBehaviour({
      mode: 'normal',
      text: '{"version":"1","canvas":{"w":96,"h":96,"bg":"#000000",},"steps":[{"op":"rect","x":1,"y":1,"w":5,"h":5,"fill":"red",},]',
    });
    const result = await makeLlmPlanner('ollama', server.url).planner.plan(request());
    expect(result.source).toBe('llm');
    expect(stepsOf(result.plan)).toEqual([{ op: 'rect', x: 1, y: 1, w: 5, h: 5, fill: '#ff0000' }]);
  });

  it('truncated JSON (MAX_TOKENS hit) keeps the steps that arrived whole', async () => {
    const plan = {
      version: '1',
      canvas: { w: 96, h: 96, bg: '#000000' },
      steps: [
        { op: 'rect', x: 0, y: 0, w: 10, h: 10, fill: '#ff0000' },
        { op: 'circle', cx: 50, cy: 50, r: 10, fill: '#00ff00' },
        {
          op: 'polygon',
          points: [
            [1, 1],
            [40, 1],
            [40, 40],
            [1, 40],
          ],
          fill: '#0000ff',
        },
      ],
    };
    const text = JSON.stringify(plan);
    // Cut inside the polygon's points: a half polygon must not be drawn.
    server.setBehaviour({ mode: 'truncated', text, truncateAt: text.indexOf('[40,40]') });
    const result = await makeLlmPlanner('vllm', server.url).planner.plan(request());
    expect(result.source).toBe('llm');
    expect(stepsOf(result.plan).map((s) => s.op)).toEqual(['rect', 'circle']);
    expect(result.incompleteReason).toMatch(/MAX_TOKENS/);
  });
});

describe('every failure ends in a drawable plan with a reason', () => {
  const cases: Array<[string, Parameters<FakeLlmServer['setBehaviour']>[0], RegExp]> = [
    ['garbage', 'garbage', /did not answer JSON/],
    ['empty answer', 'empty', /answered nothing/],
    ['HTTP 500', 'http500', /HTTP 500/],
    ['404 model not found', 'model_not_found', /model not (found|pulled)/],
    ['503 loading', 'loading', /loading/],
    ['429 busy', 'busy', /busy/],
    ['connection reset before an answer', 'reset', /broke/],
    ['mid-stream error line before any step', { mode: 'mid_stream_error', errorAfterChars: 20 }, /mid-stream/],
    ['reset mid-stream before any step', { mode: 'reset_mid_stream', errorAfterChars: 20 }, /broke/],
  ];
  for (const backend of ['ollama', 'tgi'] as const) {
    for (const [name, behaviour, reason] of cases) {
      it(`${backend}: ${name}`, async () => {
        server.setBehaviour(behaviour);
        const { planner, fallback } = makeLlmPlanner(backend, server.url);
        const result = await planner.plan(request());
        expect(result.source).toBe('builtin');
        expect(result.plan).toEqual(FALLBACK_PLAN);
        expect(result.fallbackReason).toMatch(reason);
        expect(fallback.calls).toBe(1);
      });
    }
  }

  it('a dead port: "server down", at once, not retried', async () => {
    const port = await deadPort();
    const { planner } = makeLlmPlanner('llamacpp', `http://127.0.0.1:${port}`, { retries: 5 });
    const started = performance.now();
    const result = await planner.plan(request());
    expect(performance.now() - started).toBeLessThan(1500); // retryBaseMs 10 but 5 retries would still show in attempts
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(/server down/);
    expect(result.attempts).toBe(1);
    expect(planner.health().state).toBe('down');
  });

  it('an endless answer is cut far past MAX_TOKENS (MAX_TOKENS × 16 characters)', async () => {
    server.setBehaviour({ mode: 'normal', text: 'la '.repeat(300_000), chunkSize: 32 * 1024 });
    const result = await makeLlmPlanner('llamacpp', server.url).planner.plan(request());
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(/passed 24000 characters \(MAX_TOKENS 1500 × 16\) without ending/);
  });

  it('a mid-stream error after some steps keeps the steps that arrived', async () => {
    const text = JSON.stringify({
      canvas: { w: 96, h: 96, bg: '#000000' },
      steps: [
        { op: 'rect', x: 0, y: 0, w: 10, h: 10, fill: '#ff0000' },
        { op: 'rect', x: 20, y: 20, w: 10, h: 10, fill: '#00ff00' },
        { op: 'rect', x: 40, y: 40, w: 10, h: 10, fill: '#0000ff' },
      ],
    });
    server.setBehaviour({ mode: 'mid_stream_error', text, errorAfterChars: text.indexOf('#0000ff') });
    const result = await makeLlmPlanner('llamacpp', server.url, { retries: 2 }).planner.plan(request());
    expect(result.source).toBe('llm');
    expect(stepsOf(result.plan)).toHaveLength(2);
    expect(result.incompleteReason).toMatch(/mid-stream/);
    expect(result.attempts).toBe(1);
  });
});

describe('timeouts', () => {
  it('hang: the first-token timeout fires and the job falls back', async () => {
    server.setBehaviour('hang');
    const { planner } = makeLlmPlanner('ollama', server.url, {}, { firstTokenMs: 200, totalMs: 5000, retryBaseMs: 10 });
    const started = performance.now();
    const result = await planner.plan(request());
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1500);
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(/timeout: no first token/);
  });

  it('slow first token: SSE pings do not count as tokens', async () => {
    server.setBehaviour({ mode: 'slow_first_token', firstTokenDelayMs: 800 });
    const { planner } = makeLlmPlanner('llamacpp', server.url, {}, { firstTokenMs: 250, totalMs: 5000 });
    const result = await planner.plan(request());
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(/first token/);
  });

  it('slow first token within the limit still gives the model plan', async () => {
    server.setBehaviour({ mode: 'slow_first_token', firstTokenDelayMs: 150 });
    const { planner } = makeLlmPlanner('llamacpp', server.url, {}, { firstTokenMs: 1000, totalMs: 5000 });
    const result = await planner.plan(request());
    expect(result.source).toBe('llm');
  });

  it('a stalled stream ends at the stall timeout with the steps so far', async () => {
    const text = JSON.stringify({
      canvas: { w: 96, h: 96, bg: '#000000' },
      steps: [
        { op: 'rect', x: 0, y: 0, w: 10, h: 10, fill: '#ff0000' },
        { op: 'rect', x: 40, y: 40, w: 10, h: 10, fill: '#0000ff' },
      ],
    });
    server.setBehaviour({ mode: 'stall', text, errorAfterChars: text.indexOf('#0000ff') });
    const { planner } = makeLlmPlanner('ollama', server.url, {}, { stallMs: 200, firstTokenMs: 1000, totalMs: 5000 });
    const started = performance.now();
    const result = await planner.plan(request());
    expect(performance.now() - started).toBeLessThan(1500);
    expect(result.source).toBe('llm');
    expect(stepsOf(result.plan)).toHaveLength(1);
    expect(result.incompleteReason).toMatch(/stalled/);
  });

  it('LLM_TIMEOUT_SEC bounds the whole call, retries included', async () => {
    server.setBehaviour({ mode: 'normal', delayMs: 50, chunkSize: 2 }); // ~10 s of streaming
    const { planner } = makeLlmPlanner('vllm', server.url, { retries: 3 }, { totalMs: 600, firstTokenMs: 500, stallMs: 500 });
    const started = performance.now();
    const result = await planner.plan(request());
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(590);
    expect(elapsed).toBeLessThan(1500);
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(/timeout: no complete answer/);
  });

  it("the caller's AbortSignal ends planning promptly, with a drawable plan", async () => {
    server.setBehaviour('hang');
    const { planner } = makeLlmPlanner('ollama', server.url, { retries: 3 }, { firstTokenMs: 10_000, totalMs: 20_000 });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    const result = await planner.plan(request(), { signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(1500); // vs firstTokenMs 10 s
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(/cancelled/);
    // An abort is not the server's fault: the breaker does not count it.
    expect(planner.breakerState).toBe('closed');
  });
});

describe('retries', () => {
  it('retries a 500 with backoff and succeeds on the third attempt', async () => {
    server.queueBehaviours('http500', 'http500');
    const before = server.chatRequests().length;
    const { planner } = makeLlmPlanner('ollama', server.url, { retries: 2 });
    const result = await planner.plan(request());
    expect(result.source).toBe('llm');
    expect(result.attempts).toBe(3);
    expect(server.chatRequests().length - before).toBe(3);
  });

  it('gives up after LLM_RETRIES retries', async () => {
    server.setBehaviour('garbage');
    const before = server.chatRequests().length;
    const { planner } = makeLlmPlanner('tgi', server.url, { retries: 2 });
    const result = await planner.plan(request());
    expect(result.source).toBe('builtin');
    expect(result.attempts).toBe(3);
    expect(server.chatRequests().length - before).toBe(3);
    expect(result.fallbackReason).toMatch(/after 3 attempts/);
    // A retry with the same seed would make the server repeat the answer that just failed.
    const seeds = server
      .chatRequests()
      .slice(before)
      .map((r) => r.body.seed);
    expect(new Set(seeds).size).toBe(3);
  });

  it('does not retry a 404 model-not-found', async () => {
    server.setBehaviour('model_not_found');
    const before = server.chatRequests().length;
    const { planner } = makeLlmPlanner('vllm', server.url, { retries: 4 });
    const result = await planner.plan(request());
    expect(result.attempts).toBe(1);
    expect(server.chatRequests().length - before).toBe(1);
    expect(planner.health()).toEqual({ state: 'down', detail: expect.stringMatching(/model not found/) });
  });

  it('LLM_RETRIES=0 means exactly one attempt', async () => {
    server.setBehaviour('http500');
    const before = server.chatRequests().length;
    await makeLlmPlanner('ollama', server.url, { retries: 0 }).planner.plan(request());
    expect(server.chatRequests().length - before).toBe(1);
  });
});

describe('circuit breaker', () => {
  it('opens after 3 failed jobs, skips the LLM, half-opens after a good probe and closes on success', async () => {
    server.setBehaviour('http500');
    const { planner } = makeLlmPlanner(
      'ollama',
      server.url,
      { retries: 0 },
      { breakerThreshold: 3, breakerCooldownMs: 150, retryBaseMs: 5 },
    );
    try {
      for (let i = 0; i < 3; i++) expect((await planner.plan(request())).source).toBe('builtin');
      expect(planner.breakerState).toBe('open');
      expect(planner.health().state).toBe('down');
      expect(planner.health().detail).toMatch(/circuit open after 3 failed plans/);

      const before = server.chatRequests().length;
      const skipped = await planner.plan(request());
      expect(skipped.source).toBe('builtin');
      expect(skipped.fallbackReason).toMatch(/circuit open/);
      expect(server.chatRequests().length).toBe(before); // no request reached the server

      server.setBehaviour('normal');
      // The background probe runs after the cool-down.
      const deadline = performance.now() + 2000;
      while (planner.breakerState === 'open' && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(planner.breakerState).toBe('half_open');
      expect(planner.health().state).toBe('degraded');

      const recovered = await planner.plan(request());
      expect(recovered.source).toBe('llm');
      expect(planner.breakerState).toBe('closed');
      expect(planner.health().state).toBe('ok');
    } finally {
      await planner.close?.();
    }
  });

  it('a failed trial in half-open re-opens at once; probe() while open probes now', async () => {
    server.setBehaviour('http500');
    const { planner } = makeLlmPlanner('llamacpp', server.url, { retries: 0 }, { breakerThreshold: 2, breakerCooldownMs: 60_000 });
    try {
      await planner.plan(request());
      await planner.plan(request());
      expect(planner.breakerState).toBe('open');
      // /health is fine (the server is up, generation fails): an explicit probe half-opens.
      await planner.probe!();
      expect(planner.breakerState).toBe('half_open');
      const trial = await planner.plan(request());
      expect(trial.source).toBe('builtin');
      expect(planner.breakerState).toBe('open');
    } finally {
      await planner.close?.();
    }
  });

  it('stays open while the probe fails (server down)', async () => {
    const port = await deadPort();
    const { planner } = makeLlmPlanner('ollama', `http://127.0.0.1:${port}`, {}, { breakerThreshold: 1, breakerCooldownMs: 30 });
    try {
      await planner.plan(request());
      expect(planner.breakerState).toBe('open');
      await new Promise((r) => setTimeout(r, 200));
      expect(planner.breakerState).toBe('open');
      expect(planner.health().detail).toMatch(/server down/);
    } finally {
      await planner.close?.();
    }
  });
});
