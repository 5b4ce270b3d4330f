import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decoderJsonSchema } from '../../src/dsl/index.js';
import { SYSTEM_PROMPT } from '../../src/planner/prompt/index.js';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { deadPort, makeLlmPlanner, request, stepsOf } from './planner-test-kit.js';

let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(async () => {
  await server.close();
});

async function planOnce(backend: 'ollama' | 'llamacpp' | 'vllm' | 'tgi' | 'openai', extra: Record<string, unknown> = {}) {
  const before = server.chatRequests().length;
  const { planner } = makeLlmPlanner(backend, server.url, { temperature: 0.3, maxTokens: 777, ...extra });
  const result = await planner.plan(request('a cat in space', 99));
  await planner.close?.();
  const sent = server.chatRequests().slice(before);
  expect(sent).toHaveLength(1);
  return { result, sent: sent[0] };
}

describe('request shape of each backend', () => {
  it('ollama: native /api/chat, format = the plan schema, stream true, options.num_predict and temperature', async () => {
    const { result, sent } = await planOnce('ollama');
    expect(result.source).toBe('llm');
    expect(stepsOf(result.plan)).toHaveLength(3);
    expect(sent.path).toBe('/api/chat');
    expect(sent.body.model).toBe('mistral-nemo:12b-instruct-2407-q4_K_M');
    expect(sent.body.stream).toBe(true);
    expect(sent.body.format).toEqual(decoderJsonSchema());
    expect(sent.body.options).toMatchObject({ temperature: 0.3, num_predict: 777, seed: 99 });
    expect(sent.body.options.num_ctx).toBeGreaterThan(777);
    expect(sent.body.keep_alive).toBe('30m');
    expect(sent.body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
    expect(sent.body.messages[0].content).toBe(SYSTEM_PROMPT);
    expect(sent.body.response_format).toBeUndefined();
  });

  it('llamacpp: nested response_format json_schema with strict AND the top-level json_schema', async () => {
    const { result, sent } = await planOnce('llamacpp');
    expect(result.source).toBe('llm');
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.body.stream).toBe(true);
    expect(sent.body.max_tokens).toBe(777);
    expect(sent.body.temperature).toBe(0.3);
    expect(sent.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'canvas_dsl_plan', schema: decoderJsonSchema(), strict: true },
    });
    expect(sent.body.json_schema).toEqual(decoderJsonSchema());
    expect(sent.body.cache_prompt).toBe(true);
    expect(sent.body.options).toBeUndefined();
  });

  it('vllm: response_format json_schema (no removed guided_* fields), usage requested', async () => {
    const { result, sent } = await planOnce('vllm');
    expect(result.source).toBe('llm');
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.body.response_format.type).toBe('json_schema');
    expect(sent.body.response_format.json_schema.schema).toEqual(decoderJsonSchema());
    expect(Object.keys(sent.body).filter((k) => k.startsWith('guided_'))).toEqual([]);
    expect(sent.body.stream_options).toEqual({ include_usage: true });
    expect(sent.body.max_tokens).toBe(777);
    expect(sent.body.json_schema).toBeUndefined();
  });

  it('tgi: response_format {type: "json", value: schema}', async () => {
    const { result, sent } = await planOnce('tgi');
    expect(result.source).toBe('llm');
    expect(sent.body.response_format).toEqual({ type: 'json', value: decoderJsonSchema() });
    // TGI reads only {type, value}: OpenAI's `json_schema` key would be ignored (llm-backends.md §2).
    expect(sent.body.response_format.json_schema).toBeUndefined();
    expect(sent.body.json_schema).toBeUndefined();
    expect(sent.body.stream).toBe(true);
    expect(sent.body.max_tokens).toBe(777);
    expect(sent.body.temperature).toBe(0.3);
  });

  it('openai: nested json_schema with strict false (optional keys), bearer token sent when configured', async () => {
    const { result, sent } = await planOnce('openai', { apiKey: 'sk-test-123' });
    expect(result.source).toBe('llm');
    expect(sent.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'canvas_dsl_plan', schema: decoderJsonSchema(), strict: false },
    });
    expect(sent.body.stream_options).toEqual({ include_usage: true });
    expect(sent.headers.authorization).toBe('Bearer sk-test-123');
  });

  it('accepts an ENDPOINT pasted with a /v1 suffix and a trailing slash', async () => {
    const before = server.chatRequests().length;
    const { planner } = makeLlmPlanner('vllm', `${server.url}/v1/`);
    const result = await planner.plan(request());
    expect(result.source).toBe('llm');
    expect(server.chatRequests().slice(before)[0].path).toBe('/v1/chat/completions');
  });
});

describe('probe', () => {
  it('reports ready, "model not pulled", "loading" and "server down"', async () => {
    const ollama = makeLlmPlanner('ollama', server.url).planner;
    expect(await ollama.probe!()).toEqual({ state: 'ok', detail: expect.stringContaining('ready') });

    const missing = makeLlmPlanner('ollama', server.url, { modelId: 'qwen2.5:7b-instruct' }).planner;
    const health = await missing.probe!();
    expect(health.state).toBe('down');
    expect(health.detail).toMatch(/model not pulled: qwen2\.5:7b-instruct/);
    expect(missing.health()).toEqual(health);

    const vllm = makeLlmPlanner('vllm', server.url, { modelId: 'other-model' }).planner;
    expect((await vllm.probe!()).detail).toMatch(/model not served: other-model/);

    server.setBehaviour('loading');
    try {
      const llama = makeLlmPlanner('llamacpp', server.url).planner;
      const loading = await llama.probe!();
      expect(loading.state).toBe('degraded');
      expect(loading.detail).toMatch(/^loading/);
    } finally {
      server.setBehaviour('normal');
    }

    const dead = makeLlmPlanner('ollama', `http://127.0.0.1:${await deadPort()}`).planner;
    const down = await dead.probe!();
    expect(down.state).toBe('down');
    expect(down.detail).toMatch(/server down/);
  });

  it('warm-up (opt-in): one 1-token request with the same system prompt after a good probe', async () => {
    const before = server.chatRequests().length;
    const { planner } = makeLlmPlanner('llamacpp', server.url, {}, { warmUp: true });
    expect((await planner.probe!()).state).toBe('ok');
    const deadline = performance.now() + 2000;
    while (server.chatRequests().length === before && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const warm = server.chatRequests().slice(before);
    expect(warm).toHaveLength(1);
    expect(warm[0].body.max_tokens).toBe(1);
    expect(warm[0].body.messages[0].content).toBe(SYSTEM_PROMPT);
    await planner.probe!();
    await new Promise((r) => setTimeout(r, 50));
    expect(server.chatRequests().length - before).toBe(1); // once per planner
    await planner.close?.();
  });

  it('reports a server that accepts but never answers within the probe timeout', async () => {
    const { createServer } = await import('node:http');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const { planner } = makeLlmPlanner('tgi', `http://127.0.0.1:${port}`);
      const started = performance.now();
      const health = await planner.probe!();
      expect(performance.now() - started).toBeLessThan(2000);
      expect(health.state).toBe('down');
      expect(health.detail).toMatch(/not answering/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
