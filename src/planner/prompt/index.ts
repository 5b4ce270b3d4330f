export { buildPrompt, buildUserMessage, REQUEST_OPEN, REQUEST_CLOSE } from './build-prompt.js';
export type { BuiltPrompt, ChatMessage } from './build-prompt.js';
export { buildSystemPrompt, SYSTEM_PROMPT } from './system-prompt.js';
export { PROMPT_EXAMPLES } from './examples.js';
export type { PromptExample } from './examples.js';
export { estimateTokens } from './token-estimate.js';
export { contextBudget } from './context-budget.js';
export type { ContextBudget } from './context-budget.js';
