// Full-canvas backgrounds, drawn first and quickly. Each returns the canvas bg colour it
// assumes and paints its own bands, ground and sparkles.
import { darken, mix } from './colors.js';
import type { Pen, Pt } from './pen.js';
import { arcPoints, crescentPoints, starPoints } from './pen.js';
import type { Rng } from './random.js';
import type { BackgroundId } from './subject.js';

const SIZE = 96;

/** Horizontal bands from `top` to `bottom` colour between rows y0..y1 (a stepped gradient). */
function bands(pen: Pen, y0: number, y1: number, top: string, bottom: string, count: number): void {
  const h = (y1 - y0) / count;
  for (let i = 0; i < count; i++) {
    const a = Math.round(y0 + i * h);
    const b = Math.round(y0 + (i + 1) * h);
    pen.rect(0, a, SIZE, b - a, { fill: mix(top, bottom, count === 1 ? 0 : i / (count - 1)), pace: 0.25 });
  }
}

function scatter(rng: Rng, n: number, x0: number, y0: number, x1: number, y1: number): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < n; i++) pts.push([rng.int(x0, x1), rng.int(y0, y1)]);
  return pts;
}

function twinkles(pen: Pen, rng: Rng, n: number, yMax: number): void {
  const pts = scatter(rng, n, 0, 0, SIZE - 1, yMax);
  pen.sparkle(pts.slice(0, Math.ceil(n * 0.7)), '#ffffff', 0.6);
  pen.sparkle(pts.slice(Math.ceil(n * 0.7)), '#fff2a8', 0.4);
}

