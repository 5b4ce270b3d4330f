// Two schemas of Canvas-DSL v1:
// - `planSchema` (zod v4): the normalised plan exactly as `parsePlan` returns it (strict,
//   recursive groups). Use it to check a plan that claims to be normalised (e.g. one read
//   back from the store or received by the overlay).
// - `decoderJsonSchema()`: the JSON Schema given to constrained decoders (llama.cpp, Ollama,
//   vLLM, TGI). It is hand-built in the portable subset of llm-backends.md §4, so it is
//   deliberately narrower than the DSL: no groups (recursion), colours as strings only (no
//   palette indices), no text cards, small maxItems. Whatever conforms to it parses with no
//   issue (tested); the lenient parser still validates every answer.
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { CAPTION, type Plan } from './types.js';

const hexColor = z.string().regex(/^#[0-9a-f]{6}$/);
const coordinate = z.int().min(-LIMITS.maxCoord).max(LIMITS.maxCoord);
const point = z.tuple([coordinate, coordinate]);

const animateSchema = z.strictObject({
  mode: z.enum(['stroke', 'fill', 'pixel_reveal']).optional(),
  speed_px_per_s: z.int().min(LIMITS.minSpeed).max(LIMITS.maxSpeed).optional(),
  duration_ms: z.int().min(0).max(LIMITS.maxDurationMs).optional(),
  delay_ms: z.int().min(0).max(LIMITS.maxDelayMs).optional(),
  ease: z.enum(['linear', 'ease_in_out']).optional(),
});

const base = { animate: animateSchema.optional() };

const rectSchema = z.strictObject({
  op: z.literal('rect'),
  x: coordinate,
  y: coordinate,
  w: z.int().min(1).max(LIMITS.maxCoord),
  h: z.int().min(1).max(LIMITS.maxCoord),
  fill: hexColor.optional(),
  outline: hexColor.optional(),
  ...base,
});

const circleSchema = z.strictObject({
  op: z.literal('circle'),
  cx: coordinate,
  cy: coordinate,
  r: z.int().min(0).max(LIMITS.maxRadius),
  fill: hexColor.optional(),
  outline: hexColor.optional(),
  ...base,
});

const lineSchema = z.strictObject({
  op: z.literal('line'),
  x1: coordinate,
  y1: coordinate,
  x2: coordinate,
  y2: coordinate,
  width: z.int().min(LIMITS.minLineWidth).max(LIMITS.maxLineWidth),
  color: hexColor,
  ...base,
});

const polygonSchema = z.strictObject({
  op: z.literal('polygon'),
  points: z.array(point).min(LIMITS.minPolygonVertices).max(LIMITS.maxPolygonVertices),
  fill: hexColor.optional(),
  outline: hexColor.optional(),
  ...base,
});

const pixelsSchema = z.strictObject({
  op: z.literal('pixels'),
  points: z.array(point).max(LIMITS.maxPoints).optional(),
  x: coordinate.optional(),
  y: coordinate.optional(),
  matrix: z.array(z.string()).max(LIMITS.maxMatrixRows).optional(),
  color: hexColor.optional(),
  ...base,
});

const textSchema = z.strictObject({
  op: z.literal('text'),
  x: coordinate,
  y: coordinate,
  value: z.string(),
  font: z.enum(['5x7', '3x5']),
  size: z.int().min(LIMITS.minTextSize).max(LIMITS.maxTextSize),
  color: hexColor,
  ...base,
});

type StepShape = z.infer<typeof rectSchema> | z.infer<typeof circleSchema> | z.infer<typeof lineSchema>
  | z.infer<typeof polygonSchema> | z.infer<typeof pixelsSchema> | z.infer<typeof textSchema>
  | { op: 'group'; steps: StepShape[]; animate?: z.infer<typeof animateSchema> };

export const stepSchema: z.ZodType<StepShape> = z.lazy(() =>
  z.discriminatedUnion('op', [
    rectSchema,
    circleSchema,
    lineSchema,
    polygonSchema,
    pixelsSchema,
    textSchema,
    z.strictObject({ op: z.literal('group'), steps: z.array(stepSchema).min(1), ...base }),
  ]),
);

const canvasSchema = z.strictObject({
  w: z.int().min(LIMITS.minCanvas).max(LIMITS.maxCanvas),
  h: z.int().min(LIMITS.minCanvas).max(LIMITS.maxCanvas),
  bg: hexColor,
});

const head = {
  version: z.literal('1'),
  canvas: canvasSchema,
  palette: z.array(hexColor).min(LIMITS.minPalette).max(LIMITS.maxPalette).optional(),
  caption: z.literal(CAPTION),
  seed: z.int().min(0).max(LIMITS.maxSeed),
};

/** The normalised plan (what `parsePlan` returns): strict, colours `#rrggbb`, integers only. */
export const planSchema: z.ZodType<Plan> = z.union([
  z.strictObject({ ...head, steps: z.array(stepSchema).min(1) }),
  z.strictObject({ ...head, render_text: z.string(), duration_sec: z.int().min(1) }),
]) as unknown as z.ZodType<Plan>;

// ---- JSON Schema for constrained decoders (portable subset, llm-backends.md §4) ----

/** Largest array a decoder may produce: small, so llama.cpp's repetition expansion stays sane. */
export const DECODER_MAX_STEPS = 64;
const DECODER_MAX_POINTS = 64;
const DECODER_MAX_MATRIX_ROWS = 48;
const DECODER_MAX_SPEED = 100000;

type JsonSchema = Record<string, unknown>;

function int(minimum: number, maximum: number): JsonSchema {
  return { type: 'integer', minimum, maximum };
}

function oneOf(values: string[]): JsonSchema {
  return { type: 'string', enum: values };
}

function object(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  const schema: JsonSchema = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  schema.additionalProperties = false;
  return schema;
}

function array(items: JsonSchema, minItems: number, maxItems: number): JsonSchema {
  const schema: JsonSchema = { type: 'array', items };
  if (minItems > 0) schema.minItems = minItems;
  schema.maxItems = maxItems;
  return schema;
}

function buildDecoderSchema(): JsonSchema {
  // A colour is "#rrggbb" or a CSS name; no `pattern` (crashes some llama.cpp builds).
  const color = (): JsonSchema => ({ type: 'string', description: 'hex #rrggbb or a CSS colour name' });
  const coordinate = (): JsonSchema => int(-LIMITS.maxCoord, LIMITS.maxCoord);
  const pointJ = (): JsonSchema => array(coordinate(), 2, 2);
  const animate = (): JsonSchema =>
    object(
      {
        mode: oneOf(['stroke', 'fill', 'pixel_reveal']),
        speed_px_per_s: int(1, DECODER_MAX_SPEED),
        duration_ms: int(0, LIMITS.maxDurationMs),
        delay_ms: int(0, LIMITS.maxDelayMs),
        ease: oneOf(['linear', 'ease_in_out']),
      },
      [],
    );
  // Core keys are required (so a constrained model cannot produce a step that is dropped
  // for a missing field); styling extras (outline, width, font, size, animate) stay optional,
  // which llama.cpp, xgrammar and outlines all handle.
  const steps: JsonSchema[] = [
    object(
      { op: oneOf(['rect']), x: coordinate(), y: coordinate(), w: int(1, LIMITS.maxCoord), h: int(1, LIMITS.maxCoord), fill: color(), outline: color(), animate: animate() },
      ['op', 'x', 'y', 'w', 'h', 'fill'],
    ),
    object(
      { op: oneOf(['circle']), cx: coordinate(), cy: coordinate(), r: int(0, LIMITS.maxRadius), fill: color(), outline: color(), animate: animate() },
      ['op', 'cx', 'cy', 'r', 'fill'],
    ),
    object(
      { op: oneOf(['line']), x1: coordinate(), y1: coordinate(), x2: coordinate(), y2: coordinate(), width: int(LIMITS.minLineWidth, LIMITS.maxLineWidth), color: color(), animate: animate() },
      ['op', 'x1', 'y1', 'x2', 'y2', 'color'],
    ),
    object(
      { op: oneOf(['polygon']), points: array(pointJ(), LIMITS.minPolygonVertices, DECODER_MAX_POINTS), fill: color(), outline: color(), animate: animate() },
      ['op', 'points', 'fill'],
    ),
    object(
      { op: oneOf(['pixels']), points: array(pointJ(), 1, DECODER_MAX_POINTS), color: color(), animate: animate() },
      ['op', 'points', 'color'],
    ),
    object(
      { op: oneOf(['pixels']), x: coordinate(), y: coordinate(), matrix: array({ type: 'string' }, 1, DECODER_MAX_MATRIX_ROWS), color: color(), animate: animate() },
      ['op', 'x', 'y', 'matrix', 'color'],
    ),
    object(
      { op: oneOf(['text']), x: coordinate(), y: coordinate(), value: { type: 'string' }, font: oneOf(['5x7', '3x5']), size: int(LIMITS.minTextSize, LIMITS.maxTextSize), color: color(), animate: animate() },
      ['op', 'x', 'y', 'value', 'color'],
    ),
  ];
  return {
    title: 'Canvas-DSL v1 drawing plan',
    ...object(
      {
        version: oneOf(['1']),
        canvas: object({ w: int(LIMITS.minCanvas, LIMITS.maxCanvas), h: int(LIMITS.minCanvas, LIMITS.maxCanvas), bg: color() }, ['w', 'h', 'bg']),
        palette: array(color(), 1, LIMITS.maxPalette),
        steps: array({ anyOf: steps }, 1, DECODER_MAX_STEPS),
        seed: int(0, LIMITS.maxSeed),
      },
      ['version', 'canvas', 'steps'],
    ),
  };
}

/** The JSON Schema for constrained decoding (a fresh copy each call: callers may mutate it). */
export function decoderJsonSchema(): Record<string, unknown> {
  return buildDecoderSchema();
}
