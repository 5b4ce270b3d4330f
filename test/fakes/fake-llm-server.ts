// A local fake LLM server for tests (loopback, ephemeral port). It speaks Ollama's native
// API (/api/chat NDJSON, /api/tags, /api/version, GET /) and the OpenAI-compatible one
// (/v1/chat/completions SSE with `: ping` comments, /v1/models, /health), streams a
// configured answer at a configurable rate, records every request, and misbehaves on demand.
// Classification requests (the model check: a response schema with `verdict`) are told apart
// from plan requests and answered on their own (`screen`: allow / block / garbage / 500 / hang).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_MODEL = 'mistral-nemo:12b-instruct-2407-q4_K_M';

export type FakeLlmMode =
  | 'normal' // stream `text` and finish cleanly
  | 'slow' // like normal, `delayMs` (default 25) between chunks: a slow GPU
  | 'prose' // "Sure! Here is…" + JSON + "Enjoy!"
  | 'fence' // ```json … ```
  | 'truncated' // the first `truncateAt` chars, then a clean finish (finish_reason `length`)
  | 'garbage' // text that is not JSON at all
  | 'empty' // a clean stream with no content
  | 'http500' // 500 {"error": …} before streaming
  | 'model_not_found' // 404 with the backend's own body
  | 'loading' // 503 "Loading model" (chat and /health)
  | 'busy' // 429 overloaded
  | 'hang' // accept the request, never answer
  | 'slow_first_token' // headers at once, first content after `firstTokenDelayMs` (SSE pings meanwhile)
  | 'stall' // stream `errorAfterChars`, then go silent forever
  | 'mid_stream_error' // stream `errorAfterChars`, then an error line, then end
  | 'reset' // destroy the socket without answering
  | 'reset_mid_stream' // stream `errorAfterChars`, then destroy the socket
  | 'non_stream' // ignore `stream: true`: one application/json answer
  | 'busy_503' // 503 with the backend's own "busy" body (Ollama: maximum pending requests exceeded)
  | 'hang_after_headers' // 200 + headers at once, then silence (no pings, no content)
  | 'pings' // SSE `: ping` / `:` comment lines (Ollama: blank lines) between every chunk
  | 'no_done' // stream the text, then end the body with no final chunk, no finish_reason, no [DONE]
  | 'non_utf8' // invalid UTF-8 bytes: a binary garbage line, and inside the prose before the JSON
  | 'mid_stream_error_tgi' // SSE `data:{"error":…,"error_type":"generation"}` (no space), HTTP 200
  | 'html'; // 200 text/html error page from a proxy instead of a stream

export interface FakeLlmBehaviour {
  mode: FakeLlmMode;
  /** What the "model" writes; default the server's plan text. */
  text?: string;
  chunkSize?: number;
  delayMs?: number;
  firstTokenDelayMs?: number;
  truncateAt?: number;
  errorAfterChars?: number;
  /** Seconds for a `Retry-After` header on 429/503 answers. */
  retryAfterSec?: number;
}

/** How the fake answers a classification request (the model check). */
export type FakeScreenMode = 'allow' | 'block' | 'garbage' | 'http500' | 'hang';

export interface FakeScreenBehaviour {
  mode: FakeScreenMode;
  /** The category of a `block` (default `sexual`). */
  category?: string;
  /** Wait before answering, ms. */
  delayMs?: number;
}

/** A classification request: its response schema (Ollama `format`, OpenAI-style `response_format`, llama.cpp `json_schema`) has `verdict`. */
export function isScreenRequest(body: any): boolean {
  const schemas = [body?.format, body?.response_format?.json_schema?.schema, body?.response_format?.value, body?.json_schema];
  return schemas.some((schema) => typeof schema === 'object' && schema !== null && 'verdict' in (schema.properties ?? {}));
}

export interface FakeLlmServerOptions {
  /** How classification requests are answered (default `allow`). */
  screen?: FakeScreenMode | FakeScreenBehaviour;
  /** The answer streamed in `normal` mode (object → JSON.stringify). */
  plan?: string | object;
  /** Characters per streamed chunk ("token"); default 12. */
  chunkSize?: number;
  /** Delay between chunks in ms; default 0. */
  delayMs?: number;
  behaviour?: FakeLlmMode | FakeLlmBehaviour;
  /** Models listed by /api/tags and /v1/models; Ollama's /api/chat 404s any other. */
  models?: string[];
  /** SSE keep-alive comment interval while waiting, ms; 0 = none. Default 50. */
  pingMs?: number;
  /**
   * The context window the server reports: llama-server /props n_ctx, vLLM /v1/models
   * max_model_len, TGI /info max_total_tokens, Ollama /api/ps context_length (once a chat
   * loaded the model; Ollama reports the num_ctx it was loaded with when no value is set).
   * Undefined: /props, /info and max_model_len are absent, as on servers that do not say.
   */
  contextTokens?: number;
  /** TGI /info max_input_tokens; default contextTokens - 1. */
  inputTokens?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or the raw text when it is not JSON (undefined for no body). */
  body: any;
  raw: string;
  at: number;
}

