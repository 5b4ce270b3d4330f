import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DONOR_CHARS } from '../../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS, parsePlan, type Plan, type RendererSettings } from '../../src/dsl/index.js';
import { compilePlan, frameAt, upscaleNearest, type CompiledPlan } from '../../src/raster/index.js';
import { decodeGif, type DecodedGif } from '../kit/gif-decode.js';
import {
  createGallery,
  encodeGif,
  encodeGifAsync,
  encodeGifWithStats,
  encodePng,
  galleryKey,
  type GalleryEntry,
} from '../../src/gallery/index.js';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');

function planOf(raw: unknown, settings: RendererSettings = DEFAULT_RENDERER_SETTINGS): Plan {
  const { plan, issues } = parsePlan(raw, settings);
  if (plan === null) throw new Error(`test plan invalid: ${JSON.stringify(issues)}`);
  return plan;
}

async function examplePlan(name: string): Promise<Plan> {
  return planOf(JSON.parse(await readFile(join(EXAMPLES, `${name}.json`), 'utf8')));
}

function scaledFrame(compiled: CompiledPlan, t: number, scale: number): Buffer {
  const big = upscaleNearest(frameAt(compiled, t), compiled.width, compiled.height, scale);
  return Buffer.from(big.buffer, big.byteOffset, big.byteLength);
}

function hex(rgb: number[]): string {
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Distinct "#rrggbb" in an RGBA frame. */
function colorsIn(rgba: Uint8Array | Uint8ClampedArray): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < rgba.length; i += 4) out.add(hex([rgba[i], rgba[i + 1], rgba[i + 2]]));
  return out;
}

/** The palette entries a GIF really uses (its transparent slot left out). */
function opaquePalette(gif: DecodedGif, colorCount: number): string[] {
  const transparent = new Set(gif.frames.map((f) => f.transparentIndex).filter((i): i is number => i !== null));
  return gif.palette
    .slice(0, colorCount + transparent.size)
    .filter((_, i) => !transparent.has(i))
    .map(hex);
}

// A line drawn over 2 s: the picture changes at every 50 ms sample.
const LINE_PLAN = {
  canvas: { w: 32, h: 32, bg: '#102030' },
  steps: [
    { op: 'rect', x: 2, y: 2, w: 10, h: 10, fill: '#ff0000', animate: { duration_ms: 400 } },
    { op: 'line', x1: 0, y1: 31, x2: 31, y2: 0, width: 2, color: '#00ff7f', animate: { duration_ms: 2000 } },
  ],
};

describe('encodePng', () => {
  it('writes an 8-bit RGBA, non-interlaced, opaque PNG equal to the final frame upscaled', async () => {
    const compiled = compilePlan(await examplePlan('cat'));
    const final = frameAt(compiled, compiled.totalMs);
    const bytes = encodePng(final, compiled.width, compiled.height, 8);
    // IHDR: width, height, bit depth, colour type, compression, filter, interlace.
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBe(768);
    expect(bytes.readUInt32BE(20)).toBe(768);
    expect([bytes[24], bytes[25], bytes[28]]).toEqual([8, 6, 0]);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(768);
    expect(png.height).toBe(768);
    expect(Buffer.from(png.data).equals(scaledFrame(compiled, compiled.totalMs, 8))).toBe(true);
  });

  it('makes every pixel opaque whatever alpha the input has, and accepts plain Uint8Array', () => {
    const rgba = new Uint8Array([255, 0, 0, 0, 0, 255, 0, 10, 0, 0, 255, 128, 9, 9, 9, 255]);
    const png = PNG.sync.read(encodePng(rgba, 2, 2, 3));
    expect([png.width, png.height]).toEqual([6, 6]);
    for (let i = 3; i < png.data.length; i += 4) expect(png.data[i]).toBe(255);
    expect([...png.data.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    expect([...png.data.subarray((5 * 6 + 5) * 4, (5 * 6 + 6) * 4)]).toEqual([9, 9, 9, 255]);
  });

  it('refuses a size that does not match the pixels', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2, 1)).toThrow(RangeError);
    expect(() => encodePng(new Uint8Array(16), 0, 4, 1)).toThrow(RangeError);
    expect(() => encodePng(new Uint8Array(16), 2, 2, Number.NaN)).toThrow(RangeError);
  });
});

