// The misbehaviours an outside checker's fake servers show, over real HTTP, for both
// protocols (Ollama NDJSON, OpenAI-style SSE): each ends in a drawable plan, with a clear
// reason when the built-in planner took over, and never outlives LLM_TIMEOUT_SEC.
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/dsl/index.js';
import type { Plan } from '../../src/dsl/types.js';
import { buildChatRequest } from '../../src/planner/llm/index.js';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { FALLBACK_PLAN, makeLlmPlanner, request, stepsOf } from './planner-test-kit.js';

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

const PLAN_TEXT = JSON.stringify({
  version: '1',
  canvas: { w: 96, h: 96, bg: '#000000' },
  steps: [
    { op: 'rect', x: 0, y: 0, w: 10, h: 10, fill: '#ff0000' },
    { op: 'rect', x: 20, y: 20, w: 10, h: 10, fill: '#00ff00' },
    { op: 'rect', x: 40, y: 40, w: 10, h: 10, fill: '#0000ff' },
  ],
});

const PROTOCOLS = [
  ['ollama', 'NDJSON'],
  ['llamacpp', 'SSE'],
] as const;

function expectValid(plan: Plan) {
  const reparsed = parsePlan(plan);
  expect(reparsed.valid).toBe(true);
  expect(reparsed.issues).toEqual([]);
}

describe('stream framing', () => {
  for (const [backend, protocol] of PROTOCOLS) {
    it(`${backend} (${protocol}): comment / keep-alive lines between every chunk are ignored`, async () => {
      server.setBehaviour({ mode: 'pings', text: PLAN_TEXT, chunkSize: 7 });
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request());
      expect(result.source).toBe('llm');
      expect(stepsOf(result.plan)).toHaveLength(3);
      expect(result.incompleteReason).toBeUndefined();
    });

    it(`${backend} (${protocol}): a closed plan with no final chunk, no finish_reason and no [DONE] is whole`, async () => {
      server.setBehaviour({ mode: 'no_done', text: PLAN_TEXT });
      for (const onPartial of [undefined, () => undefined]) {
        const result = await makeLlmPlanner(backend, server.url).planner.plan(request(), { onPartial });
        expect(result.source).toBe('llm');
        expect(stepsOf(result.plan)).toHaveLength(3);
        expect(result.incompleteReason).toBeUndefined();
      }
    });

    it(`${backend} (${protocol}): finish_reason "length" right after the closing brace keeps the whole plan`, async () => {
      server.setBehaviour({ mode: 'truncated', text: PLAN_TEXT, truncateAt: PLAN_TEXT.length });
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request(), { onPartial: () => undefined });
      expect(stepsOf(result.plan)).toHaveLength(3);
      expect(result.incompleteReason).toBeUndefined();
    });

    it(`${backend} (${protocol}): non-UTF-8 bytes (a binary line, broken sequences in the prose) do not cost the plan`, async () => {
      server.setBehaviour({ mode: 'non_utf8', text: PLAN_TEXT });
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request());
      expect(result.source).toBe('llm');
      expect(stepsOf(result.plan)).toHaveLength(3);
      expectValid(result.plan);
    });

    it(`${backend} (${protocol}): TGI-style error event mid-stream (data:{"error","error_type"}) keeps the steps before it`, async () => {
      server.setBehaviour({ mode: 'mid_stream_error_tgi', text: PLAN_TEXT, errorAfterChars: PLAN_TEXT.indexOf('#0000ff') });
      const result = await makeLlmPlanner(backend, server.url, { retries: 2 }).planner.plan(request());
      expect(result.source).toBe('llm');
      expect(stepsOf(result.plan)).toHaveLength(2);
      expect(result.incompleteReason).toMatch(/mid-stream: Request failed during generation/);
      expect(result.attempts).toBe(1);
    });

    it(`${backend} (${protocol}): an HTTP 200 HTML page instead of a stream falls back and says what came`, async () => {
      server.setBehaviour('html');
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request());
      expect(result.source).toBe('builtin');
      expect(result.plan).toEqual(FALLBACK_PLAN);
      expect(result.fallbackReason).toMatch(/not a chat stream \(text\/html: .*502 Bad Gateway/);
    });
  }
});

