// `text` (canvas-dsl.md §3): a string in one of the built-in bitmap fonts, scaled by `size`.
import { z } from 'zod';
import { DEFAULT_TEXT_COLOR, snapToPalette } from '../colors.js';
import { LIMITS } from '../limits.js';
import { codePointCount, color, coord, field, integer, reject, required, show } from '../read.js';
import {
  coordinate,
  defineOp,
  fontNameSchema,
  hexColor,
  jAnimate,
  jColor,
  jCoordinate,
  jEnum,
  jInt,
  jObject,
  jString,
  stepBase,
  type FontName,
} from './define.js';

const FONT_NAMES = fontNameSchema.options;

export const text = defineOp({
  schema: z.strictObject({
    op: z.literal('text'),
    x: coordinate,
    y: coordinate,
    value: z.string(),
    font: fontNameSchema,
    size: z.int().min(LIMITS.minTextSize).max(LIMITS.maxTextSize),
    color: hexColor,
    ...stepBase,
  }),
  read(ctx, raw) {
    const x = coord(raw, 'x');
    const y = coord(raw, 'y');
    const value = required(raw, 'value');
    if (typeof value !== 'string') reject(`value must be a string (got ${show(value)})`);
    const length = codePointCount(value, LIMITS.maxTextChars);
    if (length < 0 || length > LIMITS.maxTextChars) reject(`value has more than ${LIMITS.maxTextChars} characters`);
    const fontRaw = field(raw, 'font');
    if (fontRaw !== undefined && !FONT_NAMES.includes(fontRaw as FontName))
      reject(`font ${show(fontRaw)} is not one of ${FONT_NAMES.join(', ')}`);
    const sizeRaw = field(raw, 'size');
    const size = sizeRaw === undefined ? 1 : integer(sizeRaw, 'size', LIMITS.minTextSize, LIMITS.maxTextSize);
    const colorRaw = field(raw, 'color');
    const textColor = colorRaw === undefined ? snapToPalette(DEFAULT_TEXT_COLOR, ctx.palette) : color(ctx, colorRaw, 'color');
    return { op: 'text' as const, x, y, value, font: (fontRaw as FontName | undefined) ?? '5x7', size, color: textColor };
  },
  decoder: () => [
    jObject(
      {
        op: jEnum(['text']),
        x: jCoordinate(),
        y: jCoordinate(),
        value: jString(),
        font: jEnum(FONT_NAMES),
        size: jInt(LIMITS.minTextSize, LIMITS.maxTextSize),
        color: jColor(),
        animate: jAnimate(),
      },
      ['op', 'x', 'y', 'value', 'color'],
    ),
  ],
  prompt: `- text {x,y,value,color,size?}  5x7 px font, size ${LIMITS.minTextSize}..${LIMITS.maxTextSize}, at most ${LIMITS.maxTextChars} chars`,
  defaultMode: () => 'stroke',
});
