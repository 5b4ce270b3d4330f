// TEST ORACLE, not used by the renderer: canvas-dsl.md §4–§5 transcribed literally (full
// unclipped shapes, the spec's Bresenham loop, comparator sorts, BigInt timing), slow and
// obvious. Tests compare the fast renderer against it on random plans.
import { isTextCard, type Animate, type DrawingStep, type Plan, type Step } from '../../src/dsl/index.js';
import { FONTS } from '../../src/raster/fonts/index.js';

export interface RefEvent {
  x: number;
  y: number;
  c: string;
}

export interface RefStep {
  events: RefEvent[];
  delay: number;
  duration: number;
  ease: 'linear' | 'ease_in_out';
}

type P = [number, number];

export function refBresenham(x1: number, y1: number, x2: number, y2: number): P[] {
  const out: P[] = [];
  let x0 = x1;
  let y0 = y1;
  const dx = Math.abs(x2 - x0);
  const sx = x0 < x2 ? 1 : -1;
  const dy = -Math.abs(y2 - y0);
  const sy = y0 < y2 ? 1 : -1;
  let e = dx + dy;
  for (;;) {
    out.push([x0, y0]);
    if (x0 === x2 && y0 === y2) break;
    const e2 = 2 * e;
    if (e2 >= dy) {
      e += dy;
      x0 += sx;
    }
    if (e2 <= dx) {
      e += dx;
      y0 += sy;
    }
  }
  return out;
}

