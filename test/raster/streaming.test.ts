// The streamed timeline (compilePlan(plan, settings, { arrivals })): steps that arrive while
// the plan is drawn. See src/dsl/README.md "Streaming and late steps".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, type DrawPlan, type Plan } from '../../src/dsl/index.js';
import { compilePlan, frameAt, type CompiledPlan } from '../../src/raster/index.js';

const coord = fc.integer({ min: -4, max: 40 });
const color = fc.constantFrom('red', '#0f0', 'blue', 'white', '#123456');
const animate = fc.record(
  {
    mode: fc.constantFrom('stroke', 'fill', 'pixel_reveal'),
    duration_ms: fc.integer({ min: 0, max: 500 }),
    speed_px_per_s: fc.integer({ min: 1, max: 400 }),
    delay_ms: fc.integer({ min: 0, max: 200 }),
    ease: fc.constantFrom('linear', 'ease_in_out'),
  },
  { requiredKeys: [] },
);
const drawing = fc
  .oneof(
    fc.record({
      op: fc.constant('rect'),
      x: coord,
      y: coord,
      w: fc.integer({ min: 1, max: 20 }),
      h: fc.integer({ min: 1, max: 20 }),
      fill: color,
    }),
    fc.record({ op: fc.constant('circle'), cx: coord, cy: coord, r: fc.integer({ min: 0, max: 12 }), outline: color }),
    fc.record({ op: fc.constant('line'), x1: coord, y1: coord, x2: coord, y2: coord, color }),
    fc.record({ op: fc.constant('pixels'), points: fc.array(fc.tuple(coord, coord), { maxLength: 20 }), color }),
  )
  .chain((base) => fc.option(animate, { nil: undefined }).map((a) => ({ ...base, ...(a ? { animate: a } : {}) })));
const step = fc.oneof(
  { weight: 4, arbitrary: drawing },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('group'),
      steps: fc.array(drawing, { minLength: 1, maxLength: 3 }),
      animate: fc.option(animate, { nil: undefined }),
    }),
  },
);

function normalise(steps: unknown[], seed = 7): DrawPlan {
  const { plan } = parsePlan({ version: '1', canvas: { w: 48, h: 48 }, seed, steps });
  if (!plan || 'render_text' in plan) throw new Error('test plan did not parse');
  return plan;
}

function prefix(plan: DrawPlan, k: number): DrawPlan {
  return { ...plan, steps: plan.steps.slice(0, k) };
}

/** Non-decreasing arrivals, starting at 0 (the steps known when the drawing started). */
const arrivalGaps = (n: number) => fc.array(fc.integer({ min: 0, max: 900 }), { minLength: n, maxLength: n });
function cumulative(gaps: number[]): number[] {
  let t = 0;
  return gaps.map((gap, i) => (i === 0 ? 0 : (t += gap)));
}

const SMALL_M = { maxDrawSec: 1, defaultStepDurationMs: 150 }; // M = 1000 ms, so the cap is hit often

/** Byte equality of two frames (vitest's deep equality is slow on 9 k-element arrays). */
function sameFrame(a: Uint8ClampedArray, b: Uint8ClampedArray): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function timing(c: CompiledPlan): Array<[number, number]> {
  return c.steps.map((s) => [s.startMs, s.durationMs]);
}

