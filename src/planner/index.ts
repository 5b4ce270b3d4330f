// The planner part: message → Canvas-DSL plan. `createPlanner` picks the configured backend;
// every LLM backend is wrapped with retries, the circuit breaker and the built-in planner as
// the fallback, so plan() always resolves with a drawable plan.
import type { Logger } from 'pino';
import type { ComponentHealth, LlmSettings, PlanFallback } from '../core/index.js';
import type { RendererSettings } from '../dsl/index.js';
import type { Gatekeeper } from '../gate/index.js';
import { createBuiltinPlanner } from './builtin/index.js';
import { lastResortPlan } from './fixed-plans.js';
import { createLlmPlanner, makePlanSafe, type PlannerTuning } from './llm/index.js';
import type { PlanOptions, PlanRequest, PlanResult, Planner } from './types.js';

export { createBuiltinPlanner, describeRecognition } from './builtin/index.js';
export { hashString } from './builtin/random.js';
export { buildPrompt, buildSystemPrompt, SYSTEM_PROMPT, estimateTokens, PROMPT_EXAMPLES } from './prompt/index.js';
export type { BuiltPrompt, ChatMessage } from './prompt/index.js';
export { buildChatRequest, probeBackend, DEFAULT_ENDPOINTS, defaultTuning, PlanStreamScanner } from './llm/index.js';
export type { BreakerState, LlmPlanner, PlannerTuning } from './llm/index.js';
export {
  createScreener,
  buildScreenMessages,
  screenJsonSchema,
  SCREEN_SCHEMA_NAME,
  SCREEN_SYSTEM_PROMPT,
  DEFAULT_SCREEN_TIMEOUT_SEC,
} from './llm/index.js';
export type { ScreenerDeps } from './llm/index.js';
export * from './types.js';
export { lastResortPlan, textCardPlan } from './fixed-plans.js';

export interface PlannerDeps {
  gate: Gatekeeper;
  logger?: Logger;
  fetch?: typeof fetch;
  /** Timeouts, backoff and breaker knobs (tests use short ones); defaults follow LLM_TIMEOUT_SEC. */
  tuning?: Partial<PlannerTuning>;
}

/** The built-in planner behind the same last line of defence: Gatekeeper on text, caption, never rejects. */
function guardBuiltin(builtin: Planner, gate: Gatekeeper, renderer: RendererSettings, logger?: Logger): Planner {
  return {
    get name() {
      return builtin.name;
    },
    async plan(request: PlanRequest, options?: PlanOptions): Promise<PlanResult> {
      try {
        const result = await builtin.plan(request, options);
        const safe = makePlanSafe(result.plan, gate);
        if (safe.plan)
          return { ...result, plan: safe.plan, ...(safe.issues.length ? { issues: [...(result.issues ?? []), ...safe.issues] } : {}) };
        const empty: PlanFallback = { kind: 'builtin_empty', message: 'the built-in plan had nothing left to draw' };
        return { ...result, plan: lastResortPlan(renderer, request.seed), fallback: empty, fallbackReason: empty.message };
      } catch (error) {
        logger?.error({ jobId: request.jobId, err: String(error) }, 'the built-in planner failed; drawing the last-resort plan');
        const failed: PlanFallback = { kind: 'builtin_error', message: `built-in planner error: ${String(error)}` };
        return { plan: lastResortPlan(renderer, request.seed), source: 'builtin', fallback: failed, fallbackReason: failed.message };
      }
    },
    health(): ComponentHealth {
      try {
        return builtin.health();
      } catch {
        return { state: 'ok', detail: 'built-in planner' };
      }
    },
    probe: builtin.probe ? () => builtin.probe!() : undefined,
    close: builtin.close ? () => builtin.close!() : undefined,
  };
}

export function createPlanner(config: { llm: LlmSettings; renderer: RendererSettings }, deps: PlannerDeps): Planner {
  const builtin = guardBuiltin(createBuiltinPlanner(config.renderer), deps.gate, config.renderer, deps.logger);
  if (config.llm.backend === 'builtin') return builtin;
  return createLlmPlanner(config, { gate: deps.gate, fallback: builtin, logger: deps.logger, fetch: deps.fetch, tuning: deps.tuning });
}
