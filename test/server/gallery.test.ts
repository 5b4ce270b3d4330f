// The gallery over real HTTP: list, PNG/GIF files, downloads, 404s, traversal attempts and
// replay (re-queues the very same plan) with the real stage, a real gallery in a temp dir.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGallery, type Gallery } from '../../src/gallery/index.js';
import { parsePlan, type Plan } from '../../src/dsl/index.js';
import { createMetrics, createServer } from '../../src/server/index.js';
import { realStage, serverDeps, TEST_RENDERER, type TestStage } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

// Not the harness planner's sample plan: a replay that re-planned would show a different picture.
const SAVED_PLAN: Plan = (() => {
  const { plan } = parsePlan(
    {
      version: '1',
      canvas: { w: 96, h: 96, bg: '#103050' },
      steps: [
        { op: 'circle', cx: 48, cy: 48, r: 20, fill: '#ff8800', animate: { duration_ms: 200 } },
        { op: 'rect', x: 10, y: 70, w: 76, h: 10, fill: '#00cc66', animate: { duration_ms: 100 } },
      ],
      caption: 'All for you',
      seed: 3,
    },
    TEST_RENDERER,
  );
  if (!plan) throw new Error('test plan invalid');
  return plan;
})();

interface Setup {
  url: string;
  stage: TestStage;
  gallery: Gallery;
  dir: string;
}

async function setup(options: { panelToken?: string; withGallery?: boolean } = {}): Promise<Setup> {
  const real = await realStage();
  cleanups.push(real.cleanup);
  const dir = await mkdtemp(path.join(tmpdir(), 'drawstream-gallery-http-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const gallery = createGallery({ dir: path.join(dir, 'gallery'), renderer: TEST_RENDERER });
  const saved = await gallery.save({
    id: 'job-1',
    plan: SAVED_PLAN,
    finishedAt: Date.UTC(2026, 0, 1, 12, 0, 0),
    donor: 'Вася <b>',
    message: 'нарисуй солнце',
    amount: 150,
    currency: 'RUB',
  });
  expect(saved).not.toBeNull();
  await gallery.save({
    id: 'job-2',
    plan: SAVED_PLAN,
    finishedAt: Date.UTC(2026, 0, 1, 12, 5, 0),
    donor: 'Bob',
    message: 'sun',
    amount: 2,
    currency: 'USD',
  });
  const webRoot = await mkdtemp(path.join(tmpdir(), 'drawstream-web-'));
  await writeFile(path.join(webRoot, 'overlay.js'), '');
  cleanups.push(() => rm(webRoot, { recursive: true, force: true }));
  const metrics = createMetrics({ defaultMetrics: false });
  const deps = serverDeps({ stage: real.stage, panelToken: options.panelToken, webRoot, now: () => real.clock.now() }, metrics);
  const app = await createServer({ ...deps, gallery: options.withGallery === false ? undefined : gallery });
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => app.close());
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, stage: real.stage, gallery, dir };
}

/** A raw GET that sends the path exactly as written (fetch would normalise `..`). */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string; type: string | undefined }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), type: res.headers['content-type'] }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /api/gallery', () => {
  it('lists finished drawings newest first with file links and no plan', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/api/gallery`);
    expect(response.status).toBe(200);
    const items = await response.json();
    expect(items.map((item: { id: string }) => item.id)).toEqual(['job-2', 'job-1']);
    expect(items[1]).toEqual({
      id: 'job-1',
      finishedAt: Date.UTC(2026, 0, 1, 12, 0, 0),
      donor: 'Вася <b>',
      message: 'нарисуй солнце',
      amount: 150,
      currency: 'RUB',
      pngUrl: '/gallery/job-1.png',
      gifUrl: '/gallery/job-1.gif',
    });
  });

  it('honours limit, includes the plan with ?plan=1 and refuses a bad limit', async () => {
    const { url } = await setup();
    const one = await (await fetch(`${url}/api/gallery?limit=1&plan=1`)).json();
    expect(one).toHaveLength(1);
    expect(one[0].id).toBe('job-2');
    expect(one[0].plan).toEqual(SAVED_PLAN);
    for (const bad of ['0', '201', 'abc', '-1', '1.5']) {
      const response = await fetch(`${url}/api/gallery?limit=${bad}`);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/limit/);
    }
  });

  it('answers an empty list when the service has no gallery', async () => {
    const { url } = await setup({ withGallery: false });
    expect(await (await fetch(`${url}/api/gallery`)).json()).toEqual([]);
    expect((await fetch(`${url}/gallery/job-1.png`)).status).toBe(404);
  });
});

describe('GET /gallery/:id.png and .gif', () => {
  it('serves the PNG and GIF inline with their content types and the exact bytes on disk', async () => {
    const { url, gallery } = await setup();
    const png = await fetch(`${url}/gallery/job-1.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-disposition')).toBe('inline; filename="drawstream-job-1.png"');
    expect(Buffer.from(await png.arrayBuffer()).equals(await readFile(gallery.filePath('job-1', 'png')!))).toBe(true);
    const gif = await fetch(`${url}/gallery/job-1.gif`);
    expect(gif.status).toBe(200);
    expect(gif.headers.get('content-type')).toBe('image/gif');
    const bytes = Buffer.from(await gif.arrayBuffer());
    expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(bytes.equals(await readFile(gallery.filePath('job-1', 'gif')!))).toBe(true);
  });

  it('offers a download with ?download=1', async () => {
    const { url } = await setup();
    const png = await fetch(`${url}/gallery/job-2.png?download=1`);
    expect(png.headers.get('content-disposition')).toBe('attachment; filename="drawstream-job-2.png"');
    const gif = await fetch(`${url}/gallery/job-2.gif?download=1`);
    expect(gif.headers.get('content-disposition')).toBe('attachment; filename="drawstream-job-2.gif"');
  });

  it('answers 404 {error} for an unknown id, another extension or a missing file', async () => {
    const { url, gallery } = await setup();
    for (const p of ['/gallery/nope.png', '/gallery/job-1.json', '/gallery/job-1.jpg', '/gallery/job-1', '/gallery/.png']) {
      const response = await fetch(`${url}${p}`);
      expect(response.status, p).toBe(404);
      expect(typeof (await response.json()).error).toBe('string');
    }
    await rm(gallery.filePath('job-2', 'gif')!);
    const gone = await fetch(`${url}/gallery/job-2.gif`);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error).toMatch(/GIF/);
  });

  it('never leaves the gallery directory, whatever the path', async () => {
    const { url, dir } = await setup();
    // A file right next to the gallery directory, and its metadata-looking twin.
    await writeFile(path.join(dir, 'secret.png'), 'top secret');
    const attempts = [
      '/gallery/..%2F..%2Fetc%2Fpasswd.png',
      '/gallery/..%2Fsecret.png',
      '/gallery/%2E%2E%2Fsecret.png',
      '/gallery/..%5Csecret.png',
      '/gallery/../secret.png',
      '/gallery/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd.gif',
      '/gallery/%00.png',
      `/gallery/${'a'.repeat(5000)}.png`,
    ];
    for (const attempt of attempts) {
      const response = await rawGet(url, attempt);
      expect(response.status, attempt).toBeGreaterThanOrEqual(400);
      expect(response.status, attempt).toBeLessThan(500);
      expect(response.body, attempt).not.toContain('top secret');
      expect(response.body, attempt).not.toContain('root:');
      expect(response.type ?? '', attempt).not.toMatch(/image/);
    }
  });
});

