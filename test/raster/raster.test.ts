import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../src/dsl/index.js';
import {
  compilePlan,
  eventsAt,
  frameAt,
  FramePlayer,
  layoutTextCard,
  mulberry32,
  upscaleNearest,
  type CompiledPlan,
} from '../../src/raster/index.js';
import { clippedLinePoints } from '../../src/raster/geometry.js';
import { refBresenham } from './spec-reference.js';

type Ev = [number, number, string];

function plan(steps: unknown[], extra: Record<string, unknown> = {}): Plan {
  const result = parsePlan({ canvas: { w: 16, h: 16, bg: '#000000' }, steps, ...extra });
  expect(result.issues).toEqual([]);
  return result.plan!;
}

function compiled(steps: unknown[], extra: Record<string, unknown> = {}, settings = {}): CompiledPlan {
  return compilePlan(plan(steps, extra), settings);
}

function stepEvents(c: CompiledPlan, i: number): Ev[] {
  const s = c.steps[i];
  const out: Ev[] = [];
  for (let k = s.firstEvent; k < s.firstEvent + s.eventCount; k++) {
    const e = c.events[k];
    const p = e & 0xffff;
    out.push([p % c.width, Math.floor(p / c.width), c.colors[e >>> 16]]);
  }
  return out;
}

function xy(events: Ev[]): Array<[number, number]> {
  return events.map(([x, y]) => [x, y]);
}

