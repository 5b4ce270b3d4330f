// What one drawing op (a step shape) is made of, and the building blocks its definition uses.
// Every op is defined once, in ops/<op>.ts, as an OpDefinition; the table in ops/index.ts
// collects them and everything op-specific is derived from that table:
// - the TypeScript step types (z.infer of `schema`),
// - `planSchema`/`stepSchema` (the normalised plan, strict; schema.ts),
// - the lenient parser's per-op rules (`read`, called by parse.ts),
// - the decoder JSON Schema for LLM servers (`decoder`, schema.ts),
// - the op's line in the system prompt (`prompt`, planner/prompt),
// - the default animate mode of §5 (`defaultMode`, raster).
// `read` is hand-written rather than derived from `schema`: the parser's messages, its
// leniency (null = absent, palette indices, snapping, code-point counts) and its work bounds
// are normative behaviour that zod's own errors would change.
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import type { Obj, ReadContext } from '../read.js';

// ---- zod atoms of the normalised plan ----

export const hexColor = z.string().regex(/^#[0-9a-f]{6}$/);
export const coordinate = z.int().min(-LIMITS.maxCoord).max(LIMITS.maxCoord);
export const point = z.tuple([coordinate, coordinate]);

export const animateModeSchema = z.enum(['stroke', 'fill', 'pixel_reveal']);
export const easeSchema = z.enum(['linear', 'ease_in_out']);
export const fontNameSchema = z.enum(['5x7', '3x5']);

export const animateSchema = z.strictObject({
  mode: animateModeSchema.optional(),
  speed_px_per_s: z.int().min(LIMITS.minSpeed).max(LIMITS.maxSpeed).optional(),
  duration_ms: z.int().min(0).max(LIMITS.maxDurationMs).optional(),
  delay_ms: z.int().min(0).max(LIMITS.maxDelayMs).optional(),
  ease: easeSchema.optional(),
});

/** Fields every step has besides its own (spread into each op's schema). */
export const stepBase = { animate: animateSchema.optional() };

export type AnimateMode = z.infer<typeof animateModeSchema>;
export type Ease = z.infer<typeof easeSchema>;
export type FontName = z.infer<typeof fontNameSchema>;
export type Animate = z.infer<typeof animateSchema>;

// ---- JSON Schema atoms for constrained decoders (portable subset, llm-backends.md §4) ----
// Each call builds fresh objects: decoderJsonSchema() hands out a copy callers may mutate.

export type JsonSchema = Record<string, unknown>;

export const DECODER_MAX_POINTS = 64;
export const DECODER_MAX_MATRIX_ROWS = 48;
const DECODER_MAX_SPEED = 100000;

export function jInt(minimum: number, maximum: number): JsonSchema {
  return { type: 'integer', minimum, maximum };
}

export function jEnum(values: readonly string[]): JsonSchema {
  return { type: 'string', enum: [...values] };
}

/** An object with `additionalProperties: false`; `required` is left out when empty. */
export function jObject(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  const schema: JsonSchema = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  schema.additionalProperties = false;
  return schema;
}

export function jArray(items: JsonSchema, minItems: number, maxItems: number): JsonSchema {
  const schema: JsonSchema = { type: 'array', items };
  if (minItems > 0) schema.minItems = minItems;
  schema.maxItems = maxItems;
  return schema;
}

/** A colour is "#rrggbb" or a CSS name; no `pattern` (crashes some llama.cpp builds). */
export function jColor(): JsonSchema {
  return { type: 'string', description: 'hex #rrggbb or a CSS colour name' };
}

export function jCoordinate(): JsonSchema {
  return jInt(-LIMITS.maxCoord, LIMITS.maxCoord);
}

export function jPoint(): JsonSchema {
  return jArray(jCoordinate(), 2, 2);
}

export function jString(): JsonSchema {
  return { type: 'string' };
}

export function jAnimate(): JsonSchema {
  return jObject(
    {
      mode: jEnum(animateModeSchema.options),
      speed_px_per_s: jInt(1, DECODER_MAX_SPEED),
      duration_ms: jInt(0, LIMITS.maxDurationMs),
      delay_ms: jInt(0, LIMITS.maxDelayMs),
      ease: jEnum(easeSchema.options),
    },
    [],
  );
}

// ---- the definition ----

/** The zod schema of one op's normalised step: a strict object with a literal `op`. */
export type StepSchema = z.ZodObject<
  { op: z.ZodLiteral<string>; animate: z.ZodOptional<typeof animateSchema> } & z.ZodRawShape,
  z.core.$strict
>;

export interface OpDefinition<S extends StepSchema> {
  /** The normalised step exactly as parsePlan returns it (strict): the source of the step's type. */
  readonly schema: S;
  /**
   * The lenient rules of canvas-dsl.md §3 for this op: reads `raw` (whose `op` is this op),
   * returns the normalised step without `animate` (parse.ts reads that for every op) or
   * throws StepRejected (`reject`) with the reason the issue list shows.
   */
  read(ctx: ReadContext, raw: Obj): NoInfer<z.infer<S>>;
  /**
   * The op's branches of the decoder schema's `anyOf` (usually one; `pixels` has two), each
   * a complete object with a one-value `op` enum. Narrower than `schema` on purpose (README).
   */
  decoder(): JsonSchema[];
  /** The op's line in the system prompt (byte-stable: it is part of the cached prefix). */
  readonly prompt: string;
  /** `animate.mode` when the step gives none (§5). */
  defaultMode(step: NoInfer<z.infer<S>>): AnimateMode;
}

/** Identity with inference: `defineOp({...})` checks the definition against its own schema. */
export function defineOp<S extends StepSchema>(definition: OpDefinition<S>): OpDefinition<S> {
  return definition;
}
