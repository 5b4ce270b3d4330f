// The normalised Canvas-DSL v1 plan: what `parsePlan` returns and what `raster` consumes.
// It is itself a valid DSL v1 plan (re-parsing it yields the same plan and no errors),
// which is what the overlay receives as `current.plan`.

/** A colour after normalisation: always lower-case `#rrggbb` (palette snapping already applied). */
export type HexColor = string;

export type AnimateMode = 'stroke' | 'fill' | 'pixel_reveal';
export type Ease = 'linear' | 'ease_in_out';

export interface Animate {
  mode?: AnimateMode;
  speed_px_per_s?: number;
  duration_ms?: number;
  delay_ms?: number;
  ease?: Ease;
}

export type Point = [number, number];

interface StepBase {
  animate?: Animate;
}

export interface RectStep extends StepBase {
  op: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: HexColor;
  outline?: HexColor;
}

export interface CircleStep extends StepBase {
  op: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: HexColor;
  outline?: HexColor;
}

export interface LineStep extends StepBase {
  op: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: HexColor;
}

export interface PolygonStep extends StepBase {
  op: 'polygon';
  points: Point[];
  fill?: HexColor;
  outline?: HexColor;
}

export interface PixelsStep extends StepBase {
  op: 'pixels';
  points?: Point[];
  x?: number;
  y?: number;
  matrix?: string[];
  color?: HexColor;
}

export type FontName = '5x7' | '3x5';

export interface TextStep extends StepBase {
  op: 'text';
  x: number;
  y: number;
  value: string;
  font: FontName;
  size: number;
  color: HexColor;
}

export interface GroupStep extends StepBase {
  op: 'group';
  steps: Step[];
}

export type DrawingStep = RectStep | CircleStep | LineStep | PolygonStep | PixelsStep | TextStep;
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
