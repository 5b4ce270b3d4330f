// compilePlan counts each step's events (N) without listing them; frames list them on first
// need. These tests pin that counting equals listing, colour by colour, on shapes far larger
// than the canvas (the oracle test covers small ones against the spec), and that the lazy
// buffer gives the same frames in any order of use.
import { describe, expect, it } from 'vitest';
import { parsePlan, type DrawingStep, type AnimateMode } from '../../src/dsl/index.js';
import { ColorTable, StepCompiler } from '../../src/raster/events.js';
import { compilePlan, frameAt, FramePlayer } from '../../src/raster/index.js';

function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const COLORS = ['red', 'lime', 'blue', '#123456', 'white'];

/** Random raw steps of every op, many reaching far outside a size×size canvas. */
function randomSteps(rnd: (n: number) => number, size: number, count: number): unknown[] {
  const near = (): number => rnd(size + 20) - 10;
  const far = (): number => (rnd(4) === 0 ? rnd(8193) - 4096 : near());
  const color = (): string => COLORS[rnd(COLORS.length)];
  const paint = (): Record<string, string> => {
    const kind = rnd(3);
    return kind === 0 ? { fill: color() } : kind === 1 ? { outline: color() } : { fill: color(), outline: color() };
  };
  const steps: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const animate = { mode: ['stroke', 'fill', 'pixel_reveal'][rnd(3)] };
    switch (rnd(6)) {
      case 0:
        steps.push({ op: 'rect', x: far(), y: far(), w: 1 + rnd(rnd(2) ? 8 : 4096), h: 1 + rnd(rnd(2) ? 8 : 4096), ...paint(), animate });
        break;
      case 1:
        steps.push({ op: 'circle', cx: far(), cy: far(), r: rnd(2) ? rnd(12) : rnd(513), ...paint(), animate });
        break;
      case 2: {
        // Few distinct coordinates: repeated vertices, collinear and horizontal edges, crossings
        // that meet exactly on pixels and spans that share end pixels.
        const grid = rnd(2) === 0;
        const points = Array.from({ length: 3 + rnd(20) }, () => (grid ? [rnd(5) * 4 - 2, rnd(5) * 4 - 2] : [far(), far()]));
        steps.push({ op: 'polygon', points, ...paint(), animate });
        break;
      }
      case 3:
        steps.push({ op: 'line', x1: far(), y1: far(), x2: far(), y2: far(), width: 1 + rnd(16), color: color(), animate });
        break;
      case 4:
        steps.push({
          op: 'pixels',
          points: Array.from({ length: rnd(40) }, () => [near(), near()]),
          x: near(),
          y: near(),
          matrix: Array.from({ length: rnd(10) }, () => Array.from({ length: rnd(10) }, () => '.0123'[rnd(5)]).join('')),
          ...(rnd(3) === 0 ? {} : { color: color() }),
          animate,
        });
        break;
      default:
        steps.push({ op: 'text', x: near(), y: near(), value: 'Hi\nЖ?', size: 1 + rnd(4), color: color(), animate });
    }
  }
  return steps;
}

