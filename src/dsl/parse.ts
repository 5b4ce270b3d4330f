// The lenient parser of Canvas-DSL v1 (canvas-dsl.md): anything in, a normalised plan plus
// the list of what was dropped out. It never throws and its work is bounded by LIMITS, so a
// hostile or broken model answer can cost a dropped step, never a stall or a crash.
import { parseColorString, snapToPalette } from './colors.js';
import { LIMITS } from './limits.js';
import {
  CAPTION,
  DEFAULT_RENDERER_SETTINGS,
  type Animate,
  type AnimateMode,
  type Canvas,
  type CircleStep,
  type Ease,
  type FontName,
  type GroupStep,
  type LineStep,
  type Plan,
  type PlanIssue,
  type PixelsStep,
  type Point,
  type PolygonStep,
  type RectStep,
  type RendererSettings,
  type Step,
  type TextStep,
} from './types.js';

export interface ParseResult {
  plan: Plan | null;
  issues: PlanIssue[];
  valid: boolean;
}

export const DEFAULT_BG = '#222222';
export const DEFAULT_TEXT_COLOR = '#ffffff';
const MODES: readonly AnimateMode[] = ['stroke', 'fill', 'pixel_reveal'];
const EASES: readonly Ease[] = ['linear', 'ease_in_out'];
const FONT_NAMES: readonly FontName[] = ['5x7', '3x5'];

// Plans this parser produced. compilePlan trusts them without re-validating (a 12 MB plan
// costs ~70 ms to validate); anything else is re-validated. Plans are treated as immutable.
const normalisedPlans = new WeakSet<object>();

/** True for a plan object returned by parsePlan (and not a copy of one). */
export function isNormalisedPlan(plan: unknown): boolean {
  return typeof plan === 'object' && plan !== null && normalisedPlans.has(plan);
}

function remember(result: ParseResult): ParseResult {
  if (result.plan !== null) normalisedPlans.add(result.plan);
  return result;
}

/** Why a step is dropped; thrown inside step validation and caught per step. */
class StepRejected extends Error {}

