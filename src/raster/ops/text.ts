// text (§4): glyphs of the bitmap font, each font pixel a size×size block, row-major per glyph.
import type { FontName, TextStep } from '../../dsl/index.js';
import { fontMetrics, glyphBitmap } from '../text.js';
import type { Painter } from './painter.js';

export function paintText(c: Painter, step: TextStep): void {
  text(c, step.x, step.y, step.value, step.font, step.size, c.colors.indexOf(step.color));
}

/** Draws `value` like the `text` op (used by text cards too). */
export function text(c: Painter, x0: number, y0: number, value: string, font: FontName, size: number, color: number): void {
  const { width: gw, height: gh } = fontMetrics(font);
  const advance = (gw + 1) * size;
  const lineHeight = (gh + 1) * size;
  const w = c.width;
  const h = c.height;
  let cx = x0;
  let cy = y0;
  for (const ch of value) {
    if (ch === '\n') {
      cx = x0;
      cy += lineHeight;
      continue;
    }
    const glyph = glyphBitmap(font, ch);
    const sw = gw * size;
    const sh = gh * size;
    // Row-major over the scaled glyph's pixels: each font pixel is a size×size block.
    if (cx + sw > 0 && cx < w && cy + sh > 0 && cy < h) {
      const events = c.events;
      events.reserve(sw * sh);
      const data = events.data;
      let n = events.length;
      const word = color << 16;
      const ink = glyph.ink;
      for (let py = Math.max(0, -cy); py < sh && cy + py < h; py++) {
        const rowBase = Math.floor(py / size) * gw;
        const pixelRow = (cy + py) * w + cx;
        for (let px = Math.max(0, -cx); px < sw && cx + px < w; px++) {
          if (ink[rowBase + Math.floor(px / size)] === 1) data[n++] = word | (pixelRow + px);
        }
      }
      events.length = n;
    }
    cx += advance;
  }
}