describe('streamed timeline', () => {
  it('arrivals absent, empty or all zero give exactly the spec timeline (MAX_DRAW_SEC scaling included)', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<{ maxDrawSec?: number; defaultStepDurationMs?: number }>({}, SMALL_M),
        (steps, settings) => {
          const plan = normalise(steps);
          const spec = compilePlan(plan, settings);
          const zeros = plan.steps.map(() => 0);
          for (const timeline of [undefined, {}, { arrivals: [] }, { arrivals: zeros }, { arrivals: [0] }]) {
            const other = compilePlan(plan, settings, timeline);
            expect(other.steps).toEqual(spec.steps);
            expect(other.totalMs).toBe(spec.totalMs);
            expect(other.events).toEqual(spec.events);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('appending a late step never changes the timing of earlier steps nor any frame before its arrival', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 2, maxLength: 8 }).chain((steps) => fc.tuple(fc.constant(steps), arrivalGaps(steps.length))),
        fc.constantFrom<{ maxDrawSec?: number; defaultStepDurationMs?: number }>({}, SMALL_M),
        ([steps, gaps], settings) => {
          const plan = normalise(steps);
          const arrivals = cumulative(gaps).slice(0, plan.steps.length);
          fc.pre(plan.steps.length >= 2);
          for (let k = 1; k < plan.steps.length; k++) {
            const before = compilePlan(prefix(plan, k), settings, { arrivals: arrivals.slice(0, k) });
            const after = compilePlan(prefix(plan, k + 1), settings, { arrivals: arrivals.slice(0, k + 1) });
            const knownAtStart = arrivals.slice(0, k).every((a) => a === 0);
            // All-zero arrivals are the spec timeline, which rescales past M; the streamed one
            // does not. Only a prefix already longer than M can tell the two apart.
            const unscaledMs = compilePlan(prefix(plan, k), { ...settings, maxDrawSec: 3600 }).totalMs;
            if (knownAtStart && unscaledMs > (settings.maxDrawSec ?? 60) * 1000) continue;
            if (arrivals[k] === 0) continue; // arrived with the others: nothing to wait for
            const earlier = after.steps.slice(0, before.steps.length);
            expect(timing({ ...after, steps: earlier })).toEqual(timing(before));
            const times = [0, arrivals[k] - 1, Math.floor(arrivals[k] / 2), before.totalMs, before.totalMs - 1].filter(
              (t) => t >= 0 && t < arrivals[k],
            );
            for (const t of times) expect(sameFrame(frameAt(after, t), frameAt(before, t)), `frame at ${t}`).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('steps never overlap and a streamed drawing lasts at most max(M, last arrival)', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 10 }).chain((steps) => fc.tuple(fc.constant(steps), arrivalGaps(steps.length))),
        ([steps, gaps]) => {
          const plan = normalise(steps);
          const arrivals = cumulative(gaps)
            .map((a, i) => (i === 0 ? 1 : a + 1))
            .slice(0, plan.steps.length);
          const c = compilePlan(plan, SMALL_M, { arrivals });
          let end = 0;
          for (const s of c.steps) {
            expect(s.startMs).toBeGreaterThanOrEqual(end);
            expect(s.durationMs).toBeGreaterThanOrEqual(0);
            end = s.startMs + s.durationMs;
          }
          expect(c.totalMs).toBe(end);
          expect(c.totalMs).toBeLessThanOrEqual(Math.max(1000, arrivals[arrivals.length - 1]));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the final picture of a streamed drawing is the final picture of the finished plan', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 8 }).chain((steps) => fc.tuple(fc.constant(steps), arrivalGaps(steps.length))),
        ([steps, gaps]) => {
          const plan = normalise(steps);
          const streamed = compilePlan(plan, SMALL_M, { arrivals: cumulative(gaps).map((a) => a + 5) });
          const replay = compilePlan(plan, SMALL_M);
          expect(sameFrame(frameAt(streamed, streamed.totalMs), frameAt(replay, Infinity))).toBe(true);
          expect(sameFrame(frameAt(streamed, Infinity), frameAt(replay, replay.totalMs))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('waits at the last known step, shortens the step that crosses M and shows later ones at once', () => {
    const plan = normalise([
      { op: 'rect', x: 0, y: 0, w: 4, h: 4, fill: 'red', animate: { duration_ms: 400 } },
      { op: 'rect', x: 4, y: 0, w: 4, h: 4, fill: 'red', animate: { duration_ms: 400, delay_ms: 50 } },
      { op: 'rect', x: 8, y: 0, w: 4, h: 4, fill: 'red', animate: { duration_ms: 400 } },
      { op: 'rect', x: 12, y: 0, w: 4, h: 4, fill: 'red', animate: { duration_ms: 400, delay_ms: 100 } },
    ]);
    const c = compilePlan(plan, { maxDrawSec: 1 }, { arrivals: [0, 700, 700, 2500] });
    // step 0: 0..400; step 1 arrives at 700: 750..1000 (cut at M); step 2: at M, at once;
    // step 3 arrives at 2500, after M: at once at 2500.
    expect(timing(c)).toEqual([
      [0, 400],
      [750, 250],
      [1000, 0],
      [2500, 0],
    ]);
    expect(c.steps.map((s) => s.delayMs)).toEqual([0, 50, 0, 0]);
    expect(c.totalMs).toBe(2500);
    // Between 400 and 750 the picture holds at the end of step 0.
    expect(frameAt(c, 749)).toEqual(frameAt(c, 400));
    expect(frameAt(c, 749)).not.toEqual(frameAt(c, 750 + 125));
  });

  it('within M a late step simply starts on arrival plus its delay (no scaling)', () => {
    const plan = normalise([
      { op: 'line', x1: 0, y1: 0, x2: 9, y2: 0, color: 'red', animate: { duration_ms: 1000 } },
      { op: 'line', x1: 0, y1: 2, x2: 9, y2: 2, color: 'red', animate: { duration_ms: 1000, delay_ms: 300 } },
    ]);
    const c = compilePlan(plan, {}, { arrivals: [0, 5000] });
    expect(timing(c)).toEqual([
      [0, 1000],
      [5300, 1000],
    ]);
    expect(c.totalMs).toBe(6300);
  });

  it('a top-level group takes its arrival on its first drawn step; its other steps follow', () => {
    const plan = normalise([
      { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red', animate: { duration_ms: 100 } },
      {
        op: 'group',
        animate: { delay_ms: 20, duration_ms: 100 },
        steps: [
          { op: 'rect', x: 4, y: 0, w: 2, h: 2, fill: 'red' },
          { op: 'rect', x: 8, y: 0, w: 2, h: 2, fill: 'red' },
        ],
      },
    ]);
    const c = compilePlan(plan, {}, { arrivals: [0, 500] });
    expect(timing(c)).toEqual([
      [0, 100],
      [520, 100],
      [620, 100],
    ]);
  });

  it('garbage arrivals are cleaned (NaN, negative, decreasing, too few) and never throw', () => {
    const plan = normalise([
      { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red', animate: { duration_ms: 100 } },
      { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red', animate: { duration_ms: 100 } },
      { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red', animate: { duration_ms: 100 } },
    ]);
    const c = compilePlan(plan, {}, { arrivals: [Number.NaN, 300.9, -5] });
    expect(timing(c)).toEqual([
      [0, 100],
      [300, 100],
      [400, 100],
    ]);
    expect(() => compilePlan(plan, {}, { arrivals: 'x' as unknown as number[] })).not.toThrow();
    expect(compilePlan(plan, {}, { arrivals: [Infinity] }).steps).toEqual(compilePlan(plan).steps);
  });

  it('a text card ignores arrivals', () => {
    const card = { render_text: 'You are too small', duration_sec: 5 } as unknown as Plan;
    const c = compilePlan(card, {}, { arrivals: [1000] });
    expect(c.totalMs).toBe(0);
    expect(c.steps).toEqual(compilePlan(card).steps);
  });
});
