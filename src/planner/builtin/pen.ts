// The drawing helper subjects and backgrounds write with. It emits raw Canvas-DSL steps in
// design coordinates (a 96x96 canvas), applies the seed's jitter/mirroring, and gives each
// step a weight; compose.ts later turns weights into `animate.duration_ms`.

export type Pt = [number, number];

export interface ShapeStyle {
  fill?: string;
  /** Outline colour: the outline is traced first, then the fill sweeps in. */
  line?: string;
  /** Multiplies the step's share of the drawing time. */
  pace?: number;
}

export interface RawStep {
  op: string;
  animate: { mode?: 'stroke' | 'fill' | 'pixel_reveal'; duration_ms?: number; delay_ms?: number; ease?: 'linear' | 'ease_in_out' };
  [field: string]: unknown;
}

export interface WeightedStep {
  step: RawStep;
  weight: number;
}

const CANVAS = 96;

function stepWeight(perimeter: number, area: number): number {
  return 120 + 6 * perimeter + 22 * Math.sqrt(area);
}

/**
 * Design space → canvas: x' = ax·x + bx, y' = ay·y + by, on pixel centres (a pixel p is the
 * span p..p+1). ax < 0 mirrors; |ax| < 1 draws a subject smaller (compositions). The identity
 * plus a whole-pixel shift reproduces the single-subject pictures exactly.
 */
export interface Transform {
  ax: number;
  bx: number;
  ay: number;
  by: number;
}

export const IDENTITY: Transform = { ax: 1, bx: 0, ay: 1, by: 0 };

/** `outer` after `inner`: first inner, then outer. */
export function chain(outer: Transform, inner: Transform): Transform {
  return { ax: outer.ax * inner.ax, bx: outer.ax * inner.bx + outer.bx, ay: outer.ay * inner.ay, by: outer.ay * inner.by + outer.by };
}

/** Shift by (dx, dy), optionally mirrored around the canvas centre (side views). */
export function shiftMirror(dx: number, dy: number, mirror: boolean): Transform {
  return mirror ? { ax: -1, bx: CANVAS + dx, ay: 1, by: dy } : { ax: 1, bx: dx, ay: 1, by: dy };
}

/** Scale by s around design point (fx, fy) and put that point at canvas (tx, ty). */
export function placeAt(fx: number, fy: number, s: number, tx: number, ty: number): Transform {
  return { ax: s, bx: tx - s * fx, ay: s, by: ty - s * fy };
}

export class Pen {
  constructor(
    readonly t: Transform = IDENTITY,
    readonly out: WeightedStep[] = [],
    /** False for props: their twinkles would scatter over the subject that holds them. */
    private readonly decor = true,
  ) {}

  /** A pen that draws at fixed coordinates (backgrounds), sharing this pen's output. */
  fixed(): Pen {
    return new Pen(IDENTITY, this.out, this.decor);
  }

  /** A pen drawing through `t` (then through this pen's own transform), sharing the output. */
  through(t: Transform, decor = this.decor): Pen {
    return new Pen(chain(this.t, t), this.out, decor);
  }

  /** Maps a design point into canvas space without rounding (anchors, layout). */
  map(p: Pt): Pt {
    return [this.t.ax * p[0] + this.t.bx, this.t.ay * p[1] + this.t.by];
  }

  private get scale(): number {
    return Math.abs(this.t.ax);
  }

  private X(x: number): number {
    return Math.round(this.t.ax * (x + 0.5) + this.t.bx - 0.5);
  }

  private Y(y: number): number {
    return Math.round(this.t.ay * (y + 0.5) + this.t.by - 0.5);
  }

  private P(p: Pt): Pt {
    return [this.X(p[0]), this.Y(p[1])];
  }

  private push(step: RawStep, weight: number, pace = 1): void {
    this.out.push({ step, weight: weight * pace });
  }

  private shapeColors(style: ShapeStyle): Record<string, string> {
    const colors: Record<string, string> = {};
    if (style.fill) colors.fill = style.fill;
    if (style.line) colors.outline = style.line;
    return colors;
  }

  private shapeMode(style: ShapeStyle): RawStep['animate'] {
    return { mode: style.fill && !style.line ? 'fill' : 'stroke' };
  }

  rect(x: number, y: number, w: number, h: number, style: ShapeStyle): void {
    if (!style.fill && !style.line) return;
    const x0 = Math.round(x);
    const y0 = Math.round(y);
    const [w0, h0] = [Math.max(1, Math.round(w)), Math.max(1, Math.round(h))];
    // The rect covers the pixel span [x0, x0+w0); map both edges and re-sort (mirroring swaps them).
    const [ea, eb] = [this.t.ax * x0 + this.t.bx, this.t.ax * (x0 + w0) + this.t.bx];
    const [fa, fb] = [this.t.ay * y0 + this.t.by, this.t.ay * (y0 + h0) + this.t.by];
    const rx = Math.round(Math.min(ea, eb));
    const ry = Math.round(Math.min(fa, fb));
    const step: RawStep = {
      op: 'rect',
      x: rx,
      y: ry,
      w: Math.max(1, Math.round(Math.max(ea, eb)) - rx),
      h: Math.max(1, Math.round(Math.max(fa, fb)) - ry),
      ...this.shapeColors(style),
      animate: this.shapeMode(style),
    };
    const s = this.scale;
    this.push(step, stepWeight(style.line ? 2 * (w + h) * s : 0, style.fill ? w * h * s * s : 0), style.pace);
  }

