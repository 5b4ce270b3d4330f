// Limits of Canvas-DSL v1 (canvas-dsl.md §6) plus the implementation's own bounds on work,
// which keep validation of any input (100 000 steps, 1 MB strings, deep nesting) bounded.
export const LIMITS = Object.freeze({
  /** Drawing steps after flattening groups; later ones are dropped. */
  maxSteps: 256,
  /** Step entries (groups and invalid steps included) examined before the rest is dropped unread. */
  maxExaminedSteps: 1024,
  /** Group nesting: a top-level group is level 1. */
  maxGroupDepth: 4,
  minPolygonVertices: 3,
  maxPolygonVertices: 64,
  maxPoints: 4096,
  maxMatrixRows: 128,
  maxMatrixColumns: 128,
  maxTextChars: 64,
  /** Coordinates and sizes. */
  maxCoord: 4096,
  maxRadius: 512,
  minLineWidth: 1,
  maxLineWidth: 16,
  minTextSize: 1,
  maxTextSize: 4,
  maxDelayMs: 5000,
  maxDurationMs: 10000,
  minSpeed: 1,
  /** Larger speeds are stored as this (same frames: any step then lasts at most 1 ms). */
  maxSpeed: 1_000_000_000,
  minCanvas: 8,
  maxCanvas: 256,
  minPalette: 1,
  maxPalette: 32,
  maxSeed: 4294967295,
  minCardDurationSec: 1,
  maxCardDurationSec: 600,
  /** Text-card text (code points); longer text is cut and reported. */
  maxCardTextChars: 256,
  /** A plan given as a JSON string longer than this is refused unread. */
  maxInputChars: 32 * 1024 * 1024,
});
