// The JSON Schema every backend receives stays in llm-backends.md §4 "Recommended portable
// subset" — checked on the schema as it arrives at the (fake) server, and it is the very
// schema `drawstream schema` prints.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { makeLlmPlanner, request } from './planner-test-kit.js';

type Schema = Record<string, any>;

const FORBIDDEN = [
  '$ref',
  '$defs',
  'definitions',
  'pattern',
  'format',
  'allOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'uniqueItems',
  'patternProperties',
  'prefixItems',
  'const',
  'contains',
  'maxLength',
  'minLength',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
];
const TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'];
/**
 * Keys a model may leave out. §4 says "every object lists all of its keys in required"; the
 * decoder schema deliberately keeps these styling extras optional (src/planner/README.md,
 * "Decoder schema"), so the list is pinned here: a new optional key must be a decision.
 */
const OPTIONAL_OK = new Set([
  'palette',
  'seed',
  'outline',
  'width',
  'font',
  'size',
  'animate',
  'mode',
  'speed_px_per_s',
  'duration_ms',
  'delay_ms',
  'ease',
]);

/** Every way `schema` leaves the portable subset, as "path: problem" lines. */
function portabilityProblems(schema: Schema): string[] {
  const problems: string[] = [];
  const walk = (node: Schema, path: string): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      problems.push(`${path}: not a schema object`);
      return;
    }
    for (const key of FORBIDDEN) if (key in node) problems.push(`${path}: ${key}`);
    if (Array.isArray(node.type)) problems.push(`${path}: type array`);
    if (!('anyOf' in node) && !TYPES.includes(node.type)) problems.push(`${path}: type ${String(node.type)}`);
    if (('minimum' in node || 'maximum' in node) && node.type !== 'integer')
      problems.push(`${path}: minimum/maximum on ${String(node.type)}`);
    if ('anyOf' in node && ('properties' in node || 'type' in node)) problems.push(`${path}: anyOf mixed with properties/type`);
    if ('enum' in node && (node.type !== 'string' || !node.enum.every((v: unknown) => typeof v === 'string')))
      problems.push(`${path}: enum that is not strings`);
    if (node.type === 'array') {
      if (!node.items || Array.isArray(node.items)) problems.push(`${path}: array without one items schema`);
      if (typeof node.maxItems !== 'number') problems.push(`${path}: unbounded array`);
      else if (node.maxItems > 64) problems.push(`${path}: maxItems ${node.maxItems} (keep it small)`);
      if (node.items && !Array.isArray(node.items)) walk(node.items, `${path}.items`);
    }
    if (node.type === 'object') {
      const props = Object.keys(node.properties ?? {});
      const required: string[] = node.required ?? [];
      if (props.length === 0) problems.push(`${path}: object without properties`);
      if (node.additionalProperties !== false) problems.push(`${path}: additionalProperties is not false`);
      for (const key of required) if (!props.includes(key)) problems.push(`${path}: required "${key}" is not a property`);
      for (const key of props)
        if (!required.includes(key) && !OPTIONAL_OK.has(key)) problems.push(`${path}.${key}: optional, not a styling extra`);
      for (const key of props) walk(node.properties[key], `${path}.${key}`);
    }
    if (Array.isArray(node.anyOf)) {
      node.anyOf.forEach((branch: Schema, i: number) => {
        const where = `${path}.anyOf[${i}]`;
        if (branch?.type !== 'object') problems.push(`${where}: a union branch that is not a complete object`);
        const op = branch?.properties?.op;
        if (!op || op.enum?.length !== 1 || !(branch.required ?? []).includes('op'))
          problems.push(`${where}: no required one-value enum "op"`);
        walk(branch, where);
      });
    }
  };
  if (schema?.type !== 'object' || Object.keys(schema?.properties ?? {}).length === 0)
    problems.push('$: root is not type object with non-empty properties');
  if ('anyOf' in (schema ?? {})) problems.push('$: union at the root');
  walk(schema, '$');
  return problems;
}

let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(async () => {
  await server.close();
});

async function printedSchema(): Promise<Schema> {
  let out = '';
  const code = await runCli(['schema'], {
    stdout: (text: string) => {
      out += text;
    },
    stderr: () => undefined,
    stdinStream: Readable.from([]),
    env: { LOG_LEVEL: 'silent' },
  });
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('decoder schema portability (llm-backends.md §4)', () => {
  it('the checker itself catches each thing the subset forbids', () => {
    const bad: Schema = {
      type: 'object',
      properties: {
        a: { type: 'number', minimum: 0 },
        b: { type: 'string', pattern: '^x$' },
        c: { type: 'array', items: { type: 'string' } },
        d: { type: 'object', properties: { e: { type: 'string' } }, anyOf: [{ type: 'object' }] },
        f: { $ref: '#/$defs/x' },
        g: { type: 'string', const: 'x' },
        h: { type: ['string', 'null'] },
      },
      required: ['a', 'b', 'c', 'd', 'f', 'g', 'h'],
    };
    const problems = portabilityProblems(bad).join('\n');
    for (const expected of [
      'minimum/maximum on number',
      'pattern',
      'unbounded array',
      'anyOf mixed',
      '$ref',
      'const',
      'type array',
      '$: additionalProperties',
      '$.d.e: optional',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('`drawstream schema` prints the schema in the portable subset', async () => {
    expect(portabilityProblems(await printedSchema())).toEqual([]);
  });

  for (const backend of ['ollama', 'llamacpp', 'vllm', 'tgi', 'openai'] as const) {
    it(`${backend}: the schema that reaches the server is the printed one and stays portable`, async () => {
      const before = server.chatRequests().length;
      const { planner } = makeLlmPlanner(backend, server.url);
      await planner.plan(request('a cat', 1));
      await planner.close?.();
      const body = server.chatRequests().slice(before)[0].body;
      const sentSchemas: Schema[] =
        backend === 'ollama'
          ? [body.format]
          : backend === 'tgi'
            ? [body.response_format.value]
            : backend === 'llamacpp'
              ? [body.response_format.json_schema.schema, body.json_schema]
              : [body.response_format.json_schema.schema];
      const printed = await printedSchema();
      for (const schema of sentSchemas) {
        expect(schema).toEqual(printed);
        expect(portabilityProblems(schema)).toEqual([]);
      }
    });
  }
});
