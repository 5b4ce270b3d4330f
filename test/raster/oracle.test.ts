// The fast renderer against the literal transcription of the spec (spec-reference.ts) on
// random plans: every step's events, every timing, and frames at random times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, type DrawPlan } from '../../src/dsl/index.js';
import { compilePlan, frameAt } from '../../src/raster/index.js';
import { refCompile, refFrame } from './spec-reference.js';

const color = fc.oneof(
  fc.constantFrom('red', 'Blue', 'lime', '#abc', '#123456', 'white', 'black', 'rebeccapurple'),
  fc.integer({ min: 0, max: 3 }),
);
const coord = fc.integer({ min: -12, max: 40 });
const pt = fc.tuple(coord, coord);
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
const fillOutline = fc.oneof(fc.record({ fill: color }), fc.record({ outline: color }), fc.record({ fill: color, outline: color }));

const drawing = fc
  .oneof(
    fc.tuple(
      fc.record({ op: fc.constant('rect'), x: coord, y: coord, w: fc.integer({ min: 1, max: 30 }), h: fc.integer({ min: 1, max: 30 }) }),
      fillOutline,
    ),
    fc.tuple(fc.record({ op: fc.constant('circle'), cx: coord, cy: coord, r: fc.integer({ min: 0, max: 24 }) }), fillOutline),
    fc.tuple(fc.record({ op: fc.constant('polygon'), points: fc.array(pt, { minLength: 3, maxLength: 8 }) }), fillOutline),
    fc.tuple(
      fc.record({ op: fc.constant('line'), x1: coord, y1: coord, x2: coord, y2: coord, width: fc.integer({ min: 1, max: 16 }), color }),
      fc.constant({}),
    ),
    fc.tuple(fc.record({ op: fc.constant('pixels'), points: fc.array(pt, { maxLength: 30 }), color }), fc.constant({})),
    fc.tuple(
      fc.record({
        op: fc.constant('pixels'),
        x: coord,
        y: coord,
        matrix: fc.array(
          fc.array(fc.constantFrom('.', ' ', '0', '1', '2', '3'), { maxLength: 12 }).map((cells) => cells.join('')),
          { maxLength: 12 },
        ),
      }),
      fc.constant({}),
    ),
    fc.tuple(
      fc.record({
        op: fc.constant('text'),
        x: coord,
        y: coord,
        value: fc.constantFrom('Hi!', 'a\nb', 'Привет', '0?~', ''),
        font: fc.constantFrom('5x7', '3x5'),
        size: fc.integer({ min: 1, max: 4 }),
        color,
      }),
      fc.constant({}),
    ),
  )
  .chain(([base, extra]) => fc.option(animate, { nil: undefined }).map((a) => ({ ...base, ...extra, ...(a ? { animate: a } : {}) })));

const step: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  step: fc.oneof({ depthSize: 'small', withCrossShrink: true }, drawing, tie('group')),
  group: fc.record({
    op: fc.constant('group'),
    steps: fc.array(tie('step'), { minLength: 1, maxLength: 3 }),
    animate: fc.option(animate, { nil: undefined }),
  }),
})).step;

const planArb = fc.record({
  canvas: fc.record({ w: fc.integer({ min: 8, max: 32 }), h: fc.integer({ min: 8, max: 32 }), bg: color }),
  palette: fc.constantFrom(['#000000', '#ff0000', '#00ff00', '#0000ff'], ['navy', 'gold', 'teal', '#eee']),
  steps: fc.array(step, { minLength: 1, maxLength: 8 }),
  seed: fc.integer({ min: 0, max: 4294967295 }),
});

