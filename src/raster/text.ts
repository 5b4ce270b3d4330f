// Text layout for the `text` op and the text card (canvas-dsl.md §1, §4).
import type { FontName } from '../dsl/index.js';
import { FONTS, type BitmapFont } from './fonts/index.js';

/** A glyph as ink flags, row-major, `font.width × font.height`. */
export interface GlyphBitmap {
  width: number;
  height: number;
  ink: Uint8Array;
}

const glyphCache: Record<FontName, Map<string, GlyphBitmap>> = { '5x7': new Map(), '3x5': new Map() };

export function glyphBitmap(fontName: FontName, ch: string): GlyphBitmap {
  const cache = glyphCache[fontName];
  let bitmap = cache.get(ch);
  if (bitmap === undefined) {
    const font: BitmapFont = FONTS[fontName];
    const rows = font.glyph(ch);
    const ink = new Uint8Array(font.width * font.height);
    for (let y = 0; y < font.height; y++) {
      const row = rows[y] ?? '';
      for (let x = 0; x < font.width; x++) ink[y * font.width + x] = row[x] === '#' ? 1 : 0;
    }
    bitmap = { width: font.width, height: font.height, ink };
    // Only remember characters from a bounded set: a hostile text must not grow the cache forever.
    if (cache.size < 4096) cache.set(ch, bitmap);
  }
  return bitmap;
}

export function fontMetrics(fontName: FontName): { width: number; height: number } {
  return { width: FONTS[fontName].width, height: FONTS[fontName].height };
}

/** One line of a text card, placed on the canvas. */
export interface CardLine {
  x: number;
  y: number;
  text: string;
}

export interface CardLayout {
  font: FontName;
  size: number;
  lines: CardLine[];
}

/** Candidate fonts for a text card, largest first. */
const CARD_FONTS: ReadonlyArray<[FontName, number]> = [
  ['5x7', 4],
  ['5x7', 3],
  ['5x7', 2],
  ['5x7', 1],
  ['3x5', 1],
];

function lineWidth(chars: number, glyphWidth: number, size: number): number {
  return chars === 0 ? 0 : chars * (glyphWidth + 1) * size - size;
}

/** Greedy word wrap at spaces; null when a word is wider than the line (unless `breakWords`). */
function wrap(text: string, maxChars: number, breakWords: boolean): string[][] | null {
  const lines: string[][] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph
      .split(' ')
      .filter((word) => word.length > 0)
      .map((word) => Array.from(word));
    let line: string[] = [];
    for (let word of words) {
      if (word.length > maxChars) {
        if (!breakWords) return null;
        if (line.length > 0) {
          lines.push(line);
          line = [];
        }
        while (word.length > maxChars) {
          lines.push(word.slice(0, maxChars));
          word = word.slice(maxChars);
        }
      }
      const needed = line.length === 0 ? word.length : line.length + 1 + word.length;
      if (needed <= maxChars) {
        line = line.length === 0 ? word : [...line, ' ', ...word];
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Lays out a text card: the largest of 5x7 at size 4, 3, 2, 1, then 3x5 at size 1, whose
 * word-wrapped lines (wrapped at spaces, `\n` forcing a break) fit the canvas. Lines are
 * centred horizontally one by one and the block vertically (offsets floored). When even
 * 3x5 does not fit, words are broken at character boundaries and the block starts at the
 * top (the overflow is clipped at the bottom).
 */
export function layoutTextCard(text: string, width: number, height: number): CardLayout {
  for (let c = 0; c < CARD_FONTS.length; c++) {
    const [font, size] = CARD_FONTS[c];
    const last = c === CARD_FONTS.length - 1;
    const metrics = fontMetrics(font);
    const advance = (metrics.width + 1) * size;
    const maxChars = Math.max(1, Math.floor((width + size) / advance));
    const lines = wrap(text, maxChars, last);
    if (lines === null) continue;
    const lineHeight = (metrics.height + 1) * size;
    const blockHeight = lines.length * lineHeight - size;
    if (blockHeight > height && !last) continue;
    const top = Math.max(0, Math.floor((height - blockHeight) / 2));
    return {
      font,
      size,
      lines: lines.map((chars, i) => ({
        x: Math.floor((width - lineWidth(chars.length, metrics.width, size)) / 2),
        y: top + i * lineHeight,
        text: chars.join(''),
      })),
    };
  }
  // Unreachable: the last candidate always returns.
  return { font: '3x5', size: 1, lines: [] };
}
