// Full-canvas backgrounds, drawn first and quickly. Each returns the canvas bg colour it
// assumes and paints its own bands, ground and sparkles. The settings with a night version
// are here; the original scenes are in day-backgrounds.ts, shared strokes in background-kit.ts.
import type { Pen, Pt } from './pen.js';
import type { Rng } from './random.js';
import type { BackgroundId } from './subject.js';
import { bands, cloud, forestTrees, grass, nightSky, scatter, SIZE, twinkles } from './background-kit.js';
import { dayBackground } from './day-backgrounds.js';

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
        forestTrees(pen, '#1a3a2a', '#0f2418');
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
