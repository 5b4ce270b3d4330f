// The lenient-reading primitives shared by the top-level parser (parse.ts) and every op's
// `read` (ops/*.ts). They live apart from parse.ts so an op file can use them without an
// import cycle. Each check throws StepRejected with the one-line reason the issue list shows;
// the wording is part of the observable behaviour (tests and users read it), keep it stable.
import { parseColorString, snapToPalette } from './colors.js';
import { LIMITS } from './limits.js';

/** A point after normalisation: exactly `[x, y]`, rounded integers. */
export type Point = [number, number];

/** What an op's reader needs to know about the plan around the step. */
export interface ReadContext {
  palette: string[]; // normalised, empty when the plan has none
}

/** Why a step is dropped; thrown inside step validation and caught per step. */
export class StepRejected extends Error {}

export function reject(reason: string): never {
  throw new StepRejected(reason);
}

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's value; `null` counts as absent (models often write `"outline": null`). */
export function field(obj: Obj, name: string): unknown {
  const value = obj[name];
  return value === null ? undefined : value;
}

/** Short, printable rendering of a bad value for an issue's reason (never the whole of a huge string). */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

/** Math.round as the spec defines it (⌊v + ½⌋ exactly), with −0 folded to 0. */
export function roundSpec(value: number): number {
  return Math.round(value) + 0;
}

export function integer(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) reject(`${name} must be a number (got ${show(value)})`);
  const rounded = roundSpec(value);
  if (rounded < min || rounded > max) reject(`${name} must be from ${min} to ${max} (got ${rounded})`);
  return rounded;
}

export function required(obj: Obj, name: string): unknown {
  const value = field(obj, name);
  if (value === undefined) reject(`${name} is missing`);
  return value;
}

export function coord(obj: Obj, name: string): number {
  return integer(required(obj, name), name, -LIMITS.maxCoord, LIMITS.maxCoord);
}

function point(value: unknown, name: string): Point {
  if (!Array.isArray(value) || value.length !== 2) reject(`${name} must be a pair [x, y]`);
  return [
    integer(value[0], `${name}[0]`, -LIMITS.maxCoord, LIMITS.maxCoord),
    integer(value[1], `${name}[1]`, -LIMITS.maxCoord, LIMITS.maxCoord),
  ];
}

/** A coordinate that needs no message: the fast path of point lists (messages are built only on error). */
function quickCoord(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NaN;
  const rounded = Math.round(value) + 0;
  return rounded < -LIMITS.maxCoord || rounded > LIMITS.maxCoord ? NaN : rounded;
}

export function pointList(value: unknown, name: string, min: number, max: number): Point[] {
  if (!Array.isArray(value)) reject(`${name} must be an array`);
  if (value.length < min || value.length > max) reject(`${name} must have ${min} to ${max} entries (got ${value.length})`);
  const points: Point[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (Array.isArray(item) && item.length === 2) {
      const x = quickCoord(item[0]);
      const y = quickCoord(item[1]);
      if (x === x && y === y) {
        points[i] = [x, y];
        continue;
      }
    }
    points[i] = point(item, `${name}[${i}]`); // throws with the precise reason
  }
  return points;
}

/**
 * Number of code points for comparing with `max`: exact above `max`, possibly an upper
 * bound at or below it, and -1 when certainly above `max` (huge strings are not walked).
 */
export function codePointCount(text: string, max: number): number {
  if (text.length <= max) return text.length; // an upper bound is enough: it is only compared with max
  if (text.length > 2 * max) return -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Value of a base-32 palette digit (0-9, a-v, case-insensitive) or -1. */
export function paletteDigit(ch: string): number {
  if (ch.length !== 1) return -1;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 118) return c - 87;
  if (c >= 65 && c <= 86) return c - 55;
  return -1;
}

export function color(ctx: ReadContext, value: unknown, name: string): string {
  let hex: string | null = null;
  if (typeof value === 'string') {
    hex = parseColorString(value);
    if (hex === null) reject(`${name}: ${show(value)} is not a colour`);
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    const index = roundSpec(value);
    if (ctx.palette.length === 0) reject(`${name}: palette index ${index} without a palette`);
    if (index < 0 || index >= ctx.palette.length) reject(`${name}: palette index ${index} out of range 0..${ctx.palette.length - 1}`);
    hex = ctx.palette[index];
  } else {
    reject(`${name} must be a colour (got ${show(value)})`);
  }
  return snapToPalette(hex, ctx.palette);
}

export function optionalColor(ctx: ReadContext, obj: Obj, name: string): string | undefined {
  const value = field(obj, name);
  return value === undefined ? undefined : color(ctx, value, name);
}

/** `fill` and `outline` of rect, circle and polygon: at least one of them (§3). */
export function withFillOutline<T extends { op: string; fill?: string; outline?: string }>(ctx: ReadContext, raw: Obj, step: T): T {
  const fill = optionalColor(ctx, raw, 'fill');
  const outline = optionalColor(ctx, raw, 'outline');
  if (fill === undefined && outline === undefined) reject(`${step.op} needs fill or outline`);
  if (fill !== undefined) step.fill = fill;
  if (outline !== undefined) step.outline = outline;
  return step;
}