  circle(cx: number, cy: number, r: number, style: ShapeStyle): void {
    if (!style.fill && !style.line) return;
    const s = this.scale;
    const step: RawStep = {
      op: 'circle',
      cx: this.X(cx),
      cy: this.Y(cy),
      r: Math.max(0, Math.round(r * s)),
      ...this.shapeColors(style),
      animate: this.shapeMode(style),
    };
    this.push(step, stepWeight(style.line ? 6.3 * r * s : 0, style.fill ? 3.14 * r * r * s * s : 0), style.pace);
  }

  poly(points: Pt[], style: ShapeStyle): void {
    if (!style.fill && !style.line) return;
    const pts = dedupe(points.map((p) => this.P(p)));
    if (pts.length < 3) return;
    const step: RawStep = { op: 'polygon', points: pts.slice(0, 64), ...this.shapeColors(style), animate: this.shapeMode(style) };
    this.push(step, stepWeight(style.line ? perimeterOf(pts) : 0, style.fill ? areaOf(pts) : 0), style.pace);
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, style: ShapeStyle): void {
    this.poly(ellipsePoints(cx, cy, rx, ry), style);
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, width = 1, pace = 1): void {
    const [a, b] = [this.P([x1, y1]), this.P([x2, y2])];
    const s = this.scale;
    const w = Math.max(1, Math.min(16, Math.round(width * s)));
    const step: RawStep = { op: 'line', x1: a[0], y1: a[1], x2: b[0], y2: b[1], width: w, color, animate: { mode: 'stroke' } };
    this.push(step, stepWeight(Math.hypot(x2 - x1, y2 - y1) * s * Math.sqrt(w), 0), pace);
  }

  /** Consecutive segments through the points, one step each. */
  polyline(points: Pt[], color: string, width = 1, pace = 1): void {
    for (let i = 1; i < points.length; i++) {
      this.line(
        points[i - 1][0],
        points[i - 1][1],
        points[i][0],
        points[i][1],
        color,
        width,
        (pace / Math.max(1, points.length - 1)) * 1.5,
      );
    }
  }

  /** Single pixels painted in order (eyes, mouths, tiny details). */
  dots(points: Pt[], color: string, pace = 1): void {
    if (points.length === 0) return;
    const step: RawStep = { op: 'pixels', points: points.map((p) => this.P(p)), color, animate: { mode: 'stroke' } };
    this.push(step, stepWeight(points.length * 2 * this.scale, 0), pace);
  }

  /** Pixels that twinkle in (pixel_reveal): stars, sprinkles, snow. */
  sparkle(points: Pt[], color: string, pace = 1): void {
    if (!this.decor) return;
    const inside = points.map((p) => this.P(p)).filter(([x, y]) => x >= 0 && y >= 0 && x < CANVAS && y < CANVAS);
    if (inside.length === 0) return;
    const step: RawStep = { op: 'pixels', points: inside, color, animate: { mode: 'pixel_reveal', ease: 'ease_in_out' } };
    this.push(step, 300 + 25 * inside.length, pace);
  }

  /** A pixel-art stamp: rows of characters, any non-space non-dot character paints `color`. */
  stamp(x: number, y: number, rows: string[], color: string, pace = 1): void {
    const pts: Pt[] = [];
    rows.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) if (row[c] !== '.' && row[c] !== ' ') pts.push([x + c, y + r]);
    });
    this.dots(pts, color, pace);
  }

  /** Text is scaled and shifted but never mirrored (letters would read backwards). */
  text(x: number, y: number, value: string, color: string, size = 1, pace = 1): void {
    const s = this.scale;
    const bx = this.t.ax < 0 ? this.t.bx - CANVAS * s : this.t.bx;
    const step: RawStep = {
      op: 'text',
      x: Math.round(s * x + bx),
      y: this.Y(y),
      value,
      font: '5x7',
      size: Math.max(1, Math.min(4, Math.round(size * s))),
      color,
      animate: { mode: 'stroke' },
    };
    this.push(step, stepWeight(value.length * 12 * size * s, 0), pace);
  }
}

function dedupe(points: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

function perimeterOf(pts: Pt[]): number {
  let sum = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    sum += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return sum;
}

function areaOf(pts: Pt[]): number {
  let sum = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

// ---- Shape builders: pure point lists in design coordinates ----

export function ellipsePoints(cx: number, cy: number, rx: number, ry: number, n = 28): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    pts.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return pts;
}

/** The arc of an ellipse between two angles (degrees; 0 = right, 90 = down). */
export function arcPoints(cx: number, cy: number, rx: number, ry: number, fromDeg: number, toDeg: number, n = 16): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / n) * Math.PI) / 180;
    pts.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return pts;
}

