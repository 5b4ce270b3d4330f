import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../../src/dsl/index.js';
import type { Plan, Step } from '../../src/dsl/types.js';
import { PlanStreamScanner, type ScanEvent } from '../../src/planner/llm/index.js';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { makeLlmPlanner, request, stepsOf } from './planner-test-kit.js';

const PLAN = {
  version: '1',
  canvas: { w: 96, h: 96, bg: '#0b0b2a' },
  palette: ['#000000', '#ffffff', '#ff9f1c', '#0b0b2a', '#f4a261'],
  seed: 42,
  steps: [
    {
      op: 'pixels',
      points: [
        [8, 10],
        [30, 6],
        [70, 12],
      ],
      color: '#ffffff',
    },
    { op: 'circle', cx: 80, cy: 16, r: 8, fill: '#f4a261' },
    {
      op: 'group',
      animate: { mode: 'stroke', speed_px_per_s: 150 },
      steps: [
        {
          op: 'polygon',
          points: [
            [33, 48],
            [36, 28],
            [46, 40],
          ],
          fill: '#ff9f1c',
          outline: '#000000',
        },
        { op: 'circle', cx: 48, cy: 56, r: 18, fill: '#ff9f1c', outline: '#000000' },
      ],
    },
    { op: 'text', x: 10, y: 80, value: 'He said "hi" {not a step}', color: '#ffffff' },
    { op: 'line', x1: 44, y1: 63, x2: 52, y2: 63, color: '#000000' },
  ],
  caption: 'whatever the model says',
};

function scanAll(text: string, chunks: number[]): ScanEvent[] {
  const scanner = new PlanStreamScanner();
  const events: ScanEvent[] = [];
  let at = 0;
  for (const size of chunks) {
    events.push(...scanner.push(text.slice(at, at + size)));
    at += size;
  }
  events.push(...scanner.push(text.slice(at)));
  return events;
}

describe('PlanStreamScanner', () => {
  it('finds the skeleton fields and every complete step, in order', () => {
    const text = 'Sure!\n```json\n' + JSON.stringify(PLAN, null, 2) + '\n```\nbye {"x":1}';
    const events = scanAll(text, []);
    expect(events.map((e) => e.kind)).toEqual([
      'top',
      'top',
      'top',
      'top',
      'steps_start',
      'step',
      'step',
      'step',
      'step',
      'step',
      'steps_end',
      'top',
      'top',
      'end',
    ]);
    const steps = events.filter((e): e is Extract<ScanEvent, { kind: 'step' }> => e.kind === 'step').map((e) => JSON.parse(e.raw));
    expect(steps).toEqual(PLAN.steps);
    const tops = events.filter((e): e is Extract<ScanEvent, { kind: 'top' }> => e.kind === 'top');
    expect(tops.map((e) => e.key)).toEqual(['version', 'canvas', 'palette', 'seed', 'steps', 'caption']);
    expect(tops[4].raw).toBe('');
    expect(JSON.parse(tops[1].raw)).toEqual(PLAN.canvas);
    expect(JSON.parse(tops[3].raw)).toBe(42);
  });

  it('gives the same events however the text is split into chunks', () => {
    const text = JSON.stringify(PLAN);
    const whole = scanAll(text, []);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 60 }), (chunks) => {
        expect(scanAll(text, chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
    // One character at a time, too.
    expect(scanAll(text, Array(text.length).fill(1))).toEqual(whole);
  });

  it('reports a step the moment its closing brace arrives, not before', () => {
    const text = JSON.stringify({
      canvas: { w: 96, h: 96 },
      steps: [{ op: 'rect', x: 1, y: 1, w: 2, h: 2, fill: '#fff' }, { op: 'line' }],
    });
    const scanner = new PlanStreamScanner();
    const firstClose = text.indexOf('}', text.indexOf('"op"'));
    expect(scanner.push(text.slice(0, firstClose)).some((e) => e.kind === 'step')).toBe(false);
    expect(scanner.push(text.slice(firstClose, firstClose + 1)).filter((e) => e.kind === 'step')).toHaveLength(1);
  });

  it('survives garbage and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const scanner = new PlanStreamScanner();
        scanner.push(junk);
        scanner.push('{"steps":[' + junk);
      }),
      { numRuns: 300 },
    );
  });
});

