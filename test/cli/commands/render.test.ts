import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/dsl/index.js';
import { compilePlan, frameAt, upscaleNearest } from '../../../src/raster/index.js';
import { recordingIO } from './fake-io.testkit.js';
import { decodeGif } from '../../kit/gif-decode.js';
import { parseRenderArgs, renderCommand } from '../../../src/cli/commands/render.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'render-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PLAN = {
  canvas: { w: 16, h: 12, bg: '#102030' },
  steps: [
    { op: 'rect', x: 1, y: 1, w: 6, h: 4, fill: 'red', animate: { duration_ms: 200 } },
    { op: 'line', x1: 0, y1: 11, x2: 15, y2: 0, color: '#00ff00', animate: { delay_ms: 100, duration_ms: 300 } },
    { op: 'nope' },
  ],
};

async function planFile(name = 'plan.json', plan: unknown = PLAN): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof plan === 'string' ? plan : JSON.stringify(plan));
  return path;
}

function decode(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

describe('drawstream render', () => {
  it('writes the final frame as an RGBA PNG scaled N times, reporting dropped steps', async () => {
    const path = await planFile();
    const out = join(dir, 'final.png');
    const io = recordingIO();
    expect(await renderCommand([path, '--png', out, '--scale', '3'], io)).toBe(0);
    expect(io.err.join('')).toMatch(/dropped step 2: unknown op "nope"/);
    const bytes = await readFile(out);
    // IHDR: width, height, bit depth 8, colour type 6, interlace 0.
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(48);
    expect(bytes.readUInt32BE(20)).toBe(36);
    expect([bytes[24], bytes[25], bytes[28]]).toEqual([8, 6, 0]);
    const png = decode(bytes);
    const compiled = compilePlan(parsePlan(PLAN).plan!);
    const frame = frameAt(compiled, compiled.totalMs);
    for (let y = 0; y < 36; y++) {
      for (let x = 0; x < 48; x++) {
        const o = (y * 48 + x) * 4;
        const s = (Math.floor(y / 3) * 16 + Math.floor(x / 3)) * 4;
        expect([png.data[o], png.data[o + 1], png.data[o + 2], png.data[o + 3]]).toEqual([frame[s], frame[s + 1], frame[s + 2], 255]);
      }
    }
  });

  it('renders the frame at --at MS, and MS ≥ total gives the final frame', async () => {
    const path = await planFile();
    const compiled = compilePlan(parsePlan(PLAN).plan!);
    for (const [at, expected] of [
      [0, 0],
      [150, 150],
      [99999, compiled.totalMs],
    ] as const) {
      const out = join(dir, `at-${at}.png`);
      expect(await renderCommand([path, `--png=${out}`, '--at', String(at), '--scale', '1'], recordingIO())).toBe(0);
      const png = decode(await readFile(out));
      expect(Buffer.from(png.data).equals(Buffer.from(frameAt(compiled, expected)))).toBe(true);
    }
  });

  it('applies CANVAS_W/H and the timing settings from the environment', async () => {
    const path = await planFile('nocanvas.json', { steps: [{ op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red' }] });
    const out = join(dir, 'env.png');
    expect(await renderCommand([path, '--png', out, '--scale', '2'], recordingIO('', { CANVAS_W: '20', CANVAS_H: '10' }))).toBe(0);
    const png = decode(await readFile(out));
    expect([png.width, png.height]).toEqual([40, 20]);
  });

  it('writes an animated GIF89a of the drawing', async () => {
    const path = await planFile();
    const out = join(dir, 'anim.gif');
    expect(await renderCommand([path, '--gif', out, '--scale', '2'], recordingIO())).toBe(0);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 6).toString()).toBe('GIF89a');
    expect(bytes.readUInt16LE(6)).toBe(32);
    expect(bytes.readUInt16LE(8)).toBe(24);
    expect(bytes[bytes.length - 1]).toBe(0x3b);
    const gif = decodeGif(bytes);
    expect(gif.frames.length).toBeGreaterThan(3);
    // Frames are 50 ms apart (merged while unchanged); the final frame is held 2 s.
    for (const frame of gif.frames.slice(0, -1)) expect(frame.delayMs % 50).toBe(0);
    expect(gif.frames[gif.frames.length - 1].delayMs).toBeGreaterThanOrEqual(2000);
    // What a viewer sees after every frame is exactly (colours included) the frame at its start time.
    const compiled = compilePlan(parsePlan(PLAN).plan!);
    let t = 0;
    for (const [i, frame] of gif.frames.entries()) {
      const expected = upscaleNearest(frameAt(compiled, i === gif.frames.length - 1 ? compiled.totalMs : t), 16, 12, 2);
      for (let k = 3; k < expected.length; k += 4) expected[k] = 255;
      expect(Buffer.from(frame.screen).equals(Buffer.from(expected))).toBe(true);
      t += frame.delayMs;
    }
    expect(t).toBe(compiled.totalMs + 2000);
  });

  it('plays a drawing longer than a minute in real time at 20 fps, not as a time-lapse', async () => {
    const steps = Array.from({ length: 90 }, (_, i) => ({
      op: 'pixels',
      points: [[i % 10, Math.floor(i / 10)]],
      color: i % 2 ? '#ff0000' : '#00ff00',
      animate: { duration_ms: 1000 },
    }));
    const path = await planFile('minutes.json', { canvas: { w: 10, h: 9 }, steps });
    const out = join(dir, 'minutes.gif');
    expect(await renderCommand([path, '--gif', out, '--scale', '1'], recordingIO('', { MAX_DRAW_SEC: '120' }))).toBe(0);
    const gif = decodeGif(await readFile(out));
    const compiled = compilePlan(parsePlan({ canvas: { w: 10, h: 9 }, steps }, { maxDrawSec: 120 }).plan!, { maxDrawSec: 120 });
    expect(compiled.totalMs).toBeGreaterThan(60_000);
    const delays = gif.frames.map((frame) => frame.delayMs);
    expect(delays.slice(0, -1).every((ms) => ms % 50 === 0)).toBe(true);
    expect(delays.reduce((a, b) => a + b, 0)).toBe(compiled.totalMs + 2000);
  });

  it('quantises a GIF palette when a plan has more than 256 colours', async () => {
    const steps = Array.from({ length: 256 }, (_, i) => ({
      op: 'pixels',
      points: [[i % 16, Math.floor(i / 16)]],
      color: `#${(i * 65793 + 17).toString(16).padStart(6, '0').slice(-6)}`,
      animate: { duration_ms: 1 },
    }));
    const path = await planFile('colours.json', { canvas: { w: 16, h: 16, bg: '#010203' }, steps });
    const out = join(dir, 'colours.gif');
    expect(await renderCommand([path, '--gif', out, '--scale', '1'], recordingIO())).toBe(0);
    const gif = decodeGif(await readFile(out));
    expect(gif.width).toBe(16);
    expect(gif.frames.length).toBeGreaterThan(1);
  });

  it('refuses a GIF too big to encode in reasonable time, naming a scale that fits', async () => {
    const path = await planFile('long.json', {
      canvas: { w: 256, h: 256 },
      steps: [{ op: 'rect', x: 0, y: 0, w: 2, h: 2, fill: 'red', animate: { duration_ms: 10000 } }],
    });
    const io = recordingIO();
    expect(await renderCommand([path, '--gif', join(dir, 'big.gif'), '--scale', '32'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/use --scale \d+ or less/);
  });

  it('defaults to a PNG next to the plan', async () => {
    const path = await planFile('beside.json');
    expect(await renderCommand([path], recordingIO())).toBe(0);
    expect((await stat(join(dir, 'beside.png'))).size).toBeGreaterThan(50);
  });

  it('reads stdin with "-" when an output is given', async () => {
    const out = join(dir, 'stdin.png');
    expect(await renderCommand(['-', '--png', out, '--scale', '1'], recordingIO(JSON.stringify(PLAN)))).toBe(0);
    expect(decode(await readFile(out)).width).toBe(16);
  });

  it('exits 1 for invalid input or an unwritable output', async () => {
    for (const content of ['not json', '[]', '{"steps": []}']) {
      const path = await planFile('bad.json', content);
      const io = recordingIO();
      expect(await renderCommand([path, '--png', join(dir, 'x.png')], io)).toBe(1);
      expect(io.err.join('')).toMatch(/^drawstream render: /);
    }
    expect(await renderCommand([join(dir, 'missing.json')], recordingIO())).toBe(1);
    const path = await planFile();
    expect(await renderCommand([path, '--png', join(dir, 'no', 'such', 'dir.png')], recordingIO())).toBe(1);
  });

  it('exits 2 on usage errors', async () => {
    const path = await planFile();
    const cases = [
      [],
      [path, '--frame', '3'],
      [path, '--at', '-1'],
      [path, '--at', '1.5'],
      [path, '--at'],
      [path, '--scale', '0'],
      [path, '--scale', '33'],
      [path, '--scale', 'x'],
      [path, path],
      ['-'],
    ];
    for (const args of cases) {
      const io = recordingIO();
      expect(await renderCommand(args, io)).toBe(2);
      expect(io.err.join('')).toMatch(/usage: drawstream render/);
    }
  });

  it('--at beyond 2^53 is a whole number ≥ 0: the final frame, not a usage error', () => {
    expect(parseRenderArgs(['p.json', '--at', '99999999999999999999']).atMs).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('parses options in both spellings', () => {
    expect(parseRenderArgs(['p.json', '--png=a.png', '--at', '5', '--scale=4'])).toEqual({
      plan: 'p.json',
      png: 'a.png',
      gif: undefined,
      atMs: 5,
      scale: 4,
    });
    expect(parseRenderArgs(['p.JSON']).png).toBe('p.png');
  });
});
