import type { Plan, Step } from '../dsl/types.js';

export type PlanSource = 'llm' | 'builtin' | 'gate';

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
  /** Why the built-in planner was used instead of the LLM (shown in the panel, logged). */
  fallbackReason?: string;
  latencyMs?: number;
  outputTokens?: number;
}

export interface PlanOptions {
  signal?: AbortSignal;
  /** Streaming: called with the canvas/palette/seed skeleton and every complete step as it arrives. */
  onPartial?: (partial: { plan: Plan; newSteps: Step[] }) => void;
}

export type ComponentState = 'ok' | 'degraded' | 'down' | 'disabled';

export interface ComponentHealth {
  state: ComponentState;
  /** One clear sentence for the panel, e.g. "model not pulled", "server down". */
  detail: string;
}

export interface Planner {
  readonly name: string;
  plan(request: PlanRequest, options?: PlanOptions): Promise<PlanResult>;
  health(): ComponentHealth;
  /** Start-up probe; resolves when done, never throws. */
  probe?(): Promise<ComponentHealth>;
  close?(): Promise<void>;
}