describe('streaming plans over HTTP', () => {
  let server: FakeLlmServer;
  beforeAll(async () => {
    server = await startFakeLlmServer({ plan: PLAN, chunkSize: 16, delayMs: 6 });
  });
  afterAll(async () => {
    await server.close();
  });

  for (const backend of ['ollama', 'llamacpp'] as const) {
    it(`${backend}: onPartial delivers validated steps in order before the answer finishes`, async () => {
      const partials: Array<{ at: number; plan: Plan; newSteps: Step[] }> = [];
      const { planner } = makeLlmPlanner(backend, server.url, {}, { totalMs: 10_000, firstTokenMs: 5000, stallMs: 5000 });
      const before = server.sent.length;
      const result = await planner.plan(request(), {
        onPartial: (partial) => partials.push({ at: performance.now(), ...partial }),
      });
      const lastChunkAt = server.sent[server.sent.length - 1].at;
      expect(server.sent.length - before).toBeGreaterThan(20);
      expect(result.source).toBe('llm');
      const final = stepsOf(result.plan);
      expect(final).toHaveLength(5);
      expect(partials.flatMap((p) => p.newSteps)).toEqual(final);
      // Each partial plan is the skeleton plus all steps so far, and is itself a valid plan.
      partials.forEach((partial, i) => {
        expect(stepsOf(partial.plan)).toEqual(final.slice(0, i + 1));
        expect(partial.plan.canvas).toEqual(result.plan.canvas);
        expect(partial.plan.seed).toBe(42);
        expect(partial.plan.caption).toBe('All for you');
        expect(parsePlan(partial.plan).valid).toBe(true);
      });
      // The first steps were handed out while the server was still streaming.
      expect(partials[0].at).toBeLessThan(lastChunkAt);
      expect(partials[1].at).toBeLessThan(lastChunkAt);
      expect(result.plan.caption).toBe('All for you');
    });
  }

  it('an invalid step is skipped and reported; the stream goes on', async () => {
    server.setPlan({
      canvas: { w: 96, h: 96, bg: '#000' },
      steps: [
        { op: 'rect', x: 0, y: 0, w: 4, h: 4, fill: '#fff' },
        { op: 'blob', x: 1 },
        { op: 'circle', cx: 5, cy: 5, r: 3, fill: 'red' },
      ],
    });
    const seen: Step[] = [];
    const { planner } = makeLlmPlanner('vllm', server.url);
    const result = await planner.plan(request(), { onPartial: (p) => seen.push(...p.newSteps) });
    expect(seen.map((s) => s.op)).toEqual(['rect', 'circle']);
    expect(stepsOf(result.plan).map((s) => s.op)).toEqual(['rect', 'circle']);
    expect(result.issues?.map((i) => i.index)).toEqual(['1']);
    server.setPlan(PLAN);
  });

  it('a stream broken after steps were drawn ends with exactly those steps', async () => {
    const text = JSON.stringify(PLAN);
    server.setBehaviour({ mode: 'reset_mid_stream', errorAfterChars: text.indexOf('"text"') });
    try {
      const seen: Step[] = [];
      const { planner } = makeLlmPlanner('ollama', server.url, { retries: 3 }, { totalMs: 10_000, firstTokenMs: 5000, stallMs: 5000 });
      const result = await planner.plan(request(), { onPartial: (p) => seen.push(...p.newSteps) });
      expect(result.source).toBe('llm');
      expect(result.attempts).toBe(1); // steps were already handed out: no retry
      expect(stepsOf(result.plan)).toEqual(seen);
      expect(seen.map((s) => s.op)).toEqual(['pixels', 'circle', 'group']);
      expect(result.incompleteReason).toMatch(/broke/);
    } finally {
      server.setBehaviour('normal');
    }
  });

  it('an onPartial that throws does not break planning', async () => {
    const { planner } = makeLlmPlanner('ollama', server.url, {}, { totalMs: 10_000, firstTokenMs: 5000, stallMs: 5000 });
    const result = await planner.plan(request(), {
      onPartial: () => {
        throw new Error('subscriber bug');
      },
    });
    expect(result.source).toBe('llm');
    expect(stepsOf(result.plan)).toHaveLength(5);
  });
});
