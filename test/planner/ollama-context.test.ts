// Issue 14: Ollama keeps the model loaded (keep_alive) with a context window that fits the
// prompt and MAX_TOKENS (options.num_ctx, the same on every request); the probe reports the
// loaded model's context and warns when an OpenAI-style server's window is too small.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config/index.js';
import { contextBudget } from '../../src/planner/prompt/index.js';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { makeLlmPlanner, request } from './planner-test-kit.js';

const servers: FakeLlmServer[] = [];
async function fake(options: Parameters<typeof startFakeLlmServer>[0] = {}) {
  const server = await startFakeLlmServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('Ollama keep_alive and num_ctx', () => {
  it('every request carries keep_alive and options.num_ctx ≥ prompt + MAX_TOKENS, constant across requests', async () => {
    const server = await fake();
    const { planner } = makeLlmPlanner('ollama', server.url, { maxTokens: 1500, keepAlive: '30m' });
    await planner.plan(request('котик', 1));
    await planner.plan(request('a very different and much longer request about a dragon and a castle', 2));
    await planner.close?.();
    const sent = server.chatRequests();
    expect(sent).toHaveLength(2);
    const budget = contextBudget(1500);
    for (const r of sent) {
      expect(r.body.keep_alive).toBe('30m');
      expect(r.body.options.num_ctx).toBeGreaterThanOrEqual(budget.promptTokens + 1500);
      expect(r.body.options.num_ctx % 1024).toBe(0);
    }
    expect(sent[0].body.options.num_ctx).toBe(sent[1].body.options.num_ctx);
  });

  it('LLM_CONTEXT overrides num_ctx; -1 keep_alive is sent as a number', async () => {
    const server = await fake();
    const { planner } = makeLlmPlanner('ollama', server.url, { context: 16384, keepAlive: -1 });
    await planner.plan(request());
    await planner.close?.();
    expect(server.chatRequests()[0].body.options.num_ctx).toBe(16384);
    expect(server.chatRequests()[0].body.keep_alive).toBe(-1);
  });

  it('OpenAI-style backends get neither field', async () => {
    const server = await fake();
    const { planner } = makeLlmPlanner('llamacpp', server.url, { keepAlive: '30m' });
    await planner.plan(request());
    await planner.close?.();
    expect(server.chatRequests()[0].body.keep_alive).toBeUndefined();
    expect(server.chatRequests()[0].body.options).toBeUndefined();
  });

  it('the probe reports the loaded model and its context from /api/ps', async () => {
    const server = await fake();
    const { planner } = makeLlmPlanner('ollama', server.url);
    expect((await planner.probe!()).detail).toMatch(/not loaded yet .*context \d+/);
    await planner.plan(request());
    const health = await planner.probe!();
    expect(health.state).toBe('ok');
    expect(health.detail).toMatch(/loaded, context \d+/);
    await planner.close?.();
  });

  it('warns when Ollama itself reports a window smaller than the plan needs (LLM_CONTEXT too low)', async () => {
    const server = await fake({ contextTokens: 1024 });
    const { planner } = makeLlmPlanner('ollama', server.url, { context: 1024 });
    await planner.plan(request());
    const health = await planner.probe!();
    expect(health.state).toBe('degraded');
    expect(health.warning).toMatch(/context window too small: the server gives 1024 tokens.*LLM_CONTEXT/);
    await planner.close?.();
  });
});

describe('context warning for OpenAI-style backends', () => {
  const cases = [
    ['llamacpp', /llama-server with -c \d+/],
    ['vllm', /--max-model-len \d+/],
    ['tgi', /--max-total-tokens \d+/],
  ] as const;
  for (const [backend, remedy] of cases) {
    it(`${backend}: a 2048-token server is flagged in /health (degraded + warning), a 32k one is not`, async () => {
      const small = await fake({ contextTokens: 2048 });
      const { planner } = makeLlmPlanner(backend, small.url);
      const health = await planner.probe!();
      expect(health.state).toBe('degraded');
      expect(health.warning).toMatch(/context window too small: the server gives 2048 tokens/);
      expect(health.warning).toMatch(remedy);
      expect(planner.health().warning).toBe(health.warning);
      // A warning, not an outage: plans still go to the model.
      expect((await planner.plan(request())).source).toBe('llm');
      expect(planner.health().warning).toBe(health.warning);
      await planner.close?.();

      const big = await fake({ contextTokens: 32768 });
      const ok = makeLlmPlanner(backend, big.url).planner;
      const fine = await ok.probe!();
      expect(fine.state).toBe('ok');
      expect(fine.warning).toBeUndefined();
      expect(fine.detail).toMatch(/context 32768/);
      await ok.close?.();
    });
  }

  it('tgi: a total window that fits but an input limit below the prompt is flagged too', async () => {
    const server = await fake({ contextTokens: 8192, inputTokens: 512 });
    const { planner } = makeLlmPlanner('tgi', server.url);
    expect((await planner.probe!()).warning).toMatch(/input limit 512/);
    await planner.close?.();
  });

  it('a server that does not say stays ok', async () => {
    const server = await fake();
    const { planner } = makeLlmPlanner('llamacpp', server.url);
    const health = await planner.probe!();
    expect(health.state).toBe('ok');
    expect(health.warning).toBeUndefined();
    await planner.close?.();
  });
});

describe('LLM_KEEP_ALIVE and LLM_CONTEXT settings', () => {
  it('defaults, numbers, durations; a bad value stops start-up with one line', () => {
    expect(loadConfig({}).llm.keepAlive).toBe('30m');
    expect(loadConfig({}).llm.context).toBeUndefined();
    expect(loadConfig({ LLM_KEEP_ALIVE: '-1' }).llm.keepAlive).toBe(-1);
    expect(loadConfig({ LLM_KEEP_ALIVE: '1h30m' }).llm.keepAlive).toBe('1h30m');
    expect(loadConfig({ LLM_CONTEXT: '8192' }).llm.context).toBe(8192);
    expect(() => loadConfig({ LLM_KEEP_ALIVE: 'forever' })).toThrow(ConfigError);
    expect(() => loadConfig({ LLM_CONTEXT: '100' })).toThrow(/LLM_CONTEXT/);
  });
});
