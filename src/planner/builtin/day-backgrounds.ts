// The original scenes (space, meadow, sea, night…) and the day versions of forest, snow, beach, sky.
import type { Pen } from './pen.js';
import { arcPoints, crescentPoints, starPoints } from './pen.js';
import type { Rng } from './random.js';
import type { BackgroundId } from './subject.js';
import { bands, cloud, forestTrees, grass, scatter, SIZE, twinkles } from './background-kit.js';

/** The original scenes (and the day versions of forest, snow, beach, sky). */
export function dayBackground(id: BackgroundId, pen: Pen, rng: Rng, moon: boolean): string {
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
      forestTrees(pen, '#2f6a3a', '#1f4a2a');
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
