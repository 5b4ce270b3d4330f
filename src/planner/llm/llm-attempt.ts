// One HTTP request to the model, streamed: timers (first token, stall, overall deadline),
// the caller's abort, decoding, incremental plan assembly, and the decision of what the
// answer is worth. Never throws; every outcome is a value.
import type { Plan, PlanIssue, RendererSettings } from '../../dsl/index.js';
import type { Gatekeeper } from '../../gate/index.js';
import { estimateTokens } from '../prompt/index.js';
import type { PlanOptions } from '../types.js';
import type { ChatRequest } from './backends.js';
import { ChatStreamDecoder } from './chat-stream-decoder.js';
import { classifyHttpError, classifyNetworkError, failure, oneLine, parseRetryAfter, type LlmFailure } from './failure.js';
import { parseModelText, planFromObject } from './plan-output.js';
import { PlanStreamScanner } from './plan-stream-scanner.js';
import { StreamingPlanAssembler } from './stream-assembler.js';

export interface AttemptInput {
  request: ChatRequest;
  headers: Record<string, string>;
  fetch: typeof fetch;
  modelId: string;
  /** Only for wording ("model not pulled" on Ollama, "no vllm API at …"). */
  backend?: string;
  gate: Gatekeeper;
  renderer: Partial<RendererSettings>;
  defaultSeed: number;
  onPartial?: PlanOptions['onPartial'];
  signal?: AbortSignal;
  /** Absolute time (performance.now()) by which the whole plan() call must be done. */
  deadlineAt: number;
  firstTokenMs: number;
  stallMs: number;
  onPartialError?: (error: unknown) => void;
  /** MAX_TOKENS asked of the server: an answer far longer than that many tokens is cut off. */
  maxTokens?: number;
}

export type AttemptOutcome =
  | {
      ok: true;
      plan: Plan;
      issues: PlanIssue[];
      incompleteReason?: string;
      outputTokens: number;
      partialsDelivered: number;
      repaired: boolean;
    }
  | { ok: false; failure: LlmFailure; outputText?: string };

/** Error bodies are read up to this size; the rest is not worth waiting for. */
const MAX_ERROR_BODY = 16 * 1024;
/** More model text than this is not a plan (MAX_TOKENS ≤ 8192): stop reading. */
export const MAX_ANSWER_CHARS = 512 * 1024;
/**
 * Characters per token allowed before an answer counts as far past MAX_TOKENS. Plan JSON is
 * ~3 characters per token; 16 leaves room for any tokenizer (runs of spaces or `#`), so only
 * a server that ignores max_tokens, or a runaway answer, is cut.
 */
export const CHARS_PER_TOKEN_BUDGET = 16;

/** How much model text is read: MAX_TOKENS × CHARS_PER_TOKEN_BUDGET, never more than MAX_ANSWER_CHARS. */
export function answerCharBudget(maxTokens: number | undefined): number {
  if (maxTokens === undefined || !Number.isFinite(maxTokens) || maxTokens <= 0) return MAX_ANSWER_CHARS;
  return Math.min(MAX_ANSWER_CHARS, Math.ceil(maxTokens) * CHARS_PER_TOKEN_BUDGET);
}

/** A non-streamed (plain JSON) answer is read up to this size. */
const MAX_JSON_BODY = 2 * 1024 * 1024;

async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < limit) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return text.slice(0, limit);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}

function contentOfJsonAnswer(text: string): { content: string } | { error: string } | null {
  try {
    const parsed = JSON.parse(text) as Record<string, any>;
    if (parsed?.error !== undefined) {
      return { error: typeof parsed.error === 'string' ? parsed.error : String(parsed.error?.message ?? 'error') };
    }
    const content = parsed?.message?.content ?? parsed?.choices?.[0]?.message?.content ?? parsed?.choices?.[0]?.text;
    return typeof content === 'string' ? { content } : null;
  } catch {
    return null;
  }
}

