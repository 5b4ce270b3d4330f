// The table of drawing ops: the one place an op is registered. Its entries' schemas give the
// step types below, and the parser, the schemas, the prompt and the raster all go through it
// or switch over the union it defines (with `never` checks), so an op added here and nowhere
// else shows every place still to change as a compile error (src/dsl/README.md, "Adding an op").
import type { z } from 'zod';
import type { AnimateMode } from './define.js';
import { circle } from './circle.js';
import { line } from './line.js';
import { pixels } from './pixels.js';
import { polygon } from './polygon.js';
import { rect } from './rect.js';
import { text } from './text.js';

/** Every drawing op by name, in the order of the decoder schema's `anyOf` and the prompt's list. */
export const OPS = { rect, circle, line, polygon, pixels, text };

export type DrawingOp = keyof typeof OPS;
/** The normalised step of op K. */
export type StepOf<K extends DrawingOp> = z.infer<(typeof OPS)[K]['schema']>;
export type DrawingStep = { [K in DrawingOp]: StepOf<K> }[DrawingOp];

export type RectStep = StepOf<'rect'>;
export type CircleStep = StepOf<'circle'>;
export type LineStep = StepOf<'line'>;
export type PolygonStep = StepOf<'polygon'>;
export type PixelsStep = StepOf<'pixels'>;
export type TextStep = StepOf<'text'>;

// Each entry's key is its schema's `op` (a typo in either fails here).
type KeysMatchOps = { [K in DrawingOp]: StepOf<K>['op'] extends K ? (K extends StepOf<K>['op'] ? true : false) : false };
type AllKeysMatch = false extends KeysMatchOps[DrawingOp] ? never : true;
const keysMatchOps: AllKeysMatch = true;
void keysMatchOps;

/** Names in table order. */
export const DRAWING_OPS = Object.keys(OPS) as DrawingOp[];

export function isDrawingOp(op: unknown): op is DrawingOp {
  return typeof op === 'string' && Object.prototype.hasOwnProperty.call(OPS, op);
}

/** The default `animate.mode` of a step (§5), from its op's definition. */
export function defaultMode(step: DrawingStep): AnimateMode {
  // The table is typed per op, so each entry accepts exactly its own step; TypeScript cannot
  // follow that correlation through an indexed union, hence the widening.
  return (OPS[step.op].defaultMode as (s: DrawingStep) => AnimateMode)(step);
}