export interface SentChunk {
  /** Index into `requests` of the request this chunk answered. */
  request: number;
  /** performance.now() right after the chunk was handed to the socket. */
  at: number;
  text: string;
}

export interface FakeLlmServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Only POST /api/chat and /v1/chat/completions. */
  chatRequests(): RecordedRequest[];
  /** Only the classification requests (the model check). */
  screenRequests(): RecordedRequest[];
  /** Only the plan requests (chat requests that are not classification requests). */
  planRequests(): RecordedRequest[];
  /** How the next classification requests are answered (default for all later ones). */
  setScreen(behaviour: FakeScreenMode | FakeScreenBehaviour): void;
  /** Every content chunk written, in order. */
  sent: SentChunk[];
  setBehaviour(behaviour: FakeLlmMode | FakeLlmBehaviour): void;
  /** Behaviours for the next chat requests, in order; afterwards the default applies again. */
  queueBehaviours(...behaviours: Array<FakeLlmMode | FakeLlmBehaviour>): void;
  setPlan(plan: string | object): void;
  setModels(models: string[]): void;
  close(): Promise<void>;
}

const DEFAULT_PLAN = {
  version: '1',
  canvas: { w: 96, h: 96, bg: '#102040' },
  seed: 5,
  steps: [
    { op: 'rect', x: 0, y: 70, w: 96, h: 26, fill: '#2d6a4f' },
    { op: 'circle', cx: 48, cy: 40, r: 16, fill: '#ffd166', outline: '#000000' },
    { op: 'line', x1: 10, y1: 10, x2: 30, y2: 20, width: 2, color: '#ffffff' },
  ],
  caption: 'All for you',
};