describe('prose with braces of its own around the plan', () => {
  const text = `I will use the format {"steps": [...]}. Here it is:\n${PLAN_TEXT}\nWant changes {like colours}? Just ask.`;
  for (const [backend, protocol] of PROTOCOLS) {
    it(`${backend} (${protocol}): whole-answer parse finds the plan`, async () => {
      server.setBehaviour({ mode: 'normal', text });
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request());
      expect(result.source).toBe('llm');
      expect(stepsOf(result.plan)).toHaveLength(3);
    });

    it(`${backend} (${protocol}): streaming skips the step-less example object and delivers the plan's steps as they come`, async () => {
      server.setBehaviour({ mode: 'normal', text });
      const partials: number[] = [];
      const result = await makeLlmPlanner(backend, server.url).planner.plan(request(), {
        onPartial: ({ plan }) => partials.push(stepsOf(plan).length),
      });
      expect(partials).toEqual([1, 2, 3]);
      expect(result.source).toBe('llm');
      expect(stepsOf(result.plan)).toHaveLength(3);
      expect(result.issues ?? []).toEqual([]);
    });
  }
});

describe('busy servers and Retry-After', () => {
  for (const [backend, protocol] of PROTOCOLS) {
    it(`${backend} (${protocol}): 503 busy with the backend's own body is retried and then answered`, async () => {
      server.queueBehaviours('busy_503');
      const { planner } = makeLlmPlanner(backend, server.url, { retries: 1 });
      const result = await planner.plan(request());
      expect(result.source).toBe('llm');
      expect(result.attempts).toBe(2);
    });
  }

  it('429 with Retry-After: the retry waits at least that long (within retryMaxMs)', async () => {
    server.queueBehaviours({ mode: 'busy', retryAfterSec: 0.3 });
    const before = server.chatRequests().length;
    const { planner } = makeLlmPlanner(
      'ollama',
      server.url,
      { retries: 1 },
      { totalMs: 3000, firstTokenMs: 1000, stallMs: 500, retryBaseMs: 10, retryMaxMs: 1000 },
    );
    const result = await planner.plan(request());
    expect(result.source).toBe('llm');
    const [first, second] = server.chatRequests().slice(before);
    expect(second.at - first.at).toBeGreaterThanOrEqual(290);
  });

  it('a Retry-After past LLM_TIMEOUT_SEC is not waited for: fallback at once with the reason', async () => {
    server.setBehaviour({ mode: 'busy', retryAfterSec: 30 });
    const { planner } = makeLlmPlanner(
      'tgi',
      server.url,
      { retries: 3 },
      { totalMs: 1000, firstTokenMs: 700, stallMs: 500, retryBaseMs: 10, retryMaxMs: 60_000 },
    );
    const started = performance.now();
    const result = await planner.plan(request());
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.source).toBe('builtin');
    expect(result.attempts).toBe(1);
    expect(result.fallbackReason).toMatch(/HTTP 429: Model is overloaded/);
  });
});

