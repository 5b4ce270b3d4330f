// Hostile and random input through parsePlan → compilePlan → frameAt: nothing throws, every
// call stays within a time bound, output stays bounded, and whatever is dropped is reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { worstPlans } from '../bench/raster.js';
import { LIMITS, parsePlan, type Plan } from '../src/dsl/index.js';
import { compilePlan, frameAt, FramePlayer } from '../src/raster/index.js';

// Generous against a loaded 2-core machine; typical times are 10–100× lower.
const BOUND_MS = 500;

interface Outcome {
  valid: boolean;
  issues: number;
  ms: number;
}

/** parse + compile + two frames, timed; throws only if the code under test throws. */
function runPipeline(input: unknown): Outcome {
  // For a JSON string, V8's JSON.parse (100 ms for 1 MB of '[') is not ours: it is timed apart and subtracted.
  let jsonMs = 0;
  if (typeof input === 'string') {
    const t = performance.now();
    try {
      JSON.parse(input);
    } catch {
      // the pipeline reports it
    }
    jsonMs = performance.now() - t;
  }
  const start = performance.now() + jsonMs;
  const result = parsePlan(input);
  const compiled = compilePlan((result.plan ?? input) as Plan);
  const frame = frameAt(compiled, compiled.totalMs);
  frameAt(compiled, compiled.totalMs / 2);
  expect(frame.length).toBe(compiled.width * compiled.height * 4);
  return { valid: result.valid, issues: result.issues.length, ms: performance.now() - start };
}

const rect = { op: 'rect', x: 0, y: 0, w: 4, h: 4, fill: 'red' };

