import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NAMED_COLORS,
  parseColorString,
  parsePlan,
  planSchema,
  resolveSettings,
  type DrawPlan,
  type TextCardPlan,
} from '../../src/dsl/index.js';

const rect = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  op: 'rect',
  x: 0,
  y: 0,
  w: 2,
  h: 2,
  fill: 'red',
  ...extra,
});

function steps(...list: unknown[]): ReturnType<typeof parsePlan> {
  return parsePlan({ steps: list });
}

function drawn(result: ReturnType<typeof parsePlan>): DrawPlan {
  expect(result.valid).toBe(true);
  return result.plan as DrawPlan;
}

describe('numbers', () => {
  it('rounds with Math.round exactly: 2.5 → 3, −2.5 → −2, 0.49999999999999994 → 0', () => {
    const plan = drawn(steps(rect({ x: 2.5, y: -2.5, w: 0.49999999999999994 + 1 }), rect({ x: 0.49999999999999994, y: -0.4 })));
    expect(plan.steps[0]).toMatchObject({ x: 3, y: -2 });
    expect(plan.steps[1]).toMatchObject({ x: 0, y: 0 });
    expect(Object.is((plan.steps[1] as { y: number }).y, 0)).toBe(true); // −0 folded
  });

  it('applies ranges to the rounded value', () => {
    const result = steps(rect({ w: 0.5 }), rect({ w: 0.49 }), rect({ x: 4096.4 }), rect({ x: 4096.5 }));
    expect(result.issues.map((i) => i.index)).toEqual(['1', '3']);
    expect(drawn(result).steps.map((s) => (s as { w: number }).w)).toEqual([1, 2]);
  });

  it('refuses strings, NaN and Infinity as numbers', () => {
    const result = steps(rect({ x: '3' }), rect({ y: Number.NaN }), rect({ w: Infinity }), rect());
    expect(result.issues.map((i) => i.index)).toEqual(['0', '1', '2']);
    expect(result.issues[0].reason).toMatch(/x must be a number/);
  });
});

describe('colours', () => {
  it('knows exactly the 148 CSS Color 4 names, case-insensitively, and not transparent', () => {
    expect(Object.keys(NAMED_COLORS)).toHaveLength(148);
    expect(parseColorString('RebeccaPurple')).toBe('#663399');
    expect(parseColorString('lightGoldenRodYellow')).toBe('#fafad2');
    expect(parseColorString('grey')).toBe(parseColorString('gray'));
    expect(parseColorString('transparent')).toBeNull();
    expect(parseColorString('currentcolor')).toBeNull();
    expect(parseColorString('toString')).toBeNull();
    expect(parseColorString('__proto__')).toBeNull();
  });

  it('reads #RGB and #RRGGBB in any case and writes #rrggbb', () => {
    expect(parseColorString('#AbC')).toBe('#aabbcc');
    expect(parseColorString('#A0b1C2')).toBe('#a0b1c2');
    for (const bad of ['#abcd', 'abc', '#ggg', '#12345', ' #abc', 'rgb(1,2,3)', '']) expect(parseColorString(bad)).toBeNull();
  });

  it('drops a step whose colour is not a colour, an index without a palette or out of range', () => {
    const result = parsePlan({
      steps: [rect({ fill: 'transparent' }), rect({ fill: 0 }), rect({ fill: [255, 0, 0] }), rect()],
    });
    expect(result.issues.map((i) => i.index)).toEqual(['0', '1', '2']);
    const withPalette = parsePlan({ palette: ['red', 'blue'], steps: [rect({ fill: 2 }), rect({ fill: -1 }), rect({ fill: 1.4 })] });
    expect(withPalette.issues.map((i) => i.index)).toEqual(['0', '1']);
    expect((drawn(withPalette).steps[0] as { fill: string }).fill).toBe('#0000ff');
  });

  it('ignores and reports an invalid palette, then indices are errors', () => {
    for (const palette of [[], ['red', 'nope'], 'red', new Array(33).fill('red'), [0]]) {
      const result = parsePlan({ palette, steps: [rect({ fill: 0 }), rect({ fill: '#010203' })] });
      expect(result.issues[0].index).toBe('palette');
      expect(result.issues[1].index).toBe('0');
      const plan = drawn(result);
      expect(plan.palette).toBeUndefined();
      expect((plan.steps[0] as { fill: string }).fill).toBe('#010203');
    }
  });
});

