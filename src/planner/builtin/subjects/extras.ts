// Holiday things, props that are worn or held, a cartoon skull, a yellow electric mouse
// look-alike (no logo, no name on screen) and farm/zoo animals viewers often ask for.
import { BLUSH, INK, WHITE, darken, lighten } from '../colors.js';
import type { Pt } from '../pen.js';
import { curvePoints, ellipsePoints, flarePoints, starPoints } from '../pen.js';
import type { Subject } from '../subject.js';
import { blush, eyes } from './faces.js';

export const extras: Subject[] = [
  {
    id: 'hat',
    stems: ['шляп', 'шляпк', 'шапк', 'шапочк', 'кепк', 'цилиндр', 'панамк', 'панам'],
    words: ['hat', 'cap', 'top hat', 'beanie', 'cowboy hat', 'fedora'],
    colors: ['#3a3a44', '#8a5a2a', '#e0333a', '#2f6fd8'],
    background: 'soft',
    prop: 'head',
    draw(pen, c) {
      pen.ellipse(48, 66, 40, 10, { fill: c.main, line: c.line });
      pen.poly(
        [
          [26, 66],
          [28, 24],
          [68, 24],
          [70, 66],
        ],
        { fill: c.main, line: c.line },
      );
      pen.ellipse(48, 24, 20, 5, { fill: c.dark, line: c.line });
      pen.rect(27, 52, 42, 8, { fill: '#e0333a', line: '#8a1a20' });
      pen.line(34, 30, 34, 48, c.light, 2);
    },
  },
  {
    id: 'sunglasses',
    stems: ['очечк', 'солнцезащитн', 'окуляр'],
    words: ['очки', 'очках', 'очками', 'очочки', 'sunglasses', 'glasses', 'shades', 'goggles', 'spectacles'],
    colors: ['#1d1b22', '#e0333a', '#f58ab8'],
    background: 'beach',
    prop: 'eyes',
    draw(pen, c) {
      pen.line(8, 44, 88, 44, c.main, 3);
      pen.poly(
        [
          [10, 42],
          [44, 42],
          [42, 60],
          [30, 64],
          [14, 58],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [52, 42],
          [86, 42],
          [82, 58],
          [66, 64],
          [54, 60],
        ],
        { fill: c.main, line: c.line },
      );
      pen.line(17, 47, 24, 47, '#8ab0f0', 2);
      pen.line(59, 47, 66, 47, '#8ab0f0', 2);
    },
  },
  {
    id: 'bow',
    stems: ['бант', 'бантик', 'бантом', 'бантиком', 'ленточк'],
    words: ['bow', 'ribbon', 'hair bow', 'bowtie', 'bow tie'],
    colors: ['#f25c8a', '#e0333a', '#9b5de5', '#3f8ee0'],
    background: 'soft',
    prop: 'head',
    draw(pen, c) {
      pen.poly(
        [
          [48, 48],
          [26, 62],
          [22, 76],
          [34, 70],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.poly(
        [
          [48, 48],
          [70, 62],
          [74, 76],
          [62, 70],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.poly(
        [
          [48, 48],
          [14, 26],
          [8, 48],
          [16, 68],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [48, 48],
          [82, 26],
          [88, 48],
          [80, 68],
        ],
        { fill: c.main, line: c.line },
      );
      pen.circle(48, 48, 7, { fill: c.dark, line: c.line });
      pen.poly(
        [
          [16, 34],
          [24, 38],
          [18, 48],
        ],
        { fill: lighten(c.main, 0.4) },
      );
      pen.poly(
        [
          [80, 34],
          [72, 38],
          [78, 48],
        ],
        { fill: lighten(c.main, 0.4) },
      );
    },
  },
  {
    id: 'fries',
    stems: ['фри', 'картофел', 'картошк', 'картошечк'],
    words: ['fries', 'french fries', 'chips', 'фри', 'фрин'],
    colors: ['#e0333a', '#2f6fd8'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      for (const [x, top, tilt] of [
        [32, 22, -4],
        [38, 16, -2],
        [44, 20, 0],
        [50, 14, 1],
        [56, 18, 3],
        [62, 24, 5],
        [41, 26, -1],
        [53, 24, 2],
      ] as const) {
        pen.poly(
          [
            [x, 50],
            [x + tilt, top],
            [x + tilt + 5, top],
            [x + 5, 50],
          ],
          { fill: '#ffd24a', line: '#c08a10' },
        );
      }
      pen.poly(
        [
          [24, 40],
          [72, 40],
          [66, 86],
          [30, 86],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [24, 40],
          [48, 50],
          [72, 40],
          [70, 54],
          [48, 62],
          [26, 54],
        ],
        { fill: lighten(c.main, 0.2), line: c.line },
      );
      eyes(pen, 42, 54, 70);
      pen.polyline(
        [
          [45, 76],
          [48, 78],
          [51, 76],
        ],
        INK,
      );
    },
  },
  {
    id: 'easter-egg',
    stems: ['яйц', 'яичк', 'яиц', 'пасх', 'пасхальн', 'крашенк', 'писанк'],
    words: ['egg', 'easter', 'easter egg', 'яйцо'],
    colors: ['#f58ab8', '#5ac8f0', '#ffd24a', '#9b5de5'],
    background: 'sky',
    prop: 'hand',
    draw(pen, c) {
      const egg: Pt[] = ellipsePoints(48, 52, 24, 32, 32).map(([x, y]): Pt => [x, y < 52 ? 52 - (52 - y) * 1.08 : y]);
      pen.poly(egg, { fill: c.main, line: c.line });
      pen.polyline(
        [
          [26, 44],
          [34, 38],
          [42, 44],
          [50, 38],
          [58, 44],
          [66, 38],
          [71, 43],
        ],
        WHITE,
        3,
      );
      pen.rect(25, 58, 47, 5, { fill: lighten(c.main, 0.5) });
      for (const x of [32, 44, 56, 66]) pen.circle(x, 72, 2, { fill: darken(c.main, 0.3) });
      pen.poly(starPoints(48, 28, 5, 2), { fill: '#ffe04a' });
      pen.ellipse(36, 34, 3, 6, { fill: lighten(c.main, 0.6) });
    },
  },
  {
    id: 'fireworks',
    stems: ['салют', 'салютик', 'фейерверк', 'фейверк', 'петард', 'бенгальск'],
    words: ['fireworks', 'firework', 'salute', 'sparkler', 'happy new year'],
    colors: ['#ff5a8a', '#5ac8f0', '#ffe04a', '#7fdc7f'],
    background: 'city',
    draw(pen, c, rng) {
      const bursts: [number, number, number, string][] = [
        [30, 28, 16, c.main],
        [68, 22, 13, '#ffe04a'],
        [60, 54, 10, '#7fdc7f'],
      ];
      for (const [x, y, r, color] of bursts) {
        for (let k = 0; k < 12; k++) {
          const a = (k / 12) * Math.PI * 2 + rng.next() * 0.2;
          pen.line(x + Math.cos(a) * 3, y + Math.sin(a) * 3, x + Math.cos(a) * r, y + Math.sin(a) * r, color, 1, 0.5);
        }
        pen.circle(x, y, 2, { fill: WHITE });
        pen.sparkle(
          Array.from({ length: 10 }, (): Pt => [x + rng.int(-r, r), y + rng.int(-r, r)]),
          lighten(color, 0.5),
          0.4,
        );
      }
      pen.line(30, 88, 30, 46, '#ffd0a0', 1, 0.4);
      pen.line(68, 88, 68, 36, '#ffd0a0', 1, 0.4);
    },
  },
  {
    id: 'skull',
    stems: ['череп', 'черепок', 'черепуш', 'скелет', 'скелетик', 'черепушк'],
    words: ['skull', 'skeleton', 'skelly', 'bones'],
    colors: ['#f4f0e0', '#e8e8f0'],
    background: 'night',
    anchors: { head: { x: 48, y: 13, w: 40 }, eyes: { x: 48, y: 44, w: 34 }, hand: { x: 78, y: 76, w: 16 } },
    draw(pen, c) {
      pen.line(18, 76, 78, 90, c.dark, 4);
      pen.line(18, 90, 78, 76, c.dark, 4);
      for (const [x, y] of [
        [16, 74],
        [16, 92],
        [80, 74],
        [80, 92],
      ] as const)
        pen.circle(x, y, 3, { fill: c.main, line: c.line });
      pen.ellipse(48, 40, 28, 27, { fill: c.main, line: c.line });
      pen.rect(34, 58, 28, 16, { fill: c.main, line: c.line });
      pen.ellipse(37, 44, 8, 9, { fill: INK });
      pen.ellipse(59, 44, 8, 9, { fill: INK });
      pen.dots(
        [
          [34, 41],
          [35, 40],
          [56, 41],
          [57, 40],
        ],
        WHITE,
      );
      pen.poly(
        [
          [48, 52],
          [44, 60],
          [52, 60],
        ],
        { fill: INK },
      );
      for (const x of [40, 45, 50, 55]) pen.line(x, 66, x, 73, c.line);
      pen.line(34, 66, 62, 66, c.line);
      pen.dots(
        [
          [28, 54],
          [29, 54],
          [67, 54],
          [66, 54],
        ],
        BLUSH,
      );
    },
  },
  {
    id: 'electric-mouse',
    stems: ['пикачу', 'пикач', 'покемон', 'покемончик', 'электромыш', 'пика'],
    words: ['pikachu', 'pokemon', 'pokémon', 'pika', 'electric mouse', 'пикачу'],
    colors: ['#f7d02a', '#ffd83a'],
    background: 'sky',
    anchors: { head: { x: 48, y: 27, w: 26 }, eyes: { x: 48, y: 42, w: 24 }, hand: { x: 64, y: 68, w: 14 } },
    draw(pen, c) {
      pen.poly(
        [
          [62, 72],
          [70, 64],
          [66, 56],
          [76, 50],
          [72, 42],
          [86, 30],
          [80, 46],
          [84, 52],
          [74, 58],
          [78, 64],
          [66, 76],
        ],
        { fill: c.main, line: '#8a6a10' },
      );
      pen.poly(
        [
          [62, 72],
          [70, 64],
          [66, 76],
        ],
        { fill: '#8a5a2a' },
      );
      pen.ellipse(48, 70, 16, 14, { fill: c.main, line: '#8a6a10' });
      pen.ellipse(41, 83, 5, 3, { fill: c.main, line: '#8a6a10' });
      pen.ellipse(55, 83, 5, 3, { fill: c.main, line: '#8a6a10' });
      pen.poly(
        [
          [36, 36],
          [22, 10],
          [44, 30],
        ],
        { fill: c.main, line: '#8a6a10' },
      );
      pen.poly(
        [
          [60, 36],
          [74, 10],
          [52, 30],
        ],
        { fill: c.main, line: '#8a6a10' },
      );
      pen.poly(
        [
          [26, 17],
          [22, 10],
          [30, 16],
        ],
        { fill: INK },
      );
      pen.poly(
        [
          [70, 17],
          [74, 10],
          [66, 16],
        ],
        { fill: INK },
      );
      pen.ellipse(48, 44, 17, 15, { fill: c.main, line: '#8a6a10' });
      eyes(pen, 41, 55, 41);
      pen.dots(
        [
          [47, 46],
          [48, 46],
          [49, 46],
        ],
        INK,
      );
      pen.polyline(
        [
          [44, 49],
          [46, 51],
          [48, 49],
          [50, 51],
          [52, 49],
        ],
        '#6a3a12',
      );
      pen.circle(35, 48, 3, { fill: '#e8333a' });
      pen.circle(61, 48, 3, { fill: '#e8333a' });
      pen.line(40, 66, 44, 64, '#8a6a10');
      pen.line(56, 66, 52, 64, '#8a6a10');
    },
  },
  {
    id: 'horse',
    stems: ['лошад', 'лошадк', 'лошадок', 'конь', 'коня', 'коню', 'конем', 'кони', 'коней', 'конек', 'коник', 'жеребен', 'скакун'],
    words: ['horse', 'stallion', 'mare', 'foal'],
    colors: ['#a0683a', '#e8e0d0', '#4a3a32', '#c8a070'],
    background: 'sky',
    mirror: true,
    anchors: { head: { x: 28, y: 24, w: 14 }, eyes: { x: 26, y: 32, w: 10 }, hand: { x: 22, y: 48, w: 12 } },
    draw(pen, c) {
      pen.poly(flarePoints([74, 50], [86, 58], [82, 76], 3, 6), { fill: INK, line: INK });
      pen.rect(38, 62, 6, 22, { fill: c.dark, line: c.line });
      pen.rect(64, 62, 6, 22, { fill: c.dark, line: c.line });
      pen.ellipse(56, 54, 22, 12, { fill: c.main, line: c.line });
      pen.rect(44, 62, 6, 22, { fill: c.main, line: c.line });
      pen.rect(70, 60, 6, 24, { fill: c.main, line: c.line });
      for (const x of [38, 44, 64, 70]) pen.rect(x, 82, 6, 3, { fill: INK });
      pen.poly(
        [
          [38, 50],
          [26, 26],
          [34, 22],
          [48, 46],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [26, 26],
          [14, 36],
          [16, 44],
          [26, 42],
          [34, 32],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [28, 24],
          [30, 16],
          [33, 24],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [33, 22],
          [46, 44],
          [50, 42],
          [38, 20],
        ],
        { fill: INK },
      );
      pen.circle(26, 31, 2, { fill: INK });
      pen.dots([[25, 30]], WHITE);
      pen.dots(
        [
          [16, 40],
          [17, 40],
        ],
        INK,
      );
    },
  },
  {
    id: 'lion',
    stems: ['льв', 'левушк', 'львенок', 'львенк', 'львят', 'львиц', 'симба', 'тигр', 'тигренок', 'тигренк', 'тигриц'],
    words: ['лев', 'lion', 'lioness', 'simba', 'tiger', 'cub'],
    colors: ['#e8a040', '#f0b050', '#f28a1e'],
    background: 'beach',
    anchors: { head: { x: 48, y: 22, w: 30 }, eyes: { x: 48, y: 42, w: 22 }, hand: { x: 64, y: 72, w: 16 } },
    draw(pen, c) {
      pen.poly(curvePoints([62, 80], [80, 80], [80, 62], 2, 1), { fill: c.main, line: c.line });
      pen.circle(80, 60, 3, { fill: '#8a4a1a' });
      pen.ellipse(48, 70, 16, 14, { fill: c.main, line: c.line });
      pen.ellipse(41, 83, 5, 3, { fill: c.light, line: c.line });
      pen.ellipse(55, 83, 5, 3, { fill: c.light, line: c.line });
      pen.poly(starPoints(48, 42, 26, 20, 12), { fill: '#a0501a', line: '#5a2a0a' });
      pen.ellipse(48, 44, 16, 15, { fill: c.main, line: c.line });
      pen.circle(36, 32, 4, { fill: c.main, line: c.line });
      pen.circle(60, 32, 4, { fill: c.main, line: c.line });
      pen.ellipse(48, 51, 7, 5, { fill: c.light });
      eyes(pen, 42, 54, 42);
      pen.poly(
        [
          [45, 47],
          [51, 47],
          [48, 50],
        ],
        { fill: '#5a2a1a' },
      );
      pen.dots(
        [
          [48, 51],
          [47, 52],
          [46, 53],
          [49, 52],
          [50, 53],
        ],
        INK,
      );
      blush(pen, 37, 59, 49);
    },
  },
  {
    id: 'cow',
    stems: ['коров', 'коровк', 'коровушк', 'теленок', 'теленк', 'телят', 'бычок', 'бычк', 'бык', 'буренк'],
    words: ['cow', 'cattle', 'calf', 'bull', 'moo'],
    colors: ['#f4f4f0', '#c8a070'],
    background: 'sky',
    anchors: { head: { x: 48, y: 26, w: 28 }, eyes: { x: 48, y: 38, w: 22 }, hand: { x: 66, y: 70, w: 16 } },
    draw(pen, c) {
      pen.ellipse(48, 70, 20, 14, { fill: c.main, line: '#5a5a60' });
      pen.ellipse(40, 66, 6, 5, { fill: '#2a2a30' });
      pen.ellipse(58, 74, 5, 4, { fill: '#2a2a30' });
      pen.ellipse(48, 80, 6, 4, { fill: '#f5a8c0', line: '#c06080' });
      pen.rect(34, 80, 6, 5, { fill: '#3a3a40' });
      pen.rect(56, 80, 6, 5, { fill: '#3a3a40' });
      pen.poly(
        [
          [32, 30],
          [24, 22],
          [34, 26],
        ],
        { fill: '#e8e0c8', line: '#8a8070' },
      );
      pen.poly(
        [
          [64, 30],
          [72, 22],
          [62, 26],
        ],
        { fill: '#e8e0c8', line: '#8a8070' },
      );
      pen.ellipse(28, 36, 7, 3, { fill: c.main, line: '#5a5a60' });
      pen.ellipse(68, 36, 7, 3, { fill: c.main, line: '#5a5a60' });
      pen.ellipse(48, 40, 15, 14, { fill: c.main, line: '#5a5a60' });
      pen.ellipse(54, 32, 5, 4, { fill: '#2a2a30' });
      pen.ellipse(48, 50, 11, 7, { fill: '#f5a8c0', line: '#c06080' });
      pen.dots(
        [
          [44, 50],
          [45, 50],
          [52, 50],
          [51, 50],
        ],
        '#8a3050',
      );
      eyes(pen, 42, 54, 39);
    },
  },
  {
    id: 'monkey',
    stems: ['обезьян', 'обезьянк', 'обезьянок', 'мартышк', 'шимпанзе', 'горилл', 'макак'],
    words: ['monkey', 'ape', 'chimp', 'chimpanzee', 'gorilla', 'monke'],
    colors: ['#8a5a32', '#6a4a2a', '#a06a3a'],
    background: 'forest',
    anchors: { head: { x: 48, y: 28, w: 26 }, eyes: { x: 48, y: 40, w: 20 }, hand: { x: 68, y: 66, w: 16 } },
    draw(pen, c) {
      pen.poly(curvePoints([60, 80], [86, 80], [80, 56], 2, 2), { fill: c.main, line: c.line });
      pen.ellipse(48, 70, 15, 14, { fill: c.main, line: c.line });
      pen.ellipse(48, 72, 9, 9, { fill: '#f0c8a0' });
      pen.ellipse(41, 83, 5, 3, { fill: c.main, line: c.line });
      pen.ellipse(55, 83, 5, 3, { fill: c.main, line: c.line });
      pen.circle(30, 42, 6, { fill: '#f0c8a0', line: c.line });
      pen.circle(66, 42, 6, { fill: '#f0c8a0', line: c.line });
      pen.ellipse(48, 42, 16, 15, { fill: c.main, line: c.line });
      pen.poly(
        [
          [36, 36],
          [42, 32],
          [48, 36],
          [54, 32],
          [60, 36],
          [62, 48],
          [48, 56],
          [34, 48],
        ],
        { fill: '#f0c8a0' },
      );
      eyes(pen, 42, 54, 39);
      pen.dots(
        [
          [46, 46],
          [50, 46],
        ],
        INK,
      );
      pen.polyline(
        [
          [42, 50],
          [48, 53],
          [54, 50],
        ],
        INK,
      );
      blush(pen, 37, 59, 46);
    },
  },
];
