// The fixed texts viewers see on stream. CAPTION is part of the drawing language (every plan
// carries it), so the DSL defines it; it is re-exported here to keep all of them in one list.
export { CAPTION } from '../dsl/index.js';

/** Shown instead of an empty or refused donor name. */
export const ANONYMOUS = 'Anonymous';
/** The text card drawn instead of an 18+ request. */
export const TEXT_CARD_TEXT = 'You are too small';