function uniq(points: P[]): P[] {
  const seen = new Set<string>();
  const out: P[] = [];
  for (const p of points) {
    const k = `${p[0]},${p[1]}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}

function rowMajor(points: P[]): P[] {
  return [...points].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

export function refRect(x: number, y: number, w: number, h: number): { path: P[]; covered: P[] } {
  const path: P[] = [];
  for (let i = x; i <= x + w - 1; i++) path.push([i, y]);
  for (let j = y; j <= y + h - 1; j++) path.push([x + w - 1, j]);
  for (let i = x + w - 1; i >= x; i--) path.push([i, y + h - 1]);
  for (let j = y + h - 1; j >= y; j--) path.push([x, j]);
  const covered: P[] = [];
  for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) covered.push([i, j]);
  return { path: uniq(path), covered };
}

export function refCircle(cx: number, cy: number, r: number): { path: P[]; covered: P[] } {
  const inside = (dx: number, dy: number): boolean => dx * dx + dy * dy <= r * r + r;
  const covered: P[] = [];
  const boundary: P[] = [];
  for (let dy = -r - 1; dy <= r + 1; dy++) {
    for (let dx = -r - 1; dx <= r + 1; dx++) {
      if (!inside(dx, dy)) continue;
      covered.push([cx + dx, cy + dy]);
      if (!inside(dx + 1, dy) || !inside(dx - 1, dy) || !inside(dx, dy + 1) || !inside(dx, dy - 1)) boundary.push([dx, dy]);
    }
  }
  const half = (p: P): number => (p[0] > 0 || (p[0] === 0 && p[1] < 0) ? 0 : 1);
  boundary.sort((a, b) => {
    const ha = half(a);
    const hb = half(b);
    if (ha !== hb) return ha - hb;
    const cross = a[0] * b[1] - a[1] * b[0];
    if (cross > 0) return -1;
    if (cross < 0) return 1;
    return a[0] * a[0] + a[1] * a[1] - (b[0] * b[0] + b[1] * b[1]);
  });
  return { path: boundary.map(([dx, dy]) => [cx + dx, cy + dy] as P), covered };
}

function floorBig(num: bigint, den: bigint): bigint {
  // den > 0
  const q = num / den;
  return num < 0n && q * den !== num ? q - 1n : q;
}

export function refPolygon(points: P[]): { path: P[]; covered: P[] } {
  const path: P[] = [];
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    path.push(...refBresenham(x1, y1, x2, y2));
  }
  const set = new Set(path.map(([x, y]) => `${x},${y}`));
  const covered: P[] = uniq(path);
  const ys = points.map((p) => p[1]);
  for (let y = Math.min(...ys); y <= Math.max(...ys); y++) {
    const crossings: Array<[bigint, bigint]> = [];
    for (let i = 0; i < points.length; i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[(i + 1) % points.length];
      if (yi === yj || !(Math.min(yi, yj) <= y && y < Math.max(yi, yj))) continue;
      let num = BigInt(xi) * BigInt(yj - yi) + BigInt(y - yi) * BigInt(xj - xi);
      let den = BigInt(yj - yi);
      if (den < 0n) {
        num = -num;
        den = -den;
      }
      crossings.push([num, den]);
    }
    crossings.sort((a, b) => {
      const l = a[0] * b[1];
      const r = b[0] * a[1];
      return l < r ? -1 : l > r ? 1 : 0;
    });
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = -floorBig(-crossings[k][0], crossings[k][1]);
      const to = floorBig(crossings[k + 1][0], crossings[k + 1][1]);
      for (let x = from; x <= to; x++) {
        const key = `${x},${y}`;
        if (!set.has(key)) {
          set.add(key);
          covered.push([Number(x), y]);
        }
      }
    }
  }
  return { path: uniq(path), covered };
}

function mulberry(seed: number): () => number {
  let s = BigInt(seed);
  const M = 0xffffffffn;
  const imul = (a: bigint, b: bigint): bigint => (a * b) & M;
  return () => {
    s = (s + 0x6d2b79f5n) & M;
    let t = imul(s ^ (s >> 15n), s | 1n);
    t = t ^ ((t + imul(t ^ (t >> 7n), t | 61n)) & M);
    return Number(t ^ (t >> 14n));
  };
}

export function refShuffle<T>(items: T[], seed: number, stepIndex: number): T[] {
  const a = [...items];
  const s = (BigInt(seed) ^ ((BigInt(stepIndex) * 0x9e3779b1n) % 4294967296n)) & 0xffffffffn;
  const next = mulberry(Number(s));
  for (let j = a.length - 1; j >= 1; j--) {
    const r = next() % (j + 1);
    [a[j], a[r]] = [a[r], a[j]];
  }
  return a;
}

function textEvents(x0: number, y0: number, value: string, font: '5x7' | '3x5', size: number, c: string): RefEvent[] {
  const f = FONTS[font];
  const out: RefEvent[] = [];
  let cx = x0;
  let cy = y0;
  for (const ch of value) {
    if (ch === '\n') {
      cx = x0;
      cy += (f.height + 1) * size;
      continue;
    }
    const rows = f.glyph(ch);
    for (let py = 0; py < f.height * size; py++) {
      for (let px = 0; px < f.width * size; px++) {
        if (rows[Math.floor(py / size)][Math.floor(px / size)] === '#') out.push({ x: cx + px, y: cy + py, c });
      }
    }
    cx += (f.width + 1) * size;
  }
  return out;
}

function digit(ch: string): number {
  return parseInt(ch, 32);
}

/** Stroke-order and fill-order events of a step, unclipped. */
function orderedEvents(step: DrawingStep, mode: 'stroke' | 'fill', palette: string[]): RefEvent[] {
  switch (step.op) {
    case 'rect':
    case 'circle':
    case 'polygon': {
      const shape =
        step.op === 'rect'
          ? refRect(step.x, step.y, step.w, step.h)
          : step.op === 'circle'
            ? refCircle(step.cx, step.cy, step.r)
            : refPolygon(step.points);
      const onPath = new Set(shape.path.map(([x, y]) => `${x},${y}`));
      const out: RefEvent[] = [];
      if (mode === 'stroke') {
        const pc = step.outline ?? step.fill!;
        for (const [x, y] of shape.path) out.push({ x, y, c: pc });
        if (step.fill) for (const [x, y] of rowMajor(shape.covered)) if (!onPath.has(`${x},${y}`)) out.push({ x, y, c: step.fill });
      } else {
        if (step.fill) for (const [x, y] of rowMajor(shape.covered)) out.push({ x, y, c: step.fill });
        if (step.outline) for (const [x, y] of shape.path) out.push({ x, y, c: step.outline });
      }
      return out;
    }
    case 'line': {
      const lo = Math.floor((step.width - 1) / 2);
      const hi = Math.ceil((step.width - 1) / 2);
      const seen = new Set<string>();
      const out: RefEvent[] = [];
      for (const [px, py] of refBresenham(step.x1, step.y1, step.x2, step.y2)) {
        for (let y = py - lo; y <= py + hi; y++) {
          for (let x = px - lo; x <= px + hi; x++) {
            const k = `${x},${y}`;
            if (seen.has(k)) continue;
            seen.add(k);
            out.push({ x, y, c: step.color });
          }
        }
      }
      return out;
    }
    case 'text':
      return textEvents(step.x, step.y, step.value, step.font, step.size, step.color);
    case 'pixels': {
      const out: RefEvent[] = [];
      for (const [x, y] of step.points ?? []) out.push({ x, y, c: step.color! });
      (step.matrix ?? []).forEach((row, r) => {
        Array.from(row).forEach((ch, c) => {
          if (ch === '.' || ch === ' ') return;
          out.push({ x: step.x! + c, y: step.y! + r, c: step.color ?? palette[digit(ch)] });
        });
      });
      return out;
    }
    default:
      // Exhaustive: a new op needs its reference here too (the oracle is written apart from the renderer on purpose).
      return step satisfies never;
  }
}

function defaultMode(step: DrawingStep): 'stroke' | 'fill' | 'pixel_reveal' {
  switch (step.op) {
    case 'line':
    case 'text':
      return 'stroke';
    case 'pixels':
      return 'pixel_reveal';
    case 'rect':
    case 'circle':
    case 'polygon':
      return step.fill ? 'fill' : 'stroke';
    default:
      return step satisfies never;
  }
}

export interface RefSettings {
  defaultStepDurationMs: number;
  maxDrawSec: number;
}

/** The plan's steps with events (clipped), delays and durations after scaling. */
export function refCompile(plan: Plan, settings: RefSettings): RefStep[] {
  const { w, h } = plan.canvas;
  if (isTextCard(plan)) throw new Error('text cards are not modelled by the oracle');
  const flat: Array<{ step: DrawingStep; animate: Animate; delay: number }> = [];
  let pending = 0;
  const walk = (steps: Step[], inherited: Animate): void => {
    for (const s of steps) {
      if (s.op === 'group') {
        const own = { ...(s.animate ?? {}) };
        const groupDelay = own.delay_ms ?? 0;
        delete own.delay_ms;
        const before = flat.length;
        pending += groupDelay;
        walk(s.steps, { ...inherited, ...own });
        if (flat.length === before) pending -= groupDelay;
      } else {
        const animate = { ...inherited, ...(s.animate ?? {}) };
        flat.push({ step: s, animate, delay: (animate.delay_ms ?? 0) + pending });
        pending = 0;
      }
    }
  };
  walk(plan.steps, {});
  const palette = plan.palette ?? [];
  const steps: RefStep[] = flat.map(({ step, animate, delay }, i) => {
    const mode = animate.mode ?? defaultMode(step);
    const clip = (events: RefEvent[]): RefEvent[] => events.filter((e) => e.x >= 0 && e.y >= 0 && e.x < w && e.y < h);
    let events = clip(orderedEvents(step, mode === 'fill' ? 'fill' : 'stroke', palette));
    if (mode === 'pixel_reveal') {
      const last = new Map<string, RefEvent>();
      for (const e of events) last.set(`${e.x},${e.y}`, e);
      events = refShuffle(
        rowMajor([...last.values()].map((e) => [e.x, e.y] as P)).map(([x, y]) => last.get(`${x},${y}`)!),
        plan.seed,
        i,
      );
    }
    const n = events.length;
    let duration: number;
    if (animate.duration_ms !== undefined) duration = animate.duration_ms;
    else if (animate.speed_px_per_s !== undefined)
      duration = Number((BigInt(1000 * n) + BigInt(animate.speed_px_per_s) - 1n) / BigInt(animate.speed_px_per_s));
    else duration = settings.defaultStepDurationMs;
    return { events, delay, duration, ease: animate.ease ?? 'linear' };
  });
  const total = steps.reduce((sum, s) => sum + s.delay + s.duration, 0);
  const m = settings.maxDrawSec * 1000;
  if (total > m) {
    for (const s of steps) {
      s.delay = Number((BigInt(s.delay) * BigInt(m)) / BigInt(total));
      s.duration = Number((BigInt(s.duration) * BigInt(m)) / BigInt(total));
    }
  }
  return steps;
}

/** k of §5 with BigInt arithmetic. */
export function refShown(e: number, n: number, d: number, ease: 'linear' | 'ease_in_out'): number {
  if (e < 0) return 0;
  if (e >= d) return n;
  const E = BigInt(e);
  const N = BigInt(n);
  const D = BigInt(d);
  if (ease === 'linear') return Number((E * N) / D);
  if (2n * E < D) return Number((2n * E * E * N) / (D * D));
  const num = 2n * (D - E) * (D - E) * N;
  const den = D * D;
  return n - Number((num + den - 1n) / den);
}

export function refFrame(plan: Plan, steps: RefStep[], t: number): Uint8ClampedArray {
  const { w, h, bg } = plan.canvas;
  const out = new Uint8ClampedArray(w * h * 4);
  const put = (x: number, y: number, hex: string): void => {
    const o = (y * w + x) * 4;
    out[o] = parseInt(hex.slice(1, 3), 16);
    out[o + 1] = parseInt(hex.slice(3, 5), 16);
    out[o + 2] = parseInt(hex.slice(5, 7), 16);
    out[o + 3] = 255;
  };
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) put(x, y, bg);
  let start = 0;
  for (const s of steps) {
    start += s.delay;
    const k = refShown(t - start, s.events.length, s.duration, s.ease);
    for (let q = 0; q < k; q++) put(s.events[q].x, s.events[q].y, s.events[q].c);
    start += s.duration;
  }
  return out;
}
