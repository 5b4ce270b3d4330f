// Against a REAL llama.cpp `llama-server` (skipped unless LLAMA_SERVER_URL is set): the
// request drawstream's llamacpp backend sends (nested response_format json_schema + top-level
// json_schema) must be accepted, the streamed answer must be JSON that conforms to the decoder
// schema (constrained decoding really ran), and the planner must use it (source 'llm', not the
// built-in fallback). How to build the server and the tiny test model: docs/llamacpp-check.md.
//
//   LLAMA_SERVER_URL=http://127.0.0.1:18081 npx vitest run test/llamacpp
//
// Optional: LLAMA_MAX_TOKENS (default 600), LLAMA_TIMEOUT_SEC (default 300; a tiny model on a
// busy CPU is slow).
import { describe, expect, it } from 'vitest';
import { decoderJsonSchema, parsePlan } from '../../src/dsl/index.js';
import { DEFAULT_RENDERER_SETTINGS } from '../../src/dsl/types.js';
import { createGatekeeper } from '../../src/gate/index.js';
import { createPlanner } from '../../src/planner/index.js';
import type { PlanResult } from '../../src/planner/types.js';

const SERVER_URL = process.env.LLAMA_SERVER_URL;
const MAX_TOKENS = Number(process.env.LLAMA_MAX_TOKENS ?? 600);
const TIMEOUT_SEC = Number(process.env.LLAMA_TIMEOUT_SEC ?? 300);

interface Exchange {
  url: string;
  body: Record<string, unknown>;
  status: number;
  contentType: string;
  /** The raw response body as the server streamed it (read from a clone). */
  raw: Promise<string>;
}

/** A fetch that hands every call to the real one and keeps a copy of what went each way. */
function recordingFetch(exchanges: Exchange[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = String(input instanceof Request ? input.url : input);
    if (init?.method === 'POST' && typeof init.body === 'string') {
      exchanges.push({
        url,
        body: JSON.parse(init.body) as Record<string, unknown>,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        raw: response.clone().text(),
      });
    }
    return response;
  };
}

interface StreamSummary {
  content: string;
  finishReason: string | null;
  done: boolean;
  errors: unknown[];
  timings: { cache_n?: number; prompt_n?: number; predicted_n?: number; predicted_per_second?: number } | null;
  usage: { prompt_tokens?: number; completion_tokens?: number } | null;
}

function readSse(raw: string): StreamSummary {
  const summary: StreamSummary = { content: '', finishReason: null, done: false, errors: [], timings: null, usage: null };
  for (const line of raw.split('\n')) {
    if (!line.startsWith('data:')) continue;
    const data = line.slice(5).trim();
    if (data === '[DONE]') {
      summary.done = true;
      continue;
    }
    const chunk = JSON.parse(data) as {
      error?: unknown;
      choices?: Array<{ delta?: { content?: unknown }; finish_reason?: string | null }>;
      timings?: StreamSummary['timings'];
      usage?: StreamSummary['usage'];
    };
    if (chunk.error) summary.errors.push(chunk.error);
    const choice = chunk.choices?.[0];
    if (typeof choice?.delta?.content === 'string') summary.content += choice.delta.content;
    if (choice?.finish_reason) summary.finishReason = choice.finish_reason;
    if (chunk.timings) summary.timings = chunk.timings;
    if (chunk.usage) summary.usage = chunk.usage;
  }
  return summary;
}

type Schema = Record<string, unknown>;
const KNOWN_KEYWORDS = new Set([
  'title',
  'description',
  'type',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
]);

/**
 * A strict validator for the JSON-Schema subset the decoder schema uses. It refuses unknown
 * keywords rather than skipping them, so a schema change cannot make this check pass vacuously.
 */
