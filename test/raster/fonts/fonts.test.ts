import { describe, expect, it } from 'vitest';
import { FONTS, type BitmapFont } from '../../../src/raster/fonts/index.js';
import { FONT_5X7_ALIASES, FONT_5X7_GLYPHS } from '../../../src/raster/fonts/font5x7.js';
import { FONT_3X5_GLYPHS } from '../../../src/raster/fonts/font3x5.js';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

const PRINTABLE_ASCII = range(0x20, 0x7e);
const CYRILLIC = [...range(0x410, 0x44f), 'Ё', 'ё'];
const LATIN = [...range(0x41, 0x5a), ...range(0x61, 0x7a)];
const DIGITS = range(0x30, 0x39);
const PUNCT_3X5 = [...' .,!?:;-+=/()\'"_#%*<>@&'];

/** Text as ASCII art, one blank column between glyphs and one blank row between lines. */
function render(font: BitmapFont, text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const rows: string[] = [];
      for (let r = 0; r < font.height; r++) rows.push([...line].map((ch) => font.glyph(ch)[r].replaceAll('.', ' ')).join(' '));
      return rows.join('\n');
    })
    .join('\n\n');
}

function expectWellFormed(font: BitmapFont, glyph: readonly string[]): void {
  expect(glyph).toHaveLength(font.height);
  for (const row of glyph) expect(row).toMatch(new RegExp(`^[#.]{${font.width}}$`));
}

describe('5x7 font', () => {
  const font = FONTS['5x7'];

  it('is 5 wide and 7 high', () => {
    expect([font.name, font.width, font.height]).toEqual(['5x7', 5, 7]);
  });

  it('has a well-formed glyph of its own for every printable ASCII and Cyrillic character', () => {
    const question = FONT_5X7_GLYPHS['?'];
    for (const ch of [...PRINTABLE_ASCII, ...CYRILLIC]) {
      const g = font.glyph(ch);
      expectWellFormed(font, g);
      if (ch !== '?') expect(g, `glyph for ${JSON.stringify(ch)} falls back to '?'`).not.toBe(question);
    }
    for (const g of Object.values(FONT_5X7_GLYPHS)) expectWellFormed(font, g);
  });

  it('draws space blank and every other printable character with ink', () => {
    expect(font.glyph(' ').join('')).not.toContain('#');
    for (const ch of [...PRINTABLE_ASCII.slice(1), ...CYRILLIC]) expect(font.glyph(ch).join(''), ch).toContain('#');
  });

  it('draws unknown characters as "?"', () => {
    const question = font.glyph('?');
    for (const ch of ['€', 'ß', '😀', '\t', '\n', 'ї', '', 'ab', '\u0000']) expect(font.glyph(ch)).toEqual(question);
  });

  it('gives lower-case letters a different shape from their capitals', () => {
    for (const ch of [...range(0x61, 0x7a), ...range(0x430, 0x44f), 'ё']) {
      expect(font.glyph(ch), ch).not.toEqual(font.glyph(ch.toUpperCase()));
    }
  });

  it('keeps every letter, digit and sign distinct except the listed Latin/Cyrillic look-alikes', () => {
    const allowed = new Set(Object.entries(FONT_5X7_ALIASES).map(([cyr, lat]) => [cyr, lat].sort().join('')));
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const ch of [...PRINTABLE_ASCII, ...CYRILLIC]) {
      const key = font.glyph(ch).join('/');
      const other = seen.get(key);
      if (other !== undefined && !allowed.has([other, ch].sort().join(''))) clashes.push(`${other}=${ch}`);
      if (other === undefined) seen.set(key, ch);
    }
    expect(clashes).toEqual([]);
    // Exactly 18 deliberate look-alikes, e.g. Latin A / Cyrillic А.
    expect(allowed.size).toBe(18);
    expect(font.glyph('А')).toEqual(font.glyph('A'));
    expect(font.glyph('у')).toEqual(font.glyph('y'));
  });

  it('renders readable words', () => {
    const art = render(font, 'Привет GG\nЖШЩЫЮЯЪЬЭЙ\nжшщыюяъьэй Ёё');
    // Eyeball aid: `DEBUG_FONTS=1 npx vitest run src/raster/fonts` prints the sample.
    if (process.env.DEBUG_FONTS)
      console.log(
        [
          'Привет GG',
          'ЖШЩЫЮЯЪЬЭЙ',
          'жшщыюяъьэй Ёё',
          'The quick brown fox jumps',
          'over the lazy dog 0123456789!?',
          'Съешь же ещё этих мягких',
          'французских булок, да выпей чаю',
        ]
          .map((line) => render(font, line))
          .join('\n\n'),
      );
    expect(art.split('\n')[0]).toBe('#####                                      ###   ### ');
  });
});

describe('3x5 font', () => {
  const font = FONTS['3x5'];

  it('is 3 wide and 5 high', () => {
    expect([font.name, font.width, font.height]).toEqual(['3x5', 3, 5]);
  });

  it('has a well-formed glyph of its own for digits, Latin letters and basic punctuation', () => {
    const question = FONT_3X5_GLYPHS['?'];
    for (const ch of [...DIGITS, ...LATIN, ...PUNCT_3X5]) {
      const g = font.glyph(ch);
      expectWellFormed(font, g);
      if (ch !== '?') expect(g, `glyph for ${JSON.stringify(ch)}`).not.toBe(question);
    }
    for (const g of Object.values(FONT_3X5_GLYPHS)) expectWellFormed(font, g);
  });

  it('folds lower case to upper case', () => {
    for (const ch of range(0x61, 0x7a)) expect(font.glyph(ch)).toBe(font.glyph(ch.toUpperCase()));
  });

  it('draws anything else as "?"', () => {
    const question = font.glyph('?');
    for (const ch of ['П', 'я', '€', '$', '[', '{', '~', '`', '|', '\\', '^', 'ß', '😀', '']) {
      expect(font.glyph(ch), ch).toEqual(question);
    }
  });

  it('keeps every glyph distinct', () => {
    const keys = Object.values(FONT_3X5_GLYPHS).map((g) => g.join('/'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('renders readable words', () => {
    if (process.env.DEBUG_FONTS) console.log(render(font, 'GG WP 2024!\nHELLO, WORLD?\nabc xyz (50%) <@&>'));
    expect(render(font, 'GG').split('\n')).toEqual([' ##  ##', '#   #  ', '# # # #', '# # # #', ' ##  ##']);
  });
});
