// Face parts shared by the cute subjects.
import { BLUSH, INK, WHITE } from '../colors.js';
import type { Pen } from '../pen.js';

/** Two shiny eyes. */
export function eyes(pen: Pen, x1: number, x2: number, y: number, r = 2): void {
  pen.circle(x1, y, r, { fill: INK });
  pen.circle(x2, y, r, { fill: INK });
  pen.dots(
    [
      [x1 - 1, y - 1],
      [x2 - 1, y - 1],
    ],
    WHITE,
  );
}

/** Two-pixel pink cheeks. */
export function blush(pen: Pen, x1: number, x2: number, y: number): void {
  pen.dots(
    [
      [x1, y],
      [x1 + 1, y],
      [x2, y],
      [x2 - 1, y],
    ],
    BLUSH,
  );
}
