// What a finished Twitch job owes its redemption: the one place that maps a job's ending to
// FULFILLED or CANCELED (README.md, "Twitch"). The viewer paid points for a drawing; they keep
// the points' worth only if the drawing was shown to the end, and get them back otherwise.
import type { JobStatus, OwedRedemption, RedemptionStatus } from '../../core/index.js';
import { POINTS } from '../twitch-config.js';

/** What the settler does with one owed row. */
export type Settlement = { kind: 'set'; status: RedemptionStatus } | { kind: 'not_refundable' };

/**
 * The redemption status for a job that ended with `status` (history) and plan source `planSource`.
 * - done: shown to the end. A real drawing (`llm`, `builtin` — the built-in planner's drawing,
 *   also its fallback when the model failed) → FULFILLED; the 18+ text card (`gate`: blocked by
 *   the rules, blocked or refused by the model) → CANCELED, nothing the viewer asked for was drawn;
 *   no plan at all (cannot happen for `done`, decided on the viewer's side) → CANCELED.
 * - skipped: the operator skipped it (or it was taken off the brush) before the end → CANCELED.
 * - cleared: the operator cleared the queue → CANCELED.
 * - rejected: refused at accept (the cooldown, a banned viewer, an empty message) or by the
 *   operator in manual moderation → CANCELED.
 * - failed: could not be drawn (e.g. a crash loop) → CANCELED.
 * - removed: the operator removed it, or banned the viewer → CANCELED.
 */
export function redemptionStatusFor(status: JobStatus, planSource: OwedRedemption['planSource']): RedemptionStatus {
  switch (status) {
    case 'done':
      return planSource === 'llm' || planSource === 'builtin' ? 'FULFILLED' : 'CANCELED';
    case 'skipped':
    case 'cleared':
    case 'rejected':
    case 'failed':
    case 'removed':
      return 'CANCELED';
    default:
      return unreachable(status);
  }
}

/** Channel points are settled; Bits (and any other currency) cannot be refunded and are never sent. */
export function settlementFor(owed: OwedRedemption): Settlement {
  if (owed.currency !== POINTS) return { kind: 'not_refundable' };
  return { kind: 'set', status: redemptionStatusFor(owed.jobStatus, owed.planSource) };
}

function unreachable(value: never): never {
  throw new Error(`unexpected job status: ${String(value)}`);
}
