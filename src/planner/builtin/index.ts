// The built-in planner: no LLM, a table of hand-drawn subjects. It is the default when no
// LLM is configured and the fallback when the LLM fails, so it never throws and always
// returns a valid drawing within a few milliseconds.
import type { Logger } from 'pino';
import type { ComponentHealth } from '../../core/index.js';
import { DEFAULT_RENDERER_SETTINGS, parsePlan, type Plan, type RendererSettings } from '../../dsl/index.js';
import { lastResortPlan } from '../fixed-plans.js';
import type { PlanOptions, PlanRequest, PlanResult, Planner } from '../types.js';
import { composePlan, type PlanChoice, type RawPlan } from './compose.js';
import { matchMessage } from './match.js';

export { matchMessage, tokenize } from './match.js';
export { SUBJECTS } from './subjects/index.js';
export { GENERIC_SUBJECTS } from './generic.js';
export type { PlanChoice, RawPlan };

/** The raw (not yet normalised) DSL plan for a message; pure and deterministic. */
export function planFromMessage(message: string, seed: number, settings?: Partial<RendererSettings>): RawPlan {
  return composePlan(message, seed, settings).plan;
}

/** Like planFromMessage, plus what was recognised (for logs and tests). */
export function explainPlan(message: string, seed: number, settings?: Partial<RendererSettings>): { plan: RawPlan; choice: PlanChoice } {
  return composePlan(message, seed, settings);
}

/**
 * What the built-in planner understood, as one line: "subjects=cat,dog setting=space", or
 * "subjects=generic" when nothing matched (the setting part only when one was named).
 */
export function describeRecognition(message: string): string {
  const match = matchMessage(typeof message === 'string' ? message : '');
  const subjects = match.mentions.length > 0 ? match.mentions.map((m) => m.subject.id).join(',') : 'generic';
  return match.setting ? `subjects=${subjects} setting=${match.setting}` : `subjects=${subjects}`;
}

export interface BuiltinPlannerOptions {
  logger?: Logger;
}

export function createBuiltinPlanner(settings?: Partial<RendererSettings>, options: BuiltinPlannerOptions = {}): Planner {
  const merged: RendererSettings = { ...DEFAULT_RENDERER_SETTINGS, ...(settings ?? {}) };
  const log = options.logger;

  function build(request: PlanRequest): Plan {
    try {
      const { plan: raw, choice } = composePlan(String(request?.message ?? ''), Number(request?.seed ?? 0), merged);
      const parsed = parsePlan(raw, merged);
      if (parsed.valid && parsed.plan) {
        if (parsed.issues.length > 0) log?.warn({ jobId: request?.jobId, issues: parsed.issues.slice(0, 5) }, 'built-in plan had issues');
        log?.debug({ jobId: request?.jobId, subject: choice.subjectId, background: choice.background }, 'built-in plan');
        return parsed.plan;
      }
      log?.error({ jobId: request?.jobId, issues: parsed.issues.slice(0, 5) }, 'built-in plan invalid; using the last-resort plan');
    } catch (err) {
      log?.error({ jobId: request?.jobId, err }, 'built-in planner failed; using the last-resort plan');
    }
    return lastResortPlan(merged, Number(request?.seed) || 0);
  }

  return {
    name: 'builtin',
    async plan(request: PlanRequest, _options?: PlanOptions): Promise<PlanResult> {
      const started = Date.now();
      const plan = build(request);
      return { plan, source: 'builtin', latencyMs: Date.now() - started };
    },
    health(): ComponentHealth {
      return { state: 'ok', detail: 'built-in planner (no LLM)' };
    },
    async probe(): Promise<ComponentHealth> {
      return { state: 'ok', detail: 'built-in planner (no LLM)' };
    },
  };
}