function reject(reason: string): never {
  throw new StepRejected(reason);
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's value; `null` counts as absent (models often write `"outline": null`). */
function field(obj: Obj, name: string): unknown {
  const value = obj[name];
  return value === null ? undefined : value;
}

/** Short, printable rendering of a bad value for an issue's reason (never the whole of a huge string). */
function show(value: unknown): string {
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

function integer(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) reject(`${name} must be a number (got ${show(value)})`);
  const rounded = roundSpec(value);
  if (rounded < min || rounded > max) reject(`${name} must be from ${min} to ${max} (got ${rounded})`);
  return rounded;
}

function required(obj: Obj, name: string): unknown {
  const value = field(obj, name);
  if (value === undefined) reject(`${name} is missing`);
  return value;
}

function coord(obj: Obj, name: string): number {
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

function pointList(value: unknown, name: string, min: number, max: number): Point[] {
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
function codePointCount(text: string, max: number): number {
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

interface Context {
  palette: string[]; // normalised, empty when the plan has none
  issues: PlanIssue[];
  drawn: number; // valid drawing steps kept so far
  examined: number; // step entries looked at so far
  stopped: boolean; // a limit was hit: everything later is dropped
}

function color(ctx: Context, value: unknown, name: string): string {
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

function optionalColor(ctx: Context, obj: Obj, name: string): string | undefined {
  const value = field(obj, name);
  return value === undefined ? undefined : color(ctx, value, name);
}

function parseAnimate(value: unknown): Animate | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) reject(`animate must be an object (got ${show(value)})`);
  const animate: Animate = {};
  const mode = field(value, 'mode');
  if (mode !== undefined) {
    if (!MODES.includes(mode as AnimateMode)) reject(`animate.mode ${show(mode)} is not one of ${MODES.join(', ')}`);
    animate.mode = mode as AnimateMode;
  }
  const speed = field(value, 'speed_px_per_s');
  if (speed !== undefined) {
    // Above maxSpeed every step takes 1 ms (N ≤ 131 072 events, so 1000·N < maxSpeed): capping changes no frame
    // and keeps the normalised plan in safe integers.
    animate.speed_px_per_s = Math.min(integer(speed, 'animate.speed_px_per_s', LIMITS.minSpeed, Number.MAX_VALUE), LIMITS.maxSpeed);
  }
  const duration = field(value, 'duration_ms');
  if (duration !== undefined) animate.duration_ms = integer(duration, 'animate.duration_ms', 0, LIMITS.maxDurationMs);
  const delay = field(value, 'delay_ms');
  if (delay !== undefined) animate.delay_ms = integer(delay, 'animate.delay_ms', 0, LIMITS.maxDelayMs);
  const ease = field(value, 'ease');
  if (ease !== undefined) {
    if (!EASES.includes(ease as Ease)) reject(`animate.ease ${show(ease)} is not one of ${EASES.join(', ')}`);
    animate.ease = ease as Ease;
  }
  return Object.keys(animate).length > 0 ? animate : undefined;
}

function withAnimate<T extends Step>(step: T, animate: Animate | undefined): T {
  if (animate !== undefined) step.animate = animate;
  return step;
}

function parseRect(ctx: Context, raw: Obj): RectStep {
  const step: RectStep = {
    op: 'rect',
    x: coord(raw, 'x'),
    y: coord(raw, 'y'),
    w: integer(required(raw, 'w'), 'w', 1, LIMITS.maxCoord),
    h: integer(required(raw, 'h'), 'h', 1, LIMITS.maxCoord),
  };
  return withFillOutline(ctx, raw, step);
}

function withFillOutline<T extends RectStep | CircleStep | PolygonStep>(ctx: Context, raw: Obj, step: T): T {
  const fill = optionalColor(ctx, raw, 'fill');
  const outline = optionalColor(ctx, raw, 'outline');
  if (fill === undefined && outline === undefined) reject(`${step.op} needs fill or outline`);
  if (fill !== undefined) step.fill = fill;
  if (outline !== undefined) step.outline = outline;
  return step;
}

function parseCircle(ctx: Context, raw: Obj): CircleStep {
  const step: CircleStep = {
    op: 'circle',
    cx: coord(raw, 'cx'),
    cy: coord(raw, 'cy'),
    r: integer(required(raw, 'r'), 'r', 0, LIMITS.maxRadius),
  };
  return withFillOutline(ctx, raw, step);
}

function parseLine(ctx: Context, raw: Obj): LineStep {
  const x1 = coord(raw, 'x1');
  const y1 = coord(raw, 'y1');
  const x2 = coord(raw, 'x2');
  const y2 = coord(raw, 'y2');
  const widthRaw = field(raw, 'width');
  const width = widthRaw === undefined ? 1 : integer(widthRaw, 'width', LIMITS.minLineWidth, LIMITS.maxLineWidth);
  const lineColor = color(ctx, required(raw, 'color'), 'color');
  return { op: 'line', x1, y1, x2, y2, width, color: lineColor };
}

function parsePolygon(ctx: Context, raw: Obj): PolygonStep {
  const step: PolygonStep = {
    op: 'polygon',
    points: pointList(required(raw, 'points'), 'points', LIMITS.minPolygonVertices, LIMITS.maxPolygonVertices),
  };
  return withFillOutline(ctx, raw, step);
}

function parsePixels(ctx: Context, raw: Obj): PixelsStep {
  const pointsRaw = field(raw, 'points');
  const matrixRaw = field(raw, 'matrix');
  if (pointsRaw === undefined && matrixRaw === undefined) reject('pixels needs points or matrix');
  const step: PixelsStep = { op: 'pixels' };
  const stepColor = optionalColor(ctx, raw, 'color');
  if (pointsRaw !== undefined) {
    step.points = pointList(pointsRaw, 'points', 0, LIMITS.maxPoints);
    if (stepColor === undefined) reject('pixels with points needs color');
  }
  if (matrixRaw !== undefined) {
    step.x = coord(raw, 'x');
    step.y = coord(raw, 'y');
    step.matrix = parseMatrix(ctx, matrixRaw, stepColor !== undefined);
  }
  if (stepColor !== undefined) step.color = stepColor;
  return step;
}

function parseMatrix(ctx: Context, value: unknown, hasColor: boolean): string[] {
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
          reject(ctx.palette.length === 0
            ? `matrix[${r}]: palette digit ${show(ch)} without a palette`
            : `matrix[${r}]: palette digit ${show(ch)} out of range (palette has ${ctx.palette.length})`);
        }
      }
    }
    rows[r] = row;
  }
  return rows;
}

