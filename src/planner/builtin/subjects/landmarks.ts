// Famous buildings, drawn generic (no flags, no names on them).
import { INK, WHITE } from '../colors.js';
import { arcPoints, starPoints } from '../pen.js';
import type { Subject } from '../subject.js';

export const landmarks: Subject[] = [
  {
    id: 'eiffel-tower',
    stems: ['эйфелев', 'эйфел', 'париж', 'парижск'],
    words: ['eiffel', 'eiffel tower', 'paris'],
    colors: ['#8a6a4a', '#6a5a5a', '#b08a5a'],
    background: 'sky',
    draw(pen, c) {
      pen.poly(
        [
          [20, 86],
          [42, 40],
          [54, 40],
          [76, 86],
          [64, 86],
          [48, 64],
          [32, 86],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [38, 50],
          [58, 50],
          [58, 54],
          [38, 54],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.poly(
        [
          [42, 40],
          [46, 10],
          [50, 10],
          [54, 40],
        ],
        { fill: c.main, line: c.line },
      );
      pen.rect(40, 38, 16, 3, { fill: c.dark, line: c.line });
      pen.rect(44, 22, 8, 2, { fill: c.dark });
      pen.line(48, 10, 48, 2, c.line, 1);
      pen.polyline(arcPoints(48, 86, 12, 16, 180, 360, 10), c.line, 1);
      for (const y of [58, 66, 74]) pen.line(30, y, 66, y, c.light, 1, 0.3);
    },
  },
  {
    id: 'pyramid',
    stems: ['пирамид', 'пирамидк', 'египет', 'египт', 'сфинкс'],
    words: ['pyramid', 'egypt', 'sphinx', 'giza'],
    colors: ['#e8c070', '#d8a860'],
    background: 'beach',
    draw(pen, c) {
      pen.poly(
        [
          [48, 14],
          [90, 84],
          [6, 84],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [48, 14],
          [90, 84],
          [58, 84],
        ],
        { fill: c.dark },
      );
      for (const y of [30, 46, 62, 76]) {
        const half = ((y - 14) / 70) * 42;
        pen.line(48 - half, y, 48 + half * 0.2, y, c.line, 1, 0.3);
      }
      pen.poly(
        [
          [76, 60],
          [94, 84],
          [62, 84],
        ],
        { fill: c.main, line: c.line },
      );
      pen.rect(42, 76, 8, 8, { fill: '#5a3a1a' });
    },
  },
  {
    id: 'clock-tower',
    stems: ['бигбен', 'лондон', 'куранты', 'курант'],
    words: ['биг бен', 'big ben', 'bigben', 'clock tower', 'london', 'clocktower'],
    colors: ['#c8a870', '#b89060'],
    background: 'sky',
    draw(pen, c) {
      pen.rect(34, 40, 28, 46, { fill: c.main, line: c.line });
      pen.rect(30, 28, 36, 14, { fill: c.main, line: c.line });
      pen.circle(48, 35, 6, { fill: WHITE, line: INK });
      pen.line(48, 35, 48, 31, INK);
      pen.line(48, 35, 51, 35, INK);
      pen.poly(
        [
          [30, 28],
          [48, 6],
          [66, 28],
        ],
        { fill: '#4a6a5a', line: '#2a3a30' },
      );
      pen.line(48, 6, 48, 1, '#f2c12e', 1);
      for (const y of [48, 60, 72]) {
        pen.rect(39, y, 5, 8, { fill: '#3a4a6a' });
        pen.rect(52, y, 5, 8, { fill: '#3a4a6a' });
      }
      pen.rect(8, 60, 26, 26, { fill: c.dark, line: c.line });
      pen.rect(62, 60, 26, 26, { fill: c.dark, line: c.line });
    },
  },
  {
    id: 'kremlin-tower',
    stems: ['кремл', 'кремлевск', 'спасск'],
    words: ['kremlin', 'red square', 'kremlin tower', 'spasskaya'],
    colors: ['#c83a32', '#b8403a'],
    background: 'snow',
    draw(pen, c) {
      pen.rect(4, 62, 88, 24, { fill: c.main, line: c.line });
      for (let x = 4; x < 92; x += 8)
        pen.poly(
          [
            [x, 62],
            [x + 2, 56],
            [x + 4, 56],
            [x + 6, 62],
          ],
          { fill: c.main, line: c.line },
        );
      pen.rect(34, 36, 28, 50, { fill: c.main, line: c.line });
      pen.rect(38, 24, 20, 13, { fill: c.main, line: c.line });
      pen.circle(48, 30, 4, { fill: WHITE, line: INK });
      pen.poly(
        [
          [38, 24],
          [48, 8],
          [58, 24],
        ],
        { fill: '#3a7a4a', line: '#1a3a20' },
      );
      pen.poly(starPoints(48, 6, 5, 2), { fill: '#e0333a', line: '#7a1010' });
      pen.poly([[42, 86], [42, 74], ...arcPoints(48, 74, 6, 6, 180, 360, 8), [54, 86]], { fill: '#3a2a2a' });
      for (const y of [44, 56]) pen.rect(45, y, 6, 8, { fill: '#f4f0e0', line: c.line });
    },
  },
];