describe('top-level fields', () => {
  it('fills defaults from the settings and forces the caption', () => {
    const plan = drawn(parsePlan({ caption: 'lol', steps: [rect()] }, { canvasW: 64, canvasH: 32 }));
    expect(plan).toMatchObject({ version: '1', canvas: { w: 64, h: 32, bg: '#222222' }, caption: 'All for you', seed: 0 });
  });

  it('ignores missing or non-finite settings and clamps the rest to their ranges', () => {
    expect(
      resolveSettings({ canvasW: undefined, canvasH: Number.NaN, maxDrawSec: 0, defaultStepDurationMs: 99999, showDurationSec: 12.4 }),
    ).toEqual({
      canvasW: 96,
      canvasH: 96,
      defaultStepDurationMs: 10000,
      maxDrawSec: 1,
      showDurationSec: 12,
    });
    expect(drawn(parsePlan({ steps: [rect()] }, { canvasW: 1000 })).canvas.w).toBe(256);
  });

  it('reports bad canvas fields by name and uses their defaults', () => {
    const result = parsePlan({ canvas: { w: 7, h: 'big', bg: 'nope' }, steps: [rect()] });
    expect(result.issues.map((i) => i.index)).toEqual(['canvas.w', 'canvas.h', 'canvas.bg']);
    expect(drawn(result).canvas).toEqual({ w: 96, h: 96, bg: '#222222' });
    expect(parsePlan({ canvas: 5, steps: [rect()] }).issues[0].index).toBe('canvas');
  });

  it('reports a bad seed and uses 0; keeps a valid one', () => {
    expect(parsePlan({ seed: -1, steps: [rect()] }).issues[0].index).toBe('seed');
    expect(drawn(parsePlan({ seed: 4294967295, steps: [rect()] })).seed).toBe(4294967295);
    expect(parsePlan({ seed: 4294967296, steps: [rect()] }).issues[0].index).toBe('seed');
  });

  it('accepts version "1" and "1.0", reports others', () => {
    expect(parsePlan({ version: '1.0', steps: [rect()] }).issues).toEqual([]);
    expect(parsePlan({ version: '2', steps: [rect()] }).issues[0].index).toBe('version');
  });

  it('is invalid when not JSON, not an object, or without a valid step', () => {
    for (const input of [
      '{',
      '[]',
      'null',
      '"x"',
      42,
      null,
      undefined,
      [],
      { steps: [] },
      { steps: [{ op: 'nope' }] },
      {},
      { steps: {} },
    ]) {
      const result = parsePlan(input);
      expect(result.valid).toBe(false);
      expect(result.plan).toBeNull();
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('reads a JSON string like the object it encodes', () => {
    const raw = { palette: ['red'], steps: [rect({ fill: 0 })] };
    expect(parsePlan(JSON.stringify(raw))).toEqual(parsePlan(raw));
  });
});

describe('text cards', () => {
  it('are valid without steps, with the configured duration by default', () => {
    const result = parsePlan({ render_text: 'You are too small', steps: 'ignored' }, { showDurationSec: 12 });
    expect(result.issues).toEqual([]);
    expect(result.plan).toMatchObject({ render_text: 'You are too small', duration_sec: 12, caption: 'All for you' });
  });

  it('report a bad duration_sec and use the default', () => {
    const result = parsePlan({ render_text: 'x', duration_sec: 601 });
    expect(result.issues[0].index).toBe('duration_sec');
    expect((result.plan as TextCardPlan).duration_sec).toBe(90);
  });
});

describe('steps', () => {
  it('drops invalid steps with index and reason, keeps the rest', () => {
    const result = steps(
      rect(),
      { op: 'line', x1: 0, y1: 0, x2: 1, y2: 1 },
      { op: 'rect', x: 0, y: 0, w: 1, h: 1 },
      { op: 'pixels', color: 'red' },
      { op: 'pixels', points: [[0, 0]] },
      { op: 'pixels', x: 0, y: 0, matrix: ['01'] },
      { op: 'text', x: 0, y: 0, value: 'x'.repeat(65) },
      {
        op: 'polygon',
        points: [
          [0, 0],
          [1, 1],
        ],
        fill: 'red',
      },
      { op: 'circle', cx: 0, cy: 0, r: 513, fill: 'red' },
      { op: 'line', x1: 0, y1: 0, x2: 1, y2: 1, color: 'red', width: 17 },
      { op: 'text', x: 0, y: 0, value: 'x', size: 5 },
      { op: 'text', x: 0, y: 0, value: 'x', font: '8x8' },
      rect({ animate: { mode: 'explode' } }),
      rect({ animate: { ease: 'bounce' } }),
      rect({ animate: { delay_ms: 5001 } }),
      rect({ animate: { duration_ms: 10001 } }),
      rect({ animate: { speed_px_per_s: 0 } }),
      rect({ animate: 'fast' }),
      'rect',
      rect({ unknown: 1, animate: { wobble: true } }),
    );
    expect(result.issues.map((i) => i.index)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
    ]);
    for (const issue of result.issues) expect(issue.reason.length).toBeGreaterThan(5);
    const plan = drawn(result);
    expect(plan.steps).toHaveLength(2);
    expect(plan.steps[1]).toEqual({ op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: '#ff0000' });
  });

  it('enforces the size limits of points, matrix, vertices and text', () => {
    const pts = (n: number): number[][] => Array.from({ length: n }, (_, i) => [i % 50, 1]);
    const result = steps(
      { op: 'pixels', points: pts(4096), color: 'red' },
      { op: 'pixels', points: pts(4097), color: 'red' },
      { op: 'pixels', x: 0, y: 0, matrix: new Array(128).fill('#'.repeat(128)), color: 'red' },
      { op: 'pixels', x: 0, y: 0, matrix: new Array(129).fill('#'), color: 'red' },
      { op: 'pixels', x: 0, y: 0, matrix: ['#'.repeat(129)], color: 'red' },
      { op: 'polygon', points: pts(64), fill: 'red' },
      { op: 'polygon', points: pts(65), fill: 'red' },
      { op: 'text', x: 0, y: 0, value: 'я'.repeat(64) },
      { op: 'text', x: 0, y: 0, value: '😀'.repeat(64) },
      { op: 'text', x: 0, y: 0, value: '😀'.repeat(65) },
    );
    expect(result.issues.map((i) => i.index)).toEqual(['1', '3', '4', '6', '9']);
  });

  it('keeps at most 256 drawing steps after flattening', () => {
    const result = parsePlan({ steps: [{ op: 'group', steps: new Array(200).fill(rect()) }, ...new Array(100).fill(rect())] });
    expect(result.issues).toEqual([{ index: '57', reason: expect.stringMatching(/more than 256 drawing steps/) }]);
    const plan = drawn(result);
    expect(plan.steps).toHaveLength(57);
  });

  it('keeps groups, reports children as "i.j", drops groups nested deeper than 4', () => {
    const nest = (depth: number): unknown => (depth === 0 ? rect() : { op: 'group', steps: [nest(depth - 1)] });
    const result = steps(
      { op: 'group', animate: { delay_ms: 10 }, steps: [rect(), { op: 'nope' }, rect({ w: 0 })] },
      nest(4),
      nest(5),
      { op: 'group', steps: [{ op: 'nope' }] },
      { op: 'group', steps: [rect()], animate: { mode: 'zoom' } },
    );
    expect(result.issues.map((i) => i.index)).toEqual(['0.1', '0.2', '2.0.0.0.0', '2.0.0.0', '2.0.0', '2.0', '2', '3.0', '3', '4']);
    const plan = drawn(result);
    expect(plan.steps).toHaveLength(2);
    expect(plan.steps[0]).toEqual({
      op: 'group',
      steps: [{ op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: '#ff0000' }],
      animate: { delay_ms: 10 },
    });
  });

  it('treats null fields as absent', () => {
    const plan = drawn(
      steps(rect({ outline: null, animate: null }), { op: 'line', x1: 0, y1: 0, x2: 3, y2: 3, color: 'red', width: null }),
    );
    expect(plan.steps[0]).toEqual({ op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: '#ff0000' });
    expect(plan.steps[1]).toMatchObject({ width: 1 });
  });

  it('fills text defaults: 5x7, size 1, white snapped to the palette', () => {
    const plan = drawn(parsePlan({ palette: ['#fefefe', 'black'], steps: [{ op: 'text', x: 1, y: 2, value: 'hi' }] }));
    expect(plan.steps[0]).toEqual({ op: 'text', x: 1, y: 2, value: 'hi', font: '5x7', size: 1, color: '#fefefe' });
  });
});

// Random plans, valid and broken, for the idempotence property.
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.string({ maxLength: 5 }),
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ noNaN: false }),
);
const num = fc.oneof({ weight: 6, arbitrary: fc.double({ min: -5000, max: 5000, noNaN: true }) }, { weight: 1, arbitrary: junk });
const col = fc.oneof(fc.constantFrom('red', '#ABC', '#a1b2c3', 'nope', 'Navy'), fc.integer({ min: -1, max: 5 }), junk);
const anim = fc.option(
  fc.record(
    {
      mode: fc.constantFrom('stroke', 'fill', 'pixel_reveal', 'x'),
      delay_ms: num,
      duration_ms: num,
      speed_px_per_s: num,
      ease: fc.constantFrom('linear', 'ease_in_out', 'no'),
    },
    { requiredKeys: [] },
  ),
);
const anyStep: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  step: fc.oneof(
    { depthSize: 'small' },
    fc.record(
      { op: fc.constant('rect'), x: num, y: num, w: num, h: num, fill: col, outline: col, animate: anim },
      { requiredKeys: ['op'] },
    ),
    fc.record({ op: fc.constant('circle'), cx: num, cy: num, r: num, fill: col, animate: anim }, { requiredKeys: ['op'] }),
    fc.record({ op: fc.constant('line'), x1: num, y1: num, x2: num, y2: num, width: num, color: col }, { requiredKeys: ['op'] }),
    fc.record(
      { op: fc.constant('polygon'), points: fc.array(fc.tuple(num, num), { maxLength: 6 }), outline: col },
      { requiredKeys: ['op'] },
    ),
    fc.record(
      {
        op: fc.constant('pixels'),
        points: fc.array(fc.tuple(num, num), { maxLength: 4 }),
        x: num,
        y: num,
        matrix: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
        color: col,
      },
      { requiredKeys: ['op'] },
    ),
    fc.record(
      {
        op: fc.constant('text'),
        x: num,
        y: num,
        value: fc.string({ maxLength: 70 }),
        font: fc.constantFrom('5x7', '3x5', 'x'),
        size: num,
        color: col,
      },
      { requiredKeys: ['op'] },
    ),
    fc.record({ op: fc.constant('group'), steps: fc.array(tie('step'), { maxLength: 3 }), animate: anim }, { requiredKeys: ['op'] }),
    junk,
  ),
})).step;
const anyPlan = fc.record(
  {
    version: fc.constantFrom('1', '1.0', '2'),
    canvas: fc.record({ w: num, h: num, bg: col }, { requiredKeys: [] }),
    palette: fc.oneof(fc.array(fc.constantFrom('red', '#000', '#0f0', 'gold', 'bad'), { maxLength: 4 }), junk),
    steps: fc.array(anyStep, { maxLength: 6 }),
    seed: num,
    caption: fc.string(),
    render_text: fc.option(fc.string({ maxLength: 20 }), { freq: 8 }),
    duration_sec: num,
  },
  { requiredKeys: ['steps'] },
);

