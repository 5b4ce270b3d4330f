// The lenient parser of Canvas-DSL v1 (canvas-dsl.md): anything in, a normalised plan plus
// the list of what was dropped out. It never throws and its work is bounded by LIMITS, so a
// hostile or broken model answer can cost a dropped step, never a stall or a crash.
import { DEFAULT_BG, parseColorString, snapToPalette } from './colors.js';
import { LIMITS } from './limits.js';
import { animateModeSchema, easeSchema } from './ops/define.js';
import { OPS, isDrawingOp } from './ops/index.js';
import { StepRejected, codePointCount, color, field, integer, isObject, reject, show, type Obj, type ReadContext } from './read.js';
import {
  CAPTION,
  DEFAULT_RENDERER_SETTINGS,
  type Animate,
  type AnimateMode,
  type Canvas,
  type Ease,
  type GroupStep,
  type Plan,
  type PlanIssue,
  type RendererSettings,
  type Step,
} from './types.js';

// Re-exported: public through index.ts since before the op table existed.
export { DEFAULT_BG, DEFAULT_TEXT_COLOR } from './colors.js';
export { paletteDigit, roundSpec } from './read.js';

export interface ParseResult {
  plan: Plan | null;
  issues: PlanIssue[];
  valid: boolean;
}

const MODES: readonly AnimateMode[] = animateModeSchema.options;
const EASES: readonly Ease[] = easeSchema.options;

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

interface Context extends ReadContext {
  issues: PlanIssue[];
  drawn: number; // valid drawing steps kept so far
  examined: number; // step entries looked at so far
  stopped: boolean; // a limit was hit: everything later is dropped
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
    if (!isDrawingOp(op)) reject(op === undefined ? 'op is missing' : `unknown op ${show(op)}`);
    // The op's own rules (ops/<op>.ts); `animate` is read here, the same for every op.
    const step: Step = OPS[op].read(ctx, raw);
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
    return invalid(
      issues,
      'steps',
      stepsRaw === undefined ? 'steps is missing: nothing to draw' : `steps must be an array (got ${show(stepsRaw)})`,
    );
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
    renderText = Array.from(text.slice(0, 4 * LIMITS.maxCardTextChars))
      .slice(0, LIMITS.maxCardTextChars)
      .join('');
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
