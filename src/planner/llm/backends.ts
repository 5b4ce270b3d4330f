// Request shapes of each backend (llm-backends.md §2) and their start-up probes (§1).
import type { ChatMessage } from '../prompt/index.js';
import type { ComponentHealth, LlmBackendName } from '../../core/index.js';
import { classifyNetworkError, errorText } from './failure.js';

export type LlmBackendKind = Exclude<LlmBackendName, 'builtin'>;
export type StreamProtocol = 'ndjson' | 'sse';

/**
 * Usual local addresses. llama-server's upstream default (8080) is also drawstream's own
 * PORT: run llama-server with `--port 8081` and set ENDPOINT. TGI's launcher listens on
 * 3000 natively (the Docker image is usually mapped to 8080). `openai` has no default.
 */
export const DEFAULT_ENDPOINTS: Readonly<Record<LlmBackendKind, string | null>> = {
  ollama: 'http://127.0.0.1:11434',
  llamacpp: 'http://127.0.0.1:8080',
  vllm: 'http://127.0.0.1:8000',
  tgi: 'http://127.0.0.1:3000',
  openai: null,
};

export const SCHEMA_NAME = 'canvas_dsl_plan';

export interface ChatRequestInput {
  model: string;
  messages: ChatMessage[];
  temperature: number;
  maxTokens: number;
  seed: number;
  /** The DSL's JSON Schema, or null when it could not be built (then plain JSON mode). */
  schema: Record<string, unknown> | null;
  /** Ollama only: `keep_alive` on every request, so an idle spell does not unload the model. */
  keepAlive?: string | number;
  /**
   * Ollama only: `options.num_ctx`. Must be the same on every request (warm-up included):
   * a different num_ctx makes Ollama reload the model (llm-backends.md §2).
   */
  numCtx?: number;
}

export interface ChatRequest {
  url: string;
  body: Record<string, unknown>;
  protocol: StreamProtocol;
}

/** Endpoint without trailing slashes and without the API suffix people often paste (`/v1`, `/api`). */
export function serverRoot(endpoint: string): string {
  return endpoint
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/(v1|api)$/, '');
}

export function buildChatRequest(backend: LlmBackendKind, endpoint: string, input: ChatRequestInput): ChatRequest {
  const root = serverRoot(endpoint);
  if (backend === 'ollama') {
    return {
      url: `${root}/api/chat`,
      protocol: 'ndjson',
      body: {
        model: input.model,
        messages: input.messages,
        stream: true,
        format: input.schema ?? 'json',
        ...(input.keepAlive !== undefined ? { keep_alive: input.keepAlive } : {}),
        options: {
          temperature: input.temperature,
          num_predict: input.maxTokens,
          seed: input.seed,
          ...(input.numCtx !== undefined ? { num_ctx: input.numCtx } : {}),
        },
      },
    };
  }
  const body: Record<string, unknown> = {
    model: input.model,
    messages: input.messages,
    stream: true,
    temperature: input.temperature,
    max_tokens: input.maxTokens,
    seed: input.seed,
  };
  const schema = input.schema;
  const nested = (strict: boolean) =>
    schema ? { type: 'json_schema', json_schema: { name: SCHEMA_NAME, schema, strict } } : { type: 'json_object' };
  switch (backend) {
    case 'llamacpp':
      // Newer builds read only the nested OpenAI form; old builds (b4748) ignore it and read
      // the top-level `json_schema` (llm-backends.md §6): send both.
      body.response_format = nested(true);
      if (schema) body.json_schema = schema;
      body.cache_prompt = true;
      break;
    case 'vllm':
      body.response_format = nested(true);
      body.stream_options = { include_usage: true };
      break;
    case 'tgi':
      // TGI's enum is {type, value}; OpenAI's `json_schema` key is not read by TGI. Without a
      // schema no grammar at all: TGI refuses one without top-level `properties` (422).
      if (schema) body.response_format = { type: 'json', value: schema };
      break;
    case 'openai':
      // strict:false on purpose. OpenAI's strict mode refuses (HTTP 400) any schema whose
      // objects do not list every key in `required`, and the decoder schema keeps styling
      // keys (outline, width, animate, palette, seed) optional so a model need not write
      // them (llm-backends.md §4, README "Decoder schema"). Local OpenAI-compatible servers
      // ignore `strict` and constrain with the schema anyway (§6 / docs/llamacpp-check.md).
      body.response_format = nested(false);
      body.stream_options = { include_usage: true };
      break;
  }
  return { url: `${root}/v1/chat/completions`, protocol: 'sse', body };
}

export interface ProbeContext {
  backend: LlmBackendKind;
  endpoint: string;
  modelId: string;
  fetch: typeof fetch;
  timeoutMs: number;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

interface ProbeAnswer {
  status: number;
  body: string;
}

export async function get(ctx: ProbeContext, path: string): Promise<ProbeAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('probe timeout')), ctx.timeoutMs);
  const onAbort = () => controller.abort(ctx.signal?.reason);
  ctx.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await ctx.fetch(`${serverRoot(ctx.endpoint)}${path}`, { headers: ctx.headers, signal: controller.signal });
    const body = (await response.text()).slice(0, 64 * 1024);
    return { status: response.status, body };
  } finally {
    clearTimeout(timer);
    ctx.signal?.removeEventListener('abort', onAbort);
  }
}