function normalise(behaviour: FakeLlmMode | FakeLlmBehaviour): FakeLlmBehaviour {
  return typeof behaviour === 'string' ? { mode: behaviour } : behaviour;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTag(name: string): string {
  return name.includes(':') ? name : `${name}:latest`;
}

export async function startFakeLlmServer(options: FakeLlmServerOptions = {}): Promise<FakeLlmServer> {
  let planText = typeof options.plan === 'string' ? options.plan : JSON.stringify(options.plan ?? DEFAULT_PLAN);
  let models = options.models ?? [FAKE_MODEL];
  let defaultBehaviour = normalise(options.behaviour ?? 'normal');
  const queue: FakeLlmBehaviour[] = [];
  const requests: RecordedRequest[] = [];
  const sent: SentChunk[] = [];
  const pingMs = options.pingMs ?? 50;
  const normaliseScreen = (b: FakeScreenMode | FakeScreenBehaviour): FakeScreenBehaviour => (typeof b === 'string' ? { mode: b } : b);
  let screenBehaviour = normaliseScreen(options.screen ?? 'allow');
  let closed = false;
  /** Ollama models loaded by a chat, with the context they were loaded with (/api/ps). */
  const loaded = new Map<string, number>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const path = (req.url ?? '/').split('?')[0];
      const index = requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body, raw, at: performance.now() }) - 1;
      route(req, res, path, body, index).catch(() => res.destroy());
    });
  });

  function json(res: ServerResponse, status: number, value: unknown, retryAfterSec?: number): void {
    const text = JSON.stringify(value);
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) };
    if (retryAfterSec !== undefined) headers['retry-after'] = String(retryAfterSec);
    res.writeHead(status, headers);
    res.end(text);
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string, body: any, index: number): Promise<void> {
    const method = req.method ?? 'GET';
    const current = queue[0] ?? defaultBehaviour;
    if (method === 'GET' || method === 'HEAD') {
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('Ollama is running');
        return;
      }
      if (path === '/api/version') return json(res, 200, { version: '0.12.0-fake' });
      if (path === '/api/tags') {
        return json(res, 200, { models: models.map((name) => ({ name, model: name, size: 7_000_000_000, details: { format: 'gguf' } })) });
      }
      if (path === '/v1/models') {
        if (current.mode === 'loading')
          return json(res, 503, { error: { code: 503, message: 'Loading model', type: 'unavailable_error' } });
        const ctx = options.contextTokens !== undefined ? { max_model_len: options.contextTokens } : {};
        return json(res, 200, {
          object: 'list',
          data: models.map((id) => ({ id, object: 'model', owned_by: 'fake', meta: null, ...ctx })),
        });
      }
      if (path === '/api/ps') {
        const running = [...loaded].map(([name, ctx]) => ({
          name,
          model: name,
          size: 7_000_000_000,
          size_vram: 7_000_000_000,
          expires_at: new Date(Date.now() + 1_800_000).toISOString(),
          context_length: options.contextTokens ?? ctx,
        }));
        return json(res, 200, { models: running });
      }
      if (path === '/props' && options.contextTokens !== undefined) {
        return json(res, 200, {
          default_generation_settings: { n_ctx: options.contextTokens, params: {} },
          total_slots: 1,
          model_path: 'fake.gguf',
          build_info: 'fake',
        });
      }
      if (path === '/info' && options.contextTokens !== undefined) {
        return json(res, 200, {
          model_id: models[0],
          max_total_tokens: options.contextTokens,
          max_input_tokens: options.inputTokens ?? options.contextTokens - 1,
          version: 'fake',
        });
      }
      if (path === '/health' || path === '/v1/health') {
        if (current.mode === 'loading')
          return json(res, 503, { error: { code: 503, message: 'Loading model', type: 'unavailable_error' } });
        return json(res, 200, { status: 'ok' });
      }
      return json(res, 404, { error: 'not found' });
    }
    const ollama = path === '/api/chat';
    const openai = path === '/v1/chat/completions';
    if (method !== 'POST' || (!ollama && !openai)) return json(res, 404, { error: 'not found' });
    if (isScreenRequest(body)) return answerScreen(req, res, ollama, body);
    const behaviour = queue.shift() ?? defaultBehaviour;
    const model = typeof body?.model === 'string' ? body.model : '';

    switch (behaviour.mode) {
      case 'hang':
        return; // the socket stays open until the client gives up or close()
      case 'reset':
        req.socket.destroy();
        return;
      case 'http500':
        return json(
          res,
          500,
          ollama
            ? { error: 'llama runner process has terminated: exit status 2' }
            : { error: { code: 500, message: 'internal server error', type: 'server_error' } },
        );
      case 'model_not_found':
        return json(
          res,
          404,
          ollama
            ? { error: `model '${model}' not found` }
            : { error: { message: `The model \`${model}\` does not exist.`, type: 'NotFoundError', code: 404 } },
        );
      case 'loading':
        return json(res, 503, { error: { code: 503, message: 'Loading model', type: 'unavailable_error' } }, behaviour.retryAfterSec);
      case 'busy':
        // Ollama: {"error": "..."}; TGI: {"error", "error_type": "overloaded"} (llm-backends.md §1, §3).
        return json(
          res,
          429,
          ollama ? { error: 'too many requests' } : { error: 'Model is overloaded', error_type: 'overloaded' },
          behaviour.retryAfterSec,
        );
      case 'busy_503':
        return json(
          res,
          503,
          ollama
            ? { error: 'server busy, please try again.  maximum pending requests exceeded' }
            : { error: { code: 503, message: 'Service Unavailable: no slot available', type: 'unavailable_error' } },
          behaviour.retryAfterSec,
        );
      case 'html': {
        const page =
          '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n';
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(page) });
        res.end(page);
        return;
      }
      case 'hang_after_headers':
        res.writeHead(200, { 'content-type': ollama ? 'application/x-ndjson' : 'text/event-stream' });
        res.flushHeaders();
        return; // no content ever; the socket stays open
    }
    if (ollama && !models.some((name) => withTag(name) === withTag(model))) {
      return json(res, 404, { error: `model "${model}" not found, try pulling it first` });
    }
    if (ollama) loaded.set(model, Number(body?.options?.num_ctx) || 2048); // Ollama's old default
    if (behaviour.mode === 'non_stream') {
      const whole = behaviour.text ?? planText;
      sent.push({ request: index, at: performance.now(), text: whole });
      return json(
        res,
        200,
        ollama
          ? { model, message: { role: 'assistant', content: whole }, done: true, done_reason: 'stop' }
          : {
              id: `chatcmpl-${index}`,
              object: 'chat.completion',
              model,
              choices: [{ index: 0, message: { role: 'assistant', content: whole }, finish_reason: 'stop' }],
            },
      );
    }

    const text = behaviour.text ?? planText;
    let content = text;
    let finishReason = 'stop';
    let cutAfter: number | undefined;
    let ending: 'clean' | 'error' | 'error_tgi' | 'reset' | 'stall' | 'no_done' = 'clean';
    switch (behaviour.mode) {
      case 'prose':
        content = `Sure! Here is your drawing:\n${text}\nEnjoy the picture!`;
        break;
      case 'fence':
        content = '```json\n' + text + '\n```';
        break;
      case 'truncated':
        content = text.slice(0, behaviour.truncateAt ?? Math.floor(text.length * 0.6));
        finishReason = 'length';
        break;
      case 'garbage':
        content = 'I am so sorry, I cannot draw. ~~~ <<<>>> ;; lorem ipsum dolor';
        break;
      case 'empty':
        content = '';
        break;
      case 'mid_stream_error':
      case 'mid_stream_error_tgi':
      case 'reset_mid_stream':
      case 'stall':
        cutAfter = behaviour.errorAfterChars ?? Math.floor(text.length / 2);
        content = text.slice(0, cutAfter);
        ending =
          behaviour.mode === 'mid_stream_error'
            ? 'error'
            : behaviour.mode === 'mid_stream_error_tgi'
              ? 'error_tgi'
              : behaviour.mode === 'stall'
                ? 'stall'
                : 'reset';
        break;
      case 'no_done':
        ending = 'no_done';
        break;
    }

    const chunkSize = Math.max(1, behaviour.chunkSize ?? options.chunkSize ?? 12);
    const delayMs = behaviour.delayMs ?? options.delayMs ?? (behaviour.mode === 'slow' ? 25 : 0);
    let gone = false;
    res.on('close', () => {
      gone = true;
    });
    const id = `chatcmpl-${index}`;
    const created = Math.floor(Date.now() / 1000);
    res.writeHead(200, {
      'content-type': ollama ? 'application/x-ndjson' : 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.flushHeaders();
    const frame = (piece: string, first: boolean): string =>
      ollama
        ? JSON.stringify({ model, created_at: new Date().toISOString(), message: { role: 'assistant', content: piece }, done: false }) +
          '\n'
        : `data: ${JSON.stringify({
            id,
            object: 'chat.completion.chunk',
            created,
            model,
            choices: [{ index: 0, delta: first ? { role: 'assistant', content: piece } : { content: piece }, finish_reason: null }],
          })}\n\n`;

    if (behaviour.mode === 'slow_first_token') {
      const waitUntil = performance.now() + (behaviour.firstTokenDelayMs ?? 1000);
      while (!gone && !closed && performance.now() < waitUntil) {
        if (!ollama && pingMs > 0) res.write(': ping\n\n');
        await sleep(Math.max(1, Math.min(pingMs > 0 ? pingMs : 50, waitUntil - performance.now())));
      }
    }
    if (behaviour.mode === 'non_utf8') {
      // A line of raw bytes that are not UTF-8 at all, before the first chunk.
      res.write(
        Buffer.concat([
          Buffer.from(ollama ? '' : 'data: '),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0x80]),
          Buffer.from(ollama ? '\n' : '\n\n'),
        ]),
      );
      // Then prose whose bytes break UTF-8 (a lone continuation byte, a cut 2-byte lead, 0xff) inside the content string.
      const [before, after] = frame('Voil\u00e0 @@:\n', true).split('@@');
      res.write(Buffer.concat([Buffer.from(before), Buffer.from([0x80, 0xc3, 0x20, 0xff]), Buffer.from(after)]));
    }
    let first = behaviour.mode !== 'non_utf8';
    for (let i = 0; i < content.length && !gone && !closed; i += chunkSize) {
      const piece = content.slice(i, i + chunkSize);
      if (behaviour.mode === 'pings' && i > 0) res.write(ollama ? '\n' : ': ping\n\n:\n\n');
      res.write(frame(piece, first));
      sent.push({ request: index, at: performance.now(), text: piece });
      first = false;
      if (delayMs > 0) await sleep(delayMs);
      else if (i % (chunkSize * 64) === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    if (gone || closed) return;
    if (ending === 'reset') {
      await sleep(5);
      req.socket.destroy();
      return;
    }
    if (ending === 'stall') return; // silence; the socket stays open
    if (ending === 'no_done') {
      res.end();
      return;
    }
    if (ending === 'error_tgi') {
      res.end(
        ollama
          ? JSON.stringify({ error: 'Request failed during generation: Server error: CUDA out of memory' }) + '\n'
          : `data:${JSON.stringify({ error: 'Request failed during generation: Server error: CUDA out of memory', error_type: 'generation' })}\n\n`,
      );
      return;
    }
    if (ending === 'error') {
      res.end(
        ollama
          ? JSON.stringify({ error: 'an error was encountered while running the model: unexpected EOF' }) + '\n'
          : `data: ${JSON.stringify({ error: { code: 500, message: 'generation failed: unexpected EOF', type: 'server_error' } })}\n\n`,
      );
      return;
    }
    const outputTokens = Math.ceil(content.length / 4);
    if (ollama) {
      res.end(
        JSON.stringify({
          model,
          created_at: new Date().toISOString(),
          message: { role: 'assistant', content: '' },
          done: true,
          done_reason: finishReason,
          total_duration: 1_000_000,
          load_duration: 1000,
          prompt_eval_count: 100,
          prompt_eval_duration: 1000,
          eval_count: outputTokens,
          eval_duration: 1000,
        }) + '\n',
      );
    } else {
      res.write(
        `data: ${JSON.stringify({
          id,
          object: 'chat.completion.chunk',
          created,
          model,
          choices: [{ index: 0, delta: {}, finish_reason: finishReason }],
          usage: { prompt_tokens: 100, completion_tokens: outputTokens, total_tokens: 100 + outputTokens },
          timings: { cache_n: 90, prompt_n: 10, predicted_n: outputTokens },
        })}\n\n`,
      );
      res.end('data: [DONE]\n\n');
    }
  }

  async function answerScreen(req: IncomingMessage, res: ServerResponse, ollama: boolean, body: any): Promise<void> {
    const behaviour = screenBehaviour;
    const model = typeof body?.model === 'string' ? body.model : '';
    if (behaviour.delayMs) await sleep(behaviour.delayMs);
    if (closed) return;
    switch (behaviour.mode) {
      case 'hang':
        return; // never answers
      case 'http500':
        return json(
          res,
          500,
          ollama
            ? { error: 'llama runner process has terminated: exit status 2' }
            : { error: { code: 500, message: 'internal server error' } },
        );
    }
    const content =
      behaviour.mode === 'garbage'
        ? 'Sure, this looks fine to me!'
        : JSON.stringify({ verdict: behaviour.mode, category: behaviour.mode === 'block' ? (behaviour.category ?? 'sexual') : 'none' });
    if (body?.stream === true) {
      // A server that streams anyway: one content chunk, then the end.
      res.writeHead(200, { 'content-type': ollama ? 'application/x-ndjson' : 'text/event-stream' });
      if (ollama) {
        res.write(JSON.stringify({ model, message: { role: 'assistant', content }, done: false }) + '\n');
        res.end(JSON.stringify({ model, message: { role: 'assistant', content: '' }, done: true, done_reason: 'stop' }) + '\n');
      } else {
        res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`);
        res.end('data: [DONE]\n\n');
      }
      void req;
      return;
    }
    return json(
      res,
      200,
      ollama
        ? { model, message: { role: 'assistant', content }, done: true, done_reason: 'stop', eval_count: 12 }
        : {
            id: 'chatcmpl-screen',
            object: 'chat.completion',
            model,
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 300, completion_tokens: 12, total_tokens: 312 },
          },
    );
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    sent,
    chatRequests: () => requests.filter((r) => r.method === 'POST' && (r.path === '/api/chat' || r.path === '/v1/chat/completions')),
    screenRequests: () =>
      requests.filter(
        (r) => r.method === 'POST' && (r.path === '/api/chat' || r.path === '/v1/chat/completions') && isScreenRequest(r.body),
      ),
    planRequests: () =>
      requests.filter(
        (r) => r.method === 'POST' && (r.path === '/api/chat' || r.path === '/v1/chat/completions') && !isScreenRequest(r.body),
      ),
    setScreen(behaviour) {
      screenBehaviour = normaliseScreen(behaviour);
    },
    setBehaviour(behaviour) {
      defaultBehaviour = normalise(behaviour);
    },
    queueBehaviours(...behaviours) {
      queue.push(...behaviours.map(normalise));
    },
    setPlan(plan) {
      planText = typeof plan === 'string' ? plan : JSON.stringify(plan);
    },
    setModels(list) {
      models = list;
    },
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
