// `pixels` (canvas-dsl.md §3): single pixels given as points and/or a character matrix whose
// cells are the step's colour or palette digits.
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { codePointCount, coord, field, optionalColor, paletteDigit, pointList, reject, show, type ReadContext } from '../read.js';
import {
  DECODER_MAX_MATRIX_ROWS,
  DECODER_MAX_POINTS,
  coordinate,
  defineOp,
  hexColor,
  jAnimate,
  jArray,
  jColor,
  jCoordinate,
  jEnum,
  jObject,
  jPoint,
  jString,
  point,
  stepBase,
} from './define.js';

const schema = z.strictObject({
  op: z.literal('pixels'),
  points: z.array(point).max(LIMITS.maxPoints).optional(),
  x: coordinate.optional(),
  y: coordinate.optional(),
  matrix: z.array(z.string()).max(LIMITS.maxMatrixRows).optional(),
  color: hexColor.optional(),
  ...stepBase,
});

function readMatrix(ctx: ReadContext, value: unknown, hasColor: boolean): string[] {
  if (!Array.isArray(value)) reject('matrix must be an array of strings');
  if (value.length > LIMITS.maxMatrixRows) reject(`matrix has more than ${LIMITS.maxMatrixRows} rows (${value.length})`);
  const rows: string[] = new Array(value.length);
  for (let r = 0; r < value.length; r++) {
    const row = value[r];
    if (typeof row !== 'string') reject(`matrix[${r}] must be a string`);
    const length = codePointCount(row, LIMITS.maxMatrixColumns);
    if (length < 0 || length > LIMITS.maxMatrixColumns) reject(`matrix[${r}] has more than ${LIMITS.maxMatrixColumns} characters`);
    if (!hasColor) {
      for (const ch of row) {
        if (ch === '.' || ch === ' ') continue;
        const index = paletteDigit(ch);
        if (index < 0) reject(`matrix[${r}]: ${show(ch)} is not a palette digit (0-9, a-v) and the step has no color`);
        if (index >= ctx.palette.length) {
          reject(
            ctx.palette.length === 0
              ? `matrix[${r}]: palette digit ${show(ch)} without a palette`
              : `matrix[${r}]: palette digit ${show(ch)} out of range (palette has ${ctx.palette.length})`,
          );
        }
      }
    }
    rows[r] = row;
  }
  return rows;
}

export const pixels = defineOp({
  schema,
  read(ctx, raw) {
    const pointsRaw = field(raw, 'points');
    const matrixRaw = field(raw, 'matrix');
    if (pointsRaw === undefined && matrixRaw === undefined) reject('pixels needs points or matrix');
    const step: z.infer<typeof schema> = { op: 'pixels' };
    const stepColor = optionalColor(ctx, raw, 'color');
    if (pointsRaw !== undefined) {
      step.points = pointList(pointsRaw, 'points', 0, LIMITS.maxPoints);
      if (stepColor === undefined) reject('pixels with points needs color');
    }
    if (matrixRaw !== undefined) {
      step.x = coord(raw, 'x');
      step.y = coord(raw, 'y');
      step.matrix = readMatrix(ctx, matrixRaw, stepColor !== undefined);
    }
    if (stepColor !== undefined) step.color = stepColor;
    return step;
  },
  // Two complete branches rather than optional keys: a constrained model then always writes
  // either points or a positioned matrix, and always a colour.
  decoder: () => [
    jObject({ op: jEnum(['pixels']), points: jArray(jPoint(), 1, DECODER_MAX_POINTS), color: jColor(), animate: jAnimate() }, [
      'op',
      'points',
      'color',
    ]),
    jObject(
      {
        op: jEnum(['pixels']),
        x: jCoordinate(),
        y: jCoordinate(),
        matrix: jArray(jString(), 1, DECODER_MAX_MATRIX_ROWS),
        color: jColor(),
        animate: jAnimate(),
      },
      ['op', 'x', 'y', 'matrix', 'color'],
    ),
  ],
  prompt: '- pixels {points:[[x,y],...],color}  single pixels (stars, sparkles)',
  defaultMode: () => 'pixel_reveal',
});