function parseText(ctx: Context, raw: Obj): TextStep {
  const x = coord(raw, 'x');
  const y = coord(raw, 'y');
  const value = required(raw, 'value');
  if (typeof value !== 'string') reject(`value must be a string (got ${show(value)})`);
  const length = codePointCount(value, LIMITS.maxTextChars);
  if (length < 0 || length > LIMITS.maxTextChars) reject(`value has more than ${LIMITS.maxTextChars} characters`);
  const fontRaw = field(raw, 'font');
  if (fontRaw !== undefined && !FONT_NAMES.includes(fontRaw as FontName)) reject(`font ${show(fontRaw)} is not one of ${FONT_NAMES.join(', ')}`);
  const sizeRaw = field(raw, 'size');
  const size = sizeRaw === undefined ? 1 : integer(sizeRaw, 'size', LIMITS.minTextSize, LIMITS.maxTextSize);
  const colorRaw = field(raw, 'color');
  const textColor = colorRaw === undefined ? snapToPalette(DEFAULT_TEXT_COLOR, ctx.palette) : color(ctx, colorRaw, 'color');
  return { op: 'text', x, y, value, font: (fontRaw as FontName | undefined) ?? '5x7', size, color: textColor };
}

const DRAWING_PARSERS: Record<string, (ctx: Context, raw: Obj) => Step> = {
  rect: parseRect,
  circle: parseCircle,
  line: parseLine,
  polygon: parsePolygon,
  pixels: parsePixels,
  text: parseText,
};

/**
 * Validates one step (a group with its children). Returns null when the step is dropped;
 * every drop is recorded in ctx.issues under the step's index path ("3", "3.1").
 */
function parseStep(ctx: Context, raw: unknown, index: string, depth: number): Step | null {
  if (ctx.stopped) return null;
  ctx.examined++;
  if (ctx.examined > LIMITS.maxExaminedSteps) {
    ctx.stopped = true;
    ctx.issues.push({ index, reason: `more than ${LIMITS.maxExaminedSteps} step entries: this step and every later one dropped unread` });
    return null;
  }
  try {
    if (!isObject(raw)) reject(`a step must be an object (got ${show(raw)})`);
    const op = raw.op;
    if (op === 'group') return parseGroup(ctx, raw, index, depth);
    const parser = typeof op === 'string' && Object.prototype.hasOwnProperty.call(DRAWING_PARSERS, op) ? DRAWING_PARSERS[op] : undefined;
    if (parser === undefined) reject(op === undefined ? 'op is missing' : `unknown op ${show(op)}`);
    const step = parser(ctx, raw);
    const animate = parseAnimate(raw.animate);
    if (ctx.drawn >= LIMITS.maxSteps) {
      ctx.stopped = true;
      ctx.issues.push({ index, reason: `more than ${LIMITS.maxSteps} drawing steps: this step and every later one dropped` });
      return null;
    }
    ctx.drawn++;
    return withAnimate(step, animate);
  } catch (error) {
    const reason = error instanceof StepRejected ? error.message : `unreadable step (${error instanceof Error ? error.name : 'error'})`;
    ctx.issues.push({ index, reason });
    return null;
  }
}

function parseGroup(ctx: Context, raw: Obj, index: string, depth: number): GroupStep | null {
  if (depth >= LIMITS.maxGroupDepth) reject(`groups nested deeper than ${LIMITS.maxGroupDepth}`);
  const animate = parseAnimate(raw.animate);
  const children = field(raw, 'steps');
  if (!Array.isArray(children)) reject('group needs a steps array');
  const steps: Step[] = [];
  const count = children.length;
  for (let i = 0; i < count && !ctx.stopped; i++) {
    const step = parseStep(ctx, children[i], `${index}.${i}`, depth + 1);
    if (step !== null) steps.push(step);
  }
  if (steps.length === 0) {
    // An empty group draws nothing and its delay has no first step to attach to.
    if (!ctx.stopped) ctx.issues.push({ index, reason: 'group has no valid step' });
    return null;
  }
  return withAnimate({ op: 'group', steps }, animate);
}