function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN_KEYWORDS.has(key)) return [`${path}: validator does not know keyword "${key}"`];
  if (Array.isArray(schema.anyOf)) {
    const branches = (schema.anyOf as Schema[]).map((branch) => schemaErrors(branch, value, path));
    if (!branches.some((errors) => errors.length === 0))
      return [`${path}: matches no anyOf branch (${branches.map((e) => e[0]).join(' | ')})`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} not in enum`];
  switch (schema.type) {
    case undefined:
      return [];
    case 'string':
      if (typeof value !== 'string') return [`${path}: not a string`];
      if (typeof schema.minLength === 'number' && value.length < schema.minLength) return [`${path}: shorter than ${schema.minLength}`];
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return [`${path}: longer than ${schema.maxLength}`];
      return [];
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) return [`${path}: not an ${schema.type}`];
      if (typeof schema.minimum === 'number' && value < schema.minimum) return [`${path}: ${value} < ${schema.minimum}`];
      if (typeof schema.maximum === 'number' && value > schema.maximum) return [`${path}: ${value} > ${schema.maximum}`];
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: not a boolean`];
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: not an array`];
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) return [`${path}: fewer than ${schema.minItems} items`];
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return [`${path}: more than ${schema.maxItems} items`];
      const items = schema.items as Schema | undefined;
      return items ? value.flatMap((item, i) => schemaErrors(items, item, `${path}[${i}]`)) : [];
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`];
      const record = value as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const errors: string[] = [];
      for (const key of (schema.required ?? []) as string[]) if (!(key in record)) errors.push(`${path}: missing required "${key}"`);
      for (const [key, child] of Object.entries(record)) {
        if (properties[key]) errors.push(...schemaErrors(properties[key], child, `${path}.${key}`));
        // llama.cpp treats a missing additionalProperties as false (llm-backends.md §6).
        else if (schema.additionalProperties !== true) errors.push(`${path}: unexpected key "${key}"`);
      }
      return errors;
    }
    default:
      return [`${path}: validator does not know type ${JSON.stringify(schema.type)}`];
  }
}

function planWith(exchanges: Exchange[], message: string, seed: number): Promise<PlanResult> {
  const planner = createPlanner(
    {
      llm: {
        backend: 'llamacpp',
        modelId: 'test-model',
        endpoint: SERVER_URL,
        temperature: 0.2,
        maxTokens: MAX_TOKENS,
        timeoutSec: TIMEOUT_SEC,
        retries: 0,
      },
      renderer: DEFAULT_RENDERER_SETTINGS,
    },
    { gate: createGatekeeper(), fetch: recordingFetch(exchanges) },
  );
  return planner.plan({ jobId: `real-llama-${seed}`, message, seed }).finally(() => planner.close?.());
}

describe.skipIf(!SERVER_URL)('a real llama-server (LLAMA_SERVER_URL)', () => {
  it(
    'accepts the llamacpp request, streams schema-valid JSON and the planner uses it (source llm)',
    async () => {
      const exchanges: Exchange[] = [];
      const result = await planWith(exchanges, 'нарисуй кота', 42);

      expect(exchanges).toHaveLength(1);
      const [exchange] = exchanges;
      expect(exchange.url).toMatch(/\/v1\/chat\/completions$/);
      const schema = decoderJsonSchema();
      expect(exchange.body.stream).toBe(true);
      expect(exchange.body.response_format).toEqual({
        type: 'json_schema',
        json_schema: { name: 'canvas_dsl_plan', schema, strict: true },
      });
      expect(exchange.body.json_schema).toEqual(schema);

      const raw = await exchange.raw;
      expect(exchange.status, raw.slice(0, 500)).toBe(200);
      expect(exchange.contentType).toMatch(/text\/event-stream/);
      const stream = readSse(raw);
      expect(stream.errors).toEqual([]);
      expect(stream.done).toBe(true);
      expect(stream.finishReason, `answer: ${stream.content.slice(0, 300)}`).toBe('stop');
      const answer: unknown = JSON.parse(stream.content);
      expect(schemaErrors(schema, answer)).toEqual([]);

      expect(result.fallbackReason).toBeUndefined();
      expect(result.source).toBe('llm');
      expect(result.incompleteReason).toBeUndefined();
      const reparsed = parsePlan(result.plan, DEFAULT_RENDERER_SETTINGS);
      expect(reparsed.valid).toBe(true);
      expect('steps' in result.plan && result.plan.steps.length).toBeGreaterThan(0);
      // Everything the model wrote conforms to the schema, and whatever conforms parses whole.
      expect(parsePlan(answer, DEFAULT_RENDERER_SETTINGS).issues).toEqual([]);
    },
    (TIMEOUT_SEC + 30) * 1000,
  );

  it(
    'a second request reuses the cached system-prompt prefix (timings.cache_n)',
    async () => {
      const exchanges: Exchange[] = [];
      await planWith(exchanges, 'нарисуй кота', 42);
      await planWith(exchanges, 'draw a red house', 43);
      expect(exchanges).toHaveLength(2);
      const [first, second] = await Promise.all(exchanges.map(async (e) => readSse(await e.raw)));
      expect(second.timings, 'llama-server sends timings in the last chunk').not.toBeNull();
      const promptTokens = (second.timings!.cache_n ?? 0) + (second.timings!.prompt_n ?? 0);
      expect(first.timings!.prompt_n).toBeGreaterThan(0);
      // The system prompt is byte-identical, so most of the second prompt comes from the cache.
      expect(second.timings!.cache_n).toBeGreaterThan(promptTokens / 2);
      expect(second.timings!.prompt_n).toBeLessThan(promptTokens / 2);
    },
    2 * (TIMEOUT_SEC + 30) * 1000,
  );
});