function grass(pen: Pen, rng: Rng, y: number, color: string): void {
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

function cloud(pen: Pen, x: number, y: number, s: number, color: string): void {
  pen.circle(x, y, 3 * s, { fill: color, pace: 0.15 });
  pen.circle(x + 4 * s, y - s, 4 * s, { fill: color, pace: 0.15 });
  pen.circle(x + 8 * s, y, 3 * s, { fill: color, pace: 0.15 });
}

/** Draws the background; returns the canvas bg colour. */
function nightSky(pen: Pen, rng: Rng, yMax: number, moon: boolean): void {
  bands(pen, 0, yMax, '#0a1030', '#2a2f6a', 4);
  const mx = rng.pick([14, 82]);
  if (moon) pen.poly(crescentPoints(mx, 14, 7, mx + 4, 11, 6, 16), { fill: '#fff2b0', pace: 0.4 });
  twinkles(pen, rng, 18, yMax - 8);
}

export interface BackgroundOptions {
  /** False when the moon is the subject itself (no second moon in the sky). */
  moon?: boolean;
  /** Draw the setting by night ("у озера ночью", "forest at night"). */
  night?: boolean;
}

/** Draws the background; returns the canvas bg colour. */
export function drawBackground(id: BackgroundId, pen: Pen, rng: Rng, options: BackgroundOptions = {}): string {
  const night = options.night === true;
  const moon = options.moon !== false;
  switch (id) {
    case 'lake': {
      if (night) nightSky(pen, rng, 60, moon);
      else {
        bands(pen, 0, 60, '#8fd0f5', '#e0f4ff', 3);
        cloud(pen, rng.int(6, 20), 14, 2, '#ffffff');
      }
      pen.poly(
        [
          [0, 60],
          [14, 48],
          [30, 56],
          [48, 44],
          [66, 55],
          [82, 47],
          [95, 58],
          [95, 60],
        ],
        { fill: night ? '#1a2a4a' : '#7a9ab0', pace: 0.3 },
      );
      bands(pen, 60, 78, night ? '#1a3a6a' : '#4aa0d8', night ? '#0a1a3a' : '#2a70b0', 3);
      pen.polyline(
        [
          [6, 66],
          [22, 66],
        ],
        night ? '#fff2b0' : '#cfeeff',
        1,
        0.2,
      );
      pen.polyline(
        [
          [54, 71],
          [74, 71],
        ],
        night ? '#fff2b0' : '#cfeeff',
        1,
        0.2,
      );
      pen.polyline(
        [
          [30, 75],
          [44, 75],
        ],
        night ? '#8aa0d0' : '#cfeeff',
        1,
        0.2,
      );
      grass(pen, rng, 78, night ? '#2a4a3a' : '#6cba4a');
      return night ? '#0a1030' : '#8fd0f5';
    }
    case 'city': {
      nightSky(pen, rng, 80, moon);
      const towers: [number, number, number][] = [
        [0, 44, 14],
        [13, 30, 12],
        [24, 52, 16],
        [39, 38, 11],
        [49, 58, 15],
        [63, 26, 13],
        [75, 46, 12],
        [86, 36, 10],
      ];
      const lit: Pt[] = [];
      for (const [x, top, w] of towers) {
        pen.rect(x, top, w, 82 - top, { fill: rng.pick(['#1e2440', '#252b4a', '#1a1f38']), pace: 0.2 });
        for (let y = top + 4; y < 78; y += 6)
          for (let wx = x + 2; wx < x + w - 2; wx += 4) if (rng.chance(0.45)) lit.push([wx, y], [wx + 1, y]);
      }
      pen.dots(lit, '#ffd86a', 0.5);
      pen.rect(0, 82, SIZE, 14, { fill: '#2a2a33', pace: 0.3 });
      pen.dots(
        [
          [6, 89],
          [7, 89],
          [8, 89],
          [26, 89],
          [27, 89],
          [28, 89],
          [46, 89],
          [47, 89],
          [48, 89],
          [66, 89],
          [67, 89],
          [68, 89],
          [86, 89],
          [87, 89],
          [88, 89],
        ],
        '#e8e0a0',
        0.3,
      );
      return '#0a1030';
    }
    case 'moon': {
      bands(pen, 0, 72, '#05051a', '#151030', 3);
      const ex = rng.pick([16, 78]);
      pen.circle(ex, 16, 8, { fill: '#3a7ad8', line: '#1a3a7a', pace: 0.4 });
      pen.poly(
        [
          [ex - 4, 12],
          [ex + 1, 11],
          [ex + 2, 16],
          [ex - 3, 19],
        ],
        { fill: '#4caf50', pace: 0.2 },
      );
      twinkles(pen, rng, 26, 66);
      pen.poly(
        [
          [0, 76],
          [20, 72],
          [44, 75],
          [70, 71],
          [95, 74],
          [95, 95],
          [0, 95],
        ],
        { fill: '#a8a8b4', line: '#7a7a88', pace: 0.3 },
      );
      for (const [x, y, r] of [
        [12, 86, 5],
        [40, 80, 3],
        [70, 90, 6],
        [86, 80, 3],
      ] as const) {
        pen.ellipse(x, y, r, r / 2.5, { fill: '#8a8a96', line: '#6a6a78', pace: 0.2 });
      }
      return '#05051a';
    }
    case 'room': {
      bands(pen, 0, 72, '#f6e6cc', '#eed6b4', 2);
      pen.rect(8, 10, 26, 24, { fill: night ? '#1a2050' : '#9ad8f8', line: '#8a5a3a', pace: 0.4 });
      pen.line(21, 10, 21, 33, '#8a5a3a', 1, 0.2);
      pen.line(8, 22, 33, 22, '#8a5a3a', 1, 0.2);
      if (night)
        pen.sparkle(
          [
            [12, 14],
            [28, 16],
            [16, 28],
            [30, 29],
          ],
          '#ffffff',
          0.3,
        );
      pen.rect(64, 14, 20, 14, { fill: '#ffe7a0', line: '#a0703a', pace: 0.3 });
      pen.poly(
        [
          [66, 26],
          [72, 19],
          [76, 23],
          [79, 20],
          [82, 26],
        ],
        { fill: '#6cba4a', pace: 0.2 },
      );
      pen.rect(0, 72, SIZE, 24, { fill: '#b5814e', pace: 0.3 });
      for (const y of [78, 85, 92]) pen.line(0, y, 95, y, '#9a6a3a', 1, 0.15);
      pen.ellipse(48, 88, 34, 5, { fill: '#d8607a', pace: 0.3 });
      return '#f6e6cc';
    }
    case 'forest':
      if (night) {
        nightSky(pen, rng, 78, moon);
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
            { fill: '#1a3a2a', line: '#0f2418', pace: 0.3 },
          );
        }
        grass(pen, rng, 78, '#2a4a30');
        pen.sparkle(scatter(rng, 8, 4, 60, 92, 94), '#d8ff6a', 0.4);
        return '#0a1030';
      }
      break;
    case 'snow':
      if (night) {
        nightSky(pen, rng, 78, moon);
        pen.rect(0, 78, SIZE, 18, { fill: '#c8d4f0', pace: 0.3 });
        pen.sparkle(scatter(rng, 24, 0, 20, SIZE - 1, 77), '#ffffff', 0.6);
        return '#0a1030';
      }
      break;
    case 'beach':
      if (night) {
        nightSky(pen, rng, 60, moon);
        pen.rect(0, 60, SIZE, 14, { fill: '#1a3a6a', pace: 0.3 });
        pen.rect(0, 74, SIZE, 22, { fill: '#a8946a', pace: 0.3 });
        return '#0a1030';
      }
      break;
    case 'sky':
      if (night) return drawBackground('night', pen, rng, options);
      break;
    case 'space':
    case 'night':
    case 'sunset':
    case 'underwater':
    case 'sea':
    case 'soft':
      break;
    default: {
      const never: never = id;
      throw new Error(`unknown background ${String(never)}`);
    }
  }
  return dayBackground(id, pen, rng, moon);
}