function parsePalette(raw: unknown, issues: PlanIssue[]): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw) || raw.length < LIMITS.minPalette || raw.length > LIMITS.maxPalette) {
    issues.push({ index: 'palette', reason: `palette must be an array of ${LIMITS.minPalette} to ${LIMITS.maxPalette} colours; ignored` });
    return undefined;
  }
  const palette: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i];
    const hex = typeof entry === 'string' ? parseColorString(entry) : null;
    if (hex === null) {
      issues.push({ index: 'palette', reason: `palette[${i}]: ${show(entry)} is not a hex or named colour; palette ignored` });
      return undefined;
    }
    palette.push(hex);
  }
  return palette;
}

function parseCanvas(raw: unknown, ctx: Context, settings: RendererSettings): Canvas {
  const canvas: Canvas = { w: settings.canvasW, h: settings.canvasH, bg: snapToPalette(DEFAULT_BG, ctx.palette) };
  if (raw === undefined || raw === null) return canvas;
  if (!isObject(raw)) {
    ctx.issues.push({ index: 'canvas', reason: `canvas must be an object (got ${show(raw)}); defaults used` });
    return canvas;
  }
  for (const name of ['w', 'h'] as const) {
    const value = field(raw, name);
    if (value === undefined) continue;
    try {
      canvas[name] = integer(value, name, LIMITS.minCanvas, LIMITS.maxCanvas);
    } catch (error) {
      ctx.issues.push({ index: `canvas.${name}`, reason: `${(error as Error).message}; default ${canvas[name]} used` });
    }
  }
  const bg = field(raw, 'bg');
  if (bg !== undefined) {
    try {
      canvas.bg = color(ctx, bg, 'bg');
    } catch (error) {
      ctx.issues.push({ index: 'canvas.bg', reason: `${(error as Error).message}; default used` });
    }
  }
  return canvas;
}

function invalid(issues: PlanIssue[], index: string, reason: string): ParseResult {
  issues.push({ index, reason });
  return { plan: null, issues, valid: false };
}

const SETTING_RANGES: Record<keyof RendererSettings, [number, number]> = {
  canvasW: [LIMITS.minCanvas, LIMITS.maxCanvas],
  canvasH: [LIMITS.minCanvas, LIMITS.maxCanvas],
  defaultStepDurationMs: [0, LIMITS.maxDurationMs],
  maxDrawSec: [1, 3600],
  showDurationSec: [1, 3600],
};

/**
 * Settings with defaults for every field that is missing or not a finite number, rounded and
 * clamped to the ranges of design.md (config validates them already; this keeps a bad call
 * from ever producing a canvas the renderer cannot index).
 */
export function resolveSettings(settings?: Partial<RendererSettings>): RendererSettings {
  const resolved: RendererSettings = { ...DEFAULT_RENDERER_SETTINGS };
  if (settings) {
    for (const key of Object.keys(SETTING_RANGES) as Array<keyof RendererSettings>) {
      const value = settings[key];
      const [min, max] = SETTING_RANGES[key];
      if (typeof value === 'number' && Number.isFinite(value)) resolved[key] = Math.min(max, Math.max(min, Math.round(value)));
    }
  }
  return resolved;
}

/**
 * Reads a plan (a JSON string or an already-parsed value) leniently: bad steps are
 * dropped and reported, bad top-level fields take their defaults and are reported.
 * The returned plan is normalised (rounded numbers, `#rrggbb` colours snapped to the
 * palette, defaults filled in) and re-parsing it gives the same plan with no issues.
 */
export function parsePlan(input: unknown, settings?: Partial<RendererSettings>): ParseResult {
  const issues: PlanIssue[] = [];
  try {
    return remember(parsePlanUnsafe(input, resolveSettings(settings), issues));
  } catch (error) {
    // Only exotic inputs (throwing getters, proxies) get here: the plan is refused, never thrown.
    return invalid(issues, 'plan', `unreadable plan (${error instanceof Error ? error.name : 'error'})`);
  }
}

