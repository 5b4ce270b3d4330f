// StreamedTimeline (O(new step) timing for the stage) must give exactly compilePlan's
// totalMs with the same arrivals, after every appended step, on random plans: groups and
// their delays, speeds, MAX_DRAW_SEC cuts, arrivals that are 0 for a while (spec timeline).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, type DrawPlan } from '../../src/dsl/index.js';
import { compilePlan, StreamedTimeline } from '../../src/raster/index.js';

const coord = fc.integer({ min: -8, max: 60 });
const color = fc.constantFrom('red', '#0f0', 'blue', 'white');
const animate = fc.record(
  {
    mode: fc.constantFrom('stroke', 'fill', 'pixel_reveal'),
    duration_ms: fc.integer({ min: 0, max: 3000 }),
    speed_px_per_s: fc.integer({ min: 1, max: 400 }),
    delay_ms: fc.integer({ min: 0, max: 2000 }),
  },
  { requiredKeys: [] },
);
const drawing = fc
  .oneof(
    fc.record({
      op: fc.constant('rect'),
      x: coord,
      y: coord,
      w: fc.integer({ min: 1, max: 30 }),
      h: fc.integer({ min: 1, max: 30 }),
      fill: color,
    }),
    fc.record({ op: fc.constant('line'), x1: coord, y1: coord, x2: coord, y2: coord, color, width: fc.integer({ min: 1, max: 16 }) }),
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

describe('StreamedTimeline', () => {
  it('equals compilePlan(prefix, settings, { arrivals }).totalMs after every step', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 20 }),
        (steps, gaps, zeroSteps, maxDrawSec) => {
          const plan = parsePlan({ version: '1', canvas: { w: 48, h: 48 }, seed: 5, steps }).plan as DrawPlan | null;
          if (!plan) return;
          const settings = { maxDrawSec };
          const timeline = new StreamedTimeline(plan, settings);
          const arrivals: number[] = [];
          let at = 0;
          for (let k = 0; k < plan.steps.length; k++) {
            if (k >= zeroSteps) at += gaps[k];
            arrivals.push(k < zeroSteps ? 0 : at);
            timeline.append([plan.steps[k]], arrivals[k]);
            const expected = compilePlan({ ...plan, steps: plan.steps.slice(0, k + 1) }, settings, { arrivals }).totalMs;
            expect(timeline.totalMs).toBe(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
