// Sky, weather and plants.
import { BLUSH, INK, WHITE, darken } from '../colors.js';
import type { Pen, Pt } from '../pen.js';
import { arcPoints, crescentPoints, starPoints } from '../pen.js';
import type { Subject } from '../subject.js';

function smile(pen: Pen, cx: number, y: number, half: number, color: string): void {
  const pts: Pt[] = [];
  for (let x = -half; x <= half; x++) pts.push([cx + x, y + (Math.abs(x) >= half - 1 ? -1 : 0) + (Math.abs(x) < half - 2 ? 1 : 0)]);
  pen.dots(pts, color);
}

/** A fluffy union of circles: dark rims first, then the fills cover the inner rims. */
function puff(pen: Pen, circles: [number, number, number][], fill: string, line: string): void {
  for (const [x, y, r] of circles) pen.circle(x, y, r + 1, { fill: line, pace: 0.5 });
  for (const [x, y, r] of circles) pen.circle(x, y, r, { fill, pace: 0.6 });
}

export const nature: Subject[] = [
  {
    id: 'sun',
    stems: ['солнц', 'солнышк', 'солнышек', 'солныш'],
    words: ['sun', 'sunny', 'sunshine'],
    colors: ['#ffd23f', '#ffc83a', '#ffb02e'],
    background: 'sky',
    draw(pen, c) {
      for (let i = 0; i < 12; i++) {
        const a = (i / 12) * Math.PI * 2;
        const r2 = i % 2 === 0 ? 36 : 30;
        pen.line(48 + 24 * Math.cos(a), 46 + 24 * Math.sin(a), 48 + r2 * Math.cos(a), 46 + r2 * Math.sin(a), darken(c.main, 0.08), 3, 0.5);
      }
      pen.circle(48, 46, 20, { fill: c.main, line: darken(c.main, 0.3) });
      pen.circle(41, 41, 2, { fill: '#6b3a12' });
      pen.circle(55, 41, 2, { fill: '#6b3a12' });
      pen.dots(
        [
          [40, 40],
          [54, 40],
        ],
        WHITE,
      );
      smile(pen, 48, 51, 6, '#6b3a12');
      pen.circle(36, 49, 2, { fill: BLUSH });
      pen.circle(60, 49, 2, { fill: BLUSH });
    },
  },
  {
    id: 'moon',
    stems: ['лун', 'луна', 'лунн', 'луноч', 'месяц', 'полумесяц'],
    words: ['moon', 'crescent', 'moonlight'],
    colors: ['#f4e9a6', '#f7f0c8', '#ffe27a'],
    background: 'night',
    asSetting: { setting: 'moon', after: ['на', 'on', 'onto'] },
    draw(pen, c) {
      pen.poly(crescentPoints(44, 48, 28, 58, 38, 25), { fill: c.main, line: darken(c.main, 0.35) });
      pen.circle(28, 60, 3, { fill: darken(c.main, 0.12) });
      pen.circle(36, 70, 2, { fill: darken(c.main, 0.12) });
      pen.dots(
        [
          [27, 46],
          [28, 47],
          [29, 47],
          [30, 47],
          [31, 46],
        ],
        '#6b5a2a',
      );
      pen.dots(
        [
          [31, 55],
          [32, 56],
          [33, 56],
          [34, 55],
        ],
        '#6b5a2a',
      );
      pen.dots(
        [
          [25, 50],
          [26, 50],
        ],
        BLUSH,
      );
      pen.sparkle(
        [
          [70, 70],
          [78, 60],
          [84, 76],
          [66, 84],
          [88, 50],
        ],
        '#fff6c0',
      );
    },
  },
  {
    id: 'star',
    stems: ['звезд', 'звезда', 'звездочк', 'звездочек', 'звездуль'],
    words: ['star', 'starfish', 'superstar', 'twinkle'],
    colors: ['#ffd23f', '#ffc83a', '#f7e05a'],
    background: 'night',
    prop: 'hand',
    draw(pen, c) {
      pen.poly(starPoints(48, 50, 34, 15), { fill: c.main, line: darken(c.main, 0.4) });
      pen.poly(starPoints(48, 50, 26, 11), { fill: darken(c.main, 0.06) });
      pen.ellipse(42, 48, 1, 2, { fill: INK });
      pen.ellipse(54, 48, 1, 2, { fill: INK });
      smile(pen, 48, 54, 4, INK);
      pen.dots(
        [
          [38, 53],
          [39, 53],
          [57, 53],
          [58, 53],
        ],
        BLUSH,
      );
      pen.sparkle(
        [
          [20, 18],
          [76, 16],
          [84, 70],
          [12, 70],
          [60, 88],
          [30, 86],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'cloud',
    stems: ['облак', 'облачк', 'облачко', 'облачк', 'облачн', 'туч', 'тучк', 'тучк', 'тучек'],
    words: ['cloud', 'cloudy'],
    colors: ['#ffffff', '#f2f6ff'],
    background: 'sky',
    draw(pen, c, rng) {
      puff(
        pen,
        [
          [30, 54, 11],
          [46, 44, 16],
          [62, 48, 13],
          [72, 58, 8],
          [48, 58, 12],
          [22, 60, 6],
        ],
        c.main,
        '#8fa6c4',
      );
      pen.rect(22, 58, 52, 9, { fill: c.main, pace: 0.4 });
      pen.line(22, 67, 74, 67, '#8fa6c4');
      pen.circle(40, 52, 2, { fill: INK });
      pen.circle(54, 52, 2, { fill: INK });
      pen.dots(
        [
          [39, 51],
          [53, 51],
        ],
        WHITE,
      );
      smile(pen, 47, 56, 4, INK);
      pen.dots(
        [
          [35, 56],
          [36, 56],
          [58, 56],
          [59, 56],
        ],
        BLUSH,
      );
      if (rng.chance(0.5)) {
        const drops: Pt[] = [];
        for (let i = 0; i < 7; i++) drops.push([28 + i * 7, 74 + (i % 2) * 6]);
        for (const [x, y] of drops) pen.line(x, y, x - 1, y + 3, '#4a90d9', 1, 0.4);
      }
    },
  },
  {
    id: 'rainbow',
    stems: ['радуг', 'радужк', 'радужн'],
    words: ['rainbow'],
    colors: ['#e8334a'],
    background: 'sky',
    draw(pen, c) {
      const bands = [c.main, '#f28a1e', '#f7d02a', '#4caf50', '#3f8ee0', '#4b4fb0', '#9b5de5'];
      bands.forEach((color, i) => {
        const outer = 42 - i * 4;
        const inner = outer - 4;
        const pts: Pt[] = [...arcPoints(48, 76, outer, outer, 180, 360, 24), ...arcPoints(48, 76, inner, inner, 360, 180, 24)];
        pen.poly(pts, { fill: color, pace: 0.8 });
      });
      const cloud = (x: number): void => {
        for (const [dx, dy, r] of [
          [-7, 2, 6],
          [0, -2, 8],
          [8, 2, 6],
        ] as const)
          pen.circle(x + dx, 76 + dy, r + 1, { fill: '#9fb4c8', pace: 0.4 });
        for (const [dx, dy, r] of [
          [-7, 2, 6],
          [0, -2, 8],
          [8, 2, 6],
        ] as const)
          pen.circle(x + dx, 76 + dy, r, { fill: WHITE, pace: 0.4 });
      };
      cloud(12);
      cloud(84);
      pen.sparkle(
        [
          [20, 20],
          [76, 22],
          [48, 12],
          [60, 28],
          [34, 26],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'tree',
    stems: ['дерев', 'деревц', 'деревь', 'деревышк', 'дуб', 'дубок', 'дубк', 'берез', 'березк', 'клен', 'яблон', 'яблонь'],
    words: ['tree', 'oak', 'maple'],
    colors: ['#4caf50', '#3f9a45', '#6cbf4a'],
    background: 'sky',
    draw(pen, c, rng) {
      pen.poly(
        [
          [42, 86],
          [44, 56],
          [52, 56],
          [55, 86],
        ],
        { fill: '#8a5a2b', line: '#4f3015' },
      );
      pen.line(48, 62, 38, 52, '#8a5a2b', 3);
      pen.line(49, 60, 60, 50, '#8a5a2b', 3);
      puff(
        pen,
        [
          [48, 30, 18],
          [31, 42, 13],
          [65, 42, 13],
          [38, 52, 10],
          [58, 52, 10],
          [48, 44, 14],
        ],
        c.main,
        c.line,
      );
      pen.circle(42, 26, 6, { fill: c.light, pace: 0.5 });
      pen.circle(60, 38, 4, { fill: c.light, pace: 0.5 });
      pen.line(45, 78, 47, 74, '#4f3015');
      const apples: Pt[] = [];
      for (let i = 0; i < 6; i++) apples.push([rng.int(28, 68), rng.int(24, 54)]);
      for (const [x, y] of apples) pen.circle(x, y, 1, { fill: '#e0433a', pace: 0.3 });
    },
  },
  {
    id: 'christmas-tree',
    stems: ['елк', 'елочк', 'елочек', 'елоч', 'елок', 'пихт', 'сосн', 'сосенк', '~новогодн', '~рождеств'],
    words: [
      'christmas tree',
      'xmas tree',
      'fir tree',
      'pine tree',
      '~christmas',
      '~xmas',
      '~new year',
      '~новый год',
      '~новым годом',
      '~нового года',
      '~новому году',
      'fir',
      'spruce',
      'pine',
      'ель',
      'елью',
    ],
    colors: ['#2e8b3e', '#2a7a4a', '#3a9a3a'],
    background: 'snow',
    draw(pen, c, rng) {
      pen.rect(43, 78, 10, 8, { fill: '#8a5a2b', line: '#4f3015' });
      pen.poly(
        [
          [48, 40],
          [16, 80],
          [80, 80],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [48, 26],
          [22, 60],
          [74, 60],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [48, 12],
          [28, 40],
          [68, 40],
        ],
        { fill: c.main, line: c.line },
      );
      pen.line(30, 52, 62, 44, '#f7d02a', 1, 0.6);
      pen.line(24, 72, 70, 62, '#f7d02a', 1, 0.6);
      const balls: [number, number, string][] = [
        [40, 34, '#e0433a'],
        [56, 30, '#3f8ee0'],
        [36, 54, '#f7d02a'],
        [60, 50, '#e0433a'],
        [48, 46, '#e75fa8'],
        [30, 74, '#3f8ee0'],
        [48, 70, '#e0433a'],
        [66, 72, '#f7d02a'],
      ];
      for (const [x, y, color] of balls) pen.circle(x, y, 2, { fill: color, pace: 0.3 });
      pen.poly(starPoints(48, 12, 8, 3.5), { fill: '#ffd23f', line: '#b08a00' });
      const lights: Pt[] = [];
      for (let i = 0; i < 14; i++) {
        const y = rng.int(18, 76);
        const half = ((y - 12) / 68) * 30;
        lights.push([48 + rng.int(-Math.floor(half), Math.floor(half)), y]);
      }
      pen.sparkle(lights, '#fff6a0');
    },
  },
  {
    id: 'flower',
    stems: [
      'цветок',
      'цветк',
      'цветочек',
      'цветочк',
      'цветоч',
      'роз',
      'розочк',
      'розочек',
      'ромашк',
      'ромашек',
      'тюльпан',
      'подсолнух',
      'подсолнух',
      'букет',
      'лютик',
      'незабудк',
    ],
    words: ['flower', 'rose', 'tulip', 'daisy', 'sunflower', 'blossom', 'bouquet', 'цветы', 'цветами', 'цветочки', 'цветов'],
    colors: ['#f25c8a', '#e0433a', '#9b5de5', '#4aa3e8', '#f29a38'],
    background: 'sky',
    prop: 'hand',
    draw(pen, c) {
      pen.line(48, 50, 48, 86, '#3f8f2f', 3);
      pen.poly(
        [
          [48, 74],
          [36, 62],
          [28, 64],
          [36, 72],
        ],
        { fill: '#5fb04a', line: '#2f6a20' },
      );
      pen.poly(
        [
          [48, 66],
          [60, 56],
          [68, 58],
          [60, 66],
        ],
        { fill: '#5fb04a', line: '#2f6a20' },
      );
      for (let i = 0; i < 6; i++) {
        const a = (i / 6) * Math.PI * 2 - Math.PI / 2;
        pen.circle(48 + 13 * Math.cos(a), 36 + 13 * Math.sin(a), 9, { fill: c.main, line: c.line, pace: 0.7 });
      }
      pen.circle(48, 36, 8, { fill: '#ffd23f', line: '#c08a00' });
      pen.dots(
        [
          [45, 35],
          [51, 35],
        ],
        INK,
      );
      pen.dots(
        [
          [46, 39],
          [47, 40],
          [48, 40],
          [49, 40],
          [50, 39],
        ],
        INK,
      );
    },
  },
  {
    id: 'mushroom',
    stems: ['гриб', 'грибок', 'грибк', 'грибочек', 'грибочк', 'мухомор', 'боровик', 'подосиновик'],
    words: ['mushroom', 'toadstool', 'shroom'],
    colors: ['#e23b3b', '#c0392b', '#8a5a2b'],
    background: 'forest',
    prop: 'hand',
    draw(pen, c) {
      pen.poly(
        [
          [40, 58],
          [56, 58],
          [59, 84],
          [37, 84],
        ],
        { fill: '#f4ead5', line: '#a8987a' },
      );
      pen.poly([[16, 60], ...arcPoints(48, 60, 33, 30, 185, 355, 22), [80, 60]], { fill: c.main, line: c.line });
      pen.ellipse(48, 60, 30, 4, { fill: '#efe2c4', line: '#a8987a' });
      for (const [x, y, r] of [
        [34, 44, 4],
        [50, 36, 5],
        [64, 46, 4],
        [42, 54, 2],
        [24, 54, 2],
        [58, 55, 2],
      ] as const) {
        pen.circle(x, y, r, { fill: WHITE, pace: 0.5 });
      }
      pen.circle(44, 70, 1, { fill: INK });
      pen.circle(52, 70, 1, { fill: INK });
      pen.dots(
        [
          [46, 74],
          [47, 75],
          [48, 75],
          [49, 75],
          [50, 74],
        ],
        INK,
      );
      pen.dots(
        [
          [41, 73],
          [55, 73],
        ],
        BLUSH,
      );
    },
  },
  {
    id: 'snowman',
    stems: ['снеговик', 'снеговичок', 'снеговичк', 'снегович'],
    words: ['snowman', 'snowmen', 'frosty'],
    colors: ['#e0433a', '#3f8ee0', '#4caf50'],
    background: 'snow',
    anchors: { head: { x: 48, y: 16, w: 18 }, eyes: { x: 48, y: 24, w: 14 }, hand: { x: 72, y: 48, w: 14 } },
    draw(pen, c) {
      const snow = '#ffffff';
      const rim = '#9fb4c8';
      pen.line(36, 48, 20, 38, '#6b3f1f', 2);
      pen.line(24, 40, 20, 44, '#6b3f1f');
      pen.line(60, 48, 76, 38, '#6b3f1f', 2);
      pen.line(72, 40, 76, 44, '#6b3f1f');
      pen.circle(48, 71, 16, { fill: snow, line: rim });
      pen.circle(48, 46, 12, { fill: snow, line: rim });
      pen.circle(48, 26, 10, { fill: snow, line: rim });
      pen.rect(38, 6, 21, 13, { fill: '#26262c', line: '#000000' });
      pen.rect(38, 15, 21, 2, { fill: c.main });
      pen.rect(33, 18, 31, 3, { fill: '#26262c', line: '#000000' });
      pen.rect(38, 34, 21, 4, { fill: c.main, line: c.line });
      pen.rect(53, 36, 5, 11, { fill: c.main, line: c.line });
      pen.rect(44, 24, 2, 2, { fill: INK });
      pen.rect(51, 24, 2, 2, { fill: INK });
      pen.poly(
        [
          [48, 28],
          [60, 30],
          [48, 31],
        ],
        { fill: '#f28a1e', line: '#b0570a' },
      );
      pen.dots(
        [
          [44, 32],
          [46, 33],
          [48, 33],
          [50, 33],
          [52, 32],
        ],
        INK,
      );
      pen.circle(48, 44, 1, { fill: INK });
      pen.circle(48, 50, 1, { fill: INK });
      pen.circle(48, 64, 2, { fill: INK });
      pen.circle(48, 72, 2, { fill: INK });
    },
  },
];
