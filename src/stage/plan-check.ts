// A plan from outside the stage (a planner's answer, a gallery replay) is checked here before
// it can reach the screen: it must parse, and every text it shows must pass the gate.
import { isTextCard, parsePlan } from '../dsl/index.js';
import { TEXT_CARD_TEXT } from '../core/index.js';
import type { Plan } from '../dsl/index.js';
import type { PlanResult, PlanSource } from '../planner/index.js';
import type { PlanRecord } from '../store/index.js';
import { fallbackPlan } from './fallback.js';
import { gateCheck, textCard, type LiveJob, type StageContext } from './context.js';
import { MODEL_REFUSAL_NOTE } from './screen-state.js';
import { errorMessage, jobSeed, planTexts } from './helpers.js';

/** Checks a planner result; returns the plan to use, or why it cannot be used. */
export function checkResult(cx: StageContext, result: PlanResult): PlanRecord | string {
  if (!result || typeof result !== 'object' || !result.plan) return 'the planner returned no plan';
  let plan: Plan;
  try {
    const parsed = parsePlan(result.plan, cx.renderer);
    if (!parsed.valid || !parsed.plan) {
      const first = parsed.issues[0];
      return `the planner returned an invalid plan${first ? ` (${first.index}: ${first.reason})` : ''}`;
    }
    plan = parsed.plan as Plan;
  } catch (error) {
    return `the plan could not be read: ${errorMessage(error)}`;
  }
  for (const text of planTexts(plan)) {
    if (gateCheck(cx, text, 'plan text').nsfw) return 'the plan contained text the gate blocks';
  }
  // The source comes from outside: anything unknown counts as the LLM's.
  const source: PlanSource = result.source === 'builtin' || result.source === 'gate' ? result.source : 'llm';
  // The model's refusal while planning (the prompt asks for exactly this card on 18+ requests).
  if (source === 'llm' && isTextCard(plan) && plan.render_text.trim().toLowerCase() === TEXT_CARD_TEXT.toLowerCase()) {
    cx.log.info({ reason: MODEL_REFUSAL_NOTE }, 'the model refused the request while planning: text card');
    return { plan: textCard(cx), source: 'gate', note: MODEL_REFUSAL_NOTE };
  }
  const note =
    typeof result.fallbackReason === 'string' && result.fallbackReason
      ? result.fallbackReason
      : typeof result.incompleteReason === 'string' && result.incompleteReason
        ? `incomplete answer: ${result.incompleteReason}`
        : null;
  return { plan, source, note };
}

/** The built-in smiley for a job whose plan could not be used, with the reason as its note. */
export function fallbackRecord(cx: StageContext, job: LiveJob, reason: string): PlanRecord {
  cx.log.warn({ jobId: job.id, reason }, 'using the built-in fallback plan');
  return { plan: fallbackPlan(cx.renderer, jobSeed(job.id)), source: 'builtin', note: reason };
}
