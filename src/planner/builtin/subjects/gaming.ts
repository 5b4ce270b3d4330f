// Gaming icons: generic shapes, no logos and no names on screen. Small ones are props a
// character can hold.
import { INK, WHITE, darken, lighten } from '../colors.js';
import { domePoints, starPoints } from '../pen.js';
import type { Subject } from '../subject.js';

export const gaming: Subject[] = [
  {
    id: 'shield',
    stems: ['щит', 'щитом', 'щитк'],
    words: ['shield'],
    colors: ['#2f6fd8', '#e0333a', '#4caf50'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.poly(
        [
          [22, 16],
          [48, 10],
          [74, 16],
          [72, 50],
          [48, 84],
          [24, 50],
        ],
        { fill: '#c0c6d0', line: '#5a6070' },
      );
      pen.poly(
        [
          [28, 21],
          [48, 16],
          [68, 21],
          [66, 48],
          [48, 76],
          [30, 48],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [44, 21],
          [52, 21],
          [52, 70],
          [48, 76],
          [44, 70],
        ],
        { fill: lighten(c.main, 0.5) },
      );
      pen.rect(30, 36, 36, 8, { fill: lighten(c.main, 0.5) });
      pen.poly(starPoints(48, 40, 7, 3), { fill: '#f2c12e', line: '#8a6a10' });
      pen.dots(
        [
          [32, 24],
          [33, 23],
          [34, 23],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'potion',
    stems: ['зель', 'зелье', 'зелий', 'эликсир', 'колб', 'колбочк', 'склянк'],
    words: ['potion', 'elixir', 'flask', 'зелье', 'зелья'],
    colors: ['#e0333a', '#3f8ee0', '#4caf50', '#9b5de5'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c, rng) {
      pen.rect(42, 12, 12, 8, { fill: '#b08050', line: '#6a4020' });
      pen.rect(40, 20, 16, 14, { fill: '#e8f4ff', line: '#7a8aa0' });
      pen.circle(48, 58, 26, { fill: '#e8f4ff', line: '#7a8aa0' });
      pen.poly([[23, 60], ...domePoints(48, 60, 25, 24).map(([x, y]): [number, number] => [x, 120 - y])], { fill: c.main, line: c.line });
      pen.ellipse(48, 60, 24, 4, { fill: lighten(c.main, 0.35) });
      pen.ellipse(36, 46, 4, 8, { fill: WHITE });
      for (let i = 0; i < 4; i++) pen.circle(rng.int(38, 58), rng.int(66, 78), rng.int(1, 2), { line: lighten(c.main, 0.6) });
    },
  },
  {
    id: 'gamepad',
    stems: ['геймпад', 'джойстик', 'джойстик', 'приставк', 'контроллер', 'плейстейшн', 'иксбокс', 'геймпадик'],
    words: [
      'gamepad',
      'controller',
      'joystick',
      'console',
      'playstation',
      'xbox',
      'ps5',
      'ps4',
      'nintendo',
      'video game',
      'videogame',
      'gaming',
    ],
    colors: ['#3a3a44', '#e8e8f0', '#3f5ad0', '#e0333a'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.poly(
        [
          [14, 42],
          [26, 32],
          [70, 32],
          [82, 42],
          [90, 70],
          [80, 78],
          [66, 64],
          [30, 64],
          [16, 78],
          [6, 70],
        ],
        { fill: c.main, line: c.line },
      );
      pen.rect(22, 44, 14, 4, { fill: darken(c.main, 0.4) });
      pen.rect(27, 39, 4, 14, { fill: darken(c.main, 0.4) });
      pen.circle(66, 40, 3, { fill: '#4caf50' });
      pen.circle(72, 46, 3, { fill: '#e0333a' });
      pen.circle(60, 46, 3, { fill: '#3f8ee0' });
      pen.circle(66, 52, 3, { fill: '#f2c12e' });
      pen.circle(38, 56, 5, { fill: darken(c.main, 0.25), line: c.line });
      pen.circle(58, 56, 5, { fill: darken(c.main, 0.25), line: c.line });
      pen.rect(44, 42, 8, 3, { fill: lighten(c.main, 0.4) });
    },
  },
  {
    id: 'block-face',
    stems: ['крипер', 'криппер', 'майнкрафт', 'майнкрафтовск', 'майн', 'майна', 'кубик'],
    words: ['creeper', 'minecraft', 'block', 'cube', 'blocky'],
    colors: ['#4caf50', '#6cbf4a', '#3a9a4a'],
    background: 'forest',
    anchors: { head: { x: 48, y: 12, w: 40 }, eyes: { x: 48, y: 30, w: 36 } },
    draw(pen, c) {
      pen.rect(30, 60, 36, 24, { fill: c.dark, line: c.line });
      pen.rect(34, 78, 10, 7, { fill: c.dark, line: c.line });
      pen.rect(52, 78, 10, 7, { fill: c.dark, line: c.line });
      pen.rect(26, 12, 44, 48, { fill: c.main, line: c.line });
      pen.stamp(28, 14, ['..##......##...##.', '...##..#...##.....', '#....##....##..#..', '..#.....##.....#..'], lighten(c.main, 0.25));
      pen.stamp(28, 48, ['.##.....##....##..', '....##......##....'], c.dark);
      pen.rect(32, 24, 10, 10, { fill: INK });
      pen.rect(54, 24, 10, 10, { fill: INK });
      pen.rect(43, 34, 10, 8, { fill: INK });
      pen.rect(39, 40, 6, 10, { fill: INK });
      pen.rect(51, 40, 6, 10, { fill: INK });
    },
  },
  {
    id: 'coin',
    stems: ['монет', 'монетк', 'монеток', 'денег', 'деньг', 'денежк', 'золотишк', 'биткоин'],
    words: ['coin', 'money', 'cash', 'bitcoin', 'gold coin', 'coins'],
    colors: ['#f2c12e', '#e8b020'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.circle(48, 48, 30, { fill: darken(c.main, 0.2), line: darken(c.main, 0.6) });
      pen.circle(46, 46, 28, { fill: c.main, line: darken(c.main, 0.5) });
      pen.circle(46, 46, 21, { line: darken(c.main, 0.3) });
      pen.poly(starPoints(46, 47, 14, 6), { fill: lighten(c.main, 0.35), line: darken(c.main, 0.35) });
      pen.poly(
        [
          [28, 32],
          [34, 26],
          [36, 28],
          [30, 34],
        ],
        { fill: WHITE },
      );
      pen.sparkle(
        [
          [80, 20],
          [81, 19],
          [79, 21],
          [16, 76],
          [84, 72],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'trophy',
    stems: ['кубок', 'кубк', 'трофе', 'награду', 'наград', 'чемпион', 'победител', 'медал'],
    words: ['trophy', 'award', 'champion', 'winner', 'medal', 'prize', 'goblet'],
    colors: ['#f2c12e', '#c0c6d0'],
    background: 'soft',
    prop: 'hand',
    draw(pen, c) {
      pen.poly(
        domePoints(48, 16, 14, 14).map(([x, y]): [number, number] => [x, 32 - y + 16]),
        { line: darken(c.main, 0.45) },
      );
      pen.circle(22, 30, 9, { line: darken(c.main, 0.45) });
      pen.circle(74, 30, 9, { line: darken(c.main, 0.45) });
      pen.circle(22, 30, 8, { line: c.main });
      pen.circle(74, 30, 8, { line: c.main });
      pen.poly(
        [
          [24, 14],
          [72, 14],
          [70, 34],
          [60, 48],
          [36, 48],
          [26, 34],
        ],
        { fill: c.main, line: darken(c.main, 0.45) },
      );
      pen.rect(44, 48, 8, 14, { fill: darken(c.main, 0.15), line: darken(c.main, 0.45) });
      pen.rect(32, 62, 32, 8, { fill: c.main, line: darken(c.main, 0.45) });
      pen.rect(28, 70, 40, 12, { fill: '#6a4020', line: '#3a2010' });
      pen.poly(starPoints(48, 30, 8, 3.5), { fill: lighten(c.main, 0.5) });
      pen.ellipse(32, 24, 2, 6, { fill: WHITE });
    },
  },
];