function pixelAt(frame: Uint8ClampedArray, w: number, x: number, y: number): string {
  const o = (y * w + x) * 4;
  return `#${[frame[o], frame[o + 1], frame[o + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

describe('shapes', () => {
  it('rect 0,0,11,11 covers exactly the pixels of the polygon (0,0),(10,0),(10,10),(0,10)', () => {
    const c = compiled([
      { op: 'rect', x: 0, y: 0, w: 11, h: 11, fill: 'red' },
      {
        op: 'polygon',
        points: [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ],
        fill: 'red',
      },
    ]);
    const rect = xy(stepEvents(c, 0));
    expect(rect).toHaveLength(121);
    expect(xy(stepEvents(c, 1))).toEqual(rect);
  });

  it('rect path runs clockwise from the top-left: top, right, bottom (right to left), left (bottom to top)', () => {
    const c = compiled([{ op: 'rect', x: 1, y: 1, w: 3, h: 3, outline: 'red' }]);
    expect(xy(stepEvents(c, 0))).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [3, 2],
      [3, 3],
      [2, 3],
      [1, 3],
      [1, 2],
    ]);
  });

  it('a one-row rect lists each pixel once', () => {
    const c = compiled([{ op: 'rect', x: 2, y: 2, w: 3, h: 1, outline: 'red' }]);
    expect(xy(stepEvents(c, 0))).toEqual([
      [2, 2],
      [3, 2],
      [4, 2],
    ]);
  });

  it('circle r=0 is one pixel', () => {
    const c = compiled([{ op: 'circle', cx: 5, cy: 6, r: 0, fill: 'red', outline: 'blue' }]);
    expect(stepEvents(c, 0)).toEqual([
      [5, 6, '#ff0000'],
      [5, 6, '#0000ff'],
    ]);
    const stroke = compiled([{ op: 'circle', cx: 5, cy: 6, r: 0, outline: 'blue' }]);
    expect(xy(stepEvents(stroke, 0))).toEqual([[5, 6]]);
  });

  it('circle covers dx²+dy² ≤ r²+r', () => {
    const c = compiled([
      { op: 'circle', cx: 8, cy: 8, r: 1, fill: 'red' },
      { op: 'circle', cx: 8, cy: 8, r: 2, fill: 'red' },
      { op: 'circle', cx: 8, cy: 8, r: 3, fill: 'red' },
    ]);
    expect(c.steps.map((s) => s.eventCount)).toEqual([9, 21, 37]);
    // r=2: the rows ±2 span dx −1..1 (1+4 ≤ 6, 4+4 > 6).
    expect(xy(stepEvents(c, 1)).slice(0, 3)).toEqual([
      [7, 6],
      [8, 6],
      [9, 6],
    ]);
  });

  it('circle path is clockwise from 12 o clock', () => {
    const c = compiled([
      { op: 'circle', cx: 5, cy: 5, r: 1, outline: 'red' },
      { op: 'circle', cx: 5, cy: 5, r: 2, outline: 'red' },
    ]);
    const at = (dx: number, dy: number): [number, number] => [5 + dx, 5 + dy];
    expect(xy(stepEvents(c, 0))).toEqual([at(0, -1), at(1, -1), at(1, 0), at(1, 1), at(0, 1), at(-1, 1), at(-1, 0), at(-1, -1)]);
    expect(xy(stepEvents(c, 1))).toEqual([
      at(0, -2),
      at(1, -2),
      at(2, -1),
      at(2, 0),
      at(2, 1),
      at(1, 2),
      at(0, 2),
      at(-1, 2),
      at(-2, 1),
      at(-2, 0),
      at(-2, -1),
      at(-1, -2),
    ]);
  });

  it('circle stroke mode draws the path, then the rest of the disc row-major', () => {
    const c = compiled([{ op: 'circle', cx: 5, cy: 5, r: 1, fill: 'red', outline: 'blue', animate: { mode: 'stroke' } }]);
    const events = stepEvents(c, 0);
    expect(events).toHaveLength(9);
    expect(events.slice(0, 8).every(([, , col]) => col === '#0000ff')).toBe(true);
    expect(events[8]).toEqual([5, 5, '#ff0000']);
  });

  it('polygon fill mode: covered row-major, then the outline path', () => {
    const c = compiled([
      {
        op: 'polygon',
        points: [
          [0, 0],
          [4, 0],
          [0, 4],
        ],
        fill: 'red',
        outline: 'blue',
      },
    ]);
    const events = stepEvents(c, 0);
    const fill = events.filter(([, , col]) => col === '#ff0000');
    // Row y covers x = 0..4−y (crossings 0 and 4−y; the hypotenuse's Bresenham pixels included).
    expect(xy(fill)).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [0, 1],
      [1, 1],
      [2, 1],
      [3, 1],
      [0, 2],
      [1, 2],
      [2, 2],
      [0, 3],
      [1, 3],
      [0, 4],
    ]);
    expect(events.slice(0, 15)).toEqual(fill);
    expect(xy(events.slice(15))).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [3, 1],
      [2, 2],
      [1, 3],
      [0, 4],
      [0, 3],
      [0, 2],
      [0, 1],
    ]);
  });

  it('polygon spans use exact crossings ⌈a⌉..⌊b⌋', () => {
    // Edges from (0,0) to (3,3) and (7,0)-(4,3): at y=1 crossings are 1 and 6; a thin sliver
    // triangle tests fractional crossings: (0,0),(10,1),(0,2): at y=1 the crossings are 0 and 10.
    const c = compiled([
      {
        op: 'polygon',
        points: [
          [0, 0],
          [10, 1],
          [0, 2],
        ],
        fill: 'red',
        animate: { mode: 'fill' },
      },
    ]);
    const row1 = xy(stepEvents(c, 0))
      .filter(([, y]) => y === 1)
      .map(([x]) => x);
    expect(row1).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('lines', () => {
  it('follows the spec Bresenham loop with both ends included', () => {
    const c = compiled([{ op: 'line', x1: 0, y1: 0, x2: 5, y2: 2, color: 'red' }]);
    expect(xy(stepEvents(c, 0))).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 2],
    ]);
  });

  it('closed-form clipped Bresenham equals the literal loop on every short line', () => {
    const out = new Int32Array(4096);
    for (let x1 = -5; x1 <= 5; x1++) {
      for (let y1 = -5; y1 <= 5; y1++) {
        for (let x2 = -5; x2 <= 5; x2++) {
          for (let y2 = -5; y2 <= 5; y2++) {
            const expected = refBresenham(x1, y1, x2, y2);
            const n = clippedLinePoints(x1, y1, x2, y2, 0, 0, 1000, 1000, out);
            const unclipped = clippedLinePoints(x1 + 100, y1 + 100, x2 + 100, y2 + 100, 0, 0, 1000, 1000, out);
            const got: Array<[number, number]> = [];
            for (let q = 0; q < unclipped; q++) got.push([out[2 * q] - 100, out[2 * q + 1] - 100]);
            expect(got).toEqual(expected);
            // Clipped to the quadrant x,y ≥ 0 of a 1000² canvas: the visible points, in order.
            const visible = expected.filter(([x, y]) => x >= 0 && y >= 0);
            const clipped: Array<[number, number]> = [];
            const m = clippedLinePoints(x1, y1, x2, y2, 0, 0, 1000, 1000, out);
            for (let q = 0; q < m; q++) clipped.push([out[2 * q], out[2 * q + 1]]);
            expect(clipped).toEqual(visible);
            expect(n).toBe(visible.length);
          }
        }
      }
    }
  });

  it('closed-form Bresenham equals the literal loop on long random lines', () => {
    const out = new Int32Array(1 << 16);
    let seed = 12345;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let k = 0; k < 300; k++) {
      const [x1, y1, x2, y2] = [rnd() % 8193, rnd() % 8193, rnd() % 8193, rnd() % 8193].map((v) => v - 4096);
      const expected = refBresenham(x1, y1, x2, y2).filter(([x, y]) => x >= 0 && y >= 0 && x < 256 && y < 256);
      const n = clippedLinePoints(x1, y1, x2, y2, 0, 0, 256, 256, out);
      const got: Array<[number, number]> = [];
      for (let q = 0; q < n; q++) got.push([out[2 * q], out[2 * q + 1]]);
      expect(got).toEqual(expected);
    }
  });

  it('width stamps p−⌊(w−1)/2⌋ … p+⌈(w−1)/2⌉, new pixels of each stamp row-major', () => {
    const c = compiled([
      { op: 'line', x1: 0, y1: 0, x2: 2, y2: 0, width: 2, color: 'red' },
      { op: 'line', x1: 8, y1: 8, x2: 8, y2: 8, width: 3, color: 'red' },
      { op: 'line', x1: 8, y1: 8, x2: 8, y2: 8, width: 4, color: 'red' },
    ]);
    expect(xy(stepEvents(c, 0))).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 0],
      [2, 1],
      [3, 0],
      [3, 1],
    ]);
    expect(xy(stepEvents(c, 1))).toEqual([
      [7, 7],
      [8, 7],
      [9, 7],
      [7, 8],
      [8, 8],
      [9, 8],
      [7, 9],
      [8, 9],
      [9, 9],
    ]);
    const w4 = xy(stepEvents(c, 2));
    expect(w4).toHaveLength(16);
    expect(w4[0]).toEqual([7, 7]);
    expect(w4[15]).toEqual([10, 10]);
  });

  it('a line from far outside costs only its visible part and keeps its order', () => {
    const c = compilePlan(
      parsePlan({ canvas: { w: 8, h: 8 }, steps: [{ op: 'line', x1: -4096, y1: -4096, x2: 4096, y2: 4096, color: 'red' }] }).plan!,
    );
    expect(xy(stepEvents(c, 0))).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
      [6, 6],
      [7, 7],
    ]);
  });
});

describe('clipping', () => {
  it('counts events after clipping, and speed uses the clipped count', () => {
    const c = compiled([
      { op: 'rect', x: -5, y: -5, w: 10, h: 10, fill: 'red', animate: { speed_px_per_s: 10 } },
      { op: 'rect', x: -5, y: -5, w: 10, h: 10, outline: 'red' },
      {
        op: 'pixels',
        points: [
          [-1, 0],
          [0, 0],
          [16, 0],
          [15, 15],
          [0, 0],
        ],
        color: 'red',
        animate: { mode: 'stroke' },
      },
    ]);
    expect(c.steps[0].eventCount).toBe(25);
    expect(c.steps[0].durationMs).toBe(2500);
    // Only the right column x=4 and bottom row y=4 of the outline are on the canvas.
    expect(xy(stepEvents(c, 1))).toEqual([
      [4, 0],
      [4, 1],
      [4, 2],
      [4, 3],
      [4, 4],
      [3, 4],
      [2, 4],
      [1, 4],
      [0, 4],
    ]);
    expect(xy(stepEvents(c, 2))).toEqual([
      [0, 0],
      [15, 15],
      [0, 0],
    ]);
  });

  it('a shape entirely off the canvas has no events', () => {
    const c = compiled([
      { op: 'circle', cx: -600, cy: 0, r: 512, fill: 'red' },
      { op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: 'red' },
    ]);
    expect(c.steps[0].eventCount).toBe(0);
  });
});

describe('palette', () => {
  it('snaps every colour, bg and defaults included, ties to the lower index', () => {
    const result = parsePlan({
      canvas: { w: 16, h: 16 },
      palette: ['#000000', '#020202', 'white'],
      steps: [
        { op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: '#010101' },
        { op: 'text', x: 0, y: 0, value: 'a' },
        { op: 'line', x1: 0, y1: 0, x2: 1, y2: 1, color: 2 },
        { op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: 'red' },
      ],
    });
    expect(result.issues).toEqual([]);
    const p = result.plan as Extract<Plan, { steps: unknown }>;
    expect(p.canvas.bg).toBe('#020202'); // default #222222: nearer #020202 than #000000
    expect((p.steps[0] as { fill: string }).fill).toBe('#000000');
    expect((p.steps[1] as { color: string }).color).toBe('#ffffff');
    expect((p.steps[2] as { color: string }).color).toBe('#ffffff');
    expect((p.steps[3] as { fill: string }).fill).toBe('#020202'); // red: 253²+2²+2² beats 255²
  });

  it('ties go to the lower index whichever entry comes first', () => {
    const a = parsePlan({ palette: ['#020202', '#000000'], steps: [{ op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: '#010101' }] });
    expect((a.plan as { steps: Array<{ fill: string }> }).steps[0].fill).toBe('#020202');
  });

  it('matrix digits index the palette', () => {
    const c = compiled([{ op: 'pixels', x: 1, y: 2, matrix: ['0.1', ' 2'], animate: { mode: 'stroke' } }], {
      palette: ['red', 'lime', 'blue'],
    });
    expect(stepEvents(c, 0)).toEqual([
      [1, 2, '#ff0000'],
      [3, 2, '#00ff00'],
      [2, 3, '#0000ff'],
    ]);
  });
});

describe('pixel_reveal', () => {
  it('mulberry32 matches the published first outputs', () => {
    const next = mulberry32(0);
    expect([next(), next(), next()]).toEqual([1144304738, 1416247, 958946056]);
  });

  it('shuffles the row-major distinct pixels with s = seed XOR (i·0x9E3779B1)', () => {
    // Step index 2, seed 7: s = 7 ^ 0x3C6EF362 = 0x3C6EF365; a = [x0, x1, x2, x3] → [2, 3, 0, 1]
    // (j=3: r = next()%4, j=2: next()%3, j=1: next()%2), computed by hand with BigInt.
    const c = compiled(
      [
        { op: 'rect', x: 0, y: 5, w: 1, h: 1, fill: 'red' },
        { op: 'rect', x: 0, y: 5, w: 1, h: 1, fill: 'red' },
        {
          op: 'pixels',
          points: [
            [3, 0],
            [1, 0],
            [0, 0],
            [2, 0],
            [1, 0],
          ],
          color: 'blue',
        },
      ],
      { seed: 7 },
    );
    expect(xy(stepEvents(c, 2))).toEqual([
      [2, 0],
      [3, 0],
      [0, 0],
      [1, 0],
    ]);
  });

  it('reduces a step to its distinct pixels', () => {
    const c = compiled([
      {
        op: 'pixels',
        points: [
          [1, 1],
          [1, 1],
          [1, 1],
        ],
        color: 'blue',
      },
    ]);
    expect(c.steps[0].eventCount).toBe(1);
  });
});

describe('timing', () => {
  it('start times add delays and durations; the default duration applies', () => {
    const c = compiled(
      [
        { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red', animate: { delay_ms: 100 } },
        { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'blue', animate: { duration_ms: 50, delay_ms: 10 } },
      ],
      {},
      { defaultStepDurationMs: 400 },
    );
    expect(c.steps.map((s) => [s.startMs, s.durationMs])).toEqual([
      [100, 400],
      [510, 50],
    ]);
    expect(c.totalMs).toBe(560);
    expect(eventsAt(c, 99)).toBe(0);
    expect(eventsAt(c, 100)).toBe(0);
    expect(eventsAt(c, 200)).toBe(1); // ⌊100·4/400⌋
    expect(eventsAt(c, 509)).toBe(4);
    expect(eventsAt(c, 535)).toBe(6); // 4 + ⌊25·4/50⌋
    expect(eventsAt(c, 560)).toBe(8);
  });

  it('speed gives ⌈1000·N/speed⌉', () => {
    const c = compiled([{ op: 'rect', x: 0, y: 0, w: 3, h: 1, fill: 'red', animate: { speed_px_per_s: 7 } }]);
    expect(c.steps[0].durationMs).toBe(429); // ⌈3000/7⌉
  });

  it('duration 0 shows every event at once', () => {
    const c = compiled([{ op: 'rect', x: 0, y: 0, w: 4, h: 4, fill: 'red', animate: { duration_ms: 0, delay_ms: 30 } }]);
    expect(eventsAt(c, 29)).toBe(0);
    expect(eventsAt(c, 30)).toBe(16);
  });

  it('ease_in_out uses ⌊2e²N/d²⌋ then N − ⌈2(d−e)²N/d²⌉', () => {
    const c = compiled([{ op: 'rect', x: 0, y: 0, w: 10, h: 1, fill: 'red', animate: { duration_ms: 100, ease: 'ease_in_out' } }]);
    const n = 10;
    const d = 100;
    for (let e = 0; e < d; e++) {
      const expected = 2 * e < d ? Math.floor((2 * e * e * n) / (d * d)) : n - Math.ceil((2 * (d - e) ** 2 * n) / (d * d));
      expect(eventsAt(c, e)).toBe(expected);
    }
    expect(eventsAt(c, 25)).toBe(1); // 2·625·10/10000 = 1.25
    expect(eventsAt(c, 75)).toBe(8); // 10 − ⌈1.25⌉
  });

  it('scales every delay and duration by ⌊x·M/T⌋ when T exceeds MAX_DRAW_SEC', () => {
    const c = compiled(
      [
        { op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: 'red', animate: { duration_ms: 700, delay_ms: 300 } },
        { op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: 'red', animate: { duration_ms: 999, delay_ms: 1 } },
      ],
      {},
      { maxDrawSec: 1 },
    );
    // T = 2000 > M = 1000: 300→150, 700→350, 1→0, 999→499; T' = 999.
    expect(c.steps.map((s) => [s.delayMs, s.durationMs, s.startMs])).toEqual([
      [150, 350, 150],
      [0, 499, 500],
    ]);
    expect(c.totalMs).toBe(999);
  });

  it('t ≥ T is the final frame; a fractional clock is floored', () => {
    const c = compiled([{ op: 'rect', x: 0, y: 0, w: 10, h: 1, fill: 'red', animate: { duration_ms: 100 } }]);
    expect(eventsAt(c, 9.99)).toBe(0);
    expect(eventsAt(c, 10)).toBe(1);
    expect(eventsAt(c, 1e12)).toBe(10);
    expect(eventsAt(c, -5)).toBe(0);
  });
});

describe('groups', () => {
  it('cascade animate field by field and add the group delay to the first drawn step', () => {
    const c = compiled(
      [
        {
          op: 'group',
          animate: { delay_ms: 100, duration_ms: 40, mode: 'stroke', ease: 'ease_in_out' },
          steps: [
            { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red', animate: { delay_ms: 5 } },
            {
              op: 'group',
              animate: { delay_ms: 7, duration_ms: 20 },
              steps: [{ op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red', outline: 'blue', animate: { ease: 'linear' } }],
            },
            { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red' },
          ],
        },
        { op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red' },
      ],
      {},
      { defaultStepDurationMs: 600 },
    );
    expect(c.steps.map((s) => [s.delayMs, s.durationMs, s.mode, s.ease])).toEqual([
      [105, 40, 'stroke', 'ease_in_out'],
      [7, 20, 'stroke', 'linear'],
      [0, 40, 'stroke', 'ease_in_out'],
      [0, 600, 'fill', 'linear'],
    ]);
  });
});

describe('text', () => {
  it('draws glyph by glyph, each glyph row-major, size scaling font pixels to blocks', () => {
    const c = compiled([
      { op: 'text', x: 0, y: 0, value: '!', color: 'red' },
      { op: 'text', x: 0, y: 0, value: '!!', size: 2, color: 'red' },
      { op: 'text', x: 0, y: 0, value: '!\n!', color: 'red' },
    ]);
    // 5x7 '!' is column 2, rows 0-4 and 6.
    expect(xy(stepEvents(c, 0))).toEqual([
      [2, 0],
      [2, 1],
      [2, 2],
      [2, 3],
      [2, 4],
      [2, 6],
    ]);
    const big = xy(stepEvents(c, 1));
    expect(big.slice(0, 4)).toEqual([
      [4, 0],
      [5, 0],
      [4, 1],
      [5, 1],
    ]);
    // The second glyph starts at x = 6·2 = 12; its ink column x = 16..17 is off the 16-wide canvas.
    expect(big).toHaveLength(24);
    expect(xy(stepEvents(c, 2))[6]).toEqual([2, 8]); // second line at y = 8
  });

  it('lays out the text card in the largest 5x7 size that fits, centred', () => {
    const layout = layoutTextCard('You are too small', 96, 96);
    expect(layout.font).toBe('5x7');
    expect(layout.size).toBe(3);
    expect(layout.lines.map((l) => l.text)).toEqual(['You', 'are', 'too', 'small']);
    // 4 lines of 24 px minus the last gap: 93 px tall, top = 1; "small" is 87 px wide → x = 4.
    expect(layout.lines[0].y).toBe(1);
    expect(layout.lines[3]).toEqual({ x: 4, y: 73, text: 'small' });
    const tiny = layoutTextCard('a b c d e f g h i j k l m n o p q r s t u v w x y z', 16, 16);
    expect(tiny.font).toBe('3x5');
  });

  it('compiles a text card to one zero-duration step drawn at t=0', () => {
    const result = parsePlan({ render_text: 'You are too small', duration_sec: 5 });
    const c = compilePlan(result.plan!);
    expect(c.textCard).toBe(true);
    expect(c.totalMs).toBe(0);
    expect(c.holdMs).toBe(5000);
    expect(c.steps).toHaveLength(1);
    expect(c.steps[0].durationMs).toBe(0);
    expect(c.eventCount).toBeGreaterThan(100);
    const frame = frameAt(c, 0);
    expect(pixelAt(frame, 96, 0, 0)).toBe('#222222');
    expect(eventsAt(c, 0)).toBe(c.eventCount);
  });
});

describe('frames', () => {
  it('frameAt paints bg then the due events, alpha 255', () => {
    const c = compiled([{ op: 'rect', x: 1, y: 1, w: 2, h: 1, fill: '#123456', animate: { duration_ms: 10 } }]);
    const start = frameAt(c, 0);
    expect(pixelAt(start, 16, 1, 1)).toBe('#000000');
    const mid = frameAt(c, 5);
    expect(pixelAt(mid, 16, 1, 1)).toBe('#123456');
    expect(pixelAt(mid, 16, 2, 1)).toBe('#000000');
    const end = frameAt(c, 10);
    expect(pixelAt(end, 16, 2, 1)).toBe('#123456');
    for (let k = 3; k < end.length; k += 4) expect(end[k]).toBe(255);
  });

  it('FramePlayer equals frameAt at every time, forwards and backwards, with a correct dirty box', () => {
    const c = compiled([
      { op: 'circle', cx: 8, cy: 8, r: 6, fill: 'red', outline: 'blue', animate: { duration_ms: 300, ease: 'ease_in_out' } },
      { op: 'line', x1: 0, y1: 15, x2: 15, y2: 0, width: 3, color: 'lime', animate: { delay_ms: 50 } },
      {
        op: 'pixels',
        points: [
          [1, 1],
          [2, 2],
          [3, 3],
          [14, 1],
        ],
        color: 'yellow',
        animate: { duration_ms: 0 },
      },
      { op: 'text', x: 1, y: 4, value: 'Hi', color: 'white', animate: { speed_px_per_s: 90 } },
    ]);
    let seed = 99;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed;
    };
    for (let run = 0; run < 20; run++) {
      const player = new FramePlayer(c);
      let previous = frameAt(c, 0);
      let t = 0;
      for (let k = 0; k < 60; k++) {
        t = rnd() % 5 === 0 ? rnd() % (c.totalMs + 100) : t + (rnd() % 80);
        player.advanceTo(t);
        const expected = frameAt(c, t);
        expect(Buffer.from(player.pixels).equals(Buffer.from(expected))).toBe(true);
        if (player.dirty !== null && k > 0) {
          // Every changed pixel lies inside the dirty box.
          for (let p = 0; p < 256; p++) {
            const changed = [0, 1, 2].some((o) => previous[p * 4 + o] !== expected[p * 4 + o]);
            if (!changed) continue;
            const x = p % 16;
            const y = Math.floor(p / 16);
            const d = player.dirty;
            expect(x >= d.x && x < d.x + d.w && y >= d.y && y < d.y + d.h).toBe(true);
          }
        } else if (k > 0) {
          expect(Buffer.from(previous).equals(Buffer.from(expected))).toBe(true);
        }
        previous = expected;
      }
    }
  });

  it('upscales nearest-neighbour', () => {
    const src = new Uint8ClampedArray([1, 2, 3, 255, 4, 5, 6, 255]);
    const out = upscaleNearest(src, 2, 1, 2);
    expect(Array.from(out)).toEqual([
      1, 2, 3, 255, 1, 2, 3, 255, 4, 5, 6, 255, 4, 5, 6, 255, 1, 2, 3, 255, 1, 2, 3, 255, 4, 5, 6, 255, 4, 5, 6, 255,
    ]);
  });
});
