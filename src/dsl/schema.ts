// Two schemas of Canvas-DSL v1:
// - `planSchema` (zod v4): the normalised plan exactly as `parsePlan` returns it (strict,
//   recursive groups). Use it to check a plan that claims to be normalised (e.g. one read
//   back from the store or received by the overlay).
// - `decoderJsonSchema()`: the JSON Schema given to constrained decoders (llama.cpp, Ollama,
//   vLLM, TGI). It is hand-built in the portable subset of llm-backends.md §4, so it is
//   deliberately narrower than the DSL: no groups (recursion), colours as strings only (no
//   palette indices), no text cards, small maxItems. Whatever conforms to it parses with no
//   issue (tested); the lenient parser still validates every answer.
// Both are assembled from the op table (ops/index.ts): each op's `schema` and `decoder`.
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { hexColor, jArray, jColor, jEnum, jInt, jObject, stepBase, type JsonSchema, type StepSchema } from './ops/define.js';
import { OPS } from './ops/index.js';
import { CAPTION, type Plan, type Step } from './types.js';

// A non-empty tuple for z.discriminatedUnion (the table has at least one op).
const opSchemas = Object.values(OPS).map((definition) => definition.schema) as StepSchema[] as [StepSchema, ...StepSchema[]];

export const stepSchema: z.ZodType<Step> = z.lazy(() =>
  z.discriminatedUnion('op', [...opSchemas, z.strictObject({ op: z.literal('group'), steps: z.array(stepSchema).min(1), ...stepBase })]),
) as unknown as z.ZodType<Step>;

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

function buildDecoderSchema(): JsonSchema {
  // Core keys are required (so a constrained model cannot produce a step that is dropped
  // for a missing field); styling extras (outline, width, font, size, animate) stay optional,
  // which llama.cpp, xgrammar and outlines all handle. Each op gives its own branches.
  const steps: JsonSchema[] = Object.values(OPS).flatMap((definition) => definition.decoder());
  return {
    title: 'Canvas-DSL v1 drawing plan',
    ...jObject(
      {
        version: jEnum(['1']),
        canvas: jObject({ w: jInt(LIMITS.minCanvas, LIMITS.maxCanvas), h: jInt(LIMITS.minCanvas, LIMITS.maxCanvas), bg: jColor() }, [
          'w',
          'h',
          'bg',
        ]),
        palette: jArray(jColor(), 1, LIMITS.maxPalette),
        steps: jArray({ anyOf: steps }, 1, DECODER_MAX_STEPS),
        seed: jInt(0, LIMITS.maxSeed),
      },
      ['version', 'canvas', 'steps'],
    ),
  };
}

/** The JSON Schema for constrained decoding (a fresh copy each call: callers may mutate it). */
export function decoderJsonSchema(): Record<string, unknown> {
  return buildDecoderSchema();
}
