// pixels (§4): the points in order, then the matrix row by row (palette digits or `color`).
import type { PixelsStep } from '../../dsl/index.js';
import { paletteDigit } from '../../dsl/index.js';
import type { Painter } from './painter.js';

export function paintPixels(c: Painter, step: PixelsStep): void {
  const w = c.width;
  const h = c.height;
  const events = c.events;
  const stepColor = step.color === undefined ? -1 : c.colors.indexOf(step.color);
  if (step.points !== undefined) {
    const points = step.points;
    events.reserve(points.length);
    const data = events.data;
    let n = events.length;
    const word = stepColor << 16;
    for (let k = 0; k < points.length; k++) {
      const x = points[k][0];
      const y = points[k][1];
      if (x >= 0 && y >= 0 && x < w && y < h) data[n++] = word | (y * w + x);
    }
    events.length = n;
  }
  if (step.matrix !== undefined) {
    const x0 = step.x ?? 0;
    const y0 = step.y ?? 0;
    // Colour of each base-32 digit's char code (-1: not a digit); with `color` every cell paints it.
    const digitColors = digitColorTable(c, stepColor);
    for (let r = 0; r < step.matrix.length; r++) {
      const y = y0 + r;
      if (y < 0 || y >= h) continue;
      const row = step.matrix[r];
      events.reserve(row.length);
      const data = events.data;
      let n = events.length;
      const base = y * w;
      let x = x0;
      for (let i = 0; i < row.length; i++, x++) {
        const code = row.charCodeAt(i);
        // A surrogate pair is one character (code point) of the row.
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < row.length) {
          const next = row.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) i++;
          if (stepColor >= 0 && x >= 0 && x < w) data[n++] = (stepColor << 16) | (base + x);
          continue;
        }
        if (code === 46 /* . */ || code === 32 /* space */ || x < 0 || x >= w) continue;
        const color = stepColor >= 0 ? stepColor : code < 128 ? digitColors[code] : -1;
        // The parser guarantees valid digits; a hand-made plan that breaks this skips the cell.
        if (color >= 0) data[n++] = (color << 16) | (base + x);
      }
      events.length = n;
    }
  }
}

function digitColorTable(c: Painter, stepColor: number): Int32Array {
  const table = new Int32Array(128).fill(-1);
  if (stepColor >= 0) return table;
  for (let code = 0; code < 128; code++) {
    const digit = paletteDigit(String.fromCharCode(code));
    if (digit >= 0 && digit < c.palette.length) table[code] = c.colors.indexOf(c.palette[digit]);
  }
  return table;
}
