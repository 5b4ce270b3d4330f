import { PLANNED_MESSAGE_CHARS } from '../../core/index.js';
import type { RendererSettings } from '../../dsl/index.js';
import { buildPrompt, buildUserMessage } from './build-prompt.js';
import { estimateTokens } from './token-estimate.js';

// How much context window a plan request needs. The estimate is ±25% (token-estimate.ts),
// so the figure we *send* (Ollama num_ctx) carries a margin, and the figure we *warn* on is
// the plain sum: a server below it cuts the prompt or the answer for sure.

/** Chat-template overhead (role markers, BOS/EOS) per request, generous for every family we know. */
const TEMPLATE_TOKENS = 32;
/** Ollama num_ctx is rounded up to this, so small prompt edits do not change it. */
const CONTEXT_STEP = 1024;

export interface ContextBudget {
  /** System prompt + the longest donation message we send + chat template. */
  promptTokens: number;
  maxTokens: number;
  /** promptTokens + maxTokens: a smaller context window cuts the prompt or the answer. */
  minContext: number;
  /** What to ask Ollama for: minContext + 25% of the prompt, rounded up to 1024. */
  suggestedContext: number;
}

export function contextBudget(maxTokens: number, settings: Partial<RendererSettings> = {}): ContextBudget {
  const system = buildPrompt('', settings).system;
  // Worst case: a message of PLANNED_MESSAGE_CHARS Cyrillic letters (3 chars a token, the densest).
  const longestUser = buildUserMessage('ж'.repeat(PLANNED_MESSAGE_CHARS));
  const promptTokens = estimateTokens(system) + estimateTokens(longestUser) + TEMPLATE_TOKENS;
  const minContext = promptTokens + maxTokens;
  const suggestedContext = Math.ceil((minContext + Math.ceil(promptTokens * 0.25)) / CONTEXT_STEP) * CONTEXT_STEP;
  return { promptTokens, maxTokens, minContext, suggestedContext };
}