describe('POST /api/gallery/:id/replay', () => {
  it('queues the drawing again and draws the identical saved plan', async () => {
    const { url, stage } = await setup();
    const response = await fetch(`${url}/api/gallery/job-1/replay`, { method: 'POST' });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'queued', replayOf: 'job-1' });
    expect(typeof body.id).toBe('string');
    let current: any = null;
    for (let i = 0; i < 50 && current?.phase !== 'drawing'; i++) {
      const state = await (await fetch(`${url}/api/state`)).json();
      current = state.current;
      if (current?.phase !== 'drawing') await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(current).toMatchObject({
      id: body.id,
      phase: 'drawing',
      donor: 'Вася <b>',
      message: 'нарисуй солнце',
      amount: 150,
      currency: 'RUB',
    });
    expect(current.plan).toEqual(SAVED_PLAN);
    expect(stage.snapshot().current?.plan).toEqual(SAVED_PLAN);
  });

  it('waits behind the jobs already queued (FIFO)', async () => {
    const { url } = await setup();
    const first = await (
      await fetch(`${url}/api/donations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ donor: 'A', message: 'cat', amount: 1, currency: 'RUB' }),
      })
    ).json();
    const replay = await (await fetch(`${url}/api/gallery/job-2/replay`, { method: 'POST' })).json();
    const state = await (await fetch(`${url}/api/state`)).json();
    expect([state.current?.id, ...state.queue.map((job: { id: string }) => job.id)]).toEqual([first.id, replay.id]);
  });

  it('never takes a plan, or the replay source, from an outside donation', async () => {
    const { url } = await setup();
    const post = (body: unknown) =>
      fetch(`${url}/api/donations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const spoofed = await post({ donor: 'X', message: 'a cat', amount: 1, currency: 'RUB', source: 'replay' });
    expect(spoofed.status).toBe(400);
    const withPlan = await post({ donor: 'X', message: 'a cat', amount: 1, currency: 'RUB', plan: SAVED_PLAN });
    expect(withPlan.status).toBe(201);
    let current: any = null;
    for (let i = 0; i < 50 && current?.phase !== 'drawing'; i++) {
      current = (await (await fetch(`${url}/api/state`)).json()).current;
      if (current?.phase !== 'drawing') await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(current.phase).toBe('drawing');
    expect(current.plan).not.toEqual(SAVED_PLAN);
  });

  it('answers 404 for an unknown or traversal-looking gallery id and queues nothing', async () => {
    const { url } = await setup();
    for (const id of ['nope', '..%2F..%2Fetc%2Fpasswd', '%2E%2E']) {
      const response = await fetch(`${url}/api/gallery/${id}/replay`, { method: 'POST' });
      expect(response.status, id).toBe(404);
      expect(typeof (await response.json()).error).toBe('string');
    }
    const state = await (await fetch(`${url}/api/state`)).json();
    expect(state.current).toBeNull();
    expect(state.queue).toEqual([]);
  });

  it('needs the panel token when PANEL_TOKEN is set, like every control call', async () => {
    const { url } = await setup({ panelToken: 's3cret-token' });
    const missing = await fetch(`${url}/api/gallery/job-1/replay`, { method: 'POST' });
    expect(missing.status).toBe(401);
    const wrong = await fetch(`${url}/api/gallery/job-1/replay`, { method: 'POST', headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(403);
    const crossSite = await fetch(`${url}/api/gallery/job-1/replay`, {
      method: 'POST',
      headers: { authorization: 'Bearer s3cret-token', origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    let state = await (await fetch(`${url}/api/state`)).json();
    expect(state.current).toBeNull();
    const ok = await fetch(`${url}/api/gallery/job-1/replay`, { method: 'POST', headers: { authorization: 'Bearer s3cret-token' } });
    expect(ok.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 20));
    state = await (await fetch(`${url}/api/state`)).json();
    expect(state.current?.plan).toEqual(SAVED_PLAN);
  });
});