describe('encodeGif', () => {
  it('replays the drawing frame by frame and ends on the final frame, held 2 s', async () => {
    const compiled = compilePlan(await examplePlan('cat'));
    const bytes = encodeGif(compiled, { scale: 2 });
    expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    const gif = decodeGif(bytes);
    expect([gif.width, gif.height]).toEqual([192, 192]);
    expect(gif.loopCount).toBe(0);
    expect(gif.frames.length).toBeGreaterThan(50);
    // What a viewer sees during each frame is the drawing at the moment that frame starts.
    let t = 0;
    for (const frame of gif.frames) {
      expect(Buffer.from(frame.screen).equals(scaledFrame(compiled, Math.min(t, compiled.totalMs), 2))).toBe(true);
      t += frame.delayMs;
    }
    expect(t).toBe(Math.ceil(compiled.totalMs / 50) * 50 + 2000);
    expect(gif.frames.at(-1)!.delayMs).toBeGreaterThanOrEqual(2000);
  });

  it('plays at least 15 fps where the picture changes, and merges unchanged samples into one longer frame', () => {
    const plan = planOf({
      ...LINE_PLAN,
      steps: [...LINE_PLAN.steps, { op: 'rect', x: 20, y: 20, w: 5, h: 5, fill: '#ffffff', animate: { delay_ms: 1000, duration_ms: 0 } }],
    });
    const compiled = compilePlan(plan);
    const gif = decodeGif(encodeGif(compiled, { scale: 1 }));
    const delays = gif.frames.map((f) => f.delayMs);
    // 400 ms rect + 2000 ms line: a change at every 50 ms sample.
    const drawing = delays.slice(0, 48);
    expect(drawing.every((d) => d === 50)).toBe(true);
    // Then 1 s of nothing (the delay) is one frame, and the last rect appears at once.
    expect(delays.slice(48)).toEqual([1000, 2000]);
    expect(Buffer.from(gif.frames.at(-1)!.screen).equals(scaledFrame(compiled, compiled.totalMs, 1))).toBe(true);
    // Later frames are only the rectangle that changed.
    expect(gif.frames[5].width * gif.frames[5].height).toBeLessThan(32 * 32);
  });

  it('builds the palette from exactly the colours the drawing paints', () => {
    const plan = planOf({
      ...LINE_PLAN,
      steps: [
        ...LINE_PLAN.steps,
        // Entirely off the canvas: its colour is never painted and must not be in the palette.
        { op: 'rect', x: 100, y: 100, w: 5, h: 5, fill: '#abcdef' },
      ],
    });
    const compiled = compilePlan(plan);
    const stats = encodeGifWithStats(compiled, { scale: 1 });
    const gif = decodeGif(stats.bytes);
    expect(stats.colors).toBe(3);
    expect(stats.quantized).toBe(false);
    expect(new Set(opaquePalette(gif, stats.colors))).toEqual(new Set(['#102030', '#ff0000', '#00ff7f']));
    expect(colorsIn(gif.frames.at(-1)!.screen)).toEqual(colorsIn(frameAt(compiled, compiled.totalMs)));
  });

  it('keeps the frame time a multiple of 10 ms between 20 and 60 ms', () => {
    const compiled = compilePlan(
      planOf({
        canvas: { w: 20, h: 20 },
        steps: [{ op: 'rect', x: 0, y: 0, w: 20, h: 20, fill: '#ff0000', animate: { duration_ms: 1000 } }],
      }),
    );
    const delaysWith = (frameMs: number) =>
      decodeGif(encodeGif(compiled, { scale: 1, frameMs, holdFinalMs: 0 })).frames.map((f) => f.delayMs);
    expect(
      delaysWith(20)
        .slice(0, -1)
        .every((d) => d === 20),
    ).toBe(true);
    expect(
      delaysWith(5)
        .slice(0, -1)
        .every((d) => d === 20),
    ).toBe(true);
    expect(
      delaysWith(100)
        .slice(0, -1)
        .every((d) => d === 60),
    ).toBe(true);
    expect(
      delaysWith(43)
        .slice(0, -1)
        .every((d) => d === 40),
    ).toBe(true);
    // Even without a hold the final frame has a real delay (browsers play 0 as 100 ms).
    expect(delaysWith(50).at(-1)).toBe(50);
  });

  it('turns a drawing longer than maxFrames samples into a time-lapse that still ends on the final frame', () => {
    const settings: RendererSettings = { ...DEFAULT_RENDERER_SETTINGS, maxDrawSec: 3600 };
    const steps = Array.from({ length: 60 }, (_, i) => ({
      op: 'line',
      x1: 0,
      y1: i,
      x2: 95,
      y2: 95 - i,
      color: i % 2 === 0 ? '#ff0000' : '#00ff00',
      animate: { duration_ms: 10_000 },
    }));
    const compiled = compilePlan(planOf({ steps }, settings), settings);
    expect(compiled.totalMs).toBe(600_000);
    const stats = encodeGifWithStats(compiled, { scale: 1 });
    expect(stats.samples).toBeLessThanOrEqual(1201);
    expect(stats.frames).toBeLessThanOrEqual(1201);
    expect(stats.sampleStepMs).toBe(500);
    const gif = decodeGif(stats.bytes);
    expect(gif.frames.length).toBe(stats.frames);
    expect(Buffer.from(gif.frames.at(-1)!.screen).equals(scaledFrame(compiled, compiled.totalMs, 1))).toBe(true);
    expect(gif.frames.slice(0, -1).every((f) => f.delayMs <= 60)).toBe(true);

    const small = encodeGifWithStats(compiled, { scale: 1, maxFrames: 50 });
    expect(small.samples).toBeLessThanOrEqual(50);
  });

  it('quantises when a drawing paints more than 255 colours, and still decodes', () => {
    const steps = Array.from({ length: 300 }, (_, i) => ({
      op: 'pixels',
      points: [[i % 20, Math.floor(i / 20)]],
      color: `#${(i * 0x01f3a7 + 0x102030).toString(16).slice(-6).padStart(6, '0')}`,
      animate: { duration_ms: 10 },
    }));
    // The parser allows 256 steps: 256 distinct colours plus the background.
    const plan = planOf({ canvas: { w: 20, h: 16, bg: '#000000' }, steps });
    const compiled = compilePlan(plan);
    const stats = encodeGifWithStats(compiled, { scale: 1 });
    expect(stats.colors).toBeGreaterThan(255);
    expect(stats.quantized).toBe(true);
    const gif = decodeGif(stats.bytes);
    expect(gif.palette.length).toBeLessThanOrEqual(256);
    expect(gif.frames.at(-1)!.screen.every((v, i) => i % 4 !== 3 || v === 255)).toBe(true);
  });

  it('shows a text card as one frame held for the hold time', () => {
    const plan = planOf({ render_text: 'You are too small', duration_sec: 90 });
    const compiled = compilePlan(plan);
    const gif = decodeGif(encodeGif(compiled, { scale: 2 }));
    expect(gif.frames).toHaveLength(1);
    expect(gif.frames[0].delayMs).toBe(2000);
    expect(Buffer.from(gif.frames[0].screen).equals(scaledFrame(compiled, 0, 2))).toBe(true);
  });

  it('gives the same bytes from the async encoder', async () => {
    const compiled = compilePlan(await examplePlan('dragon'));
    const sync = encodeGif(compiled, { scale: 2 });
    const async = await encodeGifAsync(compiled, { scale: 2 });
    expect(async.bytes.equals(sync)).toBe(true);
  });
});

