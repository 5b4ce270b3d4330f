// More animals: pond, farm, forest and sea.
import { BLUSH, INK, WHITE, darken, lighten } from '../colors.js';
import type { Pt } from '../pen.js';
import { arcPoints, curvePoints } from '../pen.js';
import { eyes } from './faces.js';
import type { Subject } from '../subject.js';

export const critters: Subject[] = [
  {
    id: 'frog',
    stems: ['лягушк', 'лягушек', 'лягух', 'лягушонок', 'лягушонк', 'лягушат', 'жаб', 'жабк', 'квакушк'],
    words: ['frog', 'froggy', 'toad', 'pepe'],
    colors: ['#6cbf4a', '#4caf50', '#8fd14f'],
    background: 'forest',
    anchors: { head: { x: 48, y: 37, w: 22 }, eyes: { x: 48, y: 36, w: 30 }, hand: { x: 68, y: 68, w: 16 } },
    draw(pen, c) {
      pen.ellipse(48, 84, 34, 6, { fill: '#3f8f3a', line: '#1f5a20' });
      pen.poly(
        [
          [48, 84],
          [60, 78],
          [62, 82],
        ],
        { fill: '#2f6a2a' },
      );
      pen.ellipse(48, 67, 22, 15, { fill: c.main, line: c.line });
      pen.ellipse(48, 70, 14, 10, { fill: lighten(c.main, 0.5) });
      pen.ellipse(29, 80, 9, 4, { fill: c.dark, line: c.line });
      pen.ellipse(67, 80, 9, 4, { fill: c.dark, line: c.line });
      pen.circle(35, 36, 9, { fill: c.main, line: c.line });
      pen.circle(61, 36, 9, { fill: c.main, line: c.line });
      pen.ellipse(48, 50, 23, 14, { fill: c.main, line: c.line });
      pen.circle(35, 36, 6, { fill: WHITE });
      pen.circle(61, 36, 6, { fill: WHITE });
      pen.circle(36, 37, 3, { fill: INK });
      pen.circle(60, 37, 3, { fill: INK });
      pen.dots(
        [
          [35, 35],
          [59, 35],
        ],
        WHITE,
      );
      pen.polyline(
        [
          [34, 52],
          [40, 56],
          [48, 57],
          [56, 56],
          [62, 52],
        ],
        c.line,
        1,
      );
      pen.dots(
        [
          [31, 50],
          [32, 50],
          [64, 50],
          [65, 50],
        ],
        BLUSH,
      );
      pen.ellipse(38, 80, 4, 3, { fill: c.main, line: c.line });
      pen.ellipse(58, 80, 4, 3, { fill: c.main, line: c.line });
    },
  },
  {
    id: 'bear',
    stems: ['медвед', 'медвеж', 'медвежонок', 'медвежонк', 'медвежат', 'мишк', 'мишутк', 'мишек', 'миш'],
    words: ['bear', 'teddy', 'teddy bear', 'teddybear'],
    colors: ['#a0683a', '#8a5a2b', '#c98a50', '#f4f4f8'],
    background: 'forest',
    anchors: { head: { x: 48, y: 29, w: 26 }, eyes: { x: 48, y: 42, w: 22 }, hand: { x: 64, y: 68, w: 16 } },
    draw(pen, c) {
      pen.circle(33, 28, 7, { fill: c.main, line: c.line });
      pen.circle(63, 28, 7, { fill: c.main, line: c.line });
      pen.circle(33, 28, 4, { fill: c.light });
      pen.circle(63, 28, 4, { fill: c.light });
      pen.ellipse(48, 71, 18, 14, { fill: c.main, line: c.line });
      pen.ellipse(48, 73, 10, 9, { fill: c.light });
      pen.ellipse(31, 68, 5, 9, { fill: c.main, line: c.line });
      pen.ellipse(65, 68, 5, 9, { fill: c.main, line: c.line });
      pen.ellipse(38, 83, 7, 4, { fill: c.main, line: c.line });
      pen.ellipse(58, 83, 7, 4, { fill: c.main, line: c.line });
      pen.circle(38, 83, 2, { fill: c.light });
      pen.circle(58, 83, 2, { fill: c.light });
      pen.ellipse(48, 42, 17, 15, { fill: c.main, line: c.line });
      pen.ellipse(48, 50, 8, 6, { fill: c.light, line: c.line });
      pen.ellipse(48, 47, 3, 2, { fill: INK });
      pen.dots(
        [
          [48, 50],
          [47, 51],
          [46, 52],
          [49, 51],
          [50, 52],
        ],
        INK,
      );
      eyes(pen, 41, 55, 40);
      pen.dots(
        [
          [36, 47],
          [37, 47],
          [59, 47],
          [60, 47],
        ],
        BLUSH,
      );
    },
  },
  {
    id: 'owl',
    stems: ['сов', 'совушк', 'совенок', 'совенк', 'совят', 'совух', 'филин', 'сыч'],
    words: ['owl', 'owlet', 'hooty'],
    colors: ['#8a6a4a', '#a07850', '#7a6a8a'],
    background: 'night',
    anchors: { head: { x: 48, y: 27, w: 30 }, eyes: { x: 48, y: 40, w: 36 }, hand: { x: 69, y: 62, w: 14 } },
    draw(pen, c) {
      pen.line(8, 84, 88, 82, '#6b3f1f', 4);
      pen.poly(
        [
          [28, 32],
          [28, 14],
          [40, 28],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [68, 32],
          [68, 14],
          [56, 28],
        ],
        { fill: c.main, line: c.line },
      );
      pen.ellipse(48, 54, 22, 28, { fill: c.main, line: c.line });
      pen.ellipse(48, 64, 14, 16, { fill: lighten(c.main, 0.45) });
      for (const [x, y] of [
        [42, 58],
        [48, 62],
        [54, 58],
        [45, 68],
        [51, 68],
        [48, 74],
      ] as const)
        pen.dots(
          [
            [x - 1, y - 1],
            [x, y],
            [x + 1, y - 1],
          ],
          c.dark,
          0.3,
        );
      pen.ellipse(27, 60, 5, 15, { fill: c.dark, line: c.line });
      pen.ellipse(69, 60, 5, 15, { fill: c.dark, line: c.line });
      pen.circle(38, 40, 9, { fill: '#f7d27a', line: c.line });
      pen.circle(58, 40, 9, { fill: '#f7d27a', line: c.line });
      pen.circle(38, 40, 6, { fill: WHITE });
      pen.circle(58, 40, 6, { fill: WHITE });
      pen.circle(39, 41, 3, { fill: INK });
      pen.circle(57, 41, 3, { fill: INK });
      pen.dots(
        [
          [38, 39],
          [56, 39],
        ],
        WHITE,
      );
      pen.poly(
        [
          [45, 47],
          [51, 47],
          [48, 53],
        ],
        { fill: '#f2a31e', line: '#a06000' },
      );
      for (const x of [40, 44, 52, 56]) pen.line(x, 80, x, 84, '#f2a31e');
    },
  },
  {
    id: 'whale',
    stems: ['кит', 'китик', 'китенок', 'китенк', 'китят', 'касатк'],
    words: ['whale', 'orca'],
    colors: ['#3f7fd0', '#5a8fe0', '#4a6aa0'],
    background: 'sea',
    anchors: { head: { x: 30, y: 45, w: 20 }, eyes: { x: 26, y: 58, w: 10 } },
    mirror: true,
    draw(pen, c) {
      pen.polyline(
        [
          [34, 44],
          [30, 34],
          [26, 28],
        ],
        '#5ab4ec',
        2,
      );
      pen.polyline(
        [
          [34, 44],
          [36, 34],
          [40, 28],
        ],
        '#5ab4ec',
        2,
      );
      pen.polyline(
        [
          [34, 44],
          [34, 32],
          [34, 24],
        ],
        '#5ab4ec',
        2,
      );
      pen.poly(
        [
          [70, 64],
          [84, 46],
          [86, 56],
          [94, 52],
          [80, 70],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly([[12, 66], ...arcPoints(44, 66, 32, 22, 180, 360, 18).slice(1, -1), [76, 66], [74, 74], [60, 82], [30, 82], [16, 76]], {
        fill: c.main,
        line: c.line,
      });
      pen.poly(
        [
          [18, 72],
          [74, 70],
          [62, 81],
          [30, 81],
        ],
        { fill: lighten(c.main, 0.55) },
      );
      for (const x of [30, 38, 46, 54, 62]) pen.line(x, 74, x + 1, 79, lighten(c.main, 0.25), 1, 0.2);
      pen.poly(
        [
          [44, 70],
          [54, 76],
          [42, 78],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.circle(24, 60, 2, { fill: INK });
      pen.dots([[23, 59]], WHITE);
      pen.polyline(
        [
          [16, 66],
          [22, 68],
          [30, 67],
        ],
        c.line,
        1,
      );
      pen.dots(
        [
          [26, 64],
          [27, 64],
        ],
        BLUSH,
      );
      pen.polyline(
        [
          [4, 84],
          [14, 82],
          [24, 85],
          [34, 82],
          [44, 85],
          [54, 82],
          [64, 85],
          [74, 82],
          [84, 85],
          [94, 83],
        ],
        '#e6f6ff',
        1,
      );
    },
  },
  {
    id: 'octopus',
    stems: ['осьминог', 'осьминожк', 'осьминожек', 'спрут', 'кальмар'],
    words: ['octopus', 'octopi', 'squid', 'kraken'],
    colors: ['#9b5de5', '#e8607a', '#f28a1e'],
    background: 'underwater',
    anchors: { head: { x: 48, y: 15, w: 30 }, eyes: { x: 48, y: 41, w: 24 }, hand: { x: 76, y: 70, w: 16 } },
    draw(pen, c) {
      const tentacles: [Pt, Pt, Pt][] = [
        [
          [32, 50],
          [14, 62],
          [18, 80],
        ],
        [
          [38, 54],
          [28, 74],
          [36, 86],
        ],
        [
          [45, 56],
          [42, 78],
          [48, 88],
        ],
        [
          [51, 56],
          [56, 78],
          [50, 88],
        ],
        [
          [58, 54],
          [68, 74],
          [60, 86],
        ],
        [
          [64, 50],
          [82, 62],
          [78, 80],
        ],
      ];
      for (const [a, b, d] of tentacles) pen.poly(curvePoints(a, b, d, 5, 2), { fill: c.main, line: c.line, pace: 0.6 });
      for (const [, b] of tentacles) pen.circle(b[0] + (b[0] < 48 ? 3 : -3), b[1] + 4, 1, { fill: c.light, pace: 0.2 });
      pen.ellipse(48, 36, 22, 22, { fill: c.main, line: c.line });
      pen.circle(38, 24, 3, { fill: c.light });
      pen.circle(58, 22, 2, { fill: c.light });
      pen.circle(40, 40, 4, { fill: WHITE });
      pen.circle(56, 40, 4, { fill: WHITE });
      pen.circle(41, 41, 2, { fill: INK });
      pen.circle(55, 41, 2, { fill: INK });
      pen.dots(
        [
          [44, 48],
          [45, 49],
          [46, 49],
          [47, 49],
          [48, 49],
          [49, 49],
          [50, 49],
          [51, 48],
        ],
        INK,
      );
      pen.dots(
        [
          [34, 46],
          [35, 46],
          [61, 46],
          [62, 46],
        ],
        BLUSH,
      );
    },
  },
  {
    id: 'pig',
    stems: ['свин', 'свинк', 'свинюшк', 'свинок', 'поросен', 'поросенк', 'поросят', 'хрюш', 'хрюшк', 'пятачок', 'пятачк'],
    words: ['pig', 'piggy', 'piglet', 'peppa', 'hog'],
    colors: ['#f7a8b8', '#f4b8c8', '#e89aa8'],
    background: 'sky',
    anchors: { head: { x: 48, y: 28, w: 26 }, eyes: { x: 48, y: 38, w: 22 }, hand: { x: 66, y: 68, w: 16 } },
    draw(pen, c) {
      pen.polyline(
        [
          [66, 66],
          [72, 62],
          [74, 66],
          [70, 68],
          [72, 72],
        ],
        c.line,
        2,
      );
      pen.rect(35, 74, 7, 10, { fill: c.dark, line: c.line });
      pen.rect(54, 74, 7, 10, { fill: c.dark, line: c.line });
      pen.ellipse(48, 68, 20, 14, { fill: c.main, line: c.line });
      pen.poly(
        [
          [33, 34],
          [28, 20],
          [42, 28],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.poly(
        [
          [63, 34],
          [68, 20],
          [54, 28],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.ellipse(48, 42, 17, 15, { fill: c.main, line: c.line });
      pen.ellipse(48, 48, 8, 6, { fill: darken(c.main, 0.12), line: c.line });
      pen.rect(45, 47, 2, 3, { fill: darken(c.main, 0.55) });
      pen.rect(50, 47, 2, 3, { fill: darken(c.main, 0.55) });
      eyes(pen, 40, 56, 38);
      pen.circle(36, 47, 2, { fill: '#f27a9a' });
      pen.circle(60, 47, 2, { fill: '#f27a9a' });
      pen.dots(
        [
          [46, 56],
          [47, 57],
          [48, 57],
          [49, 57],
          [50, 56],
        ],
        c.line,
      );
    },
  },
];