describe('hostile plans', () => {
  const cases: Array<[string, () => unknown, { valid: boolean; minIssues: number }]> = [
    ['100 000 valid steps', () => ({ steps: new Array(100_000).fill(rect) }), { valid: true, minIssues: 1 }],
    ['100 000 invalid steps', () => ({ steps: new Array(100_000).fill({ op: 'rect' }) }), { valid: false, minIssues: 1 }],
    ['100 000 steps as a JSON string', () => JSON.stringify({ steps: new Array(100_000).fill(rect) }), { valid: true, minIssues: 1 }],
    ['a sparse array claiming a billion steps', () => ({ steps: new Array(1e9) }), { valid: false, minIssues: 1 }],
    [
      'huge coordinates',
      () => ({ steps: [{ ...rect, x: 1e308 }, { ...rect, w: 5000 }, { op: 'circle', cx: 0, cy: 0, r: 1e9, fill: 'red' }, rect] }),
      { valid: true, minIssues: 3 },
    ],
    [
      'NaN and Infinity everywhere',
      () => ({ canvas: { w: NaN, h: Infinity, bg: NaN }, seed: -Infinity, steps: [{ ...rect, x: NaN }, { ...rect, y: Infinity }, rect] }),
      { valid: true, minIssues: 5 },
    ],
    [
      'wrong types',
      () => ({
        version: {},
        canvas: [],
        palette: 'red',
        seed: '1',
        steps: [1, 'rect', null, true, [rect], { op: 42 }, { op: ['rect'] }, rect],
      }),
      { valid: true, minIssues: 10 },
    ],
    ['steps is a string', () => ({ steps: 'draw a cat' }), { valid: false, minIssues: 1 }],
    ['1 MB text value', () => ({ steps: [{ op: 'text', x: 0, y: 0, value: 'x'.repeat(1 << 20) }, rect] }), { valid: true, minIssues: 1 }],
    [
      '1 MB colour, op and matrix row',
      () => ({
        steps: [
          { ...rect, fill: '#'.repeat(1 << 20) },
          { op: 'z'.repeat(1 << 20) },
          { op: 'pixels', x: 0, y: 0, matrix: ['#'.repeat(1 << 20)], color: 'red' },
          rect,
        ],
      }),
      { valid: true, minIssues: 3 },
    ],
    ['1 MB of garbage as the input string', () => '{"steps": ['.padEnd(1 << 20, '['), { valid: false, minIssues: 1 }],
    ['1 MB render_text', () => ({ render_text: 'слишком '.repeat(1 << 17) }), { valid: true, minIssues: 1 }],
    [
      'groups nested 1000 deep (object)',
      () => {
        let step: unknown = rect;
        for (let i = 0; i < 1000; i++) step = { op: 'group', steps: [step] };
        return { steps: [step, rect] };
      },
      { valid: true, minIssues: 1 },
    ],
    [
      'groups nested 1000 deep (JSON string)',
      () => '{"steps":['.concat('{"op":"group","steps":['.repeat(1000), JSON.stringify(rect), ']}'.repeat(1000), ']}'),
      { valid: false, minIssues: 1 },
    ],
    ['arrays nested 100 000 deep', () => '['.repeat(100_000) + ']'.repeat(100_000), { valid: false, minIssues: 1 }],
    [
      'a group that contains itself',
      () => {
        const group: Record<string, unknown> = { op: 'group', steps: [] };
        (group.steps as unknown[]).push(group, rect);
        return { steps: [group, rect] };
      },
      { valid: true, minIssues: 1 },
    ],
    [
      'a plan whose fields point back at it',
      () => {
        const plan: Record<string, unknown> = { steps: [rect] };
        plan.canvas = plan;
        plan.palette = [plan];
        (plan.steps as unknown[]).push({ ...rect, animate: plan });
        return plan;
      },
      { valid: true, minIssues: 1 },
    ],
    [
      'throwing getters and proxies',
      () => {
        const evil = new Proxy(
          {},
          {
            get: () => {
              throw new Error('boom');
            },
          },
        );
        const step = Object.defineProperty({ op: 'rect', x: 0, y: 0, w: 1, h: 1 }, 'fill', {
          get: () => {
            throw new Error('boom');
          },
          enumerable: true,
        });
        return { steps: [evil, step, rect] };
      },
      { valid: true, minIssues: 2 },
    ],
    [
      'a proxy as the plan',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('boom');
            },
          },
        ),
      { valid: false, minIssues: 1 },
    ],
    [
      '__proto__ and constructor keys',
      () =>
        JSON.parse(
          '{"__proto__": {"steps": 1}, "constructor": 1, "steps": [{"op": "__proto__"}, {"op": "constructor"}, {"op": "toString"}, {"op":"rect","x":0,"y":0,"w":1,"h":1,"fill":"constructor"}]}',
        ),
      { valid: false, minIssues: 4 },
    ],
    [
      '4097 points and 129 rows',
      () => ({
        steps: [
          { op: 'pixels', points: new Array(4097).fill([1, 1]), color: 'red' },
          { op: 'pixels', x: 0, y: 0, matrix: new Array(129).fill('#'), color: 'red' },
          rect,
        ],
      }),
      { valid: true, minIssues: 2 },
    ],
    [
      'speed 1e300 and every limit at its edge',
      () => ({
        canvas: { w: 256, h: 256 },
        steps: [
          { op: 'rect', x: -4096, y: -4096, w: 4096, h: 4096, fill: 'red', animate: { speed_px_per_s: 1e300, delay_ms: 5000 } },
          { op: 'circle', cx: 4096, cy: -4096, r: 512, outline: 'red', animate: { speed_px_per_s: 1, ease: 'ease_in_out' } },
          { op: 'line', x1: -4096, y1: 4096, x2: 4096, y2: -4096, width: 16, color: 'red', animate: { duration_ms: 10000 } },
          { op: 'text', x: -4096, y: 4096, value: '@'.repeat(64), size: 4 },
        ],
      }),
      { valid: true, minIssues: 0 },
    ],
  ];

  for (const [name, make, expected] of cases) {
    it(`survives ${name}`, () => {
      const input = make();
      const outcome = runPipeline(input);
      expect(outcome.valid).toBe(expected.valid);
      expect(outcome.issues).toBeGreaterThanOrEqual(expected.minIssues);
      // Bounded output: at most one issue per examined entry (+ top-level fields).
      expect(outcome.issues).toBeLessThanOrEqual(LIMITS.maxExaminedSteps + 16);
      expect(outcome.ms).toBeLessThan(BOUND_MS);
    });
  }

  it('drops steps beyond 256 with one issue, keeping the first 256', () => {
    const result = parsePlan({ steps: new Array(100_000).fill(rect) });
    expect(result.issues).toEqual([{ index: '256', reason: expect.stringMatching(/more than 256/) }]);
    expect((result.plan as { steps: unknown[] }).steps).toHaveLength(256);
  });

  it('compiles a raw, unvalidated object without throwing', () => {
    const raw = {
      canvas: { w: 1e9, h: -5, bg: 7 },
      steps: [
        { op: 'circle', cx: 'a', r: 1e12 },
        { op: 'rect', x: 0, y: 0, w: 3, h: 3, fill: 'red' },
      ],
    } as unknown as Plan;
    const compiled = compilePlan(raw);
    expect(compiled.width).toBe(96);
    expect(compiled.issues.length).toBeGreaterThan(0);
    expect(compiled.eventCount).toBe(9);
    for (const garbage of [null, undefined, 42, 'x', [], {}] as unknown as Plan[]) {
      const empty = compilePlan(garbage);
      expect(empty.eventCount).toBe(0);
      expect(frameAt(empty, 0).length).toBe(96 * 96 * 4);
    }
  });

  it('answers any clock value', () => {
    const compiled = compilePlan(parsePlan({ steps: [rect, { ...rect, fill: 'blue', animate: { ease: 'ease_in_out' } }] }).plan!);
    const final = frameAt(compiled, compiled.totalMs);
    for (const t of [Number.NaN, -Infinity, -1e300, -1, 0.5, 1e300, Infinity, Number.MAX_SAFE_INTEGER]) {
      const frame = frameAt(compiled, t);
      expect(frame.length).toBe(final.length);
      const player = new FramePlayer(compiled);
      player.advanceTo(t);
      expect(Buffer.from(player.pixels).equals(Buffer.from(frame))).toBe(true);
    }
    expect(Buffer.from(frameAt(compiled, Infinity)).equals(Buffer.from(final))).toBe(true);
  });
});

