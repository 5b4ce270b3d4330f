// Sea animals (the fish, whale, octopus and turtle are older tables).
import { INK, WHITE, lighten } from '../colors.js';
import { curvePoints } from '../pen.js';
import type { Subject } from '../subject.js';
import { blush, eyes } from './faces.js';

export const sea: Subject[] = [
  {
    id: 'shark',
    stems: ['акул', 'акулк', 'акуленок', 'акуленк', 'акулят', 'акулен'],
    words: ['shark', 'megalodon', 'jaws'],
    colors: ['#7a8aa0', '#6a9ac0', '#8a8a96'],
    background: 'underwater',
    mirror: true,
    anchors: { head: { x: 66, y: 38, w: 18 }, eyes: { x: 68, y: 46, w: 10 } },
    draw(pen, c) {
      pen.poly(
        [
          [22, 52],
          [6, 34],
          [12, 54],
          [6, 72],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [42, 40],
          [50, 18],
          [60, 40],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [18, 52],
          [40, 38],
          [70, 38],
          [88, 50],
          [84, 58],
          [60, 66],
          [30, 62],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [30, 58],
          [60, 58],
          [84, 56],
          [60, 66],
          [34, 62],
        ],
        { fill: '#eef0f4' },
      );
      pen.poly(
        [
          [46, 60],
          [56, 74],
          [60, 60],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.polyline(
        [
          [66, 56],
          [72, 58],
          [84, 56],
        ],
        INK,
        1,
      );
      pen.dots(
        [
          [68, 57],
          [72, 58],
          [76, 57],
          [80, 57],
        ],
        WHITE,
      );
      pen.circle(72, 47, 2, { fill: INK });
      pen.dots([[71, 46]], WHITE);
      pen.line(58, 44, 58, 52, c.line);
      pen.line(62, 44, 62, 52, c.line);
    },
  },
  {
    id: 'dolphin',
    stems: ['дельфин', 'дельфинчик', 'дельфиненок', 'дельфинят', 'дельфинен'],
    words: ['dolphin', 'porpoise'],
    colors: ['#5a9ad8', '#8aa0b8', '#f08ab8'],
    background: 'sea',
    mirror: true,
    anchors: { head: { x: 68, y: 26, w: 16 }, eyes: { x: 70, y: 32, w: 10 } },
    draw(pen, c) {
      pen.poly(curvePoints([18, 74], [34, 22], [76, 30], 11, 4), { fill: c.main, line: c.line });
      pen.poly(
        [
          [20, 72],
          [8, 70],
          [14, 80],
          [22, 86],
          [24, 76],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [40, 30],
          [44, 18],
          [52, 30],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(curvePoints([28, 62], [40, 42], [76, 36], 4, 2), { fill: lighten(c.main, 0.55) });
      pen.poly(
        [
          [74, 28],
          [88, 34],
          [76, 38],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [44, 50],
          [40, 62],
          [52, 50],
        ],
        { fill: c.dark, line: c.line },
      );
      eyes(pen, 68, 68, 31, 2);
      pen.dots(
        [
          [79, 36],
          [80, 36],
        ],
        INK,
      );
      pen.circle(30, 90, 3, { line: '#bfe8ff' });
      pen.circle(60, 86, 2, { line: '#bfe8ff' });
    },
  },
  {
    id: 'crab',
    stems: ['краб', 'крабик', 'крабов', 'крабик', 'рак', 'рачок', 'раков'],
    words: ['crab', 'lobster', 'crayfish', 'крабик'],
    colors: ['#e0503a', '#f28a1e'],
    background: 'beach',
    anchors: { head: { x: 48, y: 48, w: 30 }, eyes: { x: 48, y: 40, w: 14 }, hand: { x: 80, y: 36, w: 14 } },
    draw(pen, c) {
      for (const s of [-1, 1]) {
        for (const k of [0, 5, 10]) pen.line(48 + s * 20, 68 + k / 2, 48 + s * 32, 74 + k, c.line, 2);
        pen.line(48 + s * 20, 58, 48 + s * 30, 46, c.main, 3);
        pen.circle(48 + s * 32, 38, 8, { fill: c.main, line: c.line });
        pen.poly(
          [
            [48 + s * 32, 38],
            [48 + s * 28, 28],
            [48 + s * 40, 32],
          ],
          { fill: '#6ac8f0' },
        );
      }
      pen.ellipse(48, 64, 22, 14, { fill: c.main, line: c.line });
      pen.ellipse(48, 60, 14, 6, { fill: c.light });
      pen.line(42, 52, 40, 42, c.line, 2);
      pen.line(54, 52, 56, 42, c.line, 2);
      eyes(pen, 40, 56, 41);
      pen.polyline(
        [
          [42, 68],
          [48, 71],
          [54, 68],
        ],
        INK,
      );
      blush(pen, 34, 62, 66);
    },
  },
  {
    id: 'jellyfish',
    stems: ['медуз', 'медузк', 'медузок'],
    words: ['jellyfish', 'jelly fish', 'medusa'],
    colors: ['#f08ad8', '#8ad0f0', '#c08ae0'],
    background: 'underwater',
    anchors: { head: { x: 48, y: 20, w: 34 }, eyes: { x: 48, y: 36, w: 20 } },
    draw(pen, c) {
      for (const [x, bend] of [
        [34, -6],
        [42, 5],
        [50, -5],
        [58, 6],
        [66, -4],
      ] as const) {
        pen.poly(curvePoints([x, 46], [x + bend, 64], [x - bend / 2, 86], 2, 1), { fill: c.light, line: c.dark });
      }
      pen.poly(
        [
          [22, 46],
          [24, 32],
          [34, 22],
          [48, 19],
          [62, 22],
          [72, 32],
          [74, 46],
          [66, 50],
          [58, 46],
          [48, 50],
          [38, 46],
          [30, 50],
        ],
        { fill: c.main, line: c.line },
      );
      pen.ellipse(36, 30, 4, 3, { fill: lighten(c.main, 0.6) });
      eyes(pen, 42, 54, 36);
      pen.dots(
        [
          [46, 41],
          [47, 42],
          [48, 42],
          [49, 42],
          [50, 41],
        ],
        INK,
      );
      blush(pen, 37, 59, 40);
    },
  },
];
