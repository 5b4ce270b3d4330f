// Vehicles viewers ask for (the car, ship, plane and rocket live in things.ts), side views
// that may face either way.
import { INK, WHITE, darken } from '../colors.js';
import type { Pen } from '../pen.js';
import { domePoints, ellipsePoints } from '../pen.js';
import type { Subject } from '../subject.js';

function wheel(pen: Pen, x: number, y: number, r: number): void {
  pen.circle(x, y, r, { fill: '#2a2a33', line: INK });
  pen.circle(x, y, Math.max(1, r - 3), { fill: '#b0b6c0' });
}

export const vehicles: Subject[] = [
  {
    id: 'bus',
    stems: ['автобус', 'автобусик', 'троллейбус', 'маршрутк'],
    words: ['bus', 'school bus', 'trolleybus', 'minibus'],
    colors: ['#f2c12e', '#e0433a', '#3f8ee0'],
    background: 'city',
    mirror: true,
    draw(pen, c) {
      pen.poly(
        [
          [8, 40],
          [12, 30],
          [84, 30],
          [88, 40],
          [88, 76],
          [8, 76],
        ],
        { fill: c.main, line: c.line },
      );
      for (const x of [14, 30, 46, 62]) pen.rect(x, 36, 13, 14, { fill: '#bfe8ff', line: c.line });
      pen.rect(76, 36, 10, 26, { fill: '#bfe8ff', line: c.line });
      pen.line(8, 58, 74, 58, c.dark, 2);
      pen.rect(84, 64, 4, 4, { fill: '#fff2a0' });
      pen.rect(8, 66, 4, 4, { fill: '#e0433a' });
      wheel(pen, 24, 77, 7);
      wheel(pen, 70, 77, 7);
    },
  },
  {
    id: 'tank',
    stems: ['танк', 'танчик', 'танков', 'бтр', 'броневик'],
    words: ['tank', 'panzer', 'armored car'],
    colors: ['#5a7a3a', '#7a7a5a', '#6a8a9a'],
    background: 'sky',
    mirror: true,
    draw(pen, c) {
      pen.poly(
        [
          [10, 66],
          [86, 66],
          [80, 82],
          [16, 82],
        ],
        { fill: '#3a3a40', line: INK },
      );
      for (const x of [22, 35, 48, 61, 74]) pen.circle(x, 74, 5, { fill: '#6a6a72', line: INK });
      pen.poly(
        [
          [12, 64],
          [84, 64],
          [80, 54],
          [16, 54],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [30, 54],
          [34, 40],
          [62, 40],
          [66, 54],
        ],
        { fill: c.main, line: c.line },
      );
      pen.rect(62, 44, 30, 5, { fill: c.dark, line: c.line });
      pen.rect(40, 36, 10, 4, { fill: c.dark, line: c.line });
      pen.poly(
        [
          [38, 46],
          [44, 44],
          [48, 48],
          [42, 50],
        ],
        { fill: c.light },
      );
      pen.poly(
        [
          [22, 58],
          [28, 57],
          [26, 61],
        ],
        { fill: c.dark },
      );
    },
  },
  {
    id: 'bicycle',
    stems: ['велосипед', 'велосипедик', 'самокат', 'мотоцикл', 'мопед', 'байк'],
    words: ['велик', 'велике', 'великом', 'bicycle', 'bike', 'cycle', 'motorbike', 'motorcycle', 'scooter'],
    colors: ['#e0433a', '#3f8ee0', '#4caf50'],
    background: 'sky',
    mirror: true,
    draw(pen, c) {
      for (const x of [24, 72]) {
        pen.circle(x, 66, 15, { line: INK });
        pen.circle(x, 66, 13, { line: '#5a5f6a' });
        pen.line(x - 12, 66, x + 12, 66, '#b0b6c0');
        pen.line(x, 54, x, 78, '#b0b6c0');
        pen.circle(x, 66, 2, { fill: '#5a5f6a' });
      }
      pen.polyline(
        [
          [24, 66],
          [44, 66],
          [62, 44],
          [36, 44],
          [24, 66],
        ],
        c.main,
        3,
      );
      pen.line(44, 66, 34, 36, c.main, 3);
      pen.line(62, 44, 72, 66, c.main, 3);
      pen.line(62, 44, 58, 32, c.main, 3);
      pen.line(54, 30, 64, 30, INK, 3);
      pen.ellipse(33, 34, 6, 2, { fill: INK });
      pen.circle(44, 66, 4, { line: '#5a5f6a' });
    },
  },
  {
    id: 'helicopter',
    stems: ['вертолет', 'вертолетик', 'вертушк', 'коптер', 'квадрокоптер'],
    words: ['helicopter', 'heli', 'chopper', 'copter'],
    colors: ['#e0433a', '#3f8ee0', '#f2c12e', '#5a7a3a'],
    background: 'sky',
    mirror: true,
    draw(pen, c) {
      pen.line(12, 22, 84, 22, '#3a3a44', 2);
      pen.rect(46, 22, 4, 8, { fill: '#3a3a44' });
      pen.poly(
        [
          [58, 48],
          [90, 44],
          [90, 50],
          [60, 58],
        ],
        { fill: c.main, line: c.line },
      );
      pen.line(86, 36, 92, 56, '#3a3a44', 2);
      pen.ellipse(44, 48, 22, 16, { fill: c.main, line: c.line });
      pen.poly([...domePoints(34, 48, 11, 12)], { fill: '#bfe8ff', line: c.line });
      pen.line(30, 68, 64, 68, '#3a3a44', 2);
      pen.line(36, 62, 34, 68, '#3a3a44', 2);
      pen.line(54, 62, 56, 68, '#3a3a44', 2);
      pen.dots(
        [
          [29, 41],
          [30, 40],
          [31, 40],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'train',
    stems: ['поезд', 'поездок', 'паровоз', 'паровозик', 'электричк', 'локомотив', 'вагон', 'метро'],
    words: ['train', 'locomotive', 'steam engine', 'railway', 'choo', 'thomas'],
    colors: ['#e0433a', '#3f8ee0', '#4caf50'],
    background: 'sky',
    mirror: true,
    draw(pen, c) {
      pen.line(0, 86, 95, 86, '#6a5a4a', 2);
      for (const x of [6, 20, 34, 48, 62, 76, 90]) pen.rect(x, 87, 4, 2, { fill: '#8a6a4a' });
      pen.rect(50, 30, 30, 40, { fill: c.main, line: c.line });
      pen.rect(55, 36, 20, 14, { fill: '#bfe8ff', line: c.line });
      pen.rect(46, 26, 38, 5, { fill: c.dark, line: c.line });
      pen.rect(12, 46, 40, 24, { fill: c.dark, line: c.line });
      pen.rect(18, 32, 8, 14, { fill: '#3a3a44', line: INK });
      pen.rect(15, 29, 14, 4, { fill: '#3a3a44', line: INK });
      for (const [x, y, r] of [
        [22, 22, 4],
        [16, 14, 5],
        [26, 8, 4],
      ] as const)
        pen.circle(x, y, r, { fill: '#e8ecf2', line: '#b0b6c0', pace: 0.4 });
      pen.poly(
        [
          [12, 60],
          [4, 70],
          [12, 70],
        ],
        { fill: '#5a5f6a', line: INK },
      );
      pen.circle(8, 52, 3, { fill: '#fff2a0', line: '#a09040' });
      wheel(pen, 22, 74, 7);
      wheel(pen, 40, 74, 7);
      wheel(pen, 66, 72, 9);
      pen.line(22, 74, 66, 72, '#8a8a96', 2);
    },
  },
  {
    id: 'ufo',
    stems: ['нло', 'тарелк', 'энлэо'],
    words: ['ufo', 'flying saucer', 'saucer', 'нло'],
    colors: ['#9aa3b0', '#8ad0a0', '#c08ae0'],
    background: 'night',
    draw(pen, c) {
      pen.poly(
        [
          [38, 52],
          [58, 52],
          [78, 90],
          [18, 90],
        ],
        { fill: '#fff6a8', pace: 0.5 },
      );
      pen.poly([...domePoints(48, 40, 14, 16)], { fill: '#a8f0e0', line: '#3a8a7a' });
      pen.poly(ellipsePoints(48, 46, 36, 9), { fill: c.main, line: c.line });
      pen.poly(ellipsePoints(48, 43, 30, 4), { fill: c.light });
      for (const x of [24, 36, 48, 60, 72]) pen.circle(x, 48, 2, { fill: '#ffe04a', line: '#a08010' });
      pen.circle(48, 32, 5, { fill: '#7fdc5a', line: '#3a7a2a' });
      pen.dots(
        [
          [46, 31],
          [50, 31],
        ],
        INK,
      );
      pen.dots(
        [
          [44, 27],
          [43, 26],
          [52, 27],
          [53, 26],
        ],
        '#3a7a2a',
      );
      pen.dots(
        [
          [40, 28],
          [41, 27],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'submarine',
    stems: ['подводн лодк', 'субмарин', 'подлодк', 'батискаф'],
    words: ['submarine', 'u-boat'],
    colors: ['#f2c12e', '#e0433a'],
    background: 'underwater',
    mirror: true,
    draw(pen, c) {
      pen.poly(ellipsePoints(46, 56, 34, 16), { fill: c.main, line: c.line });
      pen.rect(38, 32, 18, 12, { fill: c.main, line: c.line });
      pen.line(50, 32, 50, 22, darken(c.main, 0.5), 2);
      pen.line(50, 22, 56, 22, darken(c.main, 0.5), 2);
      for (const x of [30, 46, 62]) {
        pen.circle(x, 56, 5, { fill: '#bfe8ff', line: c.line });
        pen.dots([[x - 2, 54]], WHITE);
      }
      pen.poly(
        [
          [12, 46],
          [6, 40],
          [6, 72],
          [12, 66],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.circle(84, 50, 2, { line: '#bfe8ff' });
      pen.circle(88, 40, 3, { line: '#bfe8ff' });
    },
  },
];
