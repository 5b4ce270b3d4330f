// The normalised Canvas-DSL v1 plan: what `parsePlan` returns and what `raster` consumes.
// It is itself a valid DSL v1 plan (re-parsing it yields the same plan and no errors),
// which is what the overlay receives as `current.plan`.

/** A colour after normalisation: always lower-case `#rrggbb` (palette snapping already applied). */
export type HexColor = string;

// The step shapes are defined once, per op, in ops/ (see ops/define.ts); their types are
// derived there from each op's zod schema and re-exported here.
import type { Animate } from './ops/define.js';
import type { DrawingStep } from './ops/index.js';
export type { Animate, AnimateMode, Ease, FontName } from './ops/define.js';
export type { Point } from './read.js';
export type { CircleStep, DrawingOp, DrawingStep, LineStep, PixelsStep, PolygonStep, RectStep, StepOf, TextStep } from './ops/index.js';

/** Groups are structure, not an op: they hold steps and pass their `animate` on (§3). */
export interface GroupStep {
  op: 'group';
  steps: Step[];
  animate?: Animate;
}

export type Step = DrawingStep | GroupStep;

export interface Canvas {
  w: number;
  h: number;
  bg: HexColor;
}

export const CAPTION = 'All for you';

export interface DrawPlan {
  version: '1';
  canvas: Canvas;
  palette?: HexColor[];
  steps: Step[];
  caption: typeof CAPTION;
  seed: number;
}

export interface TextCardPlan {
  version: '1';
  canvas: Canvas;
  palette?: HexColor[];
  render_text: string;
  duration_sec: number;
  caption: typeof CAPTION;
  seed: number;
}

export type Plan = DrawPlan | TextCardPlan;

export function isTextCard(plan: Plan): plan is TextCardPlan {
  return typeof (plan as TextCardPlan).render_text === 'string';
}

/** One problem found while parsing: `index` is the step's position ("3" or "3.1" inside a group), or a field name for top-level fields. */
export interface PlanIssue {
  index: string;
  reason: string;
}

/** Settings from the environment that change how a plan is read and drawn (design.md, "Renderer"). */
export interface RendererSettings {
  canvasW: number; // CANVAS_W, default canvas width
  canvasH: number; // CANVAS_H
  defaultStepDurationMs: number; // DEFAULT_STEP_DURATION_MS
  maxDrawSec: number; // MAX_DRAW_SEC
  showDurationSec: number; // SHOW_DURATION_SEC, default text-card duration
}

export const DEFAULT_RENDERER_SETTINGS: RendererSettings = {
  canvasW: 96,
  canvasH: 96,
  defaultStepDurationMs: 600,
  maxDrawSec: 60,
  showDurationSec: 90,
};
