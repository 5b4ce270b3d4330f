// `line` (canvas-dsl.md §3): a Bresenham segment with a square brush of `width` pixels.
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { color, coord, field, integer, required } from '../read.js';
import { coordinate, defineOp, hexColor, jAnimate, jColor, jCoordinate, jEnum, jInt, jObject, stepBase } from './define.js';

export const line = defineOp({
  schema: z.strictObject({
    op: z.literal('line'),
    x1: coordinate,
    y1: coordinate,
    x2: coordinate,
    y2: coordinate,
    width: z.int().min(LIMITS.minLineWidth).max(LIMITS.maxLineWidth),
    color: hexColor,
    ...stepBase,
  }),
  read(ctx, raw) {
    // Field order is the order of the checks, so the first problem is the one reported.
    const x1 = coord(raw, 'x1');
    const y1 = coord(raw, 'y1');
    const x2 = coord(raw, 'x2');
    const y2 = coord(raw, 'y2');
    const widthRaw = field(raw, 'width');
    const width = widthRaw === undefined ? 1 : integer(widthRaw, 'width', LIMITS.minLineWidth, LIMITS.maxLineWidth);
    const lineColor = color(ctx, required(raw, 'color'), 'color');
    return { op: 'line' as const, x1, y1, x2, y2, width, color: lineColor };
  },
  decoder: () => [
    jObject(
      {
        op: jEnum(['line']),
        x1: jCoordinate(),
        y1: jCoordinate(),
        x2: jCoordinate(),
        y2: jCoordinate(),
        width: jInt(LIMITS.minLineWidth, LIMITS.maxLineWidth),
        color: jColor(),
        animate: jAnimate(),
      },
      ['op', 'x1', 'y1', 'x2', 'y2', 'color'],
    ),
  ],
  prompt: `- line {x1,y1,x2,y2,color,width?}  width ${LIMITS.minLineWidth}..${LIMITS.maxLineWidth}`,
  defaultMode: () => 'stroke',
});
