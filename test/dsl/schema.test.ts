import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decoderJsonSchema, parsePlan, planSchema, DECODER_MAX_STEPS } from '../../src/dsl/index.js';

type Schema = Record<string, unknown>;

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
];

/** Every schema node, with its path. */
function walk(schema: Schema, path: string, visit: (node: Schema, path: string) => void): void {
  visit(schema, path);
  const props = schema.properties as Record<string, Schema> | undefined;
  if (props) for (const [key, child] of Object.entries(props)) walk(child, `${path}.${key}`, visit);
  if (schema.items) walk(schema.items as Schema, `${path}[]`, visit);
  if (schema.anyOf) (schema.anyOf as Schema[]).forEach((child, i) => walk(child, `${path}|${i}`, visit));
}

/** A validator for exactly the keywords the decoder schema may use. */
function conforms(schema: Schema, value: unknown): boolean {
  if (schema.anyOf) return (schema.anyOf as Schema[]).some((s) => conforms(s, value));
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) return false;
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        (schema.minimum === undefined || value >= (schema.minimum as number)) &&
        (schema.maximum === undefined || value <= (schema.maximum as number))
      );
    case 'array':
      return (
        Array.isArray(value) &&
        (schema.minItems === undefined || value.length >= (schema.minItems as number)) &&
        (schema.maxItems === undefined || value.length <= (schema.maxItems as number)) &&
        value.every((item) => conforms(schema.items as Schema, item))
      );
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const props = schema.properties as Record<string, Schema>;
      const obj = value as Record<string, unknown>;
      if (Object.keys(obj).some((key) => !(key in props))) return false;
      if (((schema.required as string[] | undefined) ?? []).some((key) => !(key in obj))) return false;
      return Object.entries(obj).every(([key, v]) => conforms(props[key], v));
    }
    default:
      throw new Error(`unexpected type ${String(schema.type)}`);
  }
}

/** Random instances of the schema. Strings follow the meaning the schema states in words (colours, short text). */
function arbitraryOf(schema: Schema, key = ''): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...(schema.anyOf as Schema[]).map((s) => arbitraryOf(s, key)));
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  switch (schema.type) {
    case 'string':
      if (String(schema.description ?? '').includes('colour')) return fc.constantFrom('#a1b2c3', '#000000', 'red', 'SkyBlue', '#fff');
      if (key === 'matrix') return fc.array(fc.constantFrom('.', ' ', 'x', '#', '1'), { maxLength: 40 }).map((c) => c.join(''));
      return fc.string({ maxLength: 40 });
    case 'integer':
      return fc.integer({ min: schema.minimum as number, max: schema.maximum as number });
    case 'array':
      return fc.array(arbitraryOf(schema.items as Schema, key), {
        minLength: (schema.minItems as number) ?? 0,
        maxLength: Math.min(8, schema.maxItems as number),
      });
    case 'object': {
      const props = schema.properties as Record<string, Schema>;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(props)) record[k] = arbitraryOf(s, k);
      return fc.record(record, { requiredKeys: (schema.required as string[] | undefined) ?? [] });
    }
    default:
      throw new Error(`unexpected type ${String(schema.type)}`);
  }
}

const EXAMPLES: unknown[] = [
  {
    version: '1',
    canvas: { w: 96, h: 96, bg: '#101020' },
    steps: [
      { op: 'rect', x: 0, y: 70, w: 96, h: 26, fill: 'darkgreen' },
      { op: 'circle', cx: 70, cy: 20, r: 10, fill: 'gold', outline: 'orange', animate: { mode: 'stroke', duration_ms: 800 } },
      {
        op: 'polygon',
        points: [
          [20, 70],
          [40, 40],
          [60, 70],
        ],
        fill: '#884422',
      },
      { op: 'line', x1: 0, y1: 69, x2: 95, y2: 69, color: 'white', width: 2, animate: { speed_px_per_s: 120, ease: 'ease_in_out' } },
      {
        op: 'pixels',
        points: [
          [10, 10],
          [12, 14],
          [30, 8],
        ],
        color: 'white',
      },
      { op: 'pixels', x: 44, y: 50, matrix: ['.##.', '####', '.##.'], color: 'pink', animate: { mode: 'pixel_reveal', delay_ms: 200 } },
      { op: 'text', x: 2, y: 2, value: 'Hi!', font: '5x7', size: 1, color: '#ffffff' },
    ],
  },
  {
    version: '1',
    canvas: { w: 64, h: 64, bg: 'black' },
    palette: ['#000000', 'red'],
    seed: 12,
    steps: [{ op: 'circle', cx: 32, cy: 32, r: 20, fill: 'red' }],
  },
];

