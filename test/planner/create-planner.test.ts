import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/dsl/index.js';
import { DEFAULT_RENDERER_SETTINGS } from '../../src/dsl/types.js';
import { createBuiltinPlanner, createPlanner } from '../../src/planner/index.js';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { deadPort, fakeGate, FAST, llmSettings, request, stepsOf } from './planner-test-kit.js';

let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(async () => {
  await server.close();
});

describe('createPlanner', () => {
  it('LLM_BACKEND=builtin plans without any HTTP request', async () => {
    const before = server.requests.length;
    const planner = createPlanner({ llm: llmSettings('builtin', server.url), renderer: DEFAULT_RENDERER_SETTINGS }, { gate: fakeGate });
    const result = await planner.plan(request('нарисуй котика в космосе'));
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toBeUndefined();
    expect(parsePlan(result.plan).valid).toBe(true);
    expect(planner.health().state).toBe('ok');
    expect(server.requests.length).toBe(before);
  });

  it('an LLM backend uses the model when it answers', async () => {
    const planner = createPlanner(
      { llm: llmSettings('ollama', server.url), renderer: DEFAULT_RENDERER_SETTINGS },
      { gate: fakeGate, tuning: FAST },
    );
    const result = await planner.plan(request());
    expect(result.source).toBe('llm');
    expect(stepsOf(result.plan)).toHaveLength(3);
  });

  it('falls back to the real built-in planner (same plan as builtin alone) with the reason', async () => {
    const port = await deadPort();
    const planner = createPlanner(
      { llm: llmSettings('llamacpp', `http://127.0.0.1:${port}`), renderer: DEFAULT_RENDERER_SETTINGS },
      { gate: fakeGate, tuning: FAST },
    );
    const job = request('нарисуй котика в космосе', 1234);
    const result = await planner.plan(job);
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(/server down/);
    const alone = await createBuiltinPlanner(DEFAULT_RENDERER_SETTINGS).plan(job);
    expect(result.plan).toEqual(alone.plan);
    await planner.close?.();
  });

  it('the renderer settings reach the prompt and the parse (canvas size)', async () => {
    const renderer = { ...DEFAULT_RENDERER_SETTINGS, canvasW: 64, canvasH: 48 };
    server.setPlan({ steps: [{ op: 'rect', x: 0, y: 0, w: 4, h: 4, fill: '#fff' }] });
    try {
      const before = server.chatRequests().length;
      const planner = createPlanner({ llm: llmSettings('tgi', server.url), renderer }, { gate: fakeGate, tuning: FAST });
      const result = await planner.plan(request());
      expect(result.plan.canvas).toMatchObject({ w: 64, h: 48 });
      expect(server.chatRequests()[before].body.messages[0].content).toContain('"w":64,"h":48');
    } finally {
      server.setPlan({
        canvas: { w: 96, h: 96, bg: '#102040' },
        steps: [
          { op: 'rect', x: 0, y: 70, w: 96, h: 26, fill: '#2d6a4f' },
          { op: 'circle', cx: 48, cy: 40, r: 16, fill: '#ffd166' },
          { op: 'line', x1: 1, y1: 1, x2: 9, y2: 9, color: '#fff' },
        ],
      });
    }
  });

  it('openai without ENDPOINT reports it and still draws', async () => {
    const planner = createPlanner({ llm: llmSettings('openai', undefined), renderer: DEFAULT_RENDERER_SETTINGS }, { gate: fakeGate });
    expect(planner.health()).toEqual({ state: 'down', detail: 'ENDPOINT is required for LLM_BACKEND=openai' });
    const result = await planner.plan(request());
    expect(result.source).toBe('builtin');
    expect(result.fallbackReason).toMatch(/ENDPOINT/);
  });

  it('never rejects, whatever the request looks like', async () => {
    const planner = createPlanner(
      { llm: llmSettings('ollama', server.url), renderer: DEFAULT_RENDERER_SETTINGS },
      { gate: fakeGate, tuning: FAST },
    );
    for (const message of ['', ' ', '\u0000'.repeat(10), 'x'.repeat(100_000), '{"steps":[]}']) {
      const result = await planner.plan({ jobId: 'weird', message, seed: -5 });
      expect(parsePlan(result.plan).valid).toBe(true);
    }
  });
});
