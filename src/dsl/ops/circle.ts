// `circle` (canvas-dsl.md §3): a disc of radius r around (cx, cy), fill and/or outline.
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { coord, integer, required, withFillOutline } from '../read.js';
import { coordinate, defineOp, hexColor, jAnimate, jColor, jCoordinate, jEnum, jInt, jObject, stepBase } from './define.js';

export const circle = defineOp({
  schema: z.strictObject({
    op: z.literal('circle'),
    cx: coordinate,
    cy: coordinate,
    r: z.int().min(0).max(LIMITS.maxRadius),
    fill: hexColor.optional(),
    outline: hexColor.optional(),
    ...stepBase,
  }),
  read: (ctx, raw) =>
    withFillOutline(ctx, raw, {
      op: 'circle' as const,
      cx: coord(raw, 'cx'),
      cy: coord(raw, 'cy'),
      r: integer(required(raw, 'r'), 'r', 0, LIMITS.maxRadius),
    }),
  decoder: () => [
    jObject(
      {
        op: jEnum(['circle']),
        cx: jCoordinate(),
        cy: jCoordinate(),
        r: jInt(0, LIMITS.maxRadius),
        fill: jColor(),
        outline: jColor(),
        animate: jAnimate(),
      },
      ['op', 'cx', 'cy', 'r', 'fill'],
    ),
  ],
  prompt: '- circle {cx,cy,r,fill,outline?}',
  defaultMode: (step) => (step.fill !== undefined ? 'fill' : 'stroke'),
});
