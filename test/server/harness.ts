// Starts the real server on 127.0.0.1:0 for tests, with either the real stage (SQLite store
// in a temp dir, a ManualClock, a fixed-plan planner) or the FakeStage.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  createMetrics,
  createServer,
  countingSink,
  type DrawstreamMetrics,
  type HealthReport,
  type ServerDeps,
} from '../../src/server/index.js';
import { normaliseWebhookDonation } from '../../src/donations/index.js';
import type { DonationAlertsConnector, DonationSink } from '../../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS, type DrawPlan, type RendererSettings } from '../../src/dsl/types.js';
import { createStage, ManualClock, type StageControl } from '../../src/stage/index.js';
import { openStore } from '../../src/store/index.js';

export type TestStage = StageControl & DonationSink;

export interface Harness {
  app: FastifyInstance;
  url: string;
  port: number;
  stage: TestStage;
  metrics: DrawstreamMetrics;
  close(): Promise<void>;
}

export interface HarnessOptions {
  stage: TestStage;
  panelToken?: string;
  host?: string;
  port?: number;
  webRoot?: string;
  daConnector?: DonationAlertsConnector;
  health?: () => HealthReport;
  renderer?: RendererSettings;
  scale?: number;
  now?: () => number;
  bodyTimeoutMs?: number;
}

export const TEST_RENDERER: RendererSettings = { ...DEFAULT_RENDERER_SETTINGS };

export function defaultHealth(): HealthReport {
  return {
    status: 'ok',
    components: {
      store: { state: 'ok', detail: 'open' },
      planner: { state: 'degraded', detail: 'model not pulled', backend: 'ollama' },
      donations: { state: 'disabled', detail: 'not configured' },
    },
    queueLength: 0,
  };
}

export function serverDeps(options: HarnessOptions, metrics: DrawstreamMetrics): ServerDeps {
  return {
    stage: options.stage,
    sink: countingSink(options.stage, metrics),
    normaliseDonation: (body) => normaliseWebhookDonation(body),
    health: options.health ?? defaultHealth,
    daConnector: options.daConnector,
    metrics,
    settings: {
      panelToken: options.panelToken,
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      scale: options.scale ?? 8,
      renderer: options.renderer ?? TEST_RENDERER,
      bodyTimeoutMs: options.bodyTimeoutMs,
    },
    webRoot: options.webRoot,
    now: options.now,
  };
}

export async function startServer(options: HarnessOptions): Promise<Harness> {
  const metrics = createMetrics({ defaultMetrics: false });
  const app = await createServer(serverDeps(options, metrics));
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    port,
    stage: options.stage,
    metrics,
    close: () => app.close(),
  };
}

/** A small normalised plan that exercises every animated op (about 1.2 s of drawing). */
export function samplePlan(): DrawPlan {
  return {
    version: '1',
    canvas: { w: 96, h: 96, bg: '#222222' },
    steps: [
      { op: 'rect', x: 4, y: 60, w: 88, h: 30, fill: '#2e8b57', outline: '#ffffff', animate: { mode: 'stroke', duration_ms: 300 } },
      { op: 'circle', cx: 48, cy: 32, r: 18, fill: '#ffd700', animate: { duration_ms: 250, ease: 'ease_in_out', delay_ms: 50 } },
      { op: 'line', x1: 0, y1: 0, x2: 95, y2: 95, width: 3, color: '#ff4500', animate: { duration_ms: 200 } },
      {
        op: 'polygon',
        points: [
          [10, 10],
          [30, 5],
          [25, 25],
        ],
        fill: '#1e90ff',
        animate: { duration_ms: 150 },
      },
      {
        op: 'pixels',
        points: [
          [70, 10],
          [72, 12],
          [74, 14],
          [76, 16],
        ],
        color: '#ffffff',
        animate: { duration_ms: 100 },
      },
      { op: 'text', x: 8, y: 70, value: 'Hi Кот', font: '5x7', size: 1, color: '#000000', animate: { duration_ms: 150 } },
    ],
    caption: 'All for you',
    seed: 7,
  } as DrawPlan;
}

/** The real stage on a temp SQLite file, a ManualClock (time moves only when a test says) and a fixed plan. */
export async function realStage(): Promise<{ stage: TestStage; clock: ManualClock; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'drawstream-server-'));
  const store = openStore(path.join(dir, 'test.sqlite'));
  const clock = new ManualClock();
  const plan = samplePlan();
  const stage = createStage({
    store,
    gate: { check: () => ({ nsfw: false, category: null, reason: null }) },
    planner: {
      name: 'fixed',
      plan: async () => ({ plan, source: 'llm' as const }),
      health: () => ({ state: 'ok' as const, detail: 'fixed test planner' }),
    },
    clock,
    settings: { showDurationSec: 2, planAhead: 0, renderer: TEST_RENDERER, minAmount: 0 },
  });
  stage.start();
  return {
    stage,
    clock,
    cleanup: async () => {
      await stage.stop();
      store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
