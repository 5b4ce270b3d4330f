// Gallery encoding cost: PNG ×8 and GIF ×4 of every example plan, a worst case (60 s
// full-canvas pixel reveal in 32 colours), and a whole `save` with the longest event-loop
// stall it causes.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RENDERER_SETTINGS, parsePlan, type Plan } from '../src/dsl/index.js';
import { createGallery, encodeGifWithStats, encodePng } from '../src/gallery/index.js';
import { compilePlan, frameAt } from '../src/raster/index.js';

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function worstCasePlan(): Plan {
  const palette = Array.from({ length: 32 }, (_, i) => `#${((i * 0x07a3c1 + 0x123456) & 0xffffff).toString(16).padStart(6, '0')}`);
  const digits = '0123456789abcdefghijklmnopqrstuv';
  const matrix = Array.from({ length: 96 }, (_, y) =>
    Array.from({ length: 96 }, (_, x) => digits[(x * 7 + y * 13 + ((x * y) % 5)) % 32]).join(''),
  );
  const { plan } = parsePlan({
    palette,
    steps: [{ op: 'pixels', x: 0, y: 0, matrix, animate: { mode: 'pixel_reveal', speed_px_per_s: 154 } }],
  });
  return plan!;
}

function measure(name: string, plan: Plan, runs: number): void {
  const compiled = compilePlan(plan);
  const gifMs: number[] = [];
  const pngMs: number[] = [];
  let gifBytes = 0;
  let pngBytes = 0;
  let frames = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const gif = encodeGifWithStats(compiled, { scale: 4 });
    const t1 = performance.now();
    const png = encodePng(frameAt(compiled, compiled.totalMs), compiled.width, compiled.height, 8);
    const t2 = performance.now();
    gifMs.push(t1 - t0);
    pngMs.push(t2 - t1);
    gifBytes = gif.bytes.length;
    pngBytes = png.length;
    frames = gif.frames;
  }
  console.log(
    `  ${name.padEnd(16)} ${(compiled.totalMs / 1000).toFixed(1).padStart(5)} s drawing  ` +
      `GIF ${median(gifMs).toFixed(0).padStart(5)} ms ${(gifBytes / 1024).toFixed(0).padStart(4)} KiB ${String(frames).padStart(4)} frames  ` +
      `PNG ${median(pngMs).toFixed(0).padStart(4)} ms ${(pngBytes / 1024).toFixed(0).padStart(3)} KiB`,
  );
}

export async function run(): Promise<void> {
  console.log('gallery: encode (median of 3; GIF ×4 at 20 fps, PNG ×8)');
  const examples = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'examples');
  for (const file of (await readdir(examples)).filter((f) => f.endsWith('.json')).sort()) {
    const { plan } = parsePlan(await readFile(join(examples, file), 'utf8'));
    if (plan !== null) measure(file.replace(/\.json$/, ''), plan, 3);
  }
  measure('worst: reveal60s', worstCasePlan(), 1);

  const dir = await mkdtemp(join(tmpdir(), 'drawstream-bench-gallery-'));
  try {
    const gallery = createGallery({ dir, renderer: DEFAULT_RENDERER_SETTINGS });
    const dragon = parsePlan(await readFile(join(examples, 'dragon.json'), 'utf8')).plan!;
    for (const [name, plan] of [
      ['dragon', dragon],
      ['worst case', worstCasePlan()],
    ] as const) {
      let longestGap = 0;
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 1);
      const started = performance.now();
      await gallery.save({
        id: `bench-${name.replace(/ /g, '-')}`,
        plan,
        finishedAt: Date.now(),
        donor: 'bench',
        message: name,
        amount: 1,
        currency: 'USD',
      });
      const took = performance.now() - started;
      clearInterval(timer);
      console.log(`  save (${name}): ${took.toFixed(0)} ms wall, longest event-loop stall ${longestGap.toFixed(0)} ms`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