describe('the heaviest plans the limits allow', () => {
  for (const size of [96, 256]) {
    for (const [name, raw] of Object.entries(worstPlans(size))) {
      it(`compiles and plays ${name} on ${size}x${size} within bounds`, () => {
        // From the object: JSON.parse of a 12 MB string is V8's cost, not ours.
        const start = performance.now();
        const result = parsePlan(raw);
        expect(result.issues).toEqual([]);
        const compiled = compilePlan(result.plan!);
        const final = frameAt(compiled, compiled.totalMs);
        const elapsed = performance.now() - start;
        // Up to 2.4 M events at 96x96 and 17 M at 256x256: bounded (typically 50 ms / 500 ms
        // on an idle machine), with room for a loaded 2-core CI box; a quadratic bug would blow it.
        expect(elapsed).toBeLessThan(size === 96 ? 4000 : 12000);
        expect(compiled.totalMs).toBeLessThanOrEqual(60_000);
        const player = new FramePlayer(compiled);
        for (let t = 0; t <= compiled.totalMs; t += 997) player.advanceTo(t);
        player.advanceTo(compiled.totalMs);
        expect(Buffer.from(player.pixels).equals(Buffer.from(final))).toBe(true);
      }, 30_000);
    }
  }
});

describe('random input', () => {
  it('never throws on arbitrary JSON values, and reports every drop', () => {
    const jsonish = fc.oneof(
      fc.jsonValue(),
      fc.record({ steps: fc.array(fc.jsonValue(), { maxLength: 20 }) }),
      fc.record({
        canvas: fc.jsonValue(),
        palette: fc.jsonValue(),
        seed: fc.jsonValue(),
        steps: fc.array(
          fc.record(
            {
              op: fc.constantFrom('rect', 'circle', 'line', 'polygon', 'pixels', 'text', 'group', 'x'),
              x: fc.jsonValue(),
              y: fc.jsonValue(),
              w: fc.jsonValue(),
              h: fc.jsonValue(),
              r: fc.jsonValue(),
              cx: fc.jsonValue(),
              cy: fc.jsonValue(),
              fill: fc.jsonValue(),
              outline: fc.jsonValue(),
              color: fc.jsonValue(),
              points: fc.jsonValue(),
              matrix: fc.jsonValue(),
              value: fc.jsonValue(),
              steps: fc.jsonValue(),
              animate: fc.jsonValue(),
            },
            { requiredKeys: ['op'] },
          ),
          { maxLength: 10 },
        ),
      }),
    );
    fc.assert(
      fc.property(jsonish, fc.boolean(), (value, asString) => {
        const input = asString ? JSON.stringify(value) : value;
        const outcome = runPipeline(input);
        expect(outcome.ms).toBeLessThan(BOUND_MS);
        const result = parsePlan(input);
        if (!result.valid) expect(result.issues.length).toBeGreaterThan(0);
        // Every step the input had is either kept or reported.
        const raw = (asString ? value : typeof value === 'string' ? null : value) as { steps?: unknown } | null;
        if (result.valid && raw && Array.isArray(raw.steps) && !('render_text' in raw)) {
          const kept = (result.plan as { steps: unknown[] }).steps.length;
          const reportedTop = new Set(result.issues.filter((i) => /^\d+$/.test(i.index)).map((i) => i.index)).size;
          expect(kept + reportedTop).toBe(raw.steps.length);
        }
      }),
      { numRuns: 1500, seed: 1 },
    );
  });
});
