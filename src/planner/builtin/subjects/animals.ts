// Animals drawn front-on or in profile, each in a few dozen shapes.
import { BLUSH, INK, WHITE, lighten } from '../colors.js';
import type { Pt } from '../pen.js';
import { arcPoints, curvePoints, flarePoints } from '../pen.js';
import { blush, eyes } from './faces.js';
import type { Subject } from '../subject.js';

export const animals: Subject[] = [
  {
    id: 'cat',
    stems: [
      'кот',
      'котик',
      'котенок',
      'котенк',
      'котеночек',
      'котеночк',
      'котят',
      'котэ',
      'котейк',
      'котяр',
      'кошк',
      'кошак',
      'кошек',
      'кошечк',
      'кис',
      'киск',
      'кисуль',
      'мурз',
    ],
    words: ['cat', 'kitty', 'kitten', 'kitteh', 'pussycat', '~meow', 'кошка'],
    colors: ['#f29a38', '#9aa0aa', '#4a4a55', '#efe3cf'],
    background: 'sky',
    anchors: { head: { x: 48, y: 28, w: 26 }, eyes: { x: 48, y: 41, w: 22 }, hand: { x: 64, y: 72, w: 16 } },
    draw(pen, c) {
      pen.poly(flarePoints([60, 80], [80, 76], [74, 52], 2, 4), { fill: c.main, line: c.line });
      pen.ellipse(48, 70, 17, 14, { fill: c.main, line: c.line });
      pen.ellipse(48, 73, 8, 9, { fill: c.light });
      pen.ellipse(41, 83, 5, 3, { fill: c.light, line: c.line });
      pen.ellipse(55, 83, 5, 3, { fill: c.light, line: c.line });
      pen.poly(
        [
          [34, 38],
          [36, 18],
          [48, 30],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [62, 38],
          [60, 18],
          [48, 30],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [37, 32],
          [38, 23],
          [44, 29],
        ],
        { fill: BLUSH },
      );
      pen.poly(
        [
          [59, 32],
          [58, 23],
          [52, 29],
        ],
        { fill: BLUSH },
      );
      pen.ellipse(48, 42, 16, 14, { fill: c.main, line: c.line });
      pen.line(48, 29, 48, 33, c.dark);
      pen.line(44, 30, 45, 33, c.dark);
      pen.line(52, 30, 51, 33, c.dark);
      eyes(pen, 41, 55, 41);
      pen.poly(
        [
          [46, 46],
          [50, 46],
          [48, 48],
        ],
        { fill: BLUSH, line: '#d0607a' },
      );
      pen.dots(
        [
          [48, 49],
          [47, 50],
          [46, 50],
          [49, 50],
          [50, 50],
        ],
        INK,
      );
      blush(pen, 37, 59, 47);
      pen.line(38, 46, 28, 44, c.line);
      pen.line(38, 48, 28, 50, c.line);
      pen.line(58, 46, 68, 44, c.line);
      pen.line(58, 48, 68, 50, c.line);
    },
  },
  {
    id: 'dog',
    stems: [
      'собак',
      'собач',
      'собачк',
      'собачонк',
      'собакен',
      'пес',
      'песик',
      'песел',
      'песель',
      'щенок',
      'щенк',
      'щеночек',
      'щеночк',
      'щенят',
      'барбос',
      'корги',
      'хаски',
      'овчарк',
    ],
    words: [
      'dog',
      'doggy',
      'doggo',
      'doggie',
      'puppy',
      'pup',
      'pupper',
      'hound',
      'corgi',
      'husky',
      'пса',
      'псу',
      'псом',
      'псы',
      'псов',
      'псам',
    ],
    colors: ['#b97a45', '#d9a066', '#8d8d8d', '#5a3a24'],
    background: 'sky',
    anchors: { head: { x: 48, y: 29, w: 26 }, eyes: { x: 48, y: 40, w: 20 }, hand: { x: 63, y: 70, w: 16 } },
    draw(pen, c) {
      pen.poly(curvePoints([60, 78], [72, 76], [74, 60], 3, 2), { fill: c.main, line: c.line });
      pen.ellipse(48, 70, 16, 14, { fill: c.main, line: c.line });
      pen.ellipse(48, 73, 8, 9, { fill: c.light });
      pen.ellipse(41, 83, 5, 3, { fill: c.light, line: c.line });
      pen.ellipse(55, 83, 5, 3, { fill: c.light, line: c.line });
      pen.ellipse(48, 42, 15, 14, { fill: c.main, line: c.line });
      pen.poly(
        [
          [37, 31],
          [29, 33],
          [27, 50],
          [32, 55],
          [38, 46],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.poly(
        [
          [59, 31],
          [67, 33],
          [69, 50],
          [64, 55],
          [58, 46],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.ellipse(48, 50, 8, 6, { fill: c.light, line: c.line });
      pen.ellipse(48, 47, 3, 2, { fill: INK });
      pen.line(48, 49, 48, 51, INK);
      pen.dots(
        [
          [47, 52],
          [46, 52],
          [49, 52],
          [50, 52],
          [45, 51],
          [51, 51],
        ],
        INK,
      );
      pen.rect(47, 53, 3, 3, { fill: '#ef6f86', line: '#c84c64' });
      eyes(pen, 42, 54, 40);
      pen.rect(37, 56, 23, 3, { fill: '#e0433a', line: '#9a2a22' });
      pen.circle(48, 60, 2, { fill: '#f2c12e', line: '#a07a10' });
    },
  },
  {
    id: 'fox',
    stems: ['лис', 'лиса', 'лисиц', 'лисичк', 'лисенок', 'лисенк', 'лисят', 'лисонька', 'лисоньк'],
    words: ['fox', 'foxy', 'vixen'],
    colors: ['#e8772e', '#f08a3c', '#d9622b'],
    background: 'forest',
    anchors: { head: { x: 46, y: 31, w: 30 }, eyes: { x: 46, y: 40, w: 24 }, hand: { x: 60, y: 70, w: 16 } },
    draw(pen, c) {
      pen.poly(flarePoints([56, 80], [84, 82], [78, 52], 3, 9), { fill: c.main, line: c.line });
      pen.poly(
        [
          [72, 56],
          [78, 48],
          [85, 55],
          [80, 60],
        ],
        { fill: WHITE, line: c.line },
      );
      pen.ellipse(46, 70, 14, 14, { fill: c.main, line: c.line });
      pen.ellipse(46, 72, 7, 10, { fill: WHITE });
      pen.rect(38, 78, 5, 7, { fill: '#3a2418' });
      pen.rect(49, 78, 5, 7, { fill: '#3a2418' });
      pen.poly(
        [
          [28, 36],
          [30, 12],
          [44, 30],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [64, 36],
          [62, 12],
          [48, 30],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [31, 31],
          [32, 18],
          [39, 28],
        ],
        { fill: '#3a2418' },
      );
      pen.poly(
        [
          [61, 31],
          [60, 18],
          [53, 28],
        ],
        { fill: '#3a2418' },
      );
      pen.poly(
        [
          [26, 32],
          [66, 32],
          [62, 44],
          [46, 58],
          [30, 44],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [31, 44],
          [40, 46],
          [46, 50],
          [52, 46],
          [61, 44],
          [46, 58],
        ],
        { fill: WHITE },
      );
      pen.rect(44, 54, 5, 3, { fill: INK });
      eyes(pen, 38, 54, 40);
    },
  },
  {
    id: 'panda',
    stems: ['панд', 'пандочк', 'панденок', 'панденк', 'пандочек'],
    words: ['panda'],
    colors: ['#26262c'],
    background: 'forest',
    anchors: { head: { x: 48, y: 29, w: 28 }, eyes: { x: 48, y: 42, w: 24 }, hand: { x: 66, y: 66, w: 16 } },
    draw(pen, c) {
      pen.line(74, 92, 74, 36, '#3f8f2f', 4);
      pen.line(72, 60, 77, 60, '#2b6a20', 1);
      pen.line(72, 46, 77, 46, '#2b6a20', 1);
      pen.poly(
        [
          [75, 40],
          [86, 34],
          [82, 40],
        ],
        { fill: '#6cbf4a' },
      );
      pen.ellipse(48, 71, 17, 13, { fill: WHITE, line: '#7a7a86' });
      pen.ellipse(33, 68, 5, 9, { fill: c.main, line: c.line });
      pen.ellipse(66, 64, 6, 8, { fill: c.main, line: c.line });
      pen.ellipse(38, 83, 7, 4, { fill: c.main, line: c.line });
      pen.ellipse(58, 83, 7, 4, { fill: c.main, line: c.line });
      pen.circle(35, 29, 6, { fill: c.main, line: c.line });
      pen.circle(61, 29, 6, { fill: c.main, line: c.line });
      pen.ellipse(48, 43, 17, 15, { fill: WHITE, line: '#7a7a86' });
      pen.poly(
        [
          [36, 44],
          [40, 37],
          [45, 38],
          [44, 46],
          [39, 48],
        ],
        { fill: c.main },
      );
      pen.poly(
        [
          [60, 44],
          [56, 37],
          [51, 38],
          [52, 46],
          [57, 48],
        ],
        { fill: c.main },
      );
      pen.dots(
        [
          [41, 41],
          [42, 41],
          [41, 42],
          [54, 41],
          [55, 41],
          [55, 42],
        ],
        WHITE,
      );
      pen.poly(
        [
          [45, 49],
          [51, 49],
          [48, 52],
        ],
        { fill: INK },
      );
      pen.dots(
        [
          [48, 53],
          [47, 54],
          [46, 54],
          [49, 54],
          [50, 54],
        ],
        INK,
      );
      blush(pen, 35, 61, 50);
    },
  },
  {
    id: 'rabbit',
    stems: [
      'кролик',
      'крольчих',
      'крольчонок',
      'крольчат',
      'заяц',
      'зайц',
      'зайк',
      'зайчик',
      'зайчих',
      'зайчонок',
      'зайчонк',
      'зайчат',
      'зая',
    ],
    words: ['rabbit', 'bunny', 'bunnie', 'hare'],
    colors: ['#f3efe9', '#c9a27e', '#b4b4bf'],
    background: 'sky',
    anchors: { head: { x: 48, y: 32, w: 22 }, eyes: { x: 48, y: 42, w: 20 }, hand: { x: 62, y: 70, w: 14 } },
    draw(pen, c) {
      pen.ellipse(41, 20, 5, 15, { fill: c.main, line: c.line });
      pen.ellipse(55, 20, 5, 15, { fill: c.main, line: c.line });
      pen.ellipse(41, 21, 2, 10, { fill: BLUSH });
      pen.ellipse(55, 21, 2, 10, { fill: BLUSH });
      pen.ellipse(48, 70, 15, 14, { fill: c.main, line: c.line });
      pen.ellipse(48, 73, 8, 8, { fill: lighten(c.main, 0.5) });
      pen.ellipse(39, 83, 7, 3, { fill: c.main, line: c.line });
      pen.ellipse(57, 83, 7, 3, { fill: c.main, line: c.line });
      pen.ellipse(48, 44, 14, 13, { fill: c.main, line: c.line });
      eyes(pen, 42, 54, 42);
      pen.poly(
        [
          [46, 47],
          [50, 47],
          [48, 49],
        ],
        { fill: '#e56b86' },
      );
      pen.dots(
        [
          [48, 50],
          [47, 51],
          [49, 51],
        ],
        INK,
      );
      pen.rect(46, 52, 5, 4, { fill: WHITE, line: '#9a9aa8' });
      blush(pen, 37, 59, 48);
      pen.poly(
        [
          [62, 64],
          [68, 62],
          [66, 84],
        ],
        { fill: '#f28a1e', line: '#b0570a' },
      );
      pen.poly(
        [
          [64, 63],
          [62, 55],
          [66, 62],
          [70, 56],
          [67, 63],
        ],
        { fill: '#4caf50' },
      );
    },
  },
  {
    id: 'elephant',
    stems: ['слон', 'слоник', 'слоненок', 'слоненк', 'слонен', 'слонят', 'слониш', 'слоних'],
    words: ['elephant', 'dumbo'],
    colors: ['#9aa3b0', '#a7b1c2', '#b6a3c9'],
    background: 'sky',
    anchors: { head: { x: 28, y: 30, w: 22 }, eyes: { x: 24, y: 39, w: 10 }, hand: { x: 14, y: 76, w: 14 } },
    mirror: true,
    draw(pen, c) {
      pen.rect(36, 64, 8, 20, { fill: c.dark, line: c.line });
      pen.rect(66, 64, 8, 20, { fill: c.dark, line: c.line });
      pen.line(78, 54, 83, 68, c.line);
      pen.dots(
        [
          [83, 69],
          [84, 70],
          [82, 70],
        ],
        c.line,
      );
      pen.ellipse(56, 56, 24, 17, { fill: c.main, line: c.line });
      pen.rect(44, 66, 8, 18, { fill: c.main, line: c.line });
      pen.rect(58, 66, 8, 18, { fill: c.main, line: c.line });
      pen.dots(
        [
          [45, 83],
          [47, 83],
          [49, 83],
          [59, 83],
          [61, 83],
          [63, 83],
        ],
        WHITE,
      );
      pen.poly(curvePoints([24, 46], [6, 56], [14, 78], 5, 3), { fill: c.main, line: c.line });
      pen.circle(28, 42, 13, { fill: c.main, line: c.line });
      pen.ellipse(38, 44, 9, 12, { fill: c.light, line: c.line });
      pen.ellipse(38, 44, 5, 8, { fill: lighten(c.main, 0.55) });
      pen.line(19, 53, 23, 58, WHITE, 2);
      pen.circle(23, 39, 1, { fill: INK });
      pen.dots([[22, 38]], WHITE);
      blush(pen, 18, 26, 45);
    },
  },
  {
    id: 'penguin',
    stems: ['пингвин', 'пингвинчик', 'пингвиненок', 'пингвиненк', 'пингвинят', 'пингвинен'],
    words: ['penguin', 'pingu'],
    colors: ['#2b2f3a', '#2a3f6a'],
    background: 'snow',
    anchors: { head: { x: 48, y: 31, w: 24 }, eyes: { x: 48, y: 38, w: 22 }, hand: { x: 72, y: 64, w: 14 } },
    draw(pen, c) {
      pen.poly(
        [
          [31, 46],
          [20, 68],
          [31, 64],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [65, 46],
          [76, 68],
          [65, 64],
        ],
        { fill: c.main, line: c.line },
      );
      pen.ellipse(48, 57, 18, 27, { fill: c.main, line: c.line });
      pen.ellipse(48, 63, 13, 20, { fill: WHITE });
      pen.circle(43, 38, 6, { fill: WHITE });
      pen.circle(53, 38, 6, { fill: WHITE });
      pen.circle(44, 38, 2, { fill: INK });
      pen.circle(52, 38, 2, { fill: INK });
      pen.dots(
        [
          [43, 37],
          [51, 37],
        ],
        WHITE,
      );
      pen.poly(
        [
          [44, 43],
          [52, 43],
          [48, 48],
        ],
        { fill: '#f2a31e', line: '#b06a00' },
      );
      blush(pen, 38, 58, 44);
      pen.ellipse(41, 84, 6, 2, { fill: '#f2a31e', line: '#b06a00' });
      pen.ellipse(55, 84, 6, 2, { fill: '#f2a31e', line: '#b06a00' });
    },
  },
  {
    id: 'turtle',
    stems: ['черепах', 'черепаш', 'черепашк', 'черепашонок', 'черепашат'],
    words: ['turtle', 'tortoise'],
    colors: ['#4f9a3f', '#7a5a2f', '#3f8a8a'],
    background: 'beach',
    anchors: { head: { x: 78, y: 44, w: 16 }, eyes: { x: 80, y: 50, w: 10 }, hand: { x: 60, y: 76, w: 14 } },
    mirror: true,
    draw(pen, c) {
      const skin = '#9bd16a';
      const skinLine = '#4f7a2a';
      pen.ellipse(32, 76, 6, 7, { fill: skin, line: skinLine });
      pen.ellipse(62, 76, 6, 7, { fill: skin, line: skinLine });
      pen.poly(
        [
          [14, 70],
          [24, 64],
          [24, 72],
        ],
        { fill: skin, line: skinLine },
      );
      pen.poly(curvePoints([66, 70], [74, 66], [76, 56], 6, 5), { fill: skin, line: skinLine });
      pen.circle(78, 52, 9, { fill: skin, line: skinLine });
      pen.circle(81, 50, 2, { fill: INK });
      pen.dots([[80, 49]], WHITE);
      pen.dots(
        [
          [80, 56],
          [81, 57],
          [82, 57],
          [83, 56],
        ],
        skinLine,
      );
      pen.dots(
        [
          [84, 53],
          [85, 53],
        ],
        BLUSH,
      );
      pen.poly([[18, 72], ...arcPoints(46, 72, 28, 26, 180, 360, 20).slice(1, -1), [74, 72]], { fill: c.main, line: c.line });
      pen.rect(18, 70, 57, 5, { fill: c.dark, line: c.line });
      pen.poly(
        [
          [40, 52],
          [52, 52],
          [57, 60],
          [52, 68],
          [40, 68],
          [35, 60],
        ],
        { fill: c.light, line: c.line },
      );
      pen.poly(
        [
          [24, 66],
          [31, 60],
          [34, 68],
        ],
        { fill: c.light, line: c.line },
      );
      pen.poly(
        [
          [68, 66],
          [61, 60],
          [58, 68],
        ],
        { fill: c.light, line: c.line },
      );
      pen.poly(
        [
          [38, 50],
          [44, 47],
          [48, 50],
        ],
        { fill: c.light, line: c.line },
      );
    },
  },
  {
    id: 'bird',
    stems: [
      'птиц',
      'птичк',
      'птичек',
      'птичк',
      'птенец',
      'птенц',
      'птах',
      'воробе',
      'воробь',
      'воробуш',
      'синиц',
      'снегир',
      'попуга',
      'попугайчик',
      'ласточк',
    ],
    words: [
      'голубь',
      'голуби',
      'голубей',
      'голубя',
      'голубок',
      'голубка',
      'bird',
      'birdie',
      'birdy',
      'sparrow',
      'robin',
      'bluebird',
      'parrot',
      'tweety',
      'pigeon',
      'chick',
    ],
    colors: ['#4a90d9', '#e0503a', '#f2c12e', '#6cbf4a'],
    background: 'sky',
    anchors: { head: { x: 60, y: 31, w: 18 }, eyes: { x: 63, y: 39, w: 10 }, hand: { x: 78, y: 46, w: 12 } },
    mirror: true,
    draw(pen, c) {
      pen.line(10, 81, 86, 79, '#7a4a22', 3);
      pen.poly(
        [
          [70, 80],
          [78, 74],
          [82, 78],
        ],
        { fill: '#4caf50' },
      );
      pen.poly(
        [
          [20, 81],
          [14, 86],
          [24, 86],
        ],
        { fill: '#4caf50' },
      );
      pen.poly(
        [
          [32, 52],
          [12, 42],
          [14, 54],
          [30, 62],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.ellipse(46, 58, 18, 14, { fill: c.main, line: c.line });
      pen.circle(60, 42, 12, { fill: c.main, line: c.line });
      pen.ellipse(50, 64, 11, 7, { fill: c.light });
      pen.poly(
        [
          [34, 52],
          [52, 52],
          [46, 64],
          [36, 62],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.poly(
        [
          [70, 40],
          [80, 43],
          [70, 47],
        ],
        { fill: '#f2a31e', line: '#b06a00' },
      );
      eyes(pen, 64, 64, 39);
      pen.dots(
        [
          [63, 46],
          [64, 46],
        ],
        BLUSH,
      );
      pen.line(44, 71, 42, 79, '#f2a31e');
      pen.line(52, 71, 54, 79, '#f2a31e');
    },
  },
  {
    id: 'butterfly',
    stems: ['бабочк', 'бабочек', 'бабочек', 'мотыл'],
    words: ['butterfly', 'moth'],
    colors: ['#e75fa8', '#4aa3e8', '#f29a38', '#9b5de5'],
    background: 'sky',
    draw(pen, c, rng) {
      pen.ellipse(31, 36, 16, 14, { fill: c.main, line: c.line });
      pen.ellipse(65, 36, 16, 14, { fill: c.main, line: c.line });
      pen.ellipse(35, 62, 12, 11, { fill: c.dark, line: c.line });
      pen.ellipse(61, 62, 12, 11, { fill: c.dark, line: c.line });
      pen.circle(29, 34, 6, { fill: c.light });
      pen.circle(67, 34, 6, { fill: c.light });
      pen.circle(34, 63, 4, { fill: c.light });
      pen.circle(62, 63, 4, { fill: c.light });
      pen.dots(
        [
          [20, 30],
          [22, 42],
          [76, 30],
          [74, 42],
          [28, 68],
          [68, 68],
        ],
        WHITE,
      );
      pen.ellipse(48, 52, 3, 18, { fill: '#3a2a2a', line: INK });
      pen.circle(48, 32, 4, { fill: '#3a2a2a', line: INK });
      pen.line(47, 29, 40, 18, INK);
      pen.line(49, 29, 56, 18, INK);
      pen.circle(40, 17, 1, { fill: INK });
      pen.circle(56, 17, 1, { fill: INK });
      const flowers: Pt[] = [];
      for (let i = 0; i < 6; i++) flowers.push([rng.int(8, 88), rng.int(84, 92)]);
      pen.sparkle(flowers, '#fff27a');
    },
  },
  {
    id: 'fish',
    stems: ['рыб', 'рыбк', 'рыбок', 'рыбеш', 'рыбешк', 'рыбин', 'рыбешек', 'рыбонька', 'рыбоньк', 'карас', 'окун', 'немо'],
    words: ['fish', 'fishes', 'fishy', 'goldfish', 'nemo'],
    colors: ['#f28c28', '#3fa8e0', '#e0503a', '#9b5de5'],
    background: 'underwater',
    mirror: true,
    draw(pen, c) {
      pen.poly(
        [
          [28, 48],
          [10, 32],
          [16, 48],
          [10, 64],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [38, 36],
          [50, 22],
          [60, 36],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.poly(
        [
          [42, 60],
          [50, 70],
          [56, 60],
        ],
        { fill: c.dark, line: c.line },
      );
      pen.ellipse(48, 48, 23, 15, { fill: c.main, line: c.line });
      pen.poly(
        [
          [38, 35],
          [44, 35],
          [44, 61],
          [38, 61],
        ],
        { fill: c.light },
      );
      pen.line(54, 38, 52, 48, c.line);
      pen.line(52, 48, 54, 58, c.line);
      pen.circle(61, 44, 4, { fill: WHITE, line: c.line });
      pen.circle(62, 44, 2, { fill: INK });
      pen.line(71, 51, 67, 52, c.line);
      pen.dots(
        [
          [58, 52],
          [59, 52],
        ],
        BLUSH,
      );
      pen.circle(78, 34, 2, { line: '#bfe8ff' });
      pen.circle(83, 24, 3, { line: '#bfe8ff' });
      pen.circle(77, 13, 2, { line: '#bfe8ff' });
    },
  },
];
