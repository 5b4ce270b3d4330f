// Why a plan came from the built-in planner instead of the model, as data: code (metrics,
// retry policy) decides on `kind`; `message` is the sentence for the panel, the log and
// `drawstream plan`.

/** Why one LLM attempt produced nothing drawable (src/planner/llm/failure.ts classifies). */
export type LlmFailureKind =
  | 'server_down' // connection refused / host unreachable: retrying at once only hammers a dead port
  | 'connection_reset' // the socket broke before anything usable arrived
  | 'first_token_timeout'
  | 'stall_timeout'
  | 'total_timeout'
  | 'model_missing' // 404 model not found / not pulled
  | 'loading'
  | 'busy'
  | 'bad_request' // other 4xx: our request or the schema was refused
  | 'wrong_endpoint' // 404 from something that is not the configured backend's chat API (wrong ENDPOINT/LLM_BACKEND)
  | 'server_error' // 5xx
  | 'stream_error' // an error line inside a 200 stream
  | 'invalid_output' // the text is not a usable plan
  | 'answer_too_long' // the answer grew far past MAX_TOKENS (or 512 KB): reading stopped, the request aborted
  | 'empty_output'
  | 'not_configured'
  | 'aborted';

/** Every reason a planner result is a fallback: an LLM failure, or one of the planner's own. */
export type PlanFallbackKind =
  | LlmFailureKind
  | 'circuit_open' // the LLM was not asked: too many failed jobs in a row
  | 'planner_error' // a bug of ours while planning (caught: the stream still gets a drawing)
  | 'builtin_error' // the built-in planner threw: the last-resort plan was drawn
  | 'builtin_empty'; // the built-in plan had nothing left after the safety checks

export interface PlanFallback {
  kind: PlanFallbackKind;
  /** One sentence for people; never parsed. */
  message: string;
}