export async function runAttempt(input: AttemptInput): Promise<AttemptOutcome> {
  const started = performance.now();
  const root = originOf(input.request.url);
  if (input.signal?.aborted) return { ok: false, failure: failure('aborted', 'cancelled by the caller') };
  const remaining = Math.max(0, input.deadlineAt - started);
  const controller = new AbortController();
  let stopReason: LlmFailure | null = null;
  const stop = (reason: LlmFailure) => {
    if (stopReason) return;
    stopReason = reason;
    controller.abort(new Error(reason.message));
  };
  const onCallerAbort = () => stop(failure('aborted', 'cancelled by the caller'));
  input.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const totalTimer = setTimeout(
    () => stop(failure('total_timeout', `timeout: no complete answer within the ${seconds(remaining)} left of LLM_TIMEOUT_SEC`)),
    remaining,
  );
  let firstTimer: NodeJS.Timeout | undefined = setTimeout(
    () => stop(failure('first_token_timeout', `timeout: no first token within ${seconds(Math.min(input.firstTokenMs, remaining))}`)),
    Math.min(input.firstTokenMs, remaining),
  );
  let stallTimer: NodeJS.Timeout | undefined;
  const armStall = () => {
    if (stallTimer) clearTimeout(stallTimer);
    stallTimer = setTimeout(
      () => stop(failure('stall_timeout', `timeout: the stream stalled for ${seconds(input.stallMs)}`)),
      input.stallMs,
    );
  };

  const scanner = new PlanStreamScanner();
  const assembler = new StreamingPlanAssembler({
    gate: input.gate,
    renderer: input.renderer,
    defaultSeed: input.defaultSeed,
    onPartial: input.onPartial,
    onPartialError: input.onPartialError,
  });
  let gotContent = false;
  let receivedChars = 0;
  const budget = answerCharBudget(input.maxTokens);
  const onContent = (text: string) => {
    if (stopReason) return;
    // Only what fits the budget is scanned: the complete steps in it are kept (streamed()).
    const room = budget - receivedChars;
    receivedChars += text.length;
    if (receivedChars > budget) {
      if (room > 0) assembler.handle(scanner.push(text.slice(0, room)));
      const why =
        budget < MAX_ANSWER_CHARS
          ? `the answer passed ${budget} characters (MAX_TOKENS ${input.maxTokens} × ${CHARS_PER_TOKEN_BUDGET}) without ending`
          : `the answer passed ${MAX_ANSWER_CHARS / 1024} KB without ending`;
      stop(failure('answer_too_long', why));
      return;
    }
    if (!gotContent) {
      gotContent = true;
      if (firstTimer) clearTimeout(firstTimer);
      firstTimer = undefined;
    }
    armStall();
    assembler.handle(scanner.push(text));
  };

  try {
    let response: Response;
    try {
      response = await input.fetch(input.request.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: input.request.protocol === 'sse' ? 'text/event-stream' : 'application/x-ndjson',
          ...input.headers,
        },
        body: JSON.stringify(input.request.body),
        signal: controller.signal,
      });
    } catch (error) {
      return { ok: false, failure: stopReason ?? classifyNetworkError(error, root) };
    }

    if (!response.ok) {
      let body = '';
      try {
        body = await readLimited(response, MAX_ERROR_BODY);
      } catch {
        // the status alone is enough
      }
      if (stopReason) return { ok: false, failure: stopReason };
      const refused = classifyHttpError(response.status, body, input.modelId, input.backend, root);
      const retryAfterMs =
        response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      return { ok: false, failure: retryAfterMs !== undefined ? { ...refused, retryAfterMs } : refused };
    }

    let finishReason: string | undefined;
    let outputTokens: number | undefined;
    let doneSeen = false;
    let brokenBy: LlmFailure | null = null;
    const contentType = response.headers.get('content-type') ?? '';
    /** Whether anything in the body was a chat event at all (content, finish, usage, error, done). */
    let recognised = false;
    /** The first bytes of the body, to say what a server that did not stream a chat answer sent instead. */
    let head = '';
    let unreadableLines = 0;

    if (/application\/json/i.test(contentType)) {
      // A server that ignored `stream: true` and answered in one piece.
      try {
        const answer = contentOfJsonAnswer(await readLimited(response, MAX_JSON_BODY));
        if (answer && 'error' in answer) brokenBy = failure('stream_error', `server error: ${answer.error}`);
        else if (answer) {
          onContent(answer.content);
          doneSeen = true;
        } else brokenBy = failure('invalid_output', 'the server answered JSON that is not a chat answer');
      } catch (error) {
        brokenBy = stopReason ?? classifyNetworkError(error, root);
      }
    } else if (response.body) {
      const decoder = new ChatStreamDecoder(input.request.protocol);
      const reader = response.body.getReader();
      const text = new TextDecoder();
      const handle = (events: ReturnType<ChatStreamDecoder['push']>): boolean => {
        for (const event of events) {
          recognised = true;
          if (event.type === 'content') onContent(event.text);
          else if (event.type === 'finish') finishReason = event.finishReason;
          else if (event.type === 'usage') outputTokens = event.outputTokens;
          else if (event.type === 'error') {
            brokenBy = failure('stream_error', `server error mid-stream: ${event.message}`);
            return true;
          } else if (event.type === 'done') {
            if (event.outputTokens !== undefined) outputTokens = event.outputTokens;
            doneSeen = true;
            return true;
          }
        }
        return false;
      };
      try {
        let over = false;
        while (!over) {
          const { value, done } = await reader.read();
          if (done) {
            over = handle(decoder.push(text.decode()));
            if (!over) over = handle(decoder.end());
            break;
          }
          const piece = text.decode(value, { stream: true });
          if (head.length < 200) head += piece.slice(0, 200 - head.length);
          over = handle(decoder.push(piece));
        }
      } catch (error) {
        brokenBy = stopReason ?? classifyNetworkError(error, root);
      } finally {
        reader.cancel().catch(() => undefined);
        unreadableLines = decoder.unreadableLines;
      }
    }
    if (stopReason) brokenBy = stopReason;
    const failed = brokenBy as LlmFailure | null;
    if (failed?.kind === 'aborted') return { ok: false, failure: failed };

    const finished = doneSeen || finishReason !== undefined;
    // A plan object that closed is whole, however the stream around it ended (no final
    // chunk, no [DONE], finish_reason "length" right after the last brace, a reset after it).
    const closed = scanner.complete && assembler.stepsSeen > 0;
    const completion: 'complete' | 'truncated' | 'broken' = closed
      ? 'complete'
      : failed
        ? 'broken'
        : finishReason === 'length'
          ? 'truncated'
          : finished
            ? 'complete'
            : 'truncated';
    const received = scanner.received;
    const tokens = outputTokens ?? estimateTokens(received);
    const incompleteReason = (): string | undefined => {
      if (closed) return undefined;
      if (failed) return failed.message;
      if (completion === 'truncated')
        return finishReason === 'length' ? 'the answer hit MAX_TOKENS' : 'the stream ended without a final message';
      return scanner.complete ? undefined : 'the JSON object never closed';
    };
    const streamed = () => {
      const plan = assembler.current()!;
      const reason = incompleteReason();
      return {
        ok: true as const,
        plan,
        issues: assembler.issues,
        ...(reason ? { incompleteReason: reason } : {}),
        outputTokens: tokens,
        partialsDelivered: assembler.partialsDelivered,
        repaired: false,
      };
    };

    if (assembler.partialsDelivered > 0) return streamed();
    if (completion === 'truncated' && assembler.stepCount > 0) return streamed();
    if (completion !== 'broken') {
      const parsed = parseModelText(received);
      if (parsed) {
        const safe = planFromObject(parsed.value, input.gate, input.renderer, input.defaultSeed);
        if (safe.plan) {
          const reason = completion === 'truncated' ? incompleteReason() : undefined;
          return {
            ok: true,
            plan: safe.plan,
            issues: safe.issues,
            ...(reason ? { incompleteReason: reason } : {}),
            outputTokens: tokens,
            partialsDelivered: 0,
            repaired: parsed.repaired,
          };
        }
        if (assembler.stepCount > 0) return streamed();
        const why = safe.issues
          .slice(0, 3)
          .map((issue) => `${issue.index}: ${issue.reason}`)
          .join('; ');
        return {
          ok: false,
          failure: failure('invalid_output', `the model's plan has nothing valid to draw${why ? ` (${why})` : ''}`),
          outputText: received,
        };
      }
    }
    if (assembler.stepCount > 0) return streamed();
    if (failed) return { ok: false, failure: failed, outputText: received };
    if (received === '' && !failed && (unreadableLines > 0 || (!recognised && !/event-stream|ndjson/i.test(contentType)))) {
      const what = oneLine(head.replace(/[^\x20-\x7e\u00a0-\uffff]+/g, ' ')).slice(0, 120);
      return {
        ok: false,
        failure: failure(
          'invalid_output',
          `the server answered HTTP ${response.status} but not a chat stream (${contentType || 'no content-type'}${what ? `: ${what}` : ''})`,
        ),
      };
    }
    if (received.trim() === '') return { ok: false, failure: failure('empty_output', 'the model answered nothing') };
    return { ok: false, failure: failure('invalid_output', 'the model did not answer JSON'), outputText: received };
  } finally {
    clearTimeout(totalTimer);
    if (firstTimer) clearTimeout(firstTimer);
    if (stallTimer) clearTimeout(stallTimer);
    input.signal?.removeEventListener('abort', onCallerAbort);
  }
}
