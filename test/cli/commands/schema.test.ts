import { describe, expect, it } from 'vitest';
import { decoderJsonSchema } from '../../../src/dsl/index.js';
import { recordingIO } from './fake-io.testkit.js';
import { schemaCommand } from '../../../src/cli/commands/schema.js';

describe('drawstream schema', () => {
  it('prints the decoder JSON Schema as pretty JSON', async () => {
    const io = recordingIO();
    expect(await schemaCommand([], io)).toBe(0);
    const text = io.out.join('');
    expect(JSON.parse(text)).toEqual(decoderJsonSchema());
    expect(text).toContain('\n  "type": "object"');
  });

  it('exits 2 on an argument', async () => {
    const io = recordingIO();
    expect(await schemaCommand(['--all'], io)).toBe(2);
    expect(io.out).toEqual([]);
  });
});
