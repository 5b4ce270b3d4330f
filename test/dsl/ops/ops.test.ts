// The op table's entries agree with themselves: each decoder branch stays inside the op's
// normalised schema (same keys, integer bounds within its bounds), the key names the op,
// and the prompt line names it. A new op gets these checks for free.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DRAWING_OPS, OPS } from '../../../src/dsl/ops/index.js';

type Schema = Record<string, any>;

describe('op table', () => {
  it.each(DRAWING_OPS)('%s: decoder branches are narrower than the normalised schema', (op) => {
    const definition = OPS[op];
    const normalised = z.toJSONSchema(definition.schema) as Schema;
    expect(normalised.properties.op.const).toBe(op);
    const branches = definition.decoder();
    expect(branches.length).toBeGreaterThan(0);
    for (const branch of branches as Schema[]) {
      expect(branch.properties.op.enum).toEqual([op]);
      for (const [key, property] of Object.entries(branch.properties as Record<string, Schema>)) {
        expect(Object.keys(normalised.properties), `${op}.${key}`).toContain(key);
        const target = normalised.properties[key] as Schema;
        const bounded = property.type === 'integer' ? property : property.items?.type === 'integer' ? property.items : null;
        const targetBounded =
          target.type === 'integer' ? target : target.items?.type === 'integer' ? target.items : target.items?.prefixItems?.[0];
        if (bounded && targetBounded) {
          expect(bounded.minimum, `${op}.${key} minimum`).toBeGreaterThanOrEqual(targetBounded.minimum);
          expect(bounded.maximum, `${op}.${key} maximum`).toBeLessThanOrEqual(targetBounded.maximum);
        }
      }
    }
  });

  it.each(DRAWING_OPS)('%s: the prompt line names the op', (op) => {
    expect(OPS[op].prompt.startsWith(`- ${op} {`)).toBe(true);
  });
});
