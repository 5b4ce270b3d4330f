// Shared strokes of the backgrounds: stepped gradients, sparkles, grass, clouds, a night sky.
import { darken, mix } from './colors.js';
import type { Pen, Pt } from './pen.js';
import { crescentPoints } from './pen.js';
import type { Rng } from './random.js';

export const SIZE = 96;

/** Horizontal bands from `top` to `bottom` colour between rows y0..y1 (a stepped gradient). */
export function bands(pen: Pen, y0: number, y1: number, top: string, bottom: string, count: number): void {
  const h = (y1 - y0) / count;
  for (let i = 0; i < count; i++) {
    const a = Math.round(y0 + i * h);
    const b = Math.round(y0 + (i + 1) * h);
    pen.rect(0, a, SIZE, b - a, { fill: mix(top, bottom, count === 1 ? 0 : i / (count - 1)), pace: 0.25 });
  }
}

export function scatter(rng: Rng, n: number, x0: number, y0: number, x1: number, y1: number): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < n; i++) pts.push([rng.int(x0, x1), rng.int(y0, y1)]);
  return pts;
}

export function twinkles(pen: Pen, rng: Rng, n: number, yMax: number): void {
  const pts = scatter(rng, n, 0, 0, SIZE - 1, yMax);
  pen.sparkle(pts.slice(0, Math.ceil(n * 0.7)), '#ffffff', 0.6);
  pen.sparkle(pts.slice(Math.ceil(n * 0.7)), '#fff2a8', 0.4);
}

export function grass(pen: Pen, rng: Rng, y: number, color: string): void {
  pen.rect(0, y, SIZE, SIZE - y, { fill: color, pace: 0.3 });
  pen.rect(0, y, SIZE, 1, { fill: darken(color, 0.15), pace: 0.15 });
  const tufts = scatter(rng, 14, 0, y + 3, SIZE - 1, SIZE - 2);
  pen.dots(
    tufts.flatMap(([x, ty]): Pt[] => [
      [x, ty],
      [x - 1, ty - 1],
      [x + 1, ty - 1],
    ]),
    darken(color, 0.2),
    0.4,
  );
}

export function cloud(pen: Pen, x: number, y: number, s: number, color: string): void {
  pen.circle(x, y, 3 * s, { fill: color, pace: 0.15 });
  pen.circle(x + 4 * s, y - s, 4 * s, { fill: color, pace: 0.15 });
  pen.circle(x + 8 * s, y, 3 * s, { fill: color, pace: 0.15 });
}

/** Draws the background; returns the canvas bg colour. */
export function nightSky(pen: Pen, rng: Rng, yMax: number, moon: boolean): void {
  bands(pen, 0, yMax, '#0a1030', '#2a2f6a', 4);
  const mx = rng.pick([14, 82]);
  if (moon) pen.poly(crescentPoints(mx, 14, 7, mx + 4, 11, 6, 16), { fill: '#fff2b0', pace: 0.4 });
  twinkles(pen, rng, 18, yMax - 8);
}

/** The forest's six pine trees standing on the ground line (y 80). */
export function forestTrees(pen: Pen, fill: string, line: string): void {
  for (const [x, h] of [
    [6, 40],
    [20, 48],
    [78, 46],
    [92, 38],
    [34, 30],
    [62, 34],
  ] as const) {
    pen.poly(
      [
        [x, 78 - h],
        [x - 10, 80],
        [x + 10, 80],
      ],
      { fill, line, pace: 0.3 },
    );
  }
}
