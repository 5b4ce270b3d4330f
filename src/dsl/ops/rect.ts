// `rect` (canvas-dsl.md §3): an axis-aligned rectangle, fill and/or outline.
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { coord, integer, required, withFillOutline } from '../read.js';
import { coordinate, defineOp, hexColor, jAnimate, jColor, jCoordinate, jEnum, jInt, jObject, stepBase } from './define.js';

export const rect = defineOp({
  schema: z.strictObject({
    op: z.literal('rect'),
    x: coordinate,
    y: coordinate,
    w: z.int().min(1).max(LIMITS.maxCoord),
    h: z.int().min(1).max(LIMITS.maxCoord),
    fill: hexColor.optional(),
    outline: hexColor.optional(),
    ...stepBase,
  }),
  read: (ctx, raw) =>
    withFillOutline(ctx, raw, {
      op: 'rect' as const,
      x: coord(raw, 'x'),
      y: coord(raw, 'y'),
      w: integer(required(raw, 'w'), 'w', 1, LIMITS.maxCoord),
      h: integer(required(raw, 'h'), 'h', 1, LIMITS.maxCoord),
    }),
  decoder: () => [
    jObject(
      {
        op: jEnum(['rect']),
        x: jCoordinate(),
        y: jCoordinate(),
        w: jInt(1, LIMITS.maxCoord),
        h: jInt(1, LIMITS.maxCoord),
        fill: jColor(),
        outline: jColor(),
        animate: jAnimate(),
      },
      ['op', 'x', 'y', 'w', 'h', 'fill'],
    ),
  ],
  prompt: '- rect {x,y,w,h,fill,outline?}',
  defaultMode: (step) => (step.fill !== undefined ? 'fill' : 'stroke'),
});
