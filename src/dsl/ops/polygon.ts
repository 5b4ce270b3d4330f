// `polygon` (canvas-dsl.md §3): a closed path through 3..64 vertices, fill and/or outline.
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { pointList, required, withFillOutline } from '../read.js';
import { DECODER_MAX_POINTS, defineOp, hexColor, jAnimate, jArray, jColor, jEnum, jObject, jPoint, point, stepBase } from './define.js';

export const polygon = defineOp({
  schema: z.strictObject({
    op: z.literal('polygon'),
    points: z.array(point).min(LIMITS.minPolygonVertices).max(LIMITS.maxPolygonVertices),
    fill: hexColor.optional(),
    outline: hexColor.optional(),
    ...stepBase,
  }),
  read: (ctx, raw) =>
    withFillOutline(ctx, raw, {
      op: 'polygon' as const,
      points: pointList(required(raw, 'points'), 'points', LIMITS.minPolygonVertices, LIMITS.maxPolygonVertices),
    }),
  decoder: () => [
    jObject(
      {
        op: jEnum(['polygon']),
        points: jArray(jPoint(), LIMITS.minPolygonVertices, DECODER_MAX_POINTS),
        fill: jColor(),
        outline: jColor(),
        animate: jAnimate(),
      },
      ['op', 'points', 'fill'],
    ),
  ],
  prompt: `- polygon {points:[[x,y],...],fill,outline?}  ${LIMITS.minPolygonVertices}..${LIMITS.maxPolygonVertices} points`,
  defaultMode: (step) => (step.fill !== undefined ? 'fill' : 'stroke'),
});
