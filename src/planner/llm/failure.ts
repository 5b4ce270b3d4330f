// Why one LLM attempt produced nothing drawable. The kind decides retry and breaker policy
// (and labels the failure metric); the message is one clear sentence for the panel and the log.
import type { LlmFailureKind } from '../../core/index.js';

/** The kinds are listed in src/core (planning.ts): a fallback carries them past the planner. */
export type FailureKind = LlmFailureKind;

export interface LlmFailure {
  kind: FailureKind;
  message: string;
  status?: number;
  /** From a `Retry-After` header on 429/503: the server's own idea of when to come back. */
  retryAfterMs?: number;
}

const RETRYABLE: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'connection_reset',
  'first_token_timeout',
  'stall_timeout',
  'loading',
  'busy',
  'server_error',
  'stream_error',
  'invalid_output',
  'answer_too_long',
  'empty_output',
]);

export function isRetryable(failure: LlmFailure): boolean {
  return RETRYABLE.has(failure.kind);
}

export function failure(kind: FailureKind, message: string, status?: number): LlmFailure {
  return status === undefined ? { kind, message } : { kind, message, status };
}

/** `Retry-After` as seconds or an HTTP date → ms from now (undefined when absent or unreadable). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/**
 * Maps an HTTP error answer (before any stream) to a failure; `body` is at most a few KB of text.
 * `backend` only changes wording (Ollama: "model not pulled … ollama pull").
 */
export function classifyHttpError(status: number, body: string, modelId: string, backend?: string, url?: string): LlmFailure {
  const detail = errorText(body);
  const lower = detail.toLowerCase();
  const modelProblem = /model/.test(lower) && /not found|does not exist|unknown|no such|try pulling/.test(lower);
  if (status === 404 && !modelProblem && detail !== '') {
    // A 404 that is not about the model: something else answers at ENDPOINT (a web server,
    // another API, drawstream's own port) or LLM_BACKEND names the wrong protocol.
    return failure(
      'wrong_endpoint',
      `no ${backend ?? 'chat'} API at ${url ?? 'ENDPOINT'} (HTTP 404: ${detail}): check ENDPOINT and LLM_BACKEND`,
      status,
    );
  }
  if (status === 404 || (status === 400 && modelProblem)) {
    if (backend === 'ollama')
      return failure('model_missing', `model not pulled: ${modelId} (run: ollama pull ${modelId})${detail ? ` (${detail})` : ''}`, status);
    return failure('model_missing', `model not found: ${modelId}${detail ? ` (${detail})` : ''}`, status);
  }
  if (status === 429) return failure('busy', `server busy (HTTP 429${detail ? `: ${detail}` : ''})`, status);
  if (status === 503) {
    if (/load/.test(lower)) return failure('loading', `model loading (HTTP 503${detail ? `: ${detail}` : ''})`, status);
    return failure('busy', `server unavailable (HTTP 503${detail ? `: ${detail}` : ''})`, status);
  }
  if (status >= 500) return failure('server_error', `server error (HTTP ${status}${detail ? `: ${detail}` : ''})`, status);
  return failure('bad_request', `request refused (HTTP ${status}${detail ? `: ${detail}` : ''})`, status);
}

/** Pulls the human part out of `{"error":"…"}`, `{"error":{"message":"…"}}` or plain text. */
export function errorText(body: string): string {
  const trimmed = body.trim();
  if (trimmed === '') return '';
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (parsed && typeof parsed === 'object') {
      const error = (parsed as Record<string, unknown>).error ?? (parsed as Record<string, unknown>).message;
      if (typeof error === 'string') return oneLine(error);
      if (error && typeof error === 'object' && typeof (error as Record<string, unknown>).message === 'string') {
        return oneLine((error as Record<string, string>).message);
      }
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return oneLine(trimmed);
}

export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** Classifies what `fetch` (undici) throws when the request never got an answer. */
export function classifyNetworkError(error: unknown, endpoint: string): LlmFailure {
  const codes: string[] = [];
  let message = '';
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof e.code === 'string') codes.push(e.code);
    if (!message && typeof e.message === 'string') message = e.message;
    if (Array.isArray(e.errors)) {
      for (const inner of e.errors)
        if (inner && typeof (inner as { code?: unknown }).code === 'string') codes.push((inner as { code: string }).code);
    }
    current = e.cause;
  }
  const down = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EADDRNOTAVAIL'];
  const found = codes.find((code) => down.includes(code));
  if (found) return failure('server_down', `server down: cannot connect to ${endpoint} (${found})`);
  const reset = codes.find((code) => ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_CLOSED'].includes(code));
  return failure('connection_reset', `connection to ${endpoint} broke (${reset ?? (oneLine(message) || 'network error')})`);
}