describe('lazy event listing', () => {
  it('counts exactly the events listing gives, and registers the same colours in the same order', () => {
    const rnd = lcg(7);
    const tested = new Map<string, number>();
    for (let round = 0; round < 60; round++) {
      const size = [8, 13, 24, 40, 96][round % 5];
      const { plan } = parsePlan({
        canvas: { w: size, h: size },
        palette: ['#000000', '#ff0000', '#00ff00', '#0000ff'],
        steps: randomSteps(rnd, size, 30),
      });
      expect(plan).not.toBeNull();
      const steps = (plan as { steps: DrawingStep[] }).steps;
      const counting = new ColorTable();
      const listing = new ColorTable();
      const counter = new StepCompiler(size, size, counting, plan!.palette ?? []);
      const lister = new StepCompiler(size, size, listing, plan!.palette ?? []);
      steps.forEach((step, i) => {
        const mode = (step as { animate?: { mode: AnimateMode } }).animate!.mode;
        const counted = counter.count(step, mode);
        const listed = lister.compile(step, mode, i, 99);
        tested.set(`${step.op} ${mode}`, (tested.get(`${step.op} ${mode}`) ?? 0) + 1);
        if (counted !== listed)
          throw new Error(`round ${round} step ${i} (${JSON.stringify(step).slice(0, 300)}): counted ${counted}, listed ${listed}`);
      });
      expect(counting.colors).toEqual(listing.colors);
    }
    // Every op in every mode, many times.
    expect(tested.size).toBe(18);
    for (const n of tested.values()) expect(n).toBeGreaterThan(20);
  });

  it('counts shapes off every side of the canvas, degenerate and touching it, like listing', () => {
    const shapes: DrawingStep[] = [];
    for (const [dx, dy] of [
      [-30, 0],
      [30, 0],
      [0, -30],
      [0, 30],
      [0, 0],
      [-9, -9],
      [9, 9],
    ]) {
      shapes.push({
        op: 'polygon',
        points: [
          [dx, dy],
          [dx + 7, dy],
          [dx + 7, dy + 7],
          [dx, dy + 7],
        ],
        fill: '#ff0000',
        outline: '#00ff00',
      });
      shapes.push({
        op: 'polygon',
        points: [
          [dx, dy + 10],
          [dx, dy + 10],
          [dx, dy + 10],
        ],
        outline: '#ff0000',
      });
      shapes.push({
        op: 'polygon',
        points: [
          [dx - 3, dy],
          [dx + 12, dy],
          [dx + 4, dy],
        ],
        fill: '#ff0000',
      });
      shapes.push({ op: 'rect', x: dx - 1, y: dy - 1, w: 10, h: 1, fill: '#ff0000', outline: '#0000ff' });
      shapes.push({ op: 'rect', x: dx, y: dy, w: 1, h: 10, outline: '#0000ff' });
      shapes.push({ op: 'circle', cx: dx + 4, cy: dy + 4, r: 0, fill: '#ff0000' });
      shapes.push({ op: 'circle', cx: dx - 1, cy: dy + 4, r: 5, outline: '#ff0000' });
    }
    for (const mode of ['stroke', 'fill', 'pixel_reveal'] as const) {
      const counter = new StepCompiler(8, 8, new ColorTable(), []);
      const lister = new StepCompiler(8, 8, new ColorTable(), []);
      const counted = shapes.map((step) => counter.count(step, mode));
      const listed = shapes.map((step, i) => lister.compile(step, mode, i, 0));
      expect(counted).toEqual(listed);
      expect(listed.some((n) => n === 0) && listed.some((n) => n > 0)).toBe(true);
    }
  });

  it('gives the same frames whatever is asked first, and compiling lists nothing', () => {
    const { plan } = parsePlan({ canvas: { w: 40, h: 40 }, seed: 5, steps: randomSteps(lcg(11), 40, 40) });
    const reference = compilePlan(plan!);
    const all = reference.events; // lists every step
    expect(all.length).toBe(reference.eventCount);
    const times = [0, 1, 17, reference.totalMs >> 2, reference.totalMs >> 1, reference.totalMs - 1, reference.totalMs];
    const finalFirst = compilePlan(plan!);
    expect(frameAt(finalFirst, Infinity)).toEqual(frameAt(reference, Infinity));
    for (const t of times) expect(frameAt(finalFirst, t)).toEqual(frameAt(reference, t));
    const player = new FramePlayer(compilePlan(plan!));
    for (const t of [...times, 5, reference.totalMs >> 3]) {
      player.advanceTo(t);
      expect(player.pixels).toEqual(frameAt(reference, t));
    }
    const fresh = compilePlan(plan!);
    expect(fresh.events).toEqual(all);
  });
});
