// People and creatures viewers ask for by name: a shared chibi body (big head, short legs)
// dressed differently, so each one is a costume of a few shapes on the same frame.
import { BLUSH, INK, WHITE, darken, lighten } from '../colors.js';
import type { Pen } from '../pen.js';
import { curvePoints, domePoints, starPoints } from '../pen.js';
import type { Anchors, Subject } from '../subject.js';
import { blush, eyes } from './faces.js';

const SKIN = '#f6cfa8';
const SKIN_LINE = '#b07850';

/** Head on top, hand at the right fist: every person shares them. */
const PERSON_ANCHORS: Anchors = { head: { x: 48, y: 21, w: 30 }, eyes: { x: 48, y: 36, w: 22 }, hand: { x: 68, y: 64, w: 14 } };

interface Look {
  body: string;
  legs: string;
  skin?: string;
  shoes?: string;
  /** A long robe instead of trousers. */
  robe?: boolean;
}

/** Legs, arms, body and a bare round head; costumes draw over it. */
function person(pen: Pen, look: Look): void {
  const skin = look.skin ?? SKIN;
  const bodyLine = darken(look.body, 0.45);
  if (!look.robe) {
    pen.rect(40, 70, 7, 13, { fill: look.legs, line: darken(look.legs, 0.45) });
    pen.rect(49, 70, 7, 13, { fill: look.legs, line: darken(look.legs, 0.45) });
    pen.ellipse(43, 84, 5, 2, { fill: look.shoes ?? '#3a2a22' });
    pen.ellipse(53, 84, 5, 2, { fill: look.shoes ?? '#3a2a22' });
  }
  pen.poly(curvePoints([37, 52], [28, 58], [29, 66], 3, 3), { fill: look.body, line: bodyLine });
  pen.poly(curvePoints([59, 52], [68, 56], [68, 63], 3, 3), { fill: look.body, line: bodyLine });
  pen.circle(29, 67, 3, { fill: skin, line: darken(skin, 0.4) });
  pen.circle(68, 64, 3, { fill: skin, line: darken(skin, 0.4) });
  if (look.robe)
    pen.poly(
      [
        [37, 49],
        [59, 49],
        [66, 84],
        [30, 84],
      ],
      { fill: look.body, line: bodyLine },
    );
  else
    pen.poly(
      [
        [37, 49],
        [59, 49],
        [62, 72],
        [34, 72],
      ],
      { fill: look.body, line: bodyLine },
    );
  pen.circle(48, 35, 14, { fill: skin, line: look.skin ? darken(skin, 0.45) : SKIN_LINE });
}

/** Eyes, a smile and cheeks at the usual place. */
function face(pen: Pen, y = 37): void {
  eyes(pen, 43, 53, y);
  pen.dots(
    [
      [46, y + 6],
      [47, y + 7],
      [48, y + 7],
      [49, y + 7],
      [50, y + 6],
    ],
    INK,
  );
  blush(pen, 39, 57, y + 4);
}

