// The planner's own contract (request, result, the Planner interface). The shared shapes it
// used to declare (PlanSource, ComponentHealth, LLM settings) live in src/core and are
// re-exported here so existing imports of this file keep compiling.
import type { ComponentHealth, PlanFallback, PlanSource } from '../core/index.js';
import type { Plan, PlanIssue, Step } from '../dsl/index.js';

export type {
  ComponentHealth,
  ComponentState,
  LlmBackendName,
  LlmSettings,
  PlanFallback,
  PlanFallbackKind,
  PlanSource,
} from '../core/index.js';
export { LLM_BACKENDS } from '../core/index.js';

export interface PlanRequest {
  jobId: string;
  /** The donation message (already passed the Gatekeeper). */
  message: string;
  /** Deterministic per job: the built-in planner picks variations and the plan seed from it. */
  seed: number;
}

export interface PlanResult {
  plan: Plan; // normalised (parsePlan output), caption forced
  source: PlanSource;
  /** Why the built-in planner was used instead of the LLM: the kind for code, the message for people. */
  fallback?: PlanFallback;
  /**
   * `fallback.message`, kept while the stage still reads it as its planNote (the panel shows
   * it). Code that decides anything reads `fallback.kind`.
   */
  fallbackReason?: string;
  latencyMs?: number;
  outputTokens?: number;
  /** Steps dropped on the way (invalid DSL, or a `text` value the Gatekeeper refused). */
  issues?: PlanIssue[];
  /** Set when the model's answer broke off (timeout, reset, truncation) and the plan keeps only the steps that arrived whole. */
  incompleteReason?: string;
  /** How many HTTP attempts the LLM got (1 = no retry). */
  attempts?: number;
}

export interface PlanOptions {
  signal?: AbortSignal;
  /** Streaming: called with the canvas/palette/seed skeleton and every complete step as it arrives. */
  onPartial?: (partial: { plan: Plan; newSteps: Step[] }) => void;
}

export interface Planner {
  readonly name: string;
  plan(request: PlanRequest, options?: PlanOptions): Promise<PlanResult>;
  health(): ComponentHealth;
  /** Start-up probe; resolves when done, never throws. */
  probe?(): Promise<ComponentHealth>;
  close?(): Promise<void>;
}