export function json(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function ok(detail: string): ComponentHealth {
  return { state: 'ok', detail };
}
function degraded(detail: string): ComponentHealth {
  return { state: 'degraded', detail };
}
function down(detail: string): ComponentHealth {
  return { state: 'down', detail };
}

export function sameOllamaModel(listed: string, wanted: string): boolean {
  const withTag = (name: string) => (name.includes(':') ? name : `${name}:latest`);
  return withTag(listed) === withTag(wanted);
}

/**
 * drawstream's own /health answer ({status, components, queueLength}): ENDPOINT points at
 * drawstream itself, e.g. llama-server's default port 8080 is also drawstream's PORT.
 */
function isDrawstreamHealth(body: string): boolean {
  const parsed = json(body) as Record<string, unknown> | null;
  return !!parsed && typeof parsed === 'object' && !!parsed.components && typeof parsed.components === 'object' && 'queueLength' in parsed;
}

function selfAnswer(ctx: ProbeContext, where: string): ComponentHealth {
  const hint =
    ctx.backend === 'llamacpp'
      ? ' (start llama-server with --port 8081 and set ENDPOINT=http://127.0.0.1:8081)'
      : ' (set ENDPOINT to the model server)';
  return down(`server down: ENDPOINT ${where} is drawstream itself, not a ${ctx.backend} server${hint}`);
}

function modelIds(body: string): string[] {
  const parsed = json(body) as { data?: Array<{ id?: unknown }> } | null;
  return Array.isArray(parsed?.data) ? parsed!.data.map((m) => String(m?.id ?? '')).filter(Boolean) : [];
}

/** Never throws: every problem becomes a health line ("server down", "model not pulled", "loading"). */
export async function probeBackend(ctx: ProbeContext): Promise<ComponentHealth> {
  const where = serverRoot(ctx.endpoint);
  try {
    switch (ctx.backend) {
      case 'ollama': {
        const tags = await get(ctx, '/api/tags');
        if (tags.status !== 200) {
          const self = await get(ctx, '/health').then(
            (h) => isDrawstreamHealth(h.body),
            () => false,
          );
          if (self) return selfAnswer(ctx, where);
          return down(
            `ollama at ${where} answered HTTP ${tags.status} to /api/tags${errorText(tags.body) ? ` (${errorText(tags.body)})` : ''}`,
          );
        }
        const parsed = json(tags.body) as { models?: Array<{ name?: unknown; model?: unknown }> } | null;
        if (!parsed || !Array.isArray(parsed.models))
          return down(`ollama at ${where} answered /api/tags without a model list: is it an Ollama server?`);
        const names = (parsed?.models ?? []).map((m) => String(m?.name ?? m?.model ?? ''));
        if (!names.some((name) => sameOllamaModel(name, ctx.modelId))) {
          return down(`model not pulled: ${ctx.modelId} (run: ollama pull ${ctx.modelId})`);
        }
        return ok(`ollama ready: ${ctx.modelId}`);
      }
      case 'llamacpp':
      case 'tgi': {
        const health = await get(ctx, '/health');
        if (isDrawstreamHealth(health.body)) return selfAnswer(ctx, where);
        if (health.status === 503) return degraded(`loading: ${ctx.backend} at ${where} is still loading the model`);
        if (health.status !== 200)
          return down(
            `${ctx.backend} at ${where} answered HTTP ${health.status} to /health${errorText(health.body) ? ` (${errorText(health.body)})` : ''}`,
          );
        return ok(`${ctx.backend} ready at ${where}`);
      }
      case 'vllm':
      case 'openai': {
        const models = await get(ctx, '/v1/models');
        if (models.status === 503) return degraded(`loading: ${ctx.backend} at ${where} is not ready yet`);
        if (models.status === 401 || models.status === 403)
          return down(`${ctx.backend} at ${where} refused the API key (HTTP ${models.status})`);
        if (models.status !== 200) {
          const self = await get(ctx, '/health').then(
            (h) => isDrawstreamHealth(h.body),
            () => false,
          );
          if (self) return selfAnswer(ctx, where);
          return down(
            `${ctx.backend} at ${where} answered HTTP ${models.status} to /v1/models${errorText(models.body) ? ` (${errorText(models.body)})` : ''}`,
          );
        }
        const ids = modelIds(models.body);
        if (ids.length > 0 && !ids.includes(ctx.modelId)) {
          return down(`model not served: ${ctx.modelId} (the server has: ${ids.slice(0, 5).join(', ')})`);
        }
        return ok(`${ctx.backend} ready: ${ctx.modelId}`);
      }
    }
  } catch (error) {
    if (ctx.signal?.aborted) return degraded('probe cancelled');
    const failure = classifyNetworkError(error, where);
    if (failure.kind === 'server_down') return down(failure.message);
    const message = error instanceof Error && /probe timeout/.test(String((error as Error).message ?? '')) ? 'no answer' : failure.message;
    return down(`server not answering at ${where} (${message})`);
  }
}
