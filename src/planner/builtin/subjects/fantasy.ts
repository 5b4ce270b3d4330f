// Creatures that do not exist (but everyone knows what they look like).
import { BLUSH, INK, WHITE, darken, lighten } from '../colors.js';
import type { Pt } from '../pen.js';
import { arcPoints, curvePoints } from '../pen.js';
import type { Subject } from '../subject.js';

export const fantasy: Subject[] = [
  {
    id: 'dragon',
    stems: ['дракон', 'дракончик', 'драконч', 'драконищ', 'дракош', 'драконят', 'горыныч', 'виверн'],
    words: ['dragon', 'wyvern', 'drake', 'dragons'],
    colors: ['#4caf50', '#e0433a', '#3f8ee0', '#9b5de5'],
    background: 'sky',
    anchors: { head: { x: 66, y: 28, w: 18 }, eyes: { x: 68, y: 35, w: 10 }, hand: { x: 58, y: 66, w: 14 } },
    mirror: true,
    draw(pen, c, rng) {
      const belly = '#f2e29a';
      pen.poly(
        [
          [40, 50],
          [30, 14],
          [40, 22],
          [46, 12],
          [52, 24],
          [60, 20],
          [56, 50],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.line(40, 48, 30, 16, c.line);
      pen.line(48, 48, 46, 14, c.line);
      pen.poly(curvePoints([34, 70], [8, 84], [8, 60], 6, 1), { fill: c.main, line: c.line });
      pen.poly(
        [
          [4, 62],
          [8, 52],
          [13, 60],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.ellipse(44, 66, 18, 14, { fill: c.main, line: c.line });
      pen.ellipse(48, 70, 10, 9, { fill: belly });
      for (const y of [64, 68, 72, 76]) pen.line(42, y, 54, y, lighten(c.line, 0.3), 1, 0.2);
      pen.ellipse(36, 80, 6, 4, { fill: c.main, line: c.line });
      pen.ellipse(54, 80, 6, 4, { fill: c.main, line: c.line });
      pen.poly(curvePoints([50, 60], [58, 50], [62, 40], 6, 5), { fill: c.main, line: c.line });
      pen.poly(
        [
          [58, 30],
          [55, 18],
          [63, 28],
        ],
        { fill: belly, line: '#a89040' },
      );
      pen.poly(
        [
          [68, 28],
          [72, 17],
          [74, 30],
        ],
        { fill: belly, line: '#a89040' },
      );
      pen.circle(66, 38, 11, { fill: c.main, line: c.line });
      pen.ellipse(76, 44, 9, 6, { fill: c.main, line: c.line });
      pen.circle(68, 35, 3, { fill: WHITE });
      pen.circle(69, 35, 1, { fill: INK });
      pen.dots(
        [
          [80, 41],
          [82, 41],
        ],
        c.line,
      );
      pen.dots(
        [
          [74, 47],
          [75, 48],
          [76, 48],
          [77, 48],
          [78, 47],
        ],
        c.line,
      );
      pen.dots(
        [
          [62, 42],
          [63, 42],
        ],
        BLUSH,
      );
      for (const [x, y] of [
        [28, 58],
        [34, 54],
        [56, 28],
      ] as const)
        pen.poly(
          [
            [x, y],
            [x + 3, y - 5],
            [x + 5, y + 1],
          ],
          { fill: c.dark, pace: 0.3 },
        );
      if (rng.chance(0.6)) {
        pen.poly(
          [
            [84, 44],
            [95, 36],
            [92, 44],
            [96, 52],
            [84, 48],
          ],
          { fill: '#ff8c1a', line: '#e0401a' },
        );
        pen.poly(
          [
            [85, 45],
            [92, 41],
            [90, 45],
            [92, 49],
          ],
          { fill: '#ffe04a' },
        );
      }
    },
  },
  {
    id: 'ghost',
    stems: ['призрак', 'призрачк', 'привидени', 'приведени', 'привиденьиц', 'приведеньк', 'каспер'],
    words: ['ghost', 'spook', 'phantom', '~boo', 'casper'],
    colors: ['#f4f6ff', '#e8f0ff', '#d8f8e8'],
    background: 'night',
    anchors: { head: { x: 48, y: 18, w: 26 }, eyes: { x: 48, y: 42, w: 24 }, hand: { x: 70, y: 56, w: 14 } },
    draw(pen, c) {
      const body: Pt[] = [
        [24, 52],
        ...arcPoints(48, 46, 24, 28, 185, 355, 18),
        [72, 52],
        [72, 82],
        [66, 76],
        [60, 84],
        [54, 76],
        [48, 84],
        [42, 76],
        [36, 84],
        [30, 76],
        [24, 82],
      ];
      pen.poly(body, { fill: c.main, line: '#8f9ac0' });
      pen.poly(
        [
          [24, 54],
          [14, 62],
          [24, 64],
        ],
        { fill: c.main, line: '#8f9ac0' },
      );
      pen.poly(
        [
          [72, 54],
          [82, 46],
          [72, 62],
        ],
        { fill: c.main, line: '#8f9ac0' },
      );
      pen.ellipse(40, 42, 3, 5, { fill: INK });
      pen.ellipse(56, 42, 3, 5, { fill: INK });
      pen.dots(
        [
          [39, 39],
          [55, 39],
        ],
        WHITE,
      );
      pen.ellipse(48, 56, 3, 4, { fill: '#3a2a3a' });
      pen.dots(
        [
          [33, 50],
          [34, 50],
          [35, 50],
          [61, 50],
          [62, 50],
          [63, 50],
        ],
        BLUSH,
      );
      pen.sparkle(
        [
          [14, 20],
          [82, 22],
          [88, 70],
          [8, 80],
          [50, 10],
        ],
        '#e8f0ff',
      );
    },
  },
  {
    id: 'unicorn',
    stems: ['единорог', 'единорожк', 'единорожек', 'единорожик', 'пони', 'понячк'],
    words: ['unicorn', 'pony', 'ponies'],
    colors: ['#f7f4ff', '#f7c8e0', '#d8c8f7'],
    background: 'sky',
    anchors: { head: { x: 48, y: 29, w: 20 }, eyes: { x: 54, y: 38, w: 10 } },
    mirror: true,
    draw(pen, c) {
      const mane = ['#f25c8a', '#9b5de5', '#3f8ee0', '#f7d02a', '#f25c8a'];
      pen.poly(
        [
          [30, 90],
          [36, 58],
          [52, 50],
          [66, 90],
        ],
        { fill: c.main, line: c.line },
      );
      pen.ellipse(50, 40, 15, 13, { fill: c.main, line: c.line });
      pen.ellipse(64, 50, 10, 8, { fill: c.main, line: c.line });
      pen.poly(
        [
          [40, 32],
          [38, 16],
          [48, 28],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [41, 29],
          [40, 21],
          [45, 27],
        ],
        { fill: BLUSH },
      );
      [
        [40, 30, 6],
        [34, 40, 7],
        [31, 52, 7],
        [30, 64, 7],
        [31, 76, 7],
        [32, 87, 6],
      ].forEach(([x, y, r], i) => {
        pen.circle(x, y, r, { fill: mane[i % mane.length], line: darken(mane[i % mane.length], 0.35), pace: 0.5 });
      });
      pen.circle(50, 27, 5, { fill: mane[1], line: darken(mane[1], 0.35), pace: 0.5 });
      pen.poly(
        [
          [50, 26],
          [60, 4],
          [56, 28],
        ],
        { fill: '#ffd23f', line: '#b08a00' },
      );
      pen.line(53, 20, 57, 21, '#b08a00');
      pen.line(55, 14, 58, 15, '#b08a00');
      pen.polyline(
        [
          [51, 40],
          [53, 42],
          [56, 42],
          [58, 40],
        ],
        INK,
        1,
      );
      pen.dots(
        [
          [50, 41],
          [52, 43],
          [55, 43],
          [58, 42],
        ],
        INK,
      );
      pen.dots(
        [
          [68, 48],
          [69, 48],
        ],
        darken(c.main, 0.5),
      );
      pen.polyline(
        [
          [62, 54],
          [65, 55],
          [68, 54],
        ],
        darken(c.main, 0.5),
        1,
      );
      pen.dots(
        [
          [56, 47],
          [57, 47],
          [58, 47],
        ],
        BLUSH,
      );
      pen.sparkle(
        [
          [14, 14],
          [80, 20],
          [84, 66],
          [18, 40],
          [76, 86],
          [70, 8],
          [12, 76],
        ],
        '#ffffff',
      );
    },
  },
  {
    id: 'dinosaur',
    stems: ['динозавр', 'динозаврик', 'динозаврик', 'динозаврищ', 'тираннозавр', 'тиранозавр', 'дино', 'дракозавр', 'раптор', 'ящер'],
    words: ['dinosaur', 'dino', 'trex', 't rex', 'tyrannosaurus', 'raptor', '~rex'],
    colors: ['#6cbf4a', '#4caf50', '#f28a1e', '#3f8ee0'],
    background: 'forest',
    anchors: { head: { x: 64, y: 20, w: 22 }, eyes: { x: 66, y: 26, w: 10 }, hand: { x: 60, y: 58, w: 12 } },
    mirror: true,
    draw(pen, c) {
      pen.poly(curvePoints([32, 66], [14, 76], [4, 60], 7, 1), { fill: c.main, line: c.line });
      pen.ellipse(38, 72, 7, 9, { fill: c.dark, line: c.line });
      pen.rect(33, 78, 7, 6, { fill: c.dark, line: c.line });
      pen.ellipse(36, 83, 7, 2, { fill: c.dark, line: c.line });
      pen.poly(
        [
          [44, 66],
          [60, 52],
          [64, 30],
          [52, 28],
          [46, 40],
          [30, 50],
        ],
        { fill: c.main, line: c.line },
      );
      pen.ellipse(44, 64, 16, 13, { fill: c.main, line: c.line });
      pen.ellipse(48, 68, 8, 8, { fill: lighten(c.main, 0.5) });
      pen.ellipse(52, 70, 8, 10, { fill: c.main, line: c.line });
      pen.rect(49, 76, 7, 8, { fill: c.main, line: c.line });
      pen.ellipse(55, 83, 8, 2, { fill: c.main, line: c.line });
      pen.poly(curvePoints([58, 56], [64, 56], [66, 62], 2, 1), { fill: c.main, line: c.line });
      pen.ellipse(66, 30, 15, 11, { fill: c.main, line: c.line });
      pen.rect(56, 34, 26, 7, { fill: c.main, pace: 0.3 });
      pen.polyline(
        [
          [62, 36],
          [70, 37],
          [80, 35],
        ],
        c.line,
        1,
      );
      pen.dots(
        [
          [66, 38],
          [72, 38],
          [77, 37],
        ],
        WHITE,
      );
      pen.circle(66, 26, 3, { fill: WHITE });
      pen.circle(67, 26, 1, { fill: INK });
      pen.dots(
        [
          [78, 26],
          [79, 26],
        ],
        c.line,
      );
      pen.dots(
        [
          [60, 33],
          [61, 33],
        ],
        BLUSH,
      );
      for (const [x, y] of [
        [50, 18],
        [42, 26],
        [34, 38],
        [24, 50],
        [14, 58],
      ] as const) {
        pen.poly(
          [
            [x, y + 6],
            [x + 3, y],
            [x + 6, y + 6],
          ],
          { fill: lighten(c.main, 0.35), line: c.line, pace: 0.3 },
        );
      }
    },
  },
];
