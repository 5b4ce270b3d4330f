import type { Plan, PlanIssue, Step } from '../dsl/types.js';

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

export type ComponentState = 'ok' | 'degraded' | 'down' | 'disabled';

// A type alias (not an interface) so it is assignable to Record<string, unknown> (health JSON).
export type ComponentHealth = {
  state: ComponentState;
  /** One clear sentence for the panel, e.g. "model not pulled", "server down". */
  detail: string;
  /** Set when the server works but is set up badly for us (context window too small): shown, not a failure. */
  warning?: string;
};

export interface Planner {
  readonly name: string;
  plan(request: PlanRequest, options?: PlanOptions): Promise<PlanResult>;
  health(): ComponentHealth;
  /** Start-up probe; resolves when done, never throws. */
  probe?(): Promise<ComponentHealth>;
  close?(): Promise<void>;
}

// ---- LLM backend settings (added by the planner part; backward compatible) ----

export type LlmBackendName = 'ollama' | 'llamacpp' | 'vllm' | 'tgi' | 'openai' | 'builtin';

export const LLM_BACKENDS: readonly LlmBackendName[] = ['ollama', 'llamacpp', 'vllm', 'tgi', 'openai', 'builtin'];

/** What `loadConfig().llm` carries (design.md, "Configuration"). */
export interface LlmSettings {
  backend: LlmBackendName;
  modelId: string; // MODEL_ID
  /** ENDPOINT; empty/undefined → the backend's default (openai has none and needs it). */
  endpoint?: string | null;
  temperature: number; // TEMPERATURE 0..2
  maxTokens: number; // MAX_TOKENS 64..8192
  timeoutSec: number; // LLM_TIMEOUT_SEC 1..600
  retries: number; // LLM_RETRIES 0..10
  /** Optional bearer token for hosted OpenAI-compatible servers; never logged. */
  apiKey?: string | null;
  /** LLM_KEEP_ALIVE → Ollama `keep_alive` (default "30m"; -1 keeps the model loaded). */
  keepAlive?: string | number;
  /** LLM_CONTEXT → Ollama `options.num_ctx`; unset = prompt + MAX_TOKENS + margin, rounded up to 1024. */
  context?: number | null;
}
