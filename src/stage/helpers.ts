// Pure helpers and the stage's constants: no state, no I/O, so every room (and the tests)
// can use them without pulling the stage in.
import { isTextCard, type Plan, type Step } from '../dsl/index.js';
import { hashString } from '../planner/index.js';

// Display limits and on-stream texts are contracts shared with the sources and the pages.
export { ANONYMOUS, DISPLAY_DONOR_CHARS, DISPLAY_MESSAGE_CHARS, MAX_DONOR_CHARS, MAX_MESSAGE_CHARS } from '../core/index.js';
/** A job whose drawing started this many times in a row without reaching its show (a crash loop)
 * is marked failed. Reaching the show resets the count, so kills at random moments on a healthy
 * service do not fail a donation. */
export const MAX_DRAW_ATTEMPTS = 5;
export const DEFAULT_PLAN_TIMEOUT_MS = 60_000 * 3 + 5_000; // LLM_TIMEOUT_SEC·(LLM_RETRIES+1) + 5 s
/** Store setting that keeps the operator's pause across restarts. */
export const PAUSED_KEY = 'stage.paused';
/**
 * planNote of a plan stored while it was still arriving. A restart that finds it knows the
 * stored plan is only the prefix that had arrived (it is drawn as it is: see README).
 */
export const STREAMING_NOTE = 'streaming: the plan is still arriving';

/** Code-point-safe truncation with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** A stable 32-bit seed per job: the planner's string hash (FNV-1a) of its id. */
export function jobSeed(id: string): number {
  return hashString(id);
}

export function minAmountFor(minAmount: number | Record<string, number>, currency: string): number {
  if (typeof minAmount === 'number') return Number.isFinite(minAmount) ? minAmount : 0;
  const wanted = currency.toUpperCase();
  for (const [key, value] of Object.entries(minAmount)) {
    if (key.toUpperCase() === wanted) return Number.isFinite(value) ? value : 0;
  }
  return 0;
}

/**
 * MODERATION=manual: does a donation wait for the operator? Not when it reaches
 * AUTO_APPROVE_MIN_AMOUNT (one number, or per currency: a currency not listed always waits).
 */
export function needsApproval(
  mode: 'auto' | 'manual',
  autoApproveMin: number | Record<string, number> | null | undefined,
  amount: number,
  currency: string,
): boolean {
  if (mode !== 'manual') return false;
  if (autoApproveMin === null || autoApproveMin === undefined) return true;
  if (typeof autoApproveMin === 'number') return !(Number.isFinite(autoApproveMin) && amount >= autoApproveMin);
  const wanted = currency.toUpperCase();
  const entry = Object.entries(autoApproveMin).find(([key]) => key.toUpperCase() === wanted);
  return !(entry && Number.isFinite(entry[1]) && amount >= entry[1]);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A string field of untrusted input, cut to `max` UTF-16 units; anything else → ''. */
export function textOf(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** Every piece of text a plan would put on screen. */
export function planTexts(plan: Plan): string[] {
  if (isTextCard(plan)) return [plan.render_text];
  const texts: string[] = [];
  const walk = (steps: Step[]) => {
    for (const step of steps) {
      if (step.op === 'text') texts.push(step.value);
      else if (step.op === 'group') walk(step.steps);
    }
  };
  walk(plan.steps);
  return texts;
}

/** The `default` of an exhaustive switch: a new union member becomes a compile error here. */
export function unreachable(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