/** The upper half of an ellipse (a dome) closed by its flat base. */
export function domePoints(cx: number, cy: number, rx: number, ry: number, n = 20): Pt[] {
  return arcPoints(cx, cy, rx, ry, 180, 360, n);
}

/** A star with `spikes` points, first spike straight up. */
export function starPoints(cx: number, cy: number, outer: number, inner: number, spikes = 5): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / spikes;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return pts;
}

/** The classic parametric heart, about 32*scale wide, centred on (cx, cy). */
export function heartPoints(cx: number, cy: number, scale: number, n = 36): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * Math.PI * 2;
    const x = 16 * Math.sin(t) ** 3;
    const y = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
    pts.push([cx + x * scale, cy - y * scale]);
  }
  return pts;
}

/** A crescent: the part of circle A (cx, cy, r) outside circle B (bx, by, br). */
export function crescentPoints(cx: number, cy: number, r: number, bx: number, by: number, br: number, n = 30): Pt[] {
  const outer: Pt[] = [];
  const inner: Pt[] = [];
  for (let i = 0; i < n * 4; i++) {
    const a = (i / (n * 4)) * Math.PI * 2;
    const p: Pt = [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    if (Math.hypot(p[0] - bx, p[1] - by) >= br) outer.push(p);
    const q: Pt = [bx + br * Math.cos(a), by + br * Math.sin(a)];
    if (Math.hypot(q[0] - cx, q[1] - cy) < r) inner.push(q);
  }
  const orderedOuter = sortAlongArc(outer, cx, cy);
  const orderedInner = sortAlongArc(inner, bx, by).reverse();
  return thin([...orderedOuter, ...orderedInner], 60);
}

function sortAlongArc(pts: Pt[], cx: number, cy: number): Pt[] {
  if (pts.length === 0) return pts;
  // Find the largest angular gap and start after it, so the arc is contiguous.
  const withAngle = pts.map((p) => ({ p, a: Math.atan2(p[1] - cy, p[0] - cx) })).sort((u, v) => u.a - v.a);
  let gapAt = 0;
  let gap = -1;
  for (let i = 0; i < withAngle.length; i++) {
    const next = i + 1 < withAngle.length ? withAngle[i + 1].a : withAngle[0].a + Math.PI * 2;
    if (next - withAngle[i].a > gap) {
      gap = next - withAngle[i].a;
      gapAt = i + 1;
    }
  }
  const ordered = [...withAngle.slice(gapAt), ...withAngle.slice(0, gapAt)];
  return ordered.map((o) => o.p);
}

/** Keep at most `max` points, evenly spread. */
export function thin(pts: Pt[], max: number): Pt[] {
  if (pts.length <= max) return pts;
  const out: Pt[] = [];
  for (let i = 0; i < max; i++) out.push(pts[Math.floor((i * pts.length) / max)]);
  return out;
}

/**
 * A band of varying half-width `widthAt(t)` along the quadratic curve p0 → (ctrl) → p2, as a
 * polygon: n+1 samples down one side, then back up the other.
 */
function curveBand(p0: Pt, ctrl: Pt, p2: Pt, n: number, widthAt: (t: number) => number): Pt[] {
  const left: Pt[] = [];
  const right: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    const x = u * u * p0[0] + 2 * u * t * ctrl[0] + t * t * p2[0];
    const y = u * u * p0[1] + 2 * u * t * ctrl[1] + t * t * p2[1];
    const tx = 2 * u * (ctrl[0] - p0[0]) + 2 * t * (p2[0] - ctrl[0]);
    const ty = 2 * u * (ctrl[1] - p0[1]) + 2 * t * (p2[1] - ctrl[1]);
    const len = Math.hypot(tx, ty) || 1;
    const w = widthAt(t);
    left.push([x - (ty / len) * w, y + (tx / len) * w]);
    right.push([x + (ty / len) * w, y - (tx / len) * w]);
  }
  return [...left, ...right.reverse()];
}

/**
 * A tapered stroke along a quadratic curve p0 → (ctrl) → p2, as a polygon: thick in the
 * middle, `tipWidth` at the ends (tails, trunks, bananas).
 */
export function curvePoints(p0: Pt, ctrl: Pt, p2: Pt, halfWidth: number, tipWidth = 1, n = 14): Pt[] {
  return curveBand(p0, ctrl, p2, n, (t) => tipWidth + (halfWidth - tipWidth) * Math.sin(Math.PI * t));
}

/** A thick curve whose width grows from `startWidth` to `endWidth` (bushy tails). */
export function flarePoints(p0: Pt, ctrl: Pt, p2: Pt, startWidth: number, endWidth: number, n = 14): Pt[] {
  // Round the far end off so it does not look cut.
  return curveBand(
    p0,
    ctrl,
    p2,
    n,
    (t) => startWidth + (endWidth - startWidth) * t * (t > 0.85 ? Math.sqrt(Math.max(0, (1 - t) / 0.15)) : 1),
  );
}
