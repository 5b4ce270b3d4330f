// The model check (issue 11) end to end through the real stage, the real planner and screener
// and the fake LLM server, for the Ollama and the OpenAI-style protocols: a block ends in the
// card with its history reason, allow lets the job plan, a check that cannot run keeps the
// message hidden on stream and still draws, and the model's refusal while planning shows the card.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HudMessageMode, JobView, StageEvent, StageSnapshot } from '../../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS, isTextCard, type RendererSettings } from '../../src/dsl/types.js';
import { createPlanner, createScreener, SCREEN_SYSTEM_PROMPT } from '../../src/planner/index.js';
import { overlaySnapshot } from '../../src/server/overlay-view.js';
import { createStage, systemClock } from '../../src/stage/index.js';
import { openStore } from '../../src/store/index.js';
import { FAKE_MODEL, startFakeLlmServer, type FakeLlmServer, type FakeScreenBehaviour } from '../fakes/fake-llm-server.js';
import { modelPlan, passGate } from './streaming-kit.js';

const renderer: RendererSettings = { ...DEFAULT_RENDERER_SETTINGS, defaultStepDurationMs: 10, maxDrawSec: 1, showDurationSec: 0.1 };
const PLAN_TEXT = JSON.stringify(modelPlan(4, 20));
const MESSAGE = 'нарисуй "котика" в космосе';

let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer({ plan: PLAN_TEXT, chunkSize: 16 });
});
afterAll(async () => {
  await server.close();
});

interface Run {
  id: string;
  events: StageEvent[];
  /** Every snapshot the stage emitted, as the overlay would receive it. */
  overlay: StageSnapshot[];
  drawn: JobView | null;
  history: Record<string, unknown>;
}