describe('renderer against the literal spec', () => {
  it('gives the same events, timeline and frames on random plans', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.integer({ min: 0, max: 6000 }), { minLength: 3, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (raw, times, maxDrawSec) => {
          const { plan } = parsePlan(raw);
          if (plan === null) return;
          const settings = { defaultStepDurationMs: 300, maxDrawSec };
          const compiled = compilePlan(plan, settings);
          const reference = refCompile(plan as DrawPlan, settings);
          expect(compiled.steps.length).toBe(reference.length);
          let clock = 0;
          reference.forEach((ref, i) => {
            const got = compiled.steps[i];
            clock += ref.delay;
            expect([got.delayMs, got.durationMs, got.startMs, got.ease]).toEqual([ref.delay, ref.duration, clock, ref.ease]);
            clock += ref.duration;
            const events = [];
            for (let k = got.firstEvent; k < got.firstEvent + got.eventCount; k++) {
              const e = compiled.events[k];
              const p = e & 0xffff;
              events.push({ x: p % compiled.width, y: Math.floor(p / compiled.width), c: compiled.colors[e >>> 16] });
            }
            expect(events).toEqual(ref.events);
          });
          expect(compiled.totalMs).toBe(clock);
          for (const t of [...times, clock, clock - 1, 0]) {
            expect(Buffer.from(frameAt(compiled, t)).equals(Buffer.from(refFrame(plan, reference, t)))).toBe(true);
          }
        },
      ),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('sorts large circles exactly like the comparator of the spec', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 25, max: 140 }),
        fc.integer({ min: -60, max: 100 }),
        fc.integer({ min: -60, max: 100 }),
        fc.constantFrom('stroke', 'fill'),
        (r, cx, cy, mode) => {
          const { plan } = parsePlan({
            canvas: { w: 64, h: 48 },
            steps: [{ op: 'circle', cx, cy, r, fill: 'red', outline: 'blue', animate: { mode } }],
          });
          const compiled = compilePlan(plan!);
          const reference = refCompile(plan as DrawPlan, { defaultStepDurationMs: 600, maxDrawSec: 60 });
          const events = [];
          for (let k = 0; k < compiled.eventCount; k++) {
            const p = compiled.events[k] & 0xffff;
            events.push({ x: p % 64, y: Math.floor(p / 64), c: compiled.colors[compiled.events[k] >>> 16] });
          }
          expect(events).toEqual(reference[0].events);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('handles shapes reaching far outside the canvas exactly', () => {
    const far = fc.integer({ min: -300, max: 300 });
    const shape = fc.oneof(
      fc.record({
        op: fc.constant('polygon'),
        points: fc.array(fc.tuple(far, far), { minLength: 3, maxLength: 12 }),
        fill: fc.constant('red'),
        outline: fc.constant('blue'),
      }),
      fc.record({
        op: fc.constant('line'),
        x1: far,
        y1: far,
        x2: far,
        y2: far,
        width: fc.integer({ min: 1, max: 16 }),
        color: fc.constant('lime'),
      }),
      fc.record({ op: fc.constant('circle'), cx: far, cy: far, r: fc.integer({ min: 0, max: 200 }), outline: fc.constant('blue') }),
    );
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 3 }), fc.constantFrom('stroke', 'fill', 'pixel_reveal'), (steps, mode) => {
        const { plan } = parsePlan({ canvas: { w: 24, h: 20 }, seed: 5, steps: steps.map((s) => ({ ...s, animate: { mode } })) });
        const compiled = compilePlan(plan!);
        const reference = refCompile(plan as DrawPlan, { defaultStepDurationMs: 600, maxDrawSec: 60 });
        reference.forEach((ref, i) => {
          const got = compiled.steps[i];
          const events = [];
          for (let k = got.firstEvent; k < got.firstEvent + got.eventCount; k++) {
            const e = compiled.events[k];
            events.push({ x: (e & 0xffff) % 24, y: Math.floor((e & 0xffff) / 24), c: compiled.colors[e >>> 16] });
          }
          expect(events).toEqual(ref.events);
        });
      }),
      { numRuns: 25, seed: 11 },
    );
  });
});
