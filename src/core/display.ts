// How long donor texts may be, per purpose. Each limit has one meaning; a part that needs a
// length picks the one whose meaning it has instead of declaring its own.

/** Longest donation message kept anywhere (sources cut to it, the webhook refuses longer, store and gallery keep it). */
export const MAX_MESSAGE_CHARS = 10_000;
/** Longest donor name a source passes on (whitespace collapsed, cut). */
export const MAX_DONOR_CHARS = 100;
/**
 * How much of a message planning reads: the model's prompt and the built-in planner's word
 * matching see the same text, so a word past it changes neither drawing.
 */
export const PLANNED_MESSAGE_CHARS = 500;
/** On-stream message length, in code points (the ellipsis included). */
export const DISPLAY_MESSAGE_CHARS = 80;
/** On-stream donor name length, in code points (the ellipsis included). */
export const DISPLAY_DONOR_CHARS = 64;