export const characters: Subject[] = [
  {
    id: 'knight',
    stems: ['рыцар', 'рыцарьк', 'паладин', 'богатыр', 'витяз'],
    words: ['knight', 'paladin', 'crusader'],
    colors: ['#b8c0cc', '#c8b070'],
    background: 'sky',
    anchors: { head: { x: 48, y: 20, w: 30 }, eyes: { x: 48, y: 35, w: 22 }, hand: { x: 68, y: 64, w: 14 } },
    draw(pen, c) {
      person(pen, { body: c.main, legs: c.dark, shoes: '#4a4a55' });
      pen.circle(48, 34, 15, { fill: c.main, line: c.line });
      pen.rect(38, 32, 21, 4, { fill: INK });
      pen.dots(
        [
          [41, 33],
          [44, 33],
          [52, 33],
          [55, 33],
        ],
        '#7ff0ff',
      );
      pen.line(48, 38, 48, 46, c.line);
      pen.poly(curvePoints([48, 20], [52, 10], [62, 8], 3, 1), { fill: '#e0333a', line: '#8a1a20' });
      pen.poly(
        [
          [22, 54],
          [36, 54],
          [36, 66],
          [29, 74],
          [22, 66],
        ],
        { fill: '#2f6fd8', line: '#1a3a7a' },
      );
      pen.poly(starPoints(29, 62, 4, 2), { fill: '#f2c12e' });
      pen.line(38, 58, 58, 58, c.light, 1);
    },
  },
  {
    id: 'ninja',
    stems: ['ниндз', 'ниндзя', 'синоби', 'самура'],
    words: ['ninja', 'shinobi', 'samurai'],
    colors: ['#2a2a33', '#2a3a6a', '#5a2a6a'],
    background: 'city',
    anchors: PERSON_ANCHORS,
    draw(pen, c) {
      person(pen, { body: c.main, legs: c.main, shoes: INK });
      pen.circle(48, 35, 14, { fill: c.main, line: c.line });
      pen.rect(37, 32, 23, 8, { fill: SKIN });
      pen.polyline(
        [
          [41, 35],
          [45, 36],
        ],
        INK,
        2,
      );
      pen.polyline(
        [
          [51, 36],
          [55, 35],
        ],
        INK,
        2,
      );
      pen.rect(34, 26, 29, 4, { fill: '#e0333a', line: '#8a1a20' });
      pen.poly(curvePoints([62, 28], [72, 26], [78, 34], 2, 1), { fill: '#e0333a' });
      pen.rect(34, 62, 29, 3, { fill: '#e0333a' });
      pen.line(24, 46, 32, 40, '#c0c6d0', 1);
      pen.dots(
        [
          [24, 45],
          [25, 46],
          [23, 46],
        ],
        '#c0c6d0',
      );
    },
  },
  {
    id: 'pirate',
    stems: ['пират', 'пиратик', 'капитан', 'корсар', 'флибуст'],
    words: ['pirate', 'captain', 'buccaneer', 'corsair'],
    colors: ['#e0333a', '#2f6fd8'],
    background: 'beach',
    anchors: { head: { x: 48, y: 14, w: 40 }, eyes: { x: 48, y: 36, w: 22 }, hand: { x: 68, y: 64, w: 14 } },
    draw(pen, c) {
      person(pen, { body: WHITE, legs: '#3a3a4a' });
      for (const y of [53, 59, 65]) pen.line(37, y, 59, y, c.main, 2);
      pen.line(48, 70, 48, 83, '#8a5a2a', 3);
      pen.poly(
        [
          [26, 26],
          [70, 26],
          [64, 14],
          [48, 18],
          [32, 14],
        ],
        { fill: '#2a2a33', line: INK },
      );
      pen.stamp(45, 18, ['.###.', '#.#.#', '.###.', '.#.#.'], WHITE);
      pen.circle(53, 36, 3, { fill: INK });
      pen.line(38, 29, 60, 40, INK);
      eyes(pen, 43, 43, 36);
      pen.poly(
        [
          [39, 42],
          [57, 42],
          [54, 50],
          [42, 50],
        ],
        { fill: '#6a3a1a', line: '#3a1a0a' },
      );
      pen.dots(
        [
          [46, 44],
          [47, 45],
          [48, 45],
          [49, 45],
          [50, 44],
        ],
        '#f0c0a0',
      );
    },
  },
  {
    id: 'astronaut',
    stems: ['космонавт', 'космонавтик', 'астронавт', 'космонавтк'],
    words: ['astronaut', 'cosmonaut', 'spaceman', 'spacesuit'],
    colors: ['#f0f0f4', '#f2a03a'],
    background: 'space',
    anchors: { head: { x: 48, y: 18, w: 32 }, eyes: { x: 48, y: 35, w: 22 }, hand: { x: 68, y: 64, w: 14 } },
    draw(pen, c) {
      pen.rect(60, 48, 10, 22, { fill: '#c0c6d0', line: '#6a7080' });
      person(pen, { body: c.main, legs: c.main, skin: '#d8dce4', shoes: '#6a7080' });
      pen.rect(42, 54, 12, 8, { fill: '#5a6a8a', line: '#2a3040' });
      pen.dots(
        [
          [44, 56],
          [47, 56],
          [50, 56],
        ],
        '#ff5a5a',
      );
      pen.dots(
        [
          [44, 59],
          [47, 59],
        ],
        '#5aff8a',
      );
      pen.circle(48, 34, 16, { fill: c.main, line: darken(c.main, 0.5) });
      pen.circle(48, 35, 11, { fill: '#2a3a6a', line: '#1a2040' });
      pen.poly(
        [
          [41, 30],
          [45, 27],
          [47, 29],
          [43, 33],
        ],
        { fill: '#8ab0f0' },
      );
      pen.rect(36, 66, 25, 4, { fill: '#e0433a' });
    },
  },
  {
    id: 'alien',
    stems: ['инопланетян', 'инопланетянин', 'пришелец', 'пришельц', 'гуманоид', 'марсианин', 'марсиан', 'инопланетян'],
    words: ['alien', 'martian', 'extraterrestrial', 'et', 'инопланетянин'],
    colors: ['#7fdc5a', '#8ad0f0', '#c08ae0'],
    background: 'space',
    anchors: { head: { x: 48, y: 14, w: 30 }, eyes: { x: 48, y: 34, w: 30 }, hand: { x: 68, y: 64, w: 14 } },
    draw(pen, c) {
      pen.line(40, 20, 34, 8, c.line, 1);
      pen.line(56, 20, 62, 8, c.line, 1);
      pen.circle(34, 7, 3, { fill: '#ffe04a', line: '#a08010' });
      pen.circle(62, 7, 3, { fill: '#ffe04a', line: '#a08010' });
      person(pen, { body: '#c0c6d0', legs: '#9aa0aa', skin: c.main, shoes: '#6a7080' });
      pen.ellipse(48, 32, 20, 17, { fill: c.main, line: c.line });
      pen.ellipse(40, 34, 6, 4, { fill: INK });
      pen.ellipse(56, 34, 6, 4, { fill: INK });
      pen.dots(
        [
          [38, 33],
          [54, 33],
        ],
        WHITE,
      );
      pen.dots(
        [
          [46, 42],
          [47, 43],
          [48, 43],
          [49, 43],
          [50, 42],
        ],
        darken(c.main, 0.6),
      );
      pen.circle(48, 60, 4, { fill: '#ff5a9a' });
    },
  },
  {
    id: 'zombie',
    stems: ['зомб', 'зомбак', 'зомбарь', 'мертвяк'],
    words: ['zombie', 'zombi', 'undead', 'walker'],
    colors: ['#8ac07a', '#9ab0a0'],
    background: 'night',
    anchors: PERSON_ANCHORS,
    draw(pen, c) {
      person(pen, { body: '#4a7ac0', legs: '#5a4a3a', skin: c.main });
      pen.poly(
        [
          [37, 72],
          [41, 66],
          [45, 72],
          [50, 66],
          [55, 72],
          [59, 66],
          [62, 72],
        ],
        { fill: '#4a7ac0' },
      );
      // Arms reach forward, the zombie way.
      pen.line(58, 52, 78, 50, '#4a7ac0', 5);
      pen.line(56, 58, 76, 58, '#4a7ac0', 5);
      pen.circle(80, 50, 3, { fill: c.main, line: darken(c.main, 0.45) });
      pen.circle(78, 58, 3, { fill: c.main, line: darken(c.main, 0.45) });
      pen.rect(36, 20, 24, 6, { fill: '#4a3a2a' });
      pen.circle(43, 36, 3, { fill: WHITE, line: INK });
      pen.dots([[43, 36]], INK);
      pen.line(51, 34, 55, 38, INK);
      pen.line(55, 34, 51, 38, INK);
      pen.polyline(
        [
          [43, 44],
          [46, 42],
          [49, 44],
          [52, 42],
        ],
        INK,
      );
      pen.line(56, 28, 60, 32, '#6a3a3a');
      pen.dots(
        [
          [57, 28],
          [59, 30],
          [58, 32],
        ],
        '#6a3a3a',
      );
    },
  },
  {
    id: 'wizard',
    stems: ['волшебник', 'волшебниц', 'маг', 'колдун', 'чародей', 'чародея', 'гендальф', 'мерлин', 'дамблдор'],
    words: ['wizard', 'mage', 'sorcerer', 'warlock', 'magician', 'gandalf', 'merlin'],
    colors: ['#6a4ae0', '#3a5ac0', '#8a8a96'],
    background: 'night',
    anchors: { head: { x: 48, y: 8, w: 20 }, eyes: { x: 48, y: 36, w: 22 }, hand: { x: 68, y: 64, w: 14 } },
    draw(pen, c) {
      pen.line(26, 30, 26, 86, '#8a5a2a', 3);
      pen.circle(26, 28, 4, { fill: '#7ff0ff', line: '#2a8aaa' });
      person(pen, { body: c.main, legs: c.main, robe: true });
      pen.poly(
        [
          [36, 42],
          [60, 42],
          [56, 60],
          [48, 66],
          [40, 60],
        ],
        { fill: '#f4f4f8', line: '#9a9aa8' },
      );
      eyes(pen, 43, 53, 36);
      pen.poly(
        [
          [30, 26],
          [66, 26],
          [52, 20],
          [48, 2],
          [44, 20],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(starPoints(48, 18, 3, 1.4), { fill: '#ffe04a' });
      pen.dots(
        [
          [42, 12],
          [54, 22],
          [40, 70],
          [56, 76],
          [50, 66],
        ],
        '#ffe04a',
      );
    },
  },
  {
    id: 'vampire',
    stems: ['вампир', 'вампирчик', 'вампирш', 'дракул', 'носферату', 'кровосос'],
    words: ['vampire', 'dracula', 'vamp', 'nosferatu'],
    colors: ['#2a2a33', '#4a1a2a'],
    background: 'night',
    anchors: PERSON_ANCHORS,
    draw(pen, c) {
      pen.poly(
        [
          [30, 46],
          [66, 46],
          [74, 84],
          [22, 84],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [34, 50],
          [62, 50],
          [66, 82],
          [30, 82],
        ],
        { fill: '#b01a2a' },
      );
      person(pen, { body: '#2a2a33', legs: '#2a2a33', skin: '#e8e4f0', shoes: INK });
      pen.poly(
        [
          [40, 50],
          [56, 50],
          [48, 60],
        ],
        { fill: WHITE },
      );
      pen.poly(
        [
          [46, 51],
          [50, 51],
          [48, 55],
        ],
        { fill: '#b01a2a' },
      );
      pen.poly(
        [
          [34, 32],
          [36, 22],
          [48, 20],
          [60, 22],
          [62, 32],
          [52, 26],
          [48, 30],
          [44, 26],
        ],
        { fill: INK },
      );
      pen.poly(
        [
          [30, 48],
          [24, 34],
          [38, 46],
        ],
        { fill: c.main, line: c.line },
      );
      pen.poly(
        [
          [66, 48],
          [72, 34],
          [58, 46],
        ],
        { fill: c.main, line: c.line },
      );
      eyes(pen, 43, 53, 36);
      pen.dots(
        [
          [44, 43],
          [45, 43],
          [46, 43],
          [47, 43],
          [48, 43],
          [49, 43],
          [50, 43],
          [51, 43],
          [52, 43],
        ],
        INK,
      );
      pen.dots(
        [
          [45, 44],
          [51, 44],
          [45, 45],
          [51, 45],
        ],
        WHITE,
      );
    },
  },
  {
    id: 'mermaid',
    stems: ['русалк', 'русалочк', 'русалок', 'ариэл'],
    words: ['mermaid', 'ariel', 'siren'],
    colors: ['#2ab0a0', '#4a8ae0', '#b05ae0'],
    background: 'underwater',
    anchors: { head: { x: 48, y: 20, w: 30 }, eyes: { x: 48, y: 36, w: 22 }, hand: { x: 68, y: 60, w: 14 } },
    draw(pen, c) {
      pen.poly(curvePoints([30, 22], [18, 52], [30, 70], 7, 3), { fill: '#e0503a', line: '#8a2a1a' });
      pen.poly(curvePoints([66, 22], [78, 52], [66, 70], 7, 3), { fill: '#e0503a', line: '#8a2a1a' });
      pen.poly(curvePoints([48, 66], [44, 80], [62, 82], 10, 3), { fill: c.main, line: c.line });
      pen.poly(
        [
          [60, 80],
          [72, 72],
          [70, 82],
          [74, 90],
        ],
        { fill: c.light, line: c.line },
      );
      pen.poly(curvePoints([37, 52], [28, 56], [29, 62], 3, 3), { fill: SKIN, line: SKIN_LINE });
      pen.poly(curvePoints([59, 52], [68, 54], [68, 60], 3, 3), { fill: SKIN, line: SKIN_LINE });
      pen.poly(
        [
          [38, 48],
          [58, 48],
          [58, 68],
          [38, 68],
        ],
        { fill: SKIN, line: SKIN_LINE },
      );
      pen.circle(43, 54, 4, { fill: '#b05ae0', line: '#5a2a7a' });
      pen.circle(53, 54, 4, { fill: '#b05ae0', line: '#5a2a7a' });
      pen.circle(48, 35, 14, { fill: SKIN, line: SKIN_LINE });
      pen.poly([...domePoints(48, 33, 16, 14)], { fill: '#e0503a', line: '#8a2a1a' });
      face(pen);
      pen.poly(starPoints(58, 24, 3, 1.4), { fill: '#f7d02a' });
    },
  },
  {
    id: 'santa',
    stems: ['санта', 'санты', 'санту', 'сант', 'дедмороз'],
    words: ['santa', 'santa claus', 'saint nick', 'father christmas', 'дед', 'деда', 'деду', 'дедом', 'дедушка', 'дедушку'],
    colors: ['#d8303a', '#2f6fd8'],
    background: 'snow',
    anchors: { head: { x: 48, y: 12, w: 26 }, eyes: { x: 48, y: 35, w: 22 }, hand: { x: 68, y: 64, w: 16 } },
    draw(pen, c) {
      person(pen, { body: c.main, legs: c.main, shoes: INK });
      pen.rect(36, 62, 25, 4, { fill: INK });
      pen.rect(45, 62, 6, 4, { fill: '#f2c12e', line: '#a07a10' });
      pen.line(48, 50, 48, 61, WHITE, 2);
      pen.poly(
        [
          [34, 40],
          [62, 40],
          [60, 52],
          [48, 60],
          [36, 52],
        ],
        { fill: WHITE, line: '#b0b0bc' },
      );
      pen.ellipse(48, 41, 7, 2, { fill: WHITE, line: '#b0b0bc' });
      eyes(pen, 43, 53, 35);
      pen.circle(48, 38, 2, { fill: '#f08a8a' });
      pen.poly(
        [
          [34, 26],
          [62, 26],
          [66, 14],
          [48, 8],
        ],
        { fill: c.main, line: c.line },
      );
      pen.rect(33, 24, 31, 5, { fill: WHITE, line: '#b0b0bc' });
      pen.circle(68, 14, 3, { fill: WHITE, line: '#b0b0bc' });
    },
  },
  {
    id: 'monster',
    stems: ['монстр', 'монстрик', 'чудовищ', 'чудищ', 'шрек', 'огр', 'чудик', 'бугима', 'йети'],
    words: ['monster', 'monstr', 'ogre', 'shrek', 'yeti', 'bigfoot', 'cookie monster', 'boogeyman', 'creature'],
    colors: ['#6cbf4a', '#3a7ae0', '#9b5de5', '#f28a1e'],
    background: 'forest',
    anchors: { head: { x: 48, y: 24, w: 34 }, eyes: { x: 48, y: 40, w: 30 }, hand: { x: 76, y: 60, w: 16 } },
    draw(pen, c) {
      pen.ellipse(38, 82, 8, 4, { fill: c.dark, line: c.line });
      pen.ellipse(58, 82, 8, 4, { fill: c.dark, line: c.line });
      pen.poly(curvePoints([26, 50], [16, 58], [20, 66], 4, 4), { fill: c.main, line: c.line });
      pen.poly(curvePoints([70, 50], [80, 54], [76, 60], 4, 4), { fill: c.main, line: c.line });
      pen.poly(
        [
          [36, 30],
          [32, 16],
          [42, 26],
        ],
        { fill: '#f4f0d8', line: '#8a8a70' },
      );
      pen.poly(
        [
          [60, 30],
          [64, 16],
          [54, 26],
        ],
        { fill: '#f4f0d8', line: '#8a8a70' },
      );
      pen.ellipse(48, 54, 24, 28, { fill: c.main, line: c.line });
      pen.ellipse(48, 64, 14, 14, { fill: lighten(c.main, 0.3) });
      pen.circle(40, 40, 6, { fill: WHITE, line: c.line });
      pen.circle(56, 40, 6, { fill: WHITE, line: c.line });
      pen.circle(41, 41, 3, { fill: INK });
      pen.circle(55, 41, 3, { fill: INK });
      pen.poly(
        [
          [36, 52],
          [60, 52],
          [56, 60],
          [40, 60],
        ],
        { fill: '#3a1a2a', line: c.line },
      );
      pen.poly(
        [
          [40, 52],
          [43, 52],
          [41, 56],
        ],
        { fill: WHITE },
      );
      pen.poly(
        [
          [53, 52],
          [56, 52],
          [55, 56],
        ],
        { fill: WHITE },
      );
      pen.dots(
        [
          [34, 48],
          [35, 48],
          [61, 48],
          [62, 48],
        ],
        BLUSH,
      );
    },
  },
];