describe('normalisation', () => {
  it('is idempotent: re-parsing a normalised plan gives the same plan and no issue', () => {
    fc.assert(
      fc.property(anyPlan, fc.integer({ min: 8, max: 256 }), (raw, canvasW) => {
        const first = parsePlan(raw, { canvasW });
        if (!first.valid) {
          expect(first.plan).toBeNull();
          return;
        }
        const second = parsePlan(first.plan, { canvasW });
        expect(second.issues).toEqual([]);
        expect(second.plan).toEqual(first.plan);
        expect(parsePlan(JSON.parse(JSON.stringify(first.plan)), { canvasW }).plan).toEqual(first.plan);
        expect(planSchema.safeParse(first.plan).success).toBe(true);
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it('keeps group delays across re-parsing', () => {
    const once = parsePlan({
      steps: [{ op: 'group', animate: { delay_ms: 300.4, mode: 'stroke' }, steps: [rect({ animate: { delay_ms: 5 } }), { op: 'bad' }] }],
    });
    const twice = parsePlan(once.plan);
    expect(twice.plan).toEqual(once.plan);
    expect(twice.issues).toEqual([]);
    expect((once.plan as DrawPlan).steps[0]).toEqual({
      op: 'group',
      steps: [{ op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: '#ff0000', animate: { delay_ms: 5 } }],
      animate: { mode: 'stroke', delay_ms: 300 },
    });
  });
});