describe('gallery', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawstream-gallery-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function recordingLogger() {
    const lines: { level: string; args: unknown[] }[] = [];
    const at =
      (level: string) =>
      (...args: unknown[]) =>
        void lines.push({ level, args });
    const logger = { info: at('info'), warn: at('warn'), debug: at('debug'), error: at('error') };
    return { lines, logger: logger as unknown as import('pino').Logger };
  }

  const entry = (id: string, plan: Plan, finishedAt: number): GalleryEntry => ({
    id,
    plan,
    finishedAt,
    donor: 'Вася',
    message: 'нарисуй котика',
    amount: 100,
    currency: 'RUB',
  });

  it('saves a finished drawing as PNG ×8, GIF ×4 and metadata, and lists it back', async () => {
    const galleryDir = join(dir, 'data', 'gallery');
    const gallery = createGallery({ dir: galleryDir, renderer: DEFAULT_RENDERER_SETTINGS });
    const plan = await examplePlan('cat');
    const saved = await gallery.save(entry('job-1', plan, 1_700_000_000_000));
    expect(saved).toMatchObject({ id: 'job-1', png: 'job-1.png', gif: 'job-1.gif', donor: 'Вася', amount: 100, currency: 'RUB' });
    expect((await readdir(galleryDir)).sort()).toEqual(['job-1.gif', 'job-1.json', 'job-1.png']);

    const compiled = compilePlan(plan);
    const png = PNG.sync.read(await readFile(gallery.filePath('job-1', 'png')!));
    expect([png.width, png.height]).toEqual([768, 768]);
    expect(Buffer.from(png.data).equals(scaledFrame(compiled, compiled.totalMs, 8))).toBe(true);
    const gif = decodeGif(await readFile(gallery.filePath('job-1', 'gif')!));
    expect([gif.width, gif.height]).toEqual([384, 384]);
    expect(Buffer.from(gif.frames.at(-1)!.screen).equals(scaledFrame(compiled, compiled.totalMs, 4))).toBe(true);

    expect(gallery.list()).toEqual([saved]);
    expect(gallery.get('job-1')).toEqual(saved);
    expect(gallery.get('job-2')).toBeNull();
    expect(gallery.filePath('job-1', 'png')).toBe(join(resolve(galleryDir), 'job-1.png'));
    // A fresh gallery on the same directory (a restart) sees the same entry.
    expect(createGallery({ dir: galleryDir, renderer: DEFAULT_RENDERER_SETTINGS }).get('job-1')).toEqual(saved);
  });

  it('lists newest first and honours the limit', async () => {
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    const plan = planOf(LINE_PLAN);
    await Promise.all([gallery.save(entry('b', plan, 2000)), gallery.save(entry('a', plan, 3000)), gallery.save(entry('c', plan, 1000))]);
    expect(gallery.list().map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(gallery.list(2).map((i) => i.id)).toEqual(['a', 'b']);
    expect(gallery.list(0)).toEqual([]);
  });

  it('keeps at most maxEntries, deleting the oldest entries and their images', async () => {
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS, maxEntries: 3 });
    const plan = planOf(LINE_PLAN);
    for (let i = 1; i <= 5; i++) expect(await gallery.save(entry(`job-${i}`, plan, i * 1000))).not.toBeNull();
    expect(gallery.list().map((i) => i.id)).toEqual(['job-5', 'job-4', 'job-3']);
    const files = await readdir(dir);
    expect(files.filter((f) => f.startsWith('job-1') || f.startsWith('job-2'))).toEqual([]);
    expect(files).toHaveLength(9);
    expect(gallery.filePath('job-1', 'gif')).toBeNull();
  });

  it('never lets an id or a kind reach outside its directory', async () => {
    const inner = join(dir, 'gallery');
    await mkdir(inner);
    await writeFile(join(dir, 'secret.json'), JSON.stringify({ format: 1 }));
    await writeFile(join(dir, 'secret.png'), 'not yours');
    const gallery = createGallery({ dir: inner, renderer: DEFAULT_RENDERER_SETTINGS });
    for (const id of ['../secret', '../etc/passwd', '..', '.', '', '/etc/passwd', 'a/../../secret', '..\\secret', 'x\u0000y']) {
      expect(gallery.get(id)).toBeNull();
      expect(gallery.filePath(id, 'png')).toBeNull();
    }
    const saved = await gallery.save(entry('../etc/passwd', planOf(LINE_PLAN), 1));
    expect(saved!.png).toMatch(/^h-[0-9a-f]{32}\.png$/);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['gallery', 'secret.json', 'secret.png']));
    expect((await readdir(dir)).length).toBe(3);
    expect((await readdir(inner)).length).toBe(3);
    const path = gallery.filePath('../etc/passwd', 'png')!;
    expect(dirname(path)).toBe(resolve(inner));
    expect(gallery.get('../etc/passwd')!.id).toBe('../etc/passwd');
    expect(gallery.filePath('../etc/passwd', '../../secret' as 'png')).toBeNull();
    expect(gallery.filePath('../etc/passwd', 'json' as 'png')).toBeNull();
  });

  it('names files after plain ids only', () => {
    expect(galleryKey('da-12345_X')).toBe('da-12345_X');
    for (const id of ['a b', 'a.b', 'CON', 'nul', 'x'.repeat(81), 'ёж', '../x']) expect(galleryKey(id)).toMatch(/^h-[0-9a-f]{32}$/);
    expect(galleryKey('a b')).not.toBe(galleryKey('a.b'));
  });

  it('ignores garbage in the directory', async () => {
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    await gallery.save(entry('good', planOf(LINE_PLAN), 5));
    await writeFile(join(dir, 'broken.json'), '{"format": 1, "id": "broken", ');
    await writeFile(join(dir, 'array.json'), '[1, 2, 3]');
    await writeFile(join(dir, 'null.json'), 'null');
    await writeFile(join(dir, 'empty.json'), '');
    await writeFile(join(dir, 'binary.json'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    // Well-formed but claiming another entry's files, or an id that is not its name.
    await writeFile(
      join(dir, 'thief.json'),
      JSON.stringify({ format: 1, id: 'thief', finishedAt: 9, png: 'good.png', gif: 'good.gif', plan: {} }),
    );
    await writeFile(
      join(dir, 'alias.json'),
      JSON.stringify({ format: 1, id: 'good', finishedAt: 9, png: 'alias.png', gif: 'alias.gif', plan: {} }),
    );
    await writeFile(
      join(dir, 'noplan.json'),
      JSON.stringify({ format: 1, id: 'noplan', finishedAt: 9, png: 'noplan.png', gif: 'noplan.gif' }),
    );
    await writeFile(join(dir, 'bad name.json'), JSON.stringify({ format: 1 }));
    await mkdir(join(dir, 'folder.json'));
    await writeFile(join(dir, 'readme.txt'), 'hello');
    await writeFile(join(dir, 'good.png.tmp-1-dead'), 'half a file');
    expect(gallery.list().map((i) => i.id)).toEqual(['good']);
    expect(gallery.get('broken')).toBeNull();
    expect(gallery.get('thief')).toBeNull();
    expect(gallery.filePath('folder', 'png')).toBeNull();
    // A later save still works and the garbage stays harmless.
    expect(await gallery.save(entry('next', planOf(LINE_PLAN), 6))).not.toBeNull();
    expect(gallery.list().map((i) => i.id)).toEqual(['next', 'good']);
  });

  it('removes stale leftovers of a crash (temp files, images without metadata), but not fresh ones', async () => {
    const old = new Date(Date.now() - 60 * 60 * 1000);
    for (const name of ['x.png.tmp-123-abcd', 'orphan.png', 'orphan.gif']) {
      await writeFile(join(dir, name), 'old');
      await utimes(join(dir, name), old, old);
    }
    for (const name of ['y.gif.tmp-123-beef', 'young.png', 'notes.txt']) await writeFile(join(dir, name), 'new');
    await writeFile(join(dir, 'kept.png'), 'old');
    await writeFile(join(dir, 'kept.json'), '{}');
    await utimes(join(dir, 'kept.png'), old, old);
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    await gallery.save(entry('one', planOf(LINE_PLAN), 1));
    expect((await readdir(dir)).sort()).toEqual(
      ['kept.json', 'kept.png', 'notes.txt', 'one.gif', 'one.json', 'one.png', 'y.gif.tmp-123-beef', 'young.png'].sort(),
    );
  });

  it('sees an entry disappear when its files are deleted by hand', async () => {
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    await gallery.save(entry('gone', planOf(LINE_PLAN), 1));
    await rm(join(dir, 'gone.gif'));
    expect(gallery.filePath('gone', 'gif')).toBeNull();
    expect(gallery.filePath('gone', 'png')).not.toBeNull();
    await rm(join(dir, 'gone.json'));
    expect(gallery.get('gone')).toBeNull();
    expect(gallery.list()).toEqual([]);
  });

  it('saves a text card', async () => {
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    const plan = planOf({ render_text: 'You are too small', duration_sec: 90 });
    const saved = await gallery.save(entry('card', plan, 1));
    expect(saved).not.toBeNull();
    const compiled = compilePlan(plan);
    const png = PNG.sync.read(await readFile(join(dir, 'card.png')));
    expect(Buffer.from(png.data).equals(scaledFrame(compiled, 0, 8))).toBe(true);
    expect(decodeGif(await readFile(join(dir, 'card.gif'))).frames).toHaveLength(1);
    expect(gallery.get('card')!.plan).toEqual(plan);
  });

  it('stores the normalised plan, so a replay re-queues exactly what was drawn', async () => {
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    const raw = { caption: 'whatever the model said', steps: [{ op: 'rect', x: 1.6, y: 0, w: 3, h: 3, fill: 'Red' }, { op: 'bogus' }] };
    const saved = await gallery.save(entry('norm', raw as unknown as Plan, 1));
    expect(saved!.plan).toEqual(planOf(raw));
    expect(saved!.plan.caption).toBe('All for you');
    const stored = JSON.parse(await readFile(join(dir, 'norm.json'), 'utf8'));
    expect(stored.plan).toEqual(planOf(raw));
  });

  it('never throws: bad entries and an unusable directory give null and a warning', async () => {
    const { lines, logger } = recordingLogger();
    const blocker = join(dir, 'file');
    await writeFile(blocker, 'x');
    const broken = createGallery({ dir: join(blocker, 'gallery'), renderer: DEFAULT_RENDERER_SETTINGS, logger });
    expect(await broken.save(entry('a', planOf(LINE_PLAN), 1))).toBeNull();
    expect(broken.list()).toEqual([]);
    expect(broken.get('a')).toBeNull();

    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS, logger });
    expect(await gallery.save(entry('bad-plan', { steps: [] } as unknown as Plan, 1))).toBeNull();
    expect(await gallery.save(entry('', planOf(LINE_PLAN), 1))).toBeNull();
    expect(await gallery.save(null as unknown as GalleryEntry)).toBeNull();
    expect(await gallery.save({ id: 'x' } as unknown as GalleryEntry)).toBeNull();
    expect(lines.filter((l) => l.level === 'warn').length).toBeGreaterThanOrEqual(5);
    // Donor names never reach the log.
    expect(JSON.stringify(lines)).not.toContain('Вася');
    // Odd text fields are clipped or defaulted, not refused.
    const odd = await gallery.save({
      id: 'odd',
      plan: planOf(LINE_PLAN),
      finishedAt: Number.NaN,
      donor: 'x'.repeat(5000),
      message: 42,
      amount: Infinity,
      currency: null,
    } as unknown as GalleryEntry);
    expect(odd).toMatchObject({ id: 'odd', amount: 0, currency: '', message: '' });
    expect(odd!.donor.length).toBe(MAX_DONOR_CHARS);
    expect(Number.isFinite(odd!.finishedAt)).toBe(true);
  });

  it('overwrites an entry saved again under the same id', async () => {
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    await gallery.save(entry('same', planOf(LINE_PLAN), 1));
    const before = (await stat(join(dir, 'same.png'))).size;
    await gallery.save(entry('same', await examplePlan('cat'), 2));
    expect(gallery.list()).toHaveLength(1);
    expect(gallery.get('same')!.finishedAt).toBe(2);
    expect((await stat(join(dir, 'same.png'))).size).not.toBe(before);
  });

  it('keeps the event loop responsive while it encodes a busy drawing', async () => {
    // A 60 s full-canvas pixel reveal in 32 colours: the most frames and the largest changes.
    const palette = Array.from({ length: 32 }, (_, i) => `#${((i * 0x07a3c1 + 0x123456) & 0xffffff).toString(16).padStart(6, '0')}`);
    const digits = '0123456789abcdefghijklmnopqrstuv';
    const matrix = Array.from({ length: 96 }, (_, y) =>
      Array.from({ length: 96 }, (_, x) => digits[(x * 7 + y * 13 + ((x * y) % 5)) % 32]).join(''),
    );
    const plan = planOf({ palette, steps: [{ op: 'pixels', x: 0, y: 0, matrix, animate: { mode: 'pixel_reveal', speed_px_per_s: 154 } }] });
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const saved = await gallery.save(entry('busy', plan, 1));
    const took = performance.now() - started;
    clearInterval(timer);
    expect(saved).not.toBeNull();
    // Encoding takes a while (see bench/gallery.ts); no single stretch of it may hold the loop.
    expect(longestGap).toBeLessThan(Math.max(400, took / 4));
  });
});
