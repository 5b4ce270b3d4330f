// Built-in bitmap fonts for the `text` op (canvas-dsl.md §4). Pure data + lookup, no
// Node built-ins: the overlay bundles this too. Glyph shapes are pinned by golden tests,
// so changing a glyph changes frames: do it deliberately.
import { FONT_3X5_GLYPHS } from './font3x5.js';
import { FONT_5X7_ALIASES, FONT_5X7_GLYPHS } from './font5x7.js';

export interface BitmapFont {
  name: '5x7' | '3x5';
  width: number;
  height: number;
  /** `height` rows of `width` characters, '#' = ink, '.' = blank; unknown characters give '?'. */
  glyph(ch: string): readonly string[];
}

const hasOwn = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

const font5x7: BitmapFont = {
  name: '5x7',
  width: 5,
  height: 7,
  glyph(ch: string): readonly string[] {
    const key = hasOwn(FONT_5X7_ALIASES, ch) ? FONT_5X7_ALIASES[ch] : ch;
    return hasOwn(FONT_5X7_GLYPHS, key) ? FONT_5X7_GLYPHS[key] : FONT_5X7_GLYPHS['?'];
  },
};

const font3x5: BitmapFont = {
  name: '3x5',
  width: 3,
  height: 5,
  glyph(ch: string): readonly string[] {
    // Only ASCII a-z folds: toUpperCase would also map e.g. 'ß' to "SS" or Cyrillic to Cyrillic capitals.
    const key = ch.length === 1 && ch >= 'a' && ch <= 'z' ? ch.toUpperCase() : ch;
    return hasOwn(FONT_3X5_GLYPHS, key) ? FONT_3X5_GLYPHS[key] : FONT_3X5_GLYPHS['?'];
  },
};

export const FONTS: Record<'5x7' | '3x5', BitmapFont> = { '5x7': font5x7, '3x5': font3x5 };
