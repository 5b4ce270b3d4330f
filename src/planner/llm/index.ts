export { createLlmPlanner, defaultTuning } from './llm-planner.js';
export type { LlmPlanner, LlmPlannerDeps, PlannerTuning } from './llm-planner.js';
export { buildChatRequest, probeBackend, DEFAULT_ENDPOINTS, SCHEMA_NAME, serverRoot } from './backends.js';
export type { ChatRequest, ChatRequestInput, LlmBackendKind, StreamProtocol } from './backends.js';
export type { BreakerState } from './circuit-breaker.js';
export { PlanStreamScanner } from './plan-stream-scanner.js';
export type { ScanEvent } from './plan-stream-scanner.js';
export { ChatStreamDecoder } from './chat-stream-decoder.js';
export { extractJsonCandidate, parseModelText, makePlanSafe, gateSteps } from './plan-output.js';
export type { FailureKind, LlmFailure } from './failure.js';
export {
  createScreener,
  buildScreenMessages,
  parseScreenAnswer,
  screenAnswerText,
  screenJsonSchema,
  SCREEN_SCHEMA_NAME,
  SCREEN_SYSTEM_PROMPT,
  DEFAULT_SCREEN_TIMEOUT_SEC,
} from './classify.js';
export type { ScreenerDeps } from './classify.js';
