// The hand-made plans in examples/ are the README gallery and few-shot material for the
// LLM prompt, so they must stay valid, stay in budget and keep drawing exactly the same
// pixels. Goldens: SHA-256 of the RGBA bytes of the final frame and of the frame at
// t = ⌊totalMs/2⌋; the gallery docs/examples/<name>.png (final frame ×4) and all.png must
// match the final frame too. After a deliberate change (an edited or new example, a new
// glyph shape) regenerate both with `UPDATE_GOLDEN=1 npx vitest run test/examples.test.ts`,
// then look at the renders in docs/examples/ before committing.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RENDERER_SETTINGS, isTextCard, parsePlan, type Step } from '../src/dsl/index.js';
import { compilePlan, frameAt, upscaleNearest } from '../src/raster/index.js';

const EXAMPLES_DIR = fileURLToPath(new URL('../examples/', import.meta.url));
const GOLDEN_FILE = fileURLToPath(new URL('./golden/examples.json', import.meta.url));
const GALLERY_DIR = fileURLToPath(new URL('../docs/examples/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GALLERY_SCALE = 4;
const SHEET_SCALE = 2;
const SHEET_COLUMNS = 4;
const SHEET_GAP = 6;

interface Golden {
  totalMs: number;
  mid: string;
  final: string;
}

const names = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

function readGoldens(): Record<string, Golden> {
  try {
    return JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, Golden>;
  } catch {
    return {};
  }
}

const goldens = readGoldens();
const computed: Record<string, Golden> = {};
const finals: Record<string, { rgba: Uint8ClampedArray; width: number; height: number }> = {};

function sha256(rgba: Uint8ClampedArray): string {
  return createHash('sha256')
    .update(new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength))
    .digest('hex');
}

function encodePng(rgba: Uint8ClampedArray, width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data.set(rgba);
  return PNG.sync.write(png, { colorType: 2 });
}

/** All final frames ×SHEET_SCALE in a grid on a dark background, for the README. */
function contactSheet(): Buffer {
  const tiles = Object.keys(finals)
    .sort()
    .map((n) => finals[n]);
  const tw = Math.max(...tiles.map((t) => t.width)) * SHEET_SCALE;
  const th = Math.max(...tiles.map((t) => t.height)) * SHEET_SCALE;
  const rows = Math.ceil(tiles.length / SHEET_COLUMNS);
  const width = SHEET_COLUMNS * (tw + SHEET_GAP) + SHEET_GAP;
  const height = rows * (th + SHEET_GAP) + SHEET_GAP;
  const sheet = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < sheet.length; i += 4) sheet.set([17, 17, 17, 255], i);
  tiles.forEach((t, i) => {
    const big = upscaleNearest(t.rgba, t.width, t.height, SHEET_SCALE);
    const bw = t.width * SHEET_SCALE;
    const ox = SHEET_GAP + (i % SHEET_COLUMNS) * (tw + SHEET_GAP);
    const oy = SHEET_GAP + Math.floor(i / SHEET_COLUMNS) * (th + SHEET_GAP);
    for (let y = 0; y < t.height * SHEET_SCALE; y++) sheet.set(big.subarray(y * bw * 4, (y + 1) * bw * 4), ((oy + y) * width + ox) * 4);
  });
  return encodePng(sheet, width, height);
}

function countDrawingSteps(steps: Step[]): number {
  return steps.reduce((n, s) => n + (s.op === 'group' ? countDrawingSteps(s.steps) : 1), 0);
}

function load(name: string) {
  const raw: unknown = JSON.parse(readFileSync(`${EXAMPLES_DIR}${name}.json`, 'utf8'));
  return { raw, parsed: parsePlan(raw, DEFAULT_RENDERER_SETTINGS) };
}

describe('examples/', () => {
  it('holds at least 12 examples', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(names)('%s', (name) => {
    it('parses as a valid drawing with no dropped step or reset field', () => {
      const { parsed } = load(name);
      expect(parsed.issues).toEqual([]);
      expect(parsed.valid).toBe(true);
      expect(parsed.plan && !isTextCard(parsed.plan)).toBe(true);
    });

    it('stays compact and draws in 10–40 s with several kinds of op', () => {
      const { parsed } = load(name);
      if (!parsed.plan || isTextCard(parsed.plan)) throw new Error('not a drawing');
      const compiled = compilePlan(parsed.plan, DEFAULT_RENDERER_SETTINGS);
      expect(countDrawingSteps(parsed.plan.steps)).toBeLessThanOrEqual(40);
      expect(compiled.totalMs).toBeGreaterThanOrEqual(10_000);
      expect(compiled.totalMs).toBeLessThanOrEqual(40_000);
      expect(new Set(compiled.steps.map((s) => s.op)).size).toBeGreaterThanOrEqual(3);
    });

    it('draws the same final and mid-drawing frames as the stored goldens', () => {
      const { parsed } = load(name);
      if (!parsed.plan) throw new Error('invalid plan');
      const compiled = compilePlan(parsed.plan, DEFAULT_RENDERER_SETTINGS);
      const mid = frameAt(compiled, Math.floor(compiled.totalMs / 2));
      const final = frameAt(compiled, compiled.totalMs);
      expect(final.length).toBe(compiled.width * compiled.height * 4);
      // The half-way frame must be a real in-between state, or it pins nothing the final frame does not.
      expect(sha256(mid)).not.toBe(sha256(final));
      const got: Golden = { totalMs: compiled.totalMs, mid: sha256(mid), final: sha256(final) };
      computed[name] = got;
      finals[name] = { rgba: final, width: compiled.width, height: compiled.height };
      if (UPDATE) return;
      expect(goldens[name], `no golden for ${name}: run with UPDATE_GOLDEN=1`).toBeDefined();
      expect(got).toEqual(goldens[name]);
    });

    it('has an up-to-date gallery image in docs/examples/', () => {
      if (UPDATE) return;
      const { parsed } = load(name);
      if (!parsed.plan) throw new Error('invalid plan');
      const compiled = compilePlan(parsed.plan, DEFAULT_RENDERER_SETTINGS);
      const expected = upscaleNearest(frameAt(compiled, compiled.totalMs), compiled.width, compiled.height, GALLERY_SCALE);
      const png = PNG.sync.read(readFileSync(`${GALLERY_DIR}${name}.png`));
      expect([png.width, png.height]).toEqual([compiled.width * GALLERY_SCALE, compiled.height * GALLERY_SCALE]);
      expect(Buffer.compare(png.data, Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength))).toBe(0);
    });
  });

  it('has no golden left over from a deleted example', () => {
    if (UPDATE) return;
    expect(Object.keys(goldens).sort()).toEqual(names);
  });

  afterAll(() => {
    if (!UPDATE) return;
    const sorted = Object.fromEntries(
      Object.keys(computed)
        .sort()
        .map((k) => [k, computed[k]]),
    );
    writeFileSync(GOLDEN_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
    mkdirSync(GALLERY_DIR, { recursive: true });
    for (const [name, f] of Object.entries(finals)) {
      const big = upscaleNearest(f.rgba, f.width, f.height, GALLERY_SCALE);
      writeFileSync(`${GALLERY_DIR}${name}.png`, encodePng(big, f.width * GALLERY_SCALE, f.height * GALLERY_SCALE));
    }
    writeFileSync(`${GALLERY_DIR}all.png`, contactSheet());
  });
});