/** The original scenes (and the day versions of forest, snow, beach, sky). */
function dayBackground(id: BackgroundId, pen: Pen, rng: Rng, moon: boolean): string {
  switch (id) {
    case 'space': {
      bands(pen, 0, SIZE, '#05051a', '#1a0f3a', 4);
      const px = rng.pick([12, 80]);
      pen.circle(px, 14, 6, { fill: '#c86a4a', line: '#6a2a1a', pace: 0.4 });
      pen.line(px - 10, 16, px + 10, 12, '#e8c890', 1, 0.3);
      twinkles(pen, rng, 36, SIZE - 1);
      return '#05051a';
    }
    case 'night': {
      bands(pen, 0, 84, '#0a1030', '#2a2f6a', 5);
      const mx = rng.pick([14, 82]);
      if (moon) pen.poly(crescentPoints(mx, 14, 7, mx + 4, 11, 6, 16), { fill: '#fff2b0', pace: 0.4 });
      twinkles(pen, rng, 22, 70);
      pen.rect(0, 84, SIZE, 12, { fill: '#1a2a3a', pace: 0.3 });
      return '#0a1030';
    }
    case 'sunset': {
      bands(pen, 0, 80, '#3a2a6a', '#ff9a4a', 6);
      pen.poly([[20, 80], ...arcPoints(48, 80, 28, 28, 180, 360, 16), [76, 80]], { fill: '#ffd24a', pace: 0.5 });
      pen.rect(0, 80, SIZE, 16, { fill: '#3a2030', pace: 0.3 });
      pen.line(10, 84, 40, 84, '#ff9a4a', 1, 0.3);
      pen.line(56, 88, 86, 88, '#ff9a4a', 1, 0.3);
      return '#3a2a6a';
    }
    case 'underwater': {
      bands(pen, 0, 86, '#4ab0e0', '#0a3a7a', 6);
      pen.rect(0, 86, SIZE, 10, { fill: '#e8d08a', pace: 0.3 });
      for (const x of [8, 16, 84, 90]) {
        pen.polyline(
          [
            [x, 90],
            [x - 2, 82],
            [x + 1, 74],
            [x - 1, 66],
          ],
          '#3faa5a',
          2,
          0.4,
        );
      }
      pen.poly(starPoints(70, 89, 4, 2), { fill: '#ff7a5a', pace: 0.2 });
      const bubbles = scatter(rng, 6, 4, 4, 92, 70);
      for (const [x, y] of bubbles) pen.circle(x, y, rng.int(1, 2), { line: '#bfe8ff', pace: 0.2 });
      return '#4ab0e0';
    }
    case 'forest': {
      bands(pen, 0, 78, '#bfe6f5', '#e6f5d8', 3);
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
          { fill: '#2f6a3a', line: '#1f4a2a', pace: 0.3 },
        );
      }
      grass(pen, rng, 78, '#5fb04a');
      pen.sparkle(scatter(rng, 8, 4, 82, 92, 94), '#ffe04a', 0.4);
      return '#bfe6f5';
    }
    case 'snow': {
      bands(pen, 0, 78, '#9ab8e0', '#dfeaf8', 4);
      pen.rect(0, 78, SIZE, 18, { fill: '#ffffff', pace: 0.3 });
      pen.poly([[0, 80], ...arcPoints(30, 84, 40, 10, 180, 360, 12), [70, 84]], { fill: '#f0f6ff', pace: 0.2 });
      pen.sparkle(scatter(rng, 30, 0, 0, SIZE - 1, 77), '#ffffff', 0.6);
      return '#9ab8e0';
    }
    case 'beach': {
      bands(pen, 0, 60, '#6ac8f0', '#c8ecfa', 3);
      pen.circle(rng.pick([14, 82]), 12, 7, { fill: '#ffe04a', pace: 0.3 });
      pen.rect(0, 60, SIZE, 14, { fill: '#2f8fd0', pace: 0.3 });
      pen.polyline(
        [
          [0, 64],
          [12, 63],
          [24, 65],
          [36, 63],
          [48, 65],
          [60, 63],
          [72, 65],
          [84, 63],
          [95, 64],
        ],
        '#bfe8ff',
        1,
        0.3,
      );
      pen.rect(0, 74, SIZE, 22, { fill: '#f2d890', pace: 0.3 });
      pen.dots(scatter(rng, 12, 0, 78, SIZE - 1, SIZE - 1), '#d8b870', 0.3);
      return '#6ac8f0';
    }
    case 'sea': {
      bands(pen, 0, 70, '#6ac8f0', '#d8f2ff', 4);
      cloud(pen, rng.int(6, 20), 16, 2, '#ffffff');
      cloud(pen, rng.int(64, 76), 26, 1.5, '#ffffff');
      bands(pen, 70, SIZE, '#3aa0e0', '#1a5aa0', 3);
      pen.polyline(
        [
          [0, 86],
          [10, 85],
          [20, 87],
          [30, 85],
          [40, 87],
          [50, 85],
          [60, 87],
          [70, 85],
          [80, 87],
          [95, 86],
        ],
        '#bfe8ff',
        1,
        0.3,
      );
      return '#6ac8f0';
    }
    case 'soft': {
      const tone = rng.pick([
        ['#fde8f0', '#f7c8dc'],
        ['#e8f0fd', '#c8d8f7'],
        ['#fdf6e0', '#f7e2b0'],
        ['#e8fdf0', '#bff0d4'],
        ['#f0e8fd', '#d8c8f7'],
      ]);
      bands(pen, 0, SIZE, tone[0], tone[1], 4);
      const dots = scatter(rng, 18, 2, 2, SIZE - 3, SIZE - 3);
      pen.sparkle(dots, '#ffffff', 0.4);
      return tone[0];
    }
    case 'sky':
    default: {
      bands(pen, 0, 78, '#7ec8f5', '#d8f0ff', 4);
      cloud(pen, rng.int(4, 14), rng.int(10, 16), 2, '#ffffff');
      cloud(pen, rng.int(66, 78), rng.int(14, 22), 1.5, '#ffffff');
      grass(pen, rng, 78, '#7cc243');
      return '#7ec8f5';
    }
  }
}
