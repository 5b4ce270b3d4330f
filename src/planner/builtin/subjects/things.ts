// Vehicles, buildings and objects.
import { BLUSH, INK, WHITE, darken, lighten } from '../colors.js';
import type { Pt } from '../pen.js';
import { heartPoints } from '../pen.js';
import type { Subject } from '../subject.js';

export const things: Subject[] = [
  {
    id: 'heart',
    stems: ['сердц', 'сердечк', 'сердечек', 'сердечко', '~любов', 'валентинк'],
    words: ['heart', '~love', 'valentine', '<3'],
    colors: ['#e8334a', '#f25c8a', '#e0233a'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c, rng) {
      pen.poly(heartPoints(48, 46, 2.2, 44), { fill: c.main, line: c.line });
      pen.poly(heartPoints(48, 44, 1.5, 36), { fill: lighten(c.main, 0.15) });
      pen.ellipse(33, 31, 4, 6, { fill: lighten(c.main, 0.6) });
      pen.dots(
        [
          [31, 27],
          [32, 27],
        ],
        WHITE,
      );
      if (rng.chance(0.5)) {
        pen.circle(40, 46, 2, { fill: INK });
        pen.circle(56, 46, 2, { fill: INK });
        pen.dots(
          [
            [39, 45],
            [55, 45],
          ],
          WHITE,
        );
        pen.dots(
          [
            [45, 51],
            [46, 52],
            [47, 52],
            [48, 52],
            [49, 52],
            [50, 51],
          ],
          INK,
        );
        pen.dots(
          [
            [35, 50],
            [36, 50],
            [60, 50],
            [61, 50],
          ],
          BLUSH,
        );
      }
      for (const [x, y] of [
        [12, 16],
        [80, 72],
        [84, 14],
      ] as const)
        pen.poly(heartPoints(x, y, 0.3, 16), { fill: lighten(c.main, 0.3), pace: 0.4 });
      pen.sparkle(
        [
          [16, 60],
          [78, 40],
          [24, 80],
          [70, 86],
          [50, 8],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'rocket',
    stems: ['ракет', 'ракетк', 'ракетоносител', 'шаттл', 'звездолет', 'космолет'],
    words: ['rocket', 'spaceship', 'spacecraft', 'shuttle', 'starship'],
    colors: ['#e0433a', '#3f8ee0', '#9b5de5', '#f28a1e'],
    background: 'space',
    draw(pen, c) {
      pen.poly(
        [
          [40, 76],
          [56, 76],
          [48, 94],
        ],
        { fill: '#ff8c1a', line: '#e0401a' },
      );
      pen.poly(
        [
          [43, 76],
          [53, 76],
          [48, 88],
        ],
        { fill: '#ffe04a' },
      );
      pen.poly(
        [
          [38, 54],
          [26, 76],
          [38, 72],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [58, 54],
          [70, 76],
          [58, 72],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [48, 8],
          [56, 20],
          [59, 36],
          [59, 72],
          [37, 72],
          [37, 36],
          [40, 20],
        ],
        { fill: '#eef0f4', line: '#6a7484' },
      );
      pen.poly(
        [
          [48, 8],
          [56, 20],
          [40, 20],
        ],
        { fill: c.main, line: c.line },
      );
      pen.rect(37, 60, 23, 4, { fill: c.main, line: c.line });
      pen.circle(48, 38, 7, { fill: '#3a6a8a' });
      pen.circle(48, 38, 5, { fill: '#7fd3f5' });
      pen.dots(
        [
          [46, 36],
          [47, 35],
          [46, 37],
        ],
        WHITE,
      );
      pen.rect(41, 72, 15, 4, { fill: '#5a5f6a', line: '#2a2f3a' });
      pen.line(48, 64, 48, 72, c.line);
    },
  },
  {
    id: 'car',
    stems: ['машин', 'машинк', 'машинок', 'автомобил', 'авто', 'тачк', 'тачил', 'гоночн'],
    words: ['car', 'auto', 'automobile', 'racecar', 'taxi', 'vehicle'],
    colors: ['#e0433a', '#3f8ee0', '#f2c12e', '#4caf50'],
    background: 'sky',
    mirror: true,
    draw(pen, c) {
      pen.poly(
        [
          [10, 64],
          [12, 54],
          [28, 50],
          [36, 38],
          [62, 38],
          [72, 50],
          [84, 52],
          [88, 60],
          [86, 72],
          [10, 72],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [39, 42],
          [48, 42],
          [48, 50],
          [32, 50],
        ],
        { fill: '#bfe8ff', line: c.line },
      );
      pen.poly(
        [
          [52, 42],
          [60, 42],
          [67, 50],
          [52, 50],
        ],
        { fill: '#bfe8ff', line: c.line },
      );
      pen.dots(
        [
          [41, 44],
          [42, 43],
          [54, 44],
          [55, 43],
        ],
        WHITE,
      );
      pen.line(50, 52, 50, 70, c.line);
      pen.rect(53, 56, 5, 2, { fill: c.dark });
      pen.rect(84, 57, 3, 4, { fill: '#ffe04a', line: '#b08a00' });
      pen.rect(10, 58, 2, 4, { fill: '#ff6040' });
      pen.line(12, 64, 86, 64, lighten(c.main, 0.3));
      pen.circle(28, 72, 9, { fill: '#2b2b2b', line: '#111111' });
      pen.circle(70, 72, 9, { fill: '#2b2b2b', line: '#111111' });
      pen.circle(28, 72, 4, { fill: '#c0c4cc' });
      pen.circle(70, 72, 4, { fill: '#c0c4cc' });
      pen.line(8, 52, 2, 52, WHITE);
      pen.line(8, 58, 0, 58, WHITE);
    },
  },
  {
    id: 'ship',
    stems: ['корабл', 'кораблик', 'кораблик', 'лодк', 'лодочк', 'лодок', 'парусник', 'яхт', 'пароход', 'фрегат'],
    words: ['ship', 'boat', 'sailboat', 'yacht', 'sailing ship', 'pirate ship', 'steamboat'],
    colors: ['#8a5a2b', '#c0392b', '#2e6db4'],
    background: 'sea',
    draw(pen, c) {
      pen.line(48, 12, 48, 66, '#4f3015', 2);
      pen.poly(
        [
          [51, 16],
          [51, 56],
          [78, 56],
        ],
        { fill: '#fbfbf4', line: '#8a8a80' },
      );
      pen.poly(
        [
          [45, 22],
          [45, 56],
          [22, 56],
        ],
        { fill: '#fbfbf4', line: '#8a8a80' },
      );
      pen.poly(
        [
          [49, 6],
          [60, 9],
          [49, 12],
        ],
        { fill: '#e0433a', line: '#8a1f1a' },
      );
      pen.poly(
        [
          [12, 62],
          [84, 62],
          [76, 80],
          [22, 80],
        ],
        { fill: c.main, line: c.line },
      );
      pen.rect(13, 62, 71, 3, { fill: c.dark });
      for (const x of [30, 44, 58, 70]) pen.circle(x, 70, 2, { fill: '#fff6c0', line: c.line, pace: 0.4 });
      pen.polyline(
        [
          [8, 80],
          [16, 78],
          [24, 81],
          [32, 78],
          [40, 81],
          [48, 78],
          [56, 81],
          [64, 78],
          [72, 81],
          [80, 78],
          [88, 81],
        ],
        '#e6f6ff',
        1,
      );
    },
  },
  {
    id: 'plane',
    stems: ['самолет', 'самолетик', 'самолетик', 'самолетик', 'самолетов', 'аэроплан', 'лайнер', 'истребител', 'боинг'],
    words: ['plane', 'airplane', 'aeroplane', 'jet', 'aircraft', 'airliner', 'boeing'],
    colors: ['#eef2f7', '#e0433a', '#3f8ee0', '#f2c12e'],
    background: 'sky',
    mirror: true,
    draw(pen, c) {
      const trim = c.main === '#eef2f7' ? '#3f8ee0' : darken(c.main, 0.25);
      pen.polyline(
        [
          [2, 52],
          [14, 52],
        ],
        WHITE,
        2,
      );
      pen.poly(
        [
          [40, 46],
          [54, 46],
          [46, 30],
          [40, 30],
        ],
        { fill: trim, line: darken(trim, 0.4) },
      );
      pen.poly(
        [
          [16, 50],
          [10, 30],
          [20, 30],
          [32, 46],
        ],
        { fill: trim, line: darken(trim, 0.4) },
      );
      pen.poly(
        [
          [12, 50],
          [22, 44],
          [74, 44],
          [84, 46],
          [90, 50],
          [88, 54],
          [80, 58],
          [16, 58],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [80, 46],
          [86, 48],
          [88, 51],
          [80, 51],
        ],
        { fill: '#3a6a8a' },
      );
      for (let x = 28; x <= 72; x += 6) pen.rect(x, 48, 3, 3, { fill: '#7fc8f0', pace: 0.25 });
      pen.rect(16, 54, 70, 2, { fill: trim });
      pen.poly(
        [
          [38, 54],
          [58, 54],
          [46, 76],
          [38, 76],
        ],
        { fill: trim, line: darken(trim, 0.4) },
      );
      pen.ellipse(54, 62, 5, 3, { fill: '#9aa3b0', line: '#4a5060' });
    },
  },
  {
    id: 'house',
    stems: ['дом', 'домик', 'домишк', 'домищ', 'домов', 'изб', 'избушк', 'хижин', 'коттедж', 'дач'],
    words: ['house', 'home', 'cottage', 'hut', 'cabin'],
    colors: ['#f2d16b', '#a0c8f0', '#f7a1c4', '#c9e3a0'],
    background: 'sky',
    draw(pen, c) {
      pen.rect(62, 20, 8, 18, { fill: '#b5502f', line: '#6a2a15' });
      pen.rect(22, 46, 53, 38, { fill: c.main, line: c.line });
      pen.poly(
        [
          [14, 48],
          [48, 16],
          [82, 48],
        ],
        { fill: '#c0392b', line: '#6a1a12' },
      );
      pen.line(20, 44, 76, 44, '#8a1f1a');
      pen.rect(42, 60, 13, 24, { fill: '#8a5a2b', line: '#4f3015' });
      pen.dots(
        [
          [51, 72],
          [51, 73],
        ],
        '#ffd23f',
      );
      for (const x of [28, 58]) {
        pen.rect(x, 54, 11, 11, { fill: '#bfe8ff', line: c.line });
        pen.line(x + 5, 54, x + 5, 64, c.line);
        pen.line(x, 59, x + 10, 59, c.line);
        pen.dots(
          [
            [x + 2, 56],
            [x + 3, 56],
            [x + 2, 57],
          ],
          WHITE,
        );
      }
      pen.circle(48, 32, 4, { fill: '#ffe9a0', line: '#6a1a12' });
      for (const [x, y, r] of [
        [70, 14, 3],
        [74, 9, 4],
        [80, 4, 5],
      ] as const)
        pen.circle(x, y, r, { fill: '#e8ecf2', pace: 0.5 });
    },
  },
  {
    id: 'castle',
    stems: ['замок', 'замк', 'замочек', 'крепост', 'дворец', 'дворц', 'цитадел'],
    words: ['castle', 'palace', 'fortress', 'kingdom'],
    colors: ['#b0b4c4', '#c9b79a', '#a0a8d0'],
    background: 'sky',
    draw(pen, c) {
      pen.rect(36, 28, 25, 30, { fill: c.main, line: c.line });
      pen.poly(
        [
          [33, 29],
          [48, 8],
          [63, 29],
        ],
        { fill: '#c0392b', line: '#6a1a12' },
      );
      pen.rect(20, 46, 57, 38, { fill: c.main, line: c.line });
      for (let x = 20; x <= 72; x += 8) pen.rect(x, 42, 5, 5, { fill: c.main, line: c.line, pace: 0.3 });
      for (const x of [10, 70]) {
        pen.rect(x, 34, 17, 50, { fill: c.dark, line: c.line });
        pen.poly(
          [
            [x - 3, 35],
            [x + 8, 14],
            [x + 19, 35],
          ],
          { fill: '#c0392b', line: '#6a1a12' },
        );
        pen.rect(x + 6, 46, 5, 8, { fill: '#3a3050', line: c.line });
        pen.line(x + 8, 14, x + 8, 8, INK);
        pen.poly(
          [
            [x + 9, 8],
            [x + 15, 10],
            [x + 9, 12],
          ],
          { fill: '#f2c12e' },
        );
      }
      pen.rect(45, 36, 7, 9, { fill: '#3a3050', line: c.line });
      pen.rect(40, 66, 17, 18, { fill: '#5a3a20', line: '#2a1a10' });
      pen.circle(48, 66, 8, { fill: '#5a3a20', line: '#2a1a10' });
      pen.line(48, 58, 48, 84, '#2a1a10');
      for (const [x, y] of [
        [26, 54],
        [62, 56],
        [30, 72],
        [64, 74],
      ] as const)
        pen.line(x, y, x + 5, y, c.line);
    },
  },
  {
    id: 'sword',
    stems: ['меч', 'мечик', 'клинок', 'клинк', 'катан', 'сабл', 'шпаг'],
    words: ['sword', 'blade', 'katana', 'saber', 'sabre', 'excalibur'],
    colors: ['#f2c12e', '#e0433a', '#9b5de5', '#3f8ee0'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.poly(
        [
          [43, 14],
          [48, 6],
          [53, 14],
          [53, 62],
          [43, 62],
        ],
        { fill: '#dfe6ee', line: '#5a6474' },
      );
      pen.line(48, 12, 48, 60, '#a8b4c4');
      pen.line(45, 16, 45, 58, WHITE);
      pen.rect(30, 62, 37, 6, { fill: c.main, line: c.line });
      pen.rect(44, 68, 9, 16, { fill: '#6b3f1f', line: '#3a2010' });
      for (let y = 70; y < 84; y += 3) pen.line(44, y, 52, y + 1, '#3a2010', 1, 0.3);
      pen.circle(48, 87, 4, { fill: c.main, line: c.line });
      pen.circle(48, 65, 2, { fill: '#3f8ee0', line: '#1a3a70' });
      pen.circle(30, 65, 2, { fill: c.main, line: c.line });
      pen.circle(66, 65, 2, { fill: c.main, line: c.line });
      pen.sparkle(
        [
          [46, 20],
          [50, 30],
          [46, 44],
          [56, 10],
          [40, 26],
          [58, 40],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'crown',
    stems: ['корон', 'коронк', 'коронушк', 'венец', 'венц', 'диадем'],
    words: ['crown', 'tiara', '~king', '~queen'],
    colors: ['#f2c12e', '#ffd23f', '#d9d9e0'],
    background: 'soft',
    prop: 'head',
    draw(pen, c) {
      pen.poly(
        [
          [18, 74],
          [14, 36],
          [32, 54],
          [48, 26],
          [64, 54],
          [82, 36],
          [78, 74],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [22, 68],
          [19, 46],
          [32, 60],
          [48, 36],
          [64, 60],
          [77, 46],
          [74, 68],
        ],
        { fill: lighten(c.main, 0.25) },
      );
      pen.rect(17, 66, 63, 10, { fill: darken(c.main, 0.12), line: c.line });
      for (const [x, y] of [
        [14, 36],
        [48, 26],
        [82, 36],
      ] as const)
        pen.circle(x, y, 3, { fill: WHITE, line: c.line });
      pen.circle(32, 71, 3, { fill: '#e0233a', line: '#6a1020' });
      pen.circle(48, 71, 3, { fill: '#3f8ee0', line: '#1a3a70' });
      pen.circle(64, 71, 3, { fill: '#4caf50', line: '#1a5a20' });
      pen.poly(
        [
          [48, 44],
          [53, 52],
          [48, 60],
          [43, 52],
        ],
        { fill: '#e0233a', line: '#6a1020' },
      );
      pen.sparkle(
        [
          [12, 20],
          [84, 18],
          [48, 12],
          [26, 40],
          [70, 42],
          [90, 80],
          [6, 80],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'guitar',
    stems: ['гитар', 'гитарк', 'гитарочк', 'электрогитар', 'укулеле'],
    words: ['guitar', 'ukulele', 'bass guitar'],
    colors: ['#d98b3a', '#e0433a', '#3f8ee0', '#b0603a'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.circle(48, 70, 17, { fill: c.line });
      pen.circle(48, 48, 13, { fill: c.line });
      pen.circle(48, 70, 16, { fill: c.main });
      pen.circle(48, 48, 12, { fill: c.main });
      pen.circle(48, 58, 6, { fill: '#2a1a10', line: darken(c.main, 0.4) });
      pen.rect(45, 6, 7, 48, { fill: '#6b3f1f', line: '#3a2010' });
      for (let y = 12; y < 50; y += 6) pen.line(45, y, 51, y, '#d0c8b0', 1, 0.2);
      pen.rect(42, 2, 13, 9, { fill: '#4a2a14', line: '#2a1a10' });
      pen.dots(
        [
          [41, 4],
          [41, 7],
          [55, 4],
          [55, 7],
        ],
        '#d0d0d8',
      );
      pen.rect(41, 75, 15, 3, { fill: '#3a2010' });
      for (const x of [46, 48, 50]) pen.line(x, 8, x, 76, '#e8e8f0', 1, 0.5);
      pen.sparkle(
        [
          [20, 30],
          [76, 24],
          [22, 74],
          [78, 70],
          [70, 46],
        ],
        '#fff6a0',
      );
      pen.stamp(18, 44, ['.##', '.#.', '##.'], INK);
      pen.stamp(74, 52, ['.#', '.#', '##'], INK);
    },
  },
  {
    id: 'robot',
    stems: ['робот', 'роботик', 'роботищ', 'андроид', 'киборг', 'дроид'],
    words: ['robot', 'robo', 'droid', 'android', 'cyborg', 'mecha'],
    colors: ['#9fb4c8', '#c0c4cc', '#f2c12e', '#e0433a'],
    background: 'space',
    anchors: { head: { x: 48, y: 14, w: 28 }, eyes: { x: 48, y: 27, w: 24 }, hand: { x: 72, y: 69, w: 14 } },
    draw(pen, c, rng) {
      pen.line(48, 18, 48, 10, INK);
      pen.circle(48, 8, 3, { fill: '#e0433a', line: '#6a1020' });
      pen.rect(29, 24, 5, 10, { fill: c.dark, line: c.line });
      pen.rect(63, 24, 5, 10, { fill: c.dark, line: c.line });
      pen.rect(33, 18, 31, 23, { fill: c.main, line: c.line });
      pen.circle(41, 27, 4, { fill: '#2a2f3a' });
      pen.circle(56, 27, 4, { fill: '#2a2f3a' });
      pen.circle(41, 27, 2, { fill: '#7ff0ff' });
      pen.circle(56, 27, 2, { fill: '#7ff0ff' });
      pen.rect(40, 34, 17, 4, { fill: '#2a2f3a' });
      pen.line(44, 34, 44, 37, c.light);
      pen.line(48, 34, 48, 37, c.light);
      pen.line(52, 34, 52, 37, c.light);
      pen.rect(44, 41, 9, 3, { fill: c.dark, line: c.line });
      pen.rect(20, 46, 9, 20, { fill: c.dark, line: c.line });
      pen.rect(68, 46, 9, 20, { fill: c.dark, line: c.line });
      pen.circle(24, 69, 4, { fill: '#5a5f6a', line: '#2a2f3a' });
      pen.circle(72, 69, 4, { fill: '#5a5f6a', line: '#2a2f3a' });
      pen.rect(35, 70, 9, 12, { fill: c.dark, line: c.line });
      pen.rect(53, 70, 9, 12, { fill: c.dark, line: c.line });
      pen.rect(32, 81, 14, 4, { fill: '#5a5f6a', line: '#2a2f3a' });
      pen.rect(51, 81, 14, 4, { fill: '#5a5f6a', line: '#2a2f3a' });
      pen.rect(29, 44, 39, 27, { fill: c.main, line: c.line });
      pen.rect(36, 49, 25, 16, { fill: '#2a2f3a', line: c.line });
      pen.poly(heartPoints(54, 57, 0.25, 16), { fill: '#e0233a' });
      const lights: Pt[] = [];
      for (let i = 0; i < 3; i++) lights.push([39 + i * 3, 52 + rng.int(0, 1) * 3]);
      pen.dots(lights, '#7fff7f');
      pen.dots(
        [
          [39, 61],
          [41, 61],
          [43, 61],
        ],
        '#ffd23f',
      );
    },
  },
  {
    id: 'gift',
    stems: ['подарок', 'подарк', 'подарочек', 'подарочк', 'подарков', 'сюрприз'],
    words: ['gift', 'giftbox', '~present', 'presents', 'surprise'],
    colors: ['#e0433a', '#3f8ee0', '#9b5de5', '#4caf50'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      const ribbon = '#ffd23f';
      const ribbonLine = '#b08a00';
      pen.ellipse(38, 28, 10, 7, { fill: ribbon, line: ribbonLine });
      pen.ellipse(58, 28, 10, 7, { fill: ribbon, line: ribbonLine });
      pen.ellipse(38, 28, 5, 3, { fill: darken(ribbon, 0.2) });
      pen.ellipse(58, 28, 5, 3, { fill: darken(ribbon, 0.2) });
      pen.rect(22, 46, 53, 38, { fill: c.main, line: c.line });
      pen.rect(18, 36, 61, 12, { fill: c.dark, line: c.line });
      pen.rect(44, 36, 9, 48, { fill: ribbon, line: ribbonLine });
      pen.rect(22, 60, 53, 7, { fill: ribbon, line: ribbonLine });
      pen.circle(48, 32, 5, { fill: ribbon, line: ribbonLine });
      pen.dots(
        [
          [28, 52],
          [30, 74],
          [66, 52],
          [64, 76],
          [36, 78],
          [70, 70],
        ],
        lighten(c.main, 0.5),
      );
      pen.sparkle(
        [
          [12, 20],
          [84, 16],
          [88, 60],
          [8, 64],
          [48, 12],
          [20, 88],
          [78, 90],
        ],
        '#ffffff',
      );
    },
  },
  {
    id: 'balloon',
    stems: ['шарик', 'шарики', 'шариков', 'шар', 'шаров', 'аэростат'],
    words: ['balloon', 'balloons', 'airballoon'],
    colors: ['#e0433a', '#f25c8a', '#3f8ee0', '#9b5de5'],
    background: 'sky',
    prop: 'hand',
    draw(pen, c) {
      const others: [number, number, string][] = [
        [28, 36, '#f7d02a'],
        [68, 34, '#3fb04a'],
      ];
      for (const [x, y] of others) pen.line(x, y + 16, 48, 86, '#6a6a78', 1, 0.4);
      pen.line(48, 52, 48, 86, '#6a6a78');
      for (const [x, y, color] of others) {
        pen.ellipse(x, y, 12, 15, { fill: color, line: darken(color, 0.45) });
        pen.poly(
          [
            [x - 2, y + 17],
            [x + 2, y + 17],
            [x, y + 14],
          ],
          { fill: darken(color, 0.2) },
        );
        pen.ellipse(x - 5, y - 6, 2, 4, { fill: lighten(color, 0.6) });
      }
      pen.ellipse(48, 30, 14, 18, { fill: c.main, line: c.line });
      pen.poly(
        [
          [45, 51],
          [51, 51],
          [48, 47],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.ellipse(42, 22, 3, 5, { fill: lighten(c.main, 0.6) });
      pen.circle(43, 31, 1, { fill: INK });
      pen.circle(53, 31, 1, { fill: INK });
      pen.dots(
        [
          [46, 35],
          [47, 36],
          [48, 36],
          [49, 36],
          [50, 35],
        ],
        INK,
      );
      pen.dots(
        [
          [40, 34],
          [56, 34],
        ],
        BLUSH,
      );
    },
  },
];
