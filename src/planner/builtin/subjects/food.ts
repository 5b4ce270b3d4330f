// Food and drinks.
import { BLUSH, INK, WHITE, darken, lighten } from '../colors.js';
import type { Pt } from '../pen.js';
import { arcPoints, curvePoints, heartPoints } from '../pen.js';
import type { Subject } from '../subject.js';

export const food: Subject[] = [
  {
    id: 'pizza',
    stems: ['пицц', 'пиц', 'пиццочк', 'пепперони'],
    words: ['pizza', 'pepperoni', 'pizzeria'],
    colors: ['#c8372d', '#d84a2f'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.poly(
        [
          [16, 24],
          [80, 24],
          [48, 88],
        ],
        { fill: '#f7c948', line: '#c98a12' },
      );
      pen.poly(
        [
          [14, 16],
          [82, 16],
          [84, 22],
          [80, 27],
          [16, 27],
          [12, 22],
        ],
        { fill: '#d9913a', line: '#8a5418' },
      );
      pen.line(18, 20, 76, 20, '#eab060');
      for (const [x, y, r] of [
        [32, 36, 5],
        [58, 36, 5],
        [45, 54, 5],
        [50, 72, 3],
        [24, 30, 2],
      ] as const) {
        pen.circle(x, y, r, { fill: c.main, line: c.line, pace: 0.6 });
        pen.dots([[x - 1, y - 1]], lighten(c.main, 0.4));
      }
      pen.circle(68, 30, 2, { line: INK });
      pen.circle(40, 44, 2, { line: INK });
      pen.dots(
        [
          [62, 48],
          [63, 47],
          [36, 34],
          [37, 35],
          [54, 62],
          [55, 61],
          [30, 42],
        ],
        '#3f8f2f',
      );
    },
  },
  {
    id: 'cake',
    stems: [
      'торт',
      'тортик',
      'тортищ',
      'пирожн',
      'кекс',
      'кексик',
      'капкейк',
      'пирог',
      'пирожок',
      'пирожк',
      'чизкейк',
      '~рождени',
      '~днюх',
      '~днюшк',
    ],
    words: ['cake', 'cupcake', '~birthday', '~bday', '~hb', 'cheesecake', 'pie', 'muffin'],
    colors: ['#f7a1c4', '#a0d8f0', '#f7d08a', '#c9a0f0'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c, rng) {
      pen.ellipse(48, 85, 36, 4, { fill: '#f4f4f8', line: '#9a9aa8' });
      pen.rect(18, 58, 61, 26, { fill: c.main, line: c.line });
      pen.rect(28, 38, 41, 21, { fill: c.light, line: c.line });
      const drips = (x1: number, x2: number, y: number): Pt[] => {
        const pts: Pt[] = [[x1, y]];
        for (let x = x1; x < x2; x += 6) pts.push([x + 1, y + 5], [x + 3, y + 7], [x + 5, y + 4]);
        pts.push([x2, y + 3], [x2, y]);
        return pts;
      };
      pen.poly(drips(18, 78, 58), { fill: WHITE, line: '#c8c8d8' });
      pen.poly(drips(28, 68, 38), { fill: WHITE, line: '#c8c8d8' });
      for (const x of [38, 48, 58]) {
        pen.rect(x - 1, 26, 3, 12, { fill: '#8fd0f7', line: '#3a7ab0' });
        pen.poly(
          [
            [x, 18],
            [x + 3, 23],
            [x, 25],
            [x - 2, 23],
          ],
          { fill: '#ffb02e', line: '#e0601a', pace: 0.4 },
        );
      }
      pen.poly(heartPoints(48, 70, 0.35, 20), { fill: '#e0433a' });
      const sprinkles: Pt[] = [];
      for (let i = 0; i < 16; i++) sprinkles.push([rng.int(21, 76), rng.int(66, 82)]);
      pen.sparkle(sprinkles, '#ffffff');
      pen.sparkle(
        [
          [40, 15],
          [56, 15],
          [48, 13],
        ],
        '#fff6a0',
      );
    },
  },
  {
    id: 'ice-cream',
    stems: ['морожен', 'мороженк', 'мороженко', 'пломбир', 'эскимо', 'рожок', 'рожк'],
    words: ['ice cream', 'icecream', 'gelato', 'sundae', 'popsicle'],
    colors: ['#f7a1c4', '#9be0c0', '#f7e08a', '#c9a0f0'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c, rng) {
      pen.poly(
        [
          [32, 52],
          [64, 52],
          [48, 92],
        ],
        { fill: '#e2a555', line: '#8a5418' },
      );
      for (let i = 0; i < 4; i++) {
        pen.line(36 + i * 7, 54, 48 + i * 3, 84 - i * 8, '#b07a30', 1, 0.4);
        pen.line(60 - i * 7, 54, 48 - i * 3, 84 - i * 8, '#b07a30', 1, 0.4);
      }
      pen.circle(48, 44, 15, { fill: c.main, line: c.line });
      pen.poly(
        [
          [33, 48],
          [38, 56],
          [43, 52],
          [48, 58],
          [53, 52],
          [58, 56],
          [63, 48],
        ],
        { fill: c.main, line: c.line },
      );
      pen.circle(48, 25, 11, { fill: '#7b4a2a', line: '#3a2010' });
      pen.circle(44, 40, 3, { fill: c.light });
      pen.circle(52, 11, 4, { fill: '#e0233a', line: '#8a1020' });
      pen.line(53, 7, 58, 2, '#3f8f2f');
      pen.dots([[51, 9]], WHITE);
      pen.circle(44, 47, 1, { fill: INK });
      pen.circle(52, 47, 1, { fill: INK });
      pen.dots(
        [
          [47, 50],
          [48, 51],
          [49, 50],
        ],
        INK,
      );
      pen.dots(
        [
          [41, 50],
          [55, 50],
        ],
        BLUSH,
      );
      const sprinkles: Pt[] = [];
      for (let i = 0; i < 10; i++) sprinkles.push([rng.int(40, 56), rng.int(17, 31)]);
      pen.sparkle(sprinkles, rng.pick(['#f7e08a', '#9be0f0', '#f7a1c4']));
    },
  },
  {
    id: 'apple',
    stems: ['яблок', 'яблочк', 'яблочек', 'яблоч'],
    words: ['apple'],
    colors: ['#e0433a', '#7cc243', '#f2c12e'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.circle(39, 56, 19, { fill: c.line });
      pen.circle(57, 56, 19, { fill: c.line });
      pen.circle(48, 66, 18, { fill: c.line });
      pen.circle(39, 56, 18, { fill: c.main });
      pen.circle(57, 56, 18, { fill: c.main });
      pen.circle(48, 66, 17, { fill: c.main });
      pen.dots(
        [
          [46, 39],
          [47, 40],
          [48, 40],
          [49, 40],
          [50, 39],
        ],
        c.line,
      );
      pen.ellipse(34, 50, 3, 6, { fill: lighten(c.main, 0.6) });
      pen.line(48, 40, 51, 26, '#6b3f1f', 2);
      pen.poly(
        [
          [51, 32],
          [60, 22],
          [70, 24],
          [62, 32],
        ],
        { fill: '#5fb04a', line: '#2f6a20' },
      );
      pen.line(53, 31, 66, 25, '#2f6a20');
    },
  },
  {
    id: 'banana',
    stems: ['банан', 'бананчик', 'бананов'],
    words: ['banana'],
    colors: ['#f7d02a', '#ffe04a'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.poly(curvePoints([14, 34], [42, 98], [84, 30], 11, 2, 20), { fill: c.main, line: darken(c.main, 0.5) });
      pen.poly(curvePoints([20, 42], [44, 88], [76, 40], 3, 1, 14), { fill: lighten(c.main, 0.5) });
      pen.rect(82, 26, 5, 7, { fill: '#6b4a1f', line: '#3a2410' });
      pen.circle(15, 34, 2, { fill: '#3a2410' });
      pen.circle(42, 56, 1, { fill: INK });
      pen.circle(54, 55, 1, { fill: INK });
      pen.dots(
        [
          [46, 59],
          [47, 60],
          [48, 60],
          [49, 59],
        ],
        INK,
      );
      pen.dots(
        [
          [38, 59],
          [58, 58],
        ],
        BLUSH,
      );
    },
  },
  {
    id: 'watermelon',
    stems: ['арбуз', 'арбузик', 'арбузн'],
    words: ['watermelon', 'melon'],
    colors: ['#f0404f', '#f25c6a'],
    background: 'beach',
    draw(pen, c, rng) {
      const half = (r: number): Pt[] => [[48 - r, 36], ...arcPoints(48, 36, r, r, 0, 180, 24).reverse(), [48 + r, 36]];
      pen.poly(half(40), { fill: '#2f7a2f', line: '#1a4a1a' });
      pen.poly(half(35), { fill: '#c9f0a0' });
      pen.poly(half(32), { fill: c.main });
      pen.rect(10, 34, 77, 3, { fill: '#1a4a1a', pace: 0.3 });
      pen.rect(13, 36, 71, 1, { fill: c.main, pace: 0.3 });
      const seeds: Pt[] = [];
      for (let i = 0; i < 12; i++) {
        const a = rng.next() * Math.PI;
        const r = 8 + rng.next() * 20;
        seeds.push([Math.round(48 + r * Math.cos(a)), Math.round(40 + r * Math.sin(a) * 0.9)]);
      }
      pen.dots(
        seeds.flatMap(([x, y]): Pt[] => [
          [x, y],
          [x, y + 1],
          [x + 1, y + 1],
        ]),
        '#2a1a1a',
      );
    },
  },
  {
    id: 'coffee',
    stems: [
      'кофе',
      'кофеек',
      'кофейк',
      'кофейн',
      'капучино',
      'латте',
      'какао',
      'чашк',
      'чашечк',
      'кружк',
      'кружечк',
      'чаек',
      'чайк',
      'эспрессо',
    ],
    words: ['coffee', 'tea', 'cup', 'mug', 'latte', 'cappuccino', 'espresso', 'cocoa', 'чай', 'чаю', 'чаем', 'чая'],
    colors: ['#f2f2f2', '#e0433a', '#4a90d9', '#f2c12e'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c, rng) {
      pen.ellipse(46, 84, 30, 5, { fill: '#f4f4f8', line: '#9a9aa8' });
      pen.polyline(
        [
          [62, 48],
          [72, 48],
          [76, 56],
          [74, 66],
          [62, 70],
        ],
        c.line,
        6,
      );
      pen.polyline(
        [
          [62, 48],
          [72, 48],
          [76, 56],
          [74, 66],
          [62, 70],
        ],
        c.main,
        3,
      );
      pen.rect(26, 42, 39, 36, { fill: c.main, line: c.line });
      pen.ellipse(45, 78, 19, 4, { fill: c.main, line: c.line });
      pen.rect(27, 74, 37, 4, { fill: c.main, pace: 0.3 });
      pen.ellipse(45, 42, 19, 5, { fill: c.main, line: c.line });
      pen.ellipse(45, 42, 16, 3, { fill: '#6b3f1f' });
      pen.dots(
        [
          [43, 41],
          [44, 42],
          [45, 43],
          [46, 42],
          [47, 41],
          [42, 42],
          [48, 42],
        ],
        '#e8c8a0',
      );
      pen.circle(39, 56, 2, { fill: INK });
      pen.circle(51, 56, 2, { fill: INK });
      pen.dots(
        [
          [38, 55],
          [50, 55],
        ],
        WHITE,
      );
      pen.dots(
        [
          [43, 61],
          [44, 62],
          [45, 62],
          [46, 62],
          [47, 61],
        ],
        INK,
      );
      pen.dots(
        [
          [34, 60],
          [35, 60],
          [55, 60],
          [56, 60],
        ],
        BLUSH,
      );
      for (const x of [38, 46, 54]) {
        const sway = rng.pick([-1, 1]);
        pen.polyline(
          [
            [x, 34],
            [x - 2 * sway, 28],
            [x + sway, 22],
            [x - sway, 16],
          ],
          '#c8c8d0',
          1,
          0.6,
        );
      }
    },
  },
  {
    id: 'pumpkin',
    stems: ['тыкв', 'тыковк', 'тыквочк', '~хэллоуин', '~хеллоуин', '~хелоуин'],
    words: ['pumpkin', '~halloween', 'jack-o-lantern'],
    colors: ['#f28a1e', '#e8772e', '#f29a38'],
    background: 'night',
    draw(pen, c) {
      pen.rect(45, 24, 7, 12, { fill: '#5a7a2a', line: '#2f4a10' });
      pen.poly(
        [
          [51, 28],
          [62, 22],
          [66, 28],
          [56, 31],
        ],
        { fill: '#5fb04a', line: '#2f6a20' },
      );
      pen.ellipse(34, 58, 16, 22, { fill: c.main, line: c.line });
      pen.ellipse(62, 58, 16, 22, { fill: c.main, line: c.line });
      pen.ellipse(48, 58, 15, 24, { fill: c.main, line: c.line });
      pen.poly(
        [
          [34, 54],
          [44, 54],
          [39, 44],
        ],
        { fill: '#ffd23f', line: '#6b2a00' },
      );
      pen.poly(
        [
          [52, 54],
          [62, 54],
          [57, 44],
        ],
        { fill: '#ffd23f', line: '#6b2a00' },
      );
      pen.poly(
        [
          [46, 60],
          [50, 60],
          [48, 56],
        ],
        { fill: '#ffd23f', line: '#6b2a00' },
      );
      pen.poly(
        [
          [30, 64],
          [66, 64],
          [60, 72],
          [56, 68],
          [52, 73],
          [48, 68],
          [44, 73],
          [40, 68],
          [36, 72],
        ],
        { fill: '#ffd23f', line: '#6b2a00' },
      );
    },
  },
  {
    id: 'donut',
    stems: ['пончик', 'пончиков', 'донат', 'пышк', 'бублик', 'бубликов'],
    words: ['donut', 'doughnut', 'bagel'],
    colors: ['#f58ab8', '#7b4a2a', '#a0d8f0', '#f7e08a'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c, rng) {
      const plate = '#f4f4f8';
      pen.ellipse(48, 52, 42, 40, { fill: plate, line: '#b8b8c8' });
      pen.circle(48, 52, 30, { fill: '#e0a860', line: '#8a5418' });
      const icing: Pt[] = [];
      for (let i = 0; i < 32; i++) {
        const a = (i / 32) * Math.PI * 2;
        const r = 25 + (i % 2 === 0 ? 0 : 2) + (i % 5 === 0 ? 3 : 0);
        icing.push([48 + r * Math.cos(a), 52 + r * Math.sin(a)]);
      }
      pen.poly(icing, { fill: c.main, line: c.line });
      pen.circle(48, 52, 11, { fill: '#c98a48' });
      pen.circle(48, 52, 9, { fill: plate, line: '#b8b8c8' });
      pen.ellipse(36, 36, 5, 3, { fill: lighten(c.main, 0.5) });
      for (const color of ['#ffffff', '#ffe04a', '#5ac8f0', '#7fdc7f']) {
        const pts: Pt[] = [];
        for (let i = 0; i < 6; i++) {
          const a = rng.next() * Math.PI * 2;
          const r = 14 + rng.next() * 10;
          const x = Math.round(48 + r * Math.cos(a));
          const y = Math.round(52 + r * Math.sin(a));
          pts.push([x, y], [x + 1, y + 1]);
        }
        pen.dots(pts, color, 0.5);
      }
    },
  },
  {
    id: 'burger',
    stems: ['бургер', 'гамбургер', 'чизбургер', 'бутерброд', 'сэндвич'],
    words: ['burger', 'hamburger', 'cheeseburger', 'sandwich'],
    colors: ['#e8a040', '#d99040'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c, rng) {
      pen.poly(
        [
          [16, 72],
          [80, 72],
          [78, 80],
          [72, 84],
          [24, 84],
          [18, 80],
        ],
        { fill: c.main, line: c.line },
      );
      pen.rect(16, 62, 65, 10, { fill: '#6b3a1f', line: '#3a1a0a' });
      pen.poly(
        [
          [14, 60],
          [82, 60],
          [78, 66],
          [72, 62],
          [66, 68],
          [58, 62],
          [50, 68],
          [42, 62],
          [34, 68],
          [26, 62],
          [20, 66],
        ],
        { fill: '#f7c948', line: '#c98a12' },
      );
      pen.rect(18, 56, 61, 5, { fill: '#e0433a', line: '#8a1f1a' });
      pen.poly(
        [
          [12, 56],
          [18, 50],
          [26, 56],
          [34, 50],
          [42, 56],
          [50, 50],
          [58, 56],
          [66, 50],
          [74, 56],
          [84, 50],
          [84, 57],
          [12, 57],
        ],
        { fill: '#6cbf4a', line: '#2f6a20' },
      );
      pen.poly([[16, 52], ...arcPoints(48, 52, 33, 30, 180, 360, 20).slice(1, -1), [80, 52]], { fill: c.main, line: c.line });
      pen.ellipse(36, 34, 5, 3, { fill: lighten(c.main, 0.45) });
      const seeds: Pt[] = [];
      for (let i = 0; i < 12; i++) seeds.push([rng.int(26, 70), rng.int(30, 46)]);
      pen.dots(
        seeds.flatMap(([x, y]): Pt[] => [
          [x, y],
          [x + 1, y],
        ]),
        '#fff6d8',
      );
      pen.circle(42, 44, 1, { fill: INK });
      pen.circle(54, 44, 1, { fill: INK });
      pen.dots(
        [
          [46, 47],
          [47, 48],
          [48, 48],
          [49, 48],
          [50, 47],
        ],
        INK,
      );
      pen.dots(
        [
          [38, 47],
          [58, 47],
        ],
        BLUSH,
      );
    },
  },
];
