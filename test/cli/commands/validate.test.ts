import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingIO } from './fake-io.testkit.js';
import { validateCommand } from '../../../src/cli/commands/validate.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('drawstream validate', () => {
  it('prints the normalised plan, exit 0, dropped steps on stderr', async () => {
    const path = await file('ok.json', JSON.stringify({ steps: [{ op: 'rect', x: 1.5, y: 0, w: 2, h: 2, fill: 'RED' }, { op: 'blob' }] }));
    const io = recordingIO();
    expect(await validateCommand([path], io)).toBe(0);
    const printed = JSON.parse(io.out.join(''));
    expect(printed.valid).toBe(true);
    expect(printed.plan.steps).toEqual([{ op: 'rect', x: 2, y: 0, w: 2, h: 2, fill: '#ff0000' }]);
    expect(printed.issues).toEqual([{ index: '1', reason: 'unknown op "blob"' }]);
    expect(io.err.join('')).toBe('drawstream validate: dropped step 1: unknown op "blob"\n');
  });

  it('reads the plan from stdin with "-"', async () => {
    const io = recordingIO(JSON.stringify({ render_text: 'hi' }));
    expect(await validateCommand(['-'], io)).toBe(0);
    expect(JSON.parse(io.out.join('')).plan.render_text).toBe('hi');
  });

  it('uses the renderer settings from the environment', async () => {
    const path = await file('env.json', JSON.stringify({ steps: [{ op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red' }] }));
    const io = recordingIO('', { CANVAS_W: '32' });
    expect(await validateCommand([path], io)).toBe(0);
    expect(JSON.parse(io.out.join('')).plan.canvas.w).toBe(32);
    const bad = recordingIO('', { CANVAS_W: 'huge' });
    expect(await validateCommand([path], bad)).toBe(1);
    expect(bad.err.join('')).toMatch(/CANVAS_W/);
  });

  it('exits 1 for a missing file, bad JSON, a non-object or a plan without a valid step', async () => {
    const cases = [
      join(dir, 'missing.json'),
      await file('bad.json', '{"steps": ['),
      await file('array.json', '[1,2]'),
      await file('empty.json', '{"steps": [{"op": "rect"}]}'),
      dir,
    ];
    for (const path of cases) {
      const io = recordingIO();
      expect(await validateCommand([path], io)).toBe(1);
      const printed = JSON.parse(io.out.join(''));
      expect(printed.valid).toBe(false);
      expect(printed.plan).toBeNull();
      expect(io.err.join('').split('\n')[0]).toMatch(/^drawstream validate: /);
    }
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [[], ['a.json', 'b.json'], ['--strict', 'a.json']]) {
      const io = recordingIO();
      expect(await validateCommand(args, io)).toBe(2);
      expect(io.err.join('')).toMatch(/usage: drawstream validate/);
    }
  });
});
