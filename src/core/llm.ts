// The LLM settings the config reads and the planner uses: one list of backends, one shape.

export const LLM_BACKENDS = ['ollama', 'llamacpp', 'vllm', 'tgi', 'openai', 'builtin'] as const;
export type LlmBackendName = (typeof LLM_BACKENDS)[number];

/** What `loadConfig().llm` carries (README, "Configuration"). */
export interface LlmSettings {
  backend: LlmBackendName;
  modelId: string; // MODEL_ID
  /** ENDPOINT; empty/undefined → the backend's default (openai has none and needs it). */
  endpoint?: string | null;
  temperature: number; // TEMPERATURE 0..2
  maxTokens: number; // MAX_TOKENS 64..8192
  timeoutSec: number; // LLM_TIMEOUT_SEC 1..600
  retries: number; // LLM_RETRIES 0..10
  /** LLM_API_KEY: bearer token for hosted OpenAI-compatible servers; never logged. */
  apiKey?: string | null;
  /** LLM_KEEP_ALIVE → Ollama `keep_alive` (default "30m"; -1 keeps the model loaded). */
  keepAlive?: string | number;
  /** LLM_CONTEXT → Ollama `options.num_ctx`; unset = prompt + MAX_TOKENS + margin, rounded up to 1024. */
  context?: number | null;
}
