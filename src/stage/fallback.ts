// The stage's fixed plans are the planner's: one last-resort plan for the whole service
// (src/planner/fixed-plans.ts). Re-exported under the names the stage already uses.
export { lastResortPlan as fallbackPlan, textCardPlan } from '../planner/index.js';
export { TEXT_CARD_TEXT } from '../core/index.js';
