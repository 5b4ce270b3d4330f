// Public face of the Canvas-DSL part: types, the lenient parser, colours and schemas.
export * from './types.js';
export {
  parsePlan,
  isNormalisedPlan,
  resolveSettings,
  roundSpec,
  paletteDigit,
  DEFAULT_BG,
  DEFAULT_TEXT_COLOR,
  type ParseResult,
} from './parse.js';
export { NAMED_COLORS, parseColorString, snapToPalette, hexToRgb } from './colors.js';
export { LIMITS } from './limits.js';
export { planSchema, stepSchema, decoderJsonSchema, DECODER_MAX_STEPS } from './schema.js';
export { OPS, DRAWING_OPS, isDrawingOp, defaultMode } from './ops/index.js';
export type { OpDefinition, JsonSchema } from './ops/define.js';
