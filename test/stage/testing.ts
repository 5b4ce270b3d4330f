// Fakes for tests of the stage and of parts that drive a real stage (server, recovery):
// FakePlanner, fakeGate, timedPlan, makeStageHarness, stageHarnessPool. Not used by production code.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DrawPlan, Plan, RendererSettings } from '../../src/dsl/index.js';
import type { Gatekeeper, GateVerdict } from '../../src/gate/index.js';
import type { ComponentHealth, PlanOptions, PlanRequest, PlanResult, Planner } from '../../src/planner/index.js';
import type { IncomingDonation } from '../../src/core/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ManualClock } from '../../src/stage/manual-clock.js';
import { createStage, type Stage, type StageLogger, type StageSettings } from '../../src/stage/stage.js';
import type { StageEvent, StageSnapshot } from '../../src/core/index.js';

export const TEST_RENDERER: RendererSettings = {
  canvasW: 96,
  canvasH: 96,
  defaultStepDurationMs: 100,
  maxDrawSec: 60,
  showDurationSec: 2,
};

/** A one-step plan whose drawing lasts exactly `ms`. */
export function timedPlan(ms: number, color = '#ff0000'): DrawPlan {
  return {
    version: '1',
    canvas: { w: 96, h: 96, bg: '#222222' },
    steps: [{ op: 'rect', x: 10, y: 10, w: 20, h: 20, fill: color, animate: { duration_ms: ms } }],
    caption: 'All for you',
    seed: 1,
  };
}

/** Blocks any text containing "NSFW" (case-sensitive), like an 18+ rule would. */
export const fakeGate: Gatekeeper = {
  check(text: string): GateVerdict {
    return text.includes('NSFW') ? { nsfw: true, category: 'sexual', reason: 'test rule' } : { nsfw: false, category: null, reason: null };
  },
};

export interface PlannerCall {
  request: PlanRequest;
  options: PlanOptions | undefined;
  resolve(result: PlanResult): void;
  reject(error: unknown): void;
}

/**
 * A planner whose calls the test answers by hand (`calls[i].resolve(...)`), or answers itself
 * with `respond` when given. `respond` may return a promise that never settles (a hang).
 */
export class FakePlanner implements Planner {
  readonly name = 'fake';
  readonly calls: PlannerCall[] = [];
  constructor(private readonly respond?: (request: PlanRequest, options?: PlanOptions) => Promise<PlanResult> | PlanResult) {}

  plan(request: PlanRequest, options?: PlanOptions): Promise<PlanResult> {
    let resolve!: (result: PlanResult) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<PlanResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.calls.push({ request, options, resolve, reject });
    if (this.respond) {
      try {
        Promise.resolve(this.respond(request, options)).then(resolve, reject);
      } catch (error) {
        reject(error);
      }
    }
    return promise;
  }

  call(jobId: string): PlannerCall {
    const found = this.calls.find((c) => c.request.jobId === jobId);
    if (!found) throw new Error(`no planner call for ${jobId}`);
    return found;
  }

  jobIds(): string[] {
    return this.calls.map((c) => c.request.jobId);
  }

  health(): ComponentHealth {
    return { state: 'ok', detail: 'fake' };
  }
}

/** Answers every call at once with a plan drawing for `ms`. */
export function instantPlanner(ms = 100): FakePlanner {
  return new FakePlanner(() => ({ plan: timedPlan(ms), source: 'llm' }));
}

export interface StageHarness {
  dir: string;
  path: string;
  clock: ManualClock;
  store: Store;
  stage: Stage;
  planner: FakePlanner;
  events: { event: StageEvent; snapshot: StageSnapshot }[];
  /** Sends a donation with defaults (unique id per call unless given). */
  donate(fields?: Partial<IncomingDonation>): ReturnType<Stage['accept']>;
  /** A new store + stage on the same file (the old ones are left as they are, like after kill -9). */
  restart(options?: { planner?: FakePlanner; clock?: ManualClock; settings?: Partial<StageSettings> }): StageHarness;
  cleanup(): Promise<void>;
}

let donationCounter = 0;

export async function makeStageHarness(
  options: { planner?: FakePlanner; settings?: Partial<StageSettings>; gate?: Gatekeeper; start?: boolean; logger?: StageLogger } = {},
): Promise<StageHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'drawstream-stage-'));
  const path = join(dir, 'drawstream.sqlite');
  const opened: Store[] = [];
  const stages: Stage[] = [];

  const build = (planner: FakePlanner, clock: ManualClock, settings: Partial<StageSettings>): StageHarness => {
    const store = openStore(path);
    opened.push(store);
    const stage = createStage({
      store,
      gate: options.gate ?? fakeGate,
      planner,
      clock,
      settings: {
        showDurationSec: 2,
        planAhead: 2,
        renderer: TEST_RENDERER,
        minAmount: 0,
        planTimeoutMs: 10_000,
        ...settings,
      },
      logger: options.logger,
    });
    stages.push(stage);
    const events: StageHarness['events'] = [];
    stage.subscribe((event, snapshot) => events.push({ event, snapshot }));
    const harness: StageHarness = {
      dir,
      path,
      clock,
      store,
      stage,
      planner,
      events,
      donate: (fields = {}) =>
        stage.accept({
          id: `d${++donationCounter}`,
          source: 'webhook',
          donor: 'Alice',
          message: 'draw a cat',
          amount: 100,
          currency: 'RUB',
          timestamp: '2026-01-01T00:00:00.000Z',
          ...fields,
        }),
      restart: (next = {}) =>
        build(next.planner ?? instantPlanner(), next.clock ?? new ManualClock(clock.now() + 60_000), { ...settings, ...next.settings }),
      cleanup: async () => {
        for (const s of stages) await s.stop();
        for (const s of opened) s.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
    return harness;
  };

  const harness = build(options.planner ?? instantPlanner(), new ManualClock(), options.settings ?? {});
  if (options.start !== false) harness.stage.start();
  return harness;
}

/**
 * Keeps every harness a test makes so one afterEach can clean them all:
 * `const harnesses = stageHarnessPool(); afterEach(harnesses.cleanupAll);`
 */
export function stageHarnessPool(): {
  make(...args: Parameters<typeof makeStageHarness>): Promise<StageHarness>;
  /** Also cleans up a harness made another way (e.g. by `restart`). */
  add(harness: StageHarness): void;
  cleanupAll(): Promise<void>;
} {
  let made: StageHarness[] = [];
  return {
    async make(...args) {
      const h = await makeStageHarness(...args);
      made.push(h);
      return h;
    },
    add(harness) {
      made.push(harness);
    },
    async cleanupAll() {
      const all = made;
      made = [];
      for (const h of all) await h.cleanup();
    },
  };
}

export function eventTypes(harness: StageHarness, jobId?: string): string[] {
  return harness.events.filter((e) => jobId === undefined || e.event.jobId === jobId).map((e) => e.event.type);
}

export function isPlan(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && (value as Plan).version === '1';
}