async function runDonation(
  backend: 'ollama' | 'openai',
  options: {
    screen: FakeScreenBehaviour['mode'] | FakeScreenBehaviour;
    plan?: string;
    hudMessage?: HudMessageMode;
    screenTimeoutMs?: number;
  },
): Promise<Run> {
  server.setScreen(options.screen);
  server.setPlan(options.plan ?? PLAN_TEXT);
  const llm = { backend, modelId: FAKE_MODEL, endpoint: server.url, temperature: 0.2, maxTokens: 1500, timeoutSec: 2, retries: 0 };
  const planner = createPlanner(
    { llm, renderer },
    { gate: passGate, tuning: { totalMs: 1500, firstTokenMs: 800, stallMs: 500, breakerThreshold: 100 } },
  );
  const screener = createScreener({ llm, renderer }, { timeoutMs: options.screenTimeoutMs ?? 2000 });
  const dir = await mkdtemp(join(tmpdir(), 'drawstream-screening-'));
  const store = openStore(join(dir, 'drawstream.sqlite'));
  const stage = createStage({
    store,
    gate: passGate,
    planner,
    screener,
    clock: systemClock,
    settings: { showDurationSec: 0.1, planAhead: 1, renderer, minAmount: 0, planTimeoutMs: 10_000, hudMessage: options.hudMessage },
  });
  const events: StageEvent[] = [];
  const overlay: StageSnapshot[] = [];
  stage.subscribe((event, snapshot) => {
    events.push(event);
    overlay.push(overlaySnapshot(snapshot));
  });
  try {
    stage.start();
    const { id } = stage.accept({
      id: `screen-${backend}-${Math.random().toString(36).slice(2)}`,
      source: 'test',
      donor: 'Viewer "Neo"',
      message: MESSAGE,
      amount: 100,
      currency: 'RUB',
      timestamp: new Date().toISOString(),
    });
    let drawn: JobView | null = null;
    const until = Date.now() + 12_000;
    while (!events.some((e) => e.type === 'done' && e.jobId === id)) {
      if (Date.now() > until) throw new Error(`job not done; events: ${events.map((e) => e.type).join(',')}`);
      const current = stage.snapshot().current;
      if (current?.id === id && current.plan && current.phase !== 'planning') drawn = current;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const [entry] = stage.history(1);
    expect(events.some((e) => e.type === 'error')).toBe(false);
    return { id, events, overlay, drawn, history: entry as unknown as Record<string, unknown> };
  } finally {
    await stage.stop();
    await planner.close?.();
    store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every job view of the overlay's snapshots, current and queue. */
function overlayViews(run: Run): JobView[] {
  return run.overlay.flatMap((s) => [...(s.current ? [s.current] : []), ...s.queue]).filter((job) => job.id === run.id);
}

describe.each(['ollama', 'openai'] as const)('the model check through the fake %s server', (backend) => {
  it('sends one schema-constrained classification request with verdict/category, the donation as quoted data', async () => {
    const before = server.screenRequests().length;
    await runDonation(backend, { screen: 'allow' });
    const sent = server.screenRequests().slice(before);
    expect(sent).toHaveLength(1);
    const body = sent[0].body;
    const schema = backend === 'ollama' ? body.format : body.response_format.json_schema.schema;
    expect(Object.keys(schema.properties)).toEqual(['verdict', 'category']);
    expect(schema.properties.verdict.enum).toEqual(['allow', 'block']);
    expect(schema.properties.category.enum).toEqual(['sexual', 'profanity', 'hate', 'gore', 'drugs', 'none']);
    expect(schema.required).toEqual(['verdict', 'category']);
    expect(body.stream).toBe(false);
    expect(body.messages[0]).toEqual({ role: 'system', content: SCREEN_SYSTEM_PROMPT });
    const quoted = body.messages[1].content.split('\n')[2];
    expect(JSON.parse(quoted)).toEqual({ donor: 'Viewer "Neo"', message: MESSAGE });
    if (backend === 'ollama') {
      // The same num_ctx and keep_alive as the plan request: Ollama must not reload the model.
      const plan = server.planRequests().at(-1)!.body;
      expect(body.options.num_ctx).toBe(plan.options.num_ctx);
      expect(body.keep_alive).toBe(plan.keep_alive);
    } else {
      expect(body.response_format.json_schema.name).toBe('donation_screen');
    }
  });

  it('allow: the job plans with the model, and the message is shown once the check passed', async () => {
    const run = await runDonation(backend, { screen: { mode: 'allow', delayMs: 150 } });
    expect(run.drawn?.planSource).toBe('llm');
    expect(run.history).toMatchObject({ status: 'done', planSource: 'llm' });
    // Nothing drew before the verdict.
    const screened = run.events.findIndex((e) => e.type === 'screened' && e.jobId === run.id);
    const drawing = run.events.findIndex((e) => e.type === 'drawing' && e.jobId === run.id);
    expect(screened).toBeGreaterThanOrEqual(0);
    expect(drawing).toBeGreaterThan(screened);
    // Hidden until the verdict, shown after it.
    const views = overlayViews(run);
    expect(views[0]).toMatchObject({ message: '', messageHidden: true });
    expect(views.some((v) => v.message === MESSAGE)).toBe(true);
    expect(run.overlay[drawing].current).toMatchObject({ message: MESSAGE });
  });

  it('block: the job ends in the text card, donor "Anonymous", history reason "blocked by the model (gore)"', async () => {
    const before = server.planRequests().length;
    const run = await runDonation(backend, { screen: { mode: 'block', category: 'gore' } });
    expect(run.drawn?.planSource).toBe('gate');
    expect(run.drawn?.plan && isTextCard(run.drawn.plan)).toBe(true);
    expect(run.drawn?.screening).toBe('blocked');
    expect(run.history).toMatchObject({ status: 'done', planSource: 'gate', reason: 'blocked by the model (gore)' });
    // The message never reached the overlay's data, and the donor name only before the verdict.
    const views = overlayViews(run);
    expect(views.every((v) => v.message === '')).toBe(true);
    expect(JSON.stringify(run.overlay)).not.toContain('котика');
    const blocked = run.events.findIndex((e) => e.type === 'planned' && e.detail === 'blocked by the model (gore)');
    expect(blocked).toBeGreaterThanOrEqual(0);
    const after = run.overlay.slice(blocked).flatMap((snap) => (snap.current?.id === run.id ? [snap.current] : []));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((v) => v.donor === 'Anonymous' && v.message === '')).toBe(true);
    expect(JSON.stringify(run.overlay.slice(blocked))).not.toContain('Neo');
    // Planning was cancelled or never drew: at most the one plan-ahead request.
    expect(server.planRequests().length - before).toBeLessThanOrEqual(1);
  });

  it.each([
    ['timeout', { mode: 'hang' } as FakeScreenBehaviour],
    ['HTTP 500', { mode: 'http500' } as FakeScreenBehaviour],
    ['garbage', { mode: 'garbage' } as FakeScreenBehaviour],
  ])('%s: the message stays hidden on stream and the job is still drawn', async (_name, screen) => {
    const run = await runDonation(backend, { screen, screenTimeoutMs: 400 });
    expect(run.drawn?.planSource).toBe('llm');
    expect(run.drawn?.plan && !isTextCard(run.drawn.plan)).toBe(true);
    expect(run.drawn?.screening).toBe('failed');
    expect(run.drawn?.screenNote).toMatch(/model check failed/);
    expect(run.drawn?.message).toBe(MESSAGE); // the panel sees the text
    expect(run.history).toMatchObject({ status: 'done' });
    const views = overlayViews(run);
    expect(views.length).toBeGreaterThan(0);
    expect(views.every((v) => v.message === '' && v.messageHidden === true)).toBe(true);
  });

  it('the model refusal while planning shows the card, history reason "refused by the model"', async () => {
    const run = await runDonation(backend, { screen: 'allow', plan: JSON.stringify({ render_text: 'You are too small' }) });
    expect(run.drawn?.planSource).toBe('gate');
    expect(run.drawn?.plan && isTextCard(run.drawn.plan)).toBe(true);
    expect(run.drawn?.planNote).toBe('refused by the model');
    expect(run.history).toMatchObject({ status: 'done', planSource: 'gate', reason: 'refused by the model' });
    expect(
      overlayViews(run)
        .filter((v) => v.phase !== 'queued' && v.planned)
        .every((v) => v.message === ''),
    ).toBe(true);
  });
});

describe('HUD_MESSAGE', () => {
  it('always: the message is shown before the verdict; never: not even after it', async () => {
    const always = await runDonation('ollama', { screen: { mode: 'allow', delayMs: 150 }, hudMessage: 'always' });
    expect(overlayViews(always).every((v) => v.message === MESSAGE)).toBe(true);
    const never = await runDonation('ollama', { screen: 'allow', hudMessage: 'never' });
    expect(overlayViews(never).every((v) => v.message === '' && v.messageHidden)).toBe(true);
  });
});
