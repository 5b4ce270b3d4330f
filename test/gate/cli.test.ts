import { PassThrough } from 'node:stream';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateCommand } from '../../src/cli/commands/gate.js';
import { recordingIO } from '../cli/commands/fake-io.testkit.js';

describe('drawstream gate', () => {
  it('answers one verdict line per non-empty input line, in order', async () => {
    const input = ['{"text": "нарисуй котика"}', '', '{"text": "нарисуй хуй"}', 'not json', '{"txt": 1}', '{"text": "draw s e x"}'].join(
      '\n',
    );
    const io = recordingIO(input);
    expect(await gateCommand([], io)).toBe(0);
    const lines = io.out
      .join('')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({ nsfw: false, category: null, reason: null });
    expect(lines[1]).toMatchObject({ nsfw: true, category: 'profanity' });
    expect(lines[2]).toEqual({ nsfw: false, category: null, reason: null, error: 'not valid JSON' });
    expect(lines[3].error).toMatch(/"text" must be a string/);
    expect(lines[4]).toMatchObject({ nsfw: true, category: 'sexual' });
  });

  it('streams: a verdict is written before stdin ends', async () => {
    const stdin = new PassThrough();
    const io = { ...recordingIO(), stdinStream: stdin };
    const done = gateCommand([], io);
    stdin.write('{"text": "fuck"}\n');
    await new Promise((r) => setTimeout(r, 100));
    expect(io.out.join('')).toContain('"nsfw":true');
    stdin.end('{"text": "кот"}');
    expect(await done).toBe(0);
    expect(io.out).toHaveLength(2);
  });

  it('uses GATE_RULES_FILE and refuses a broken one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gate-cli-'));
    try {
      const good = join(dir, 'r.txt');
      await writeFile(good, 'block: котлета\n');
      const io = recordingIO('{"text": "нарисуй котлета"}\n', { GATE_RULES_FILE: good });
      expect(await gateCommand([], io)).toBe(0);
      expect(JSON.parse(io.out.join(''))).toMatchObject({ nsfw: true });
      const broken = recordingIO('{"text": "x"}\n', { GATE_RULES_FILE: join(dir, 'missing.txt') });
      await expect(gateCommand([], broken)).rejects.toThrow(/missing\.txt/);
      await expect(gateCommand(['--what'], recordingIO())).rejects.toThrow(/unexpected argument/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