function parsePlanUnsafe(input: unknown, settings: RendererSettings, issues: PlanIssue[]): ParseResult {
  let raw = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.maxInputChars) return invalid(issues, 'plan', `plan JSON longer than ${LIMITS.maxInputChars} characters`);
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return invalid(issues, 'plan', `not valid JSON: ${error instanceof Error ? error.message.slice(0, 120) : 'parse error'}`);
    }
  }
  if (!isObject(raw)) return invalid(issues, 'plan', `a plan must be a JSON object (got ${show(raw)})`);

  const version = field(raw, 'version');
  if (version !== undefined && version !== '1' && version !== '1.0' && version !== 1) {
    issues.push({ index: 'version', reason: `version ${show(version)} is not "1"; read as "1"` });
  }
  const palette = parsePalette(field(raw, 'palette'), issues);
  const ctx: Context = { palette: palette ?? [], issues, drawn: 0, examined: 0, stopped: false };
  const canvas = parseCanvas(field(raw, 'canvas'), ctx, settings);

  let seed = 0;
  const seedRaw = field(raw, 'seed');
  if (seedRaw !== undefined) {
    try {
      seed = integer(seedRaw, 'seed', 0, LIMITS.maxSeed);
    } catch (error) {
      issues.push({ index: 'seed', reason: `${(error as Error).message}; 0 used` });
    }
  }
  const head = palette === undefined ? { version: '1' as const, canvas } : { version: '1' as const, canvas, palette };

  const renderText = field(raw, 'render_text');
  if (renderText !== undefined) {
    if (typeof renderText === 'string') return parseTextCard(raw, renderText, head, seed, settings, issues);
    issues.push({ index: 'render_text', reason: `render_text must be a string (got ${show(renderText)}); read as a drawing plan` });
  }

  const stepsRaw = field(raw, 'steps');
  const steps: Step[] = [];
  if (!Array.isArray(stepsRaw)) {
    return invalid(issues, 'steps', stepsRaw === undefined ? 'steps is missing: nothing to draw' : `steps must be an array (got ${show(stepsRaw)})`);
  }
  const count = stepsRaw.length;
  for (let i = 0; i < count && !ctx.stopped; i++) {
    const step = parseStep(ctx, stepsRaw[i], String(i), 0);
    if (step !== null) steps.push(step);
  }
  if (steps.length === 0) return invalid(issues, 'steps', 'no valid step: nothing to draw');
  return { plan: { ...head, steps, caption: CAPTION, seed }, issues, valid: true };
}

function parseTextCard(
  raw: Obj,
  text: string,
  head: { version: '1'; canvas: Canvas; palette?: string[] },
  seed: number,
  settings: RendererSettings,
  issues: PlanIssue[],
): ParseResult {
  let renderText = text;
  const length = codePointCount(text, LIMITS.maxCardTextChars);
  if (length < 0 || length > LIMITS.maxCardTextChars) {
    renderText = Array.from(text.slice(0, 4 * LIMITS.maxCardTextChars)).slice(0, LIMITS.maxCardTextChars).join('');
    issues.push({ index: 'render_text', reason: `render_text longer than ${LIMITS.maxCardTextChars} characters; cut` });
  }
  let durationSec = settings.showDurationSec;
  const durationRaw = field(raw, 'duration_sec');
  if (durationRaw !== undefined) {
    try {
      // The configured default may exceed 600 s; it stays accepted so a normalised card re-parses unchanged.
      const max = Math.max(LIMITS.maxCardDurationSec, settings.showDurationSec);
      durationSec = integer(durationRaw, 'duration_sec', LIMITS.minCardDurationSec, max);
    } catch (error) {
      issues.push({ index: 'duration_sec', reason: `${(error as Error).message}; ${durationSec} used` });
    }
  }
  return {
    plan: { ...head, render_text: renderText, duration_sec: durationSec, caption: CAPTION, seed },
    issues,
    valid: true,
  };
}