describe('decoder JSON Schema', () => {
  const schema = decoderJsonSchema();

  it('stays in the portable subset of llm-backends.md §4', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object).length).toBeGreaterThan(0);
    const problems: string[] = [];
    walk(schema, '$', (node, path) => {
      for (const key of FORBIDDEN) if (key in node) problems.push(`${path}: ${key}`);
      if (('minimum' in node || 'maximum' in node) && node.type !== 'integer') problems.push(`${path}: bounds on ${String(node.type)}`);
      if ('maxItems' in node && (node.maxItems as number) > 64) problems.push(`${path}: maxItems ${String(node.maxItems)}`);
      if (node.type === 'array' && !('maxItems' in node)) problems.push(`${path}: unbounded array`);
      if ('anyOf' in node && 'properties' in node) problems.push(`${path}: anyOf mixed with properties`);
      if (node.type === 'object') {
        const props = Object.keys((node.properties as object) ?? {});
        if (props.length === 0) problems.push(`${path}: object without properties`);
        if (node.additionalProperties !== false) problems.push(`${path}: additionalProperties not false`);
        for (const key of (node.required as string[] | undefined) ?? [])
          if (!props.includes(key)) problems.push(`${path}: required ${key} not a property`);
      }
      if (!('anyOf' in node) && !['object', 'array', 'string', 'integer', 'number', 'boolean'].includes(node.type as string))
        problems.push(`${path}: type ${String(node.type)}`);
    });
    expect(problems).toEqual([]);
    expect(JSON.stringify(schema)).not.toMatch(/"\$/);
  });

  it('is plain JSON, the same on every call, and a fresh copy', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    const again = decoderJsonSchema();
    expect(again).toEqual(schema);
    (again.properties as Record<string, unknown>).steps = null;
    expect(decoderJsonSchema()).toEqual(schema);
    expect((schema.properties as { steps: { maxItems: number } }).steps.maxItems).toBe(DECODER_MAX_STEPS);
  });

  it('accepts example-like plans, which parse with no issue', () => {
    for (const example of EXAMPLES) {
      expect(conforms(schema, example)).toBe(true);
      const result = parsePlan(example);
      expect(result.issues).toEqual([]);
      expect(planSchema.safeParse(result.plan).success).toBe(true);
    }
  });

  it('rejects what the DSL would drop: unknown ops, extra keys, out-of-range integers, missing colours', () => {
    const base = EXAMPLES[1] as { steps: unknown[] };
    const withStep = (step: unknown): unknown => ({ ...base, steps: [step] });
    expect(conforms(schema, withStep({ op: 'star', x: 1 }))).toBe(false);
    expect(conforms(schema, withStep({ op: 'circle', cx: 1, cy: 1, r: 513, fill: 'red' }))).toBe(false);
    expect(conforms(schema, withStep({ op: 'circle', cx: 1, cy: 1, r: 5 }))).toBe(false);
    expect(conforms(schema, withStep({ op: 'circle', cx: 1, cy: 1, r: 5, fill: 'red', glow: 1 }))).toBe(false);
    expect(conforms(schema, { ...base, caption: 'x' })).toBe(false);
  });

  it('anything a constrained decoder can produce parses without a dropped step', () => {
    fc.assert(
      fc.property(arbitraryOf(schema), (instance) => {
        expect(conforms(schema, instance)).toBe(true);
        const result = parsePlan(instance);
        expect(result.issues).toEqual([]);
        expect(result.valid).toBe(true);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