describe('hangs end within LLM_TIMEOUT_SEC with the telling reason', () => {
  for (const [backend, protocol] of PROTOCOLS) {
    it(`${backend} (${protocol}): headers then silence ends at the first-token timeout`, async () => {
      server.setBehaviour('hang_after_headers');
      const { planner } = makeLlmPlanner(backend, server.url, { retries: 0 }, { totalMs: 1000, firstTokenMs: 300, stallMs: 500 });
      const started = performance.now();
      const result = await planner.plan(request());
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(900);
      expect(result.source).toBe('builtin');
      expect(result.fallbackReason).toMatch(/no first token within 300 ms/);
    });
  }

  it('no retry is started when too little of LLM_TIMEOUT_SEC is left for it', async () => {
    server.setBehaviour('hang');
    const before = server.chatRequests().length;
    const { planner } = makeLlmPlanner(
      'ollama',
      server.url,
      { retries: 3 },
      { totalMs: 1000, firstTokenMs: 750, stallMs: 500, retryBaseMs: 200, retryMaxMs: 400 },
    );
    const started = performance.now();
    const result = await planner.plan(request());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.chatRequests().length - before).toBe(1);
    expect(result.fallbackReason).toMatch(/^timeout: no first token within 750 ms$/);
  });

  it('a retry that runs out of time keeps the first, telling reason', async () => {
    server.setBehaviour('hang');
    const { planner } = makeLlmPlanner(
      'llamacpp',
      server.url,
      { retries: 3 },
      { totalMs: 1500, firstTokenMs: 1000, stallMs: 500, retryBaseMs: 10, retryMaxMs: 20 },
    );
    const started = performance.now();
    const result = await planner.plan(request());
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1450);
    expect(elapsed).toBeLessThan(2000);
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(
      /^timeout: no first token within 1 s; the retry ran out of LLM_TIMEOUT_SEC \(after 2 attempts\)$/,
    );
  });
});

describe('wrong ENDPOINT', () => {
  /** Answers like drawstream itself: its /health shape, 404 for everything else (fastify's body). */
  let self: Server;
  let selfUrl: string;
  beforeAll(async () => {
    self = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/health') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'ok', components: { store: { state: 'ok', detail: 'ok' } }, queueLength: 0 }));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `Route ${req.method}:${path} not found`, error: 'Not Found', statusCode: 404 }));
    });
    await new Promise<void>((resolve) => self.listen(0, '127.0.0.1', resolve));
    selfUrl = `http://127.0.0.1:${(self.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    self.closeAllConnections();
    await new Promise<void>((resolve) => self.close(() => resolve()));
  });

  for (const backend of ['llamacpp', 'tgi', 'vllm', 'ollama'] as const) {
    it(`${backend}: the probe says ENDPOINT is drawstream itself, not "ready"`, async () => {
      const { planner } = makeLlmPlanner(backend, selfUrl);
      const health = await planner.probe!();
      expect(health.state).toBe('down');
      expect(health.detail).toMatch(/is drawstream itself/);
      if (backend === 'llamacpp') expect(health.detail).toMatch(/--port 8081/);
    });
  }

  it('a chat 404 that is not about the model: "no API at", not retried, health down', async () => {
    const { planner } = makeLlmPlanner('llamacpp', selfUrl, { retries: 3 });
    const result = await planner.plan(request());
    expect(result.source).toBe('builtin');
    expect(result.attempts).toBe(1);
    expect(result.fallbackReason).toMatch(
      /no llamacpp API at http:\/\/127\.0\.0\.1:\d+ \(HTTP 404: Not Found\): check ENDPOINT and LLM_BACKEND/,
    );
    expect(planner.health().state).toBe('down');
  });

  it('ollama: a 404 for the model says "model not pulled" with the pull command', async () => {
    server.setBehaviour('model_not_found');
    const { planner } = makeLlmPlanner('ollama', server.url, { retries: 2 });
    const result = await planner.plan(request());
    expect(result.attempts).toBe(1);
    expect(result.fallbackReason).toMatch(
      /^model not pulled: mistral-nemo:12b-instruct-2407-q4_K_M \(run: ollama pull mistral-nemo:12b-instruct-2407-q4_K_M\)/,
    );
    expect(planner.health()).toEqual({ state: 'down', detail: expect.stringMatching(/model not pulled/) });
  });
});

describe('request without a schema', () => {
  it('tgi sends no response_format at all (a grammar without properties is a 422)', () => {
    const chat = buildChatRequest('tgi', 'http://127.0.0.1:3000', {
      model: 'm',
      messages: [],
      temperature: 0.2,
      maxTokens: 100,
      seed: 1,
      schema: null,
    });
    expect(chat.body.response_format).toBeUndefined();
    expect(chat.body.json_schema).toBeUndefined();
  });
});
