// The overlay page in Debian's headless Chromium (never a downloaded browser), against the
// real server and a FakeStage put in exact states.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { compilePlan, frameAt, upscaleNearest } from '../../src/raster/index.js';
import type { JobView } from '../../src/core/index.js';
import type { DrawPlan } from '../../src/dsl/types.js';
import { FakeStage } from '../server/fake-stage.js';
import { samplePlan, startServer, TEST_RENDERER, type Harness } from '../server/harness.js';
import { haveChromium, useChromiumSuite } from './chromium.js';

const ARTIFACTS = path.resolve('test-artifacts');

const suite = useChromiumSuite();
const { cleanups } = suite;

beforeAll(async () => {
  if (!haveChromium) return;
  await mkdir(ARTIFACTS, { recursive: true });
});

async function serve(stage: FakeStage, port?: number): Promise<Harness> {
  const harness = await startServer({ stage, webRoot: suite.webRoot, port });
  cleanups.push(() => harness.close());
  return harness;
}

async function openPage(
  url: string,
  viewport = { width: 1920, height: 1080 },
): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const context = await suite.browser.newContext({ viewport, deviceScaleFactor: 1 });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__drawstream !== undefined);
  return { page, dialogs, errors };
}

function job(id: string, overrides: Partial<JobView> = {}): JobView {
  return { id, donor: `donor ${id}`, message: `message ${id}`, amount: 100, currency: 'RUB', phase: 'queued', ...overrides };
}

const expected = (plan: DrawPlan, t: number): Buffer => Buffer.from(frameAt(compilePlan(plan, TEST_RENDERER), t));

async function canvasAt(page: Page): Promise<{ t: number | null; pixels: Buffer }> {
  const { t, pixels } = await page.evaluate(() => {
    const hook = (window as any).__drawstream;
    return { t: hook.frameTime() as number | null, pixels: hook.canvasPixels() as number[] };
  });
  return { t, pixels: Buffer.from(pixels) };
}

describe.skipIf(!haveChromium)('overlay page', () => {
  it("shows exactly Node's frameAt, byte for byte, at frozen drawing times", async () => {
    const plan = samplePlan();
    const total = compilePlan(plan, TEST_RENDERER).totalMs;
    const stage = new FakeStage();
    stage.current = job('f1', { phase: 'drawing', plan, drawStartedAt: Date.now() });
    const { url } = await serve(stage);
    const times = [0, 1, 120, 333, 420, 640, 777, 950, total - 1, total];
    const distinct = new Set<string>();
    const { page } = await openPage(`${url}/overlay?freeze=0`);
    for (const ms of times) {
      await page.goto(`${url}/overlay?freeze=${ms}`);
      await page.waitForFunction((t) => (window as any).__drawstream?.frameTime() === t, ms);
      const { pixels } = await canvasAt(page);
      const want = expected(plan, ms);
      expect(pixels.length, `t=${ms}`).toBe(96 * 96 * 4);
      expect(pixels.equals(want), `frame at t=${ms} differs from frameAt`).toBe(true);
      distinct.add(pixels.toString('base64'));
    }
    expect(distinct.size).toBeGreaterThan(5); // the frames really change along the timeline
  });

  it("animates live frames that equal frameAt at the frame's own time, then stops", async () => {
    const plan = samplePlan();
    const compiled = compilePlan(plan, TEST_RENDERER);
    const stage = new FakeStage();
    stage.current = job('live', { phase: 'drawing', plan, drawStartedAt: Date.now() + 400 });
    const { url } = await serve(stage);
    const { page } = await openPage(`${url}/overlay`);
    const seen: number[] = [];
    const deadline = Date.now() + 8000;
    while (Date.now() < deadline) {
      const { t, pixels } = await canvasAt(page);
      if (t !== null) {
        expect(pixels.equals(expected(plan, t)), `live frame at t=${t}`).toBe(true);
        seen.push(t);
        if (t >= compiled.totalMs) break;
      }
      await page.waitForTimeout(90);
    }
    expect(seen.some((t) => t > 0 && t < compiled.totalMs)).toBe(true);
    expect(seen[seen.length - 1]).toBeGreaterThanOrEqual(compiled.totalMs);
    // After the last stroke the loop ends: no requestAnimationFrame while nothing changes.
    await page.waitForFunction(() => (window as any).__drawstream.looping() === false);
  });

  it('draws from a timer at the capped rate, with about one animation frame a second', async () => {
    // One slow step: the canvas changes on nearly every frame for 4 s.
    const plan = {
      ...samplePlan(),
      steps: [{ op: 'rect', x: 0, y: 0, w: 96, h: 96, fill: '#2e8b57', animate: { duration_ms: 4000 } }],
    } as DrawPlan;
    const stage = new FakeStage();
    stage.current = job('pace', { phase: 'drawing', plan, drawStartedAt: Date.now() + 300 });
    const { url } = await serve(stage);
    const context = await suite.browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as any;
      w.__draws = [] as number[];
      w.__frames = 0;
      const put = CanvasRenderingContext2D.prototype.putImageData;
      CanvasRenderingContext2D.prototype.putImageData = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        w.__draws.push(performance.now());
        return (put as (...a: unknown[]) => void).apply(this, args);
      } as typeof put;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => {
        w.__frames += 1;
        return raf(callback);
      };
    });
    await page.goto(`${url}/overlay`);
    await page.waitForFunction(() => ((window as any).__drawstream?.frameTime() ?? -1) > 300);
    const { draws, frames } = await page.evaluate(async () => {
      const w = window as any;
      const firstDraw = w.__draws.length;
      const firstFrame = w.__frames;
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return { draws: w.__draws.slice(firstDraw) as number[], frames: w.__frames - firstFrame };
    });
    expect(draws.length).toBeGreaterThan(45); // ≈ 60 at the default cap of 30/s
    expect(draws.length).toBeLessThanOrEqual(62);
    expect(frames).toBeLessThanOrEqual(4); // the phase re-read once a second, not one per update
    const gaps = draws
      .slice(1)
      .map((t, i) => t - draws[i])
      .sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThan(30);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(37);
  });

  it("aligns to the server clock (ping/pong), even when the server clock is an hour off this machine's", async () => {
    const SKEW = 3_600_000;
    const serverNow = (): number => Date.now() + SKEW;
    const plan = samplePlan();
    const total = compilePlan(plan, TEST_RENDERER).totalMs;
    const stage = new FakeStage(serverNow);
    stage.current = job('skew', { phase: 'drawing', plan, drawStartedAt: serverNow() + 1000 });
    const harness = await startServer({ stage, webRoot: suite.webRoot, now: serverNow });
    cleanups.push(() => harness.close());
    const { page } = await openPage(`${harness.url}/overlay`);
    await page.waitForTimeout(700); // the ping burst
    const offset = await page.evaluate(() => (window as any).__drawstream.clockOffset());
    expect(Math.abs(offset - SKEW)).toBeLessThan(100);
    await page.waitForFunction(() => ((window as any).__drawstream.frameTime() ?? -1) > 0);
    const startedAt = stage.current!.drawStartedAt!;
    const { t, pixels } = await canvasAt(page);
    const elapsed = serverNow() - startedAt;
    expect(t!).toBeGreaterThan(0);
    expect(t!).toBeLessThanOrEqual(Math.min(elapsed + 50, total));
    expect(t!).toBeGreaterThanOrEqual(Math.min(elapsed - 1000, total)); // a loaded CI machine may delay frames
    expect(pixels.equals(expected(plan, t!))).toBe(true);
  });

  it("sizes the canvas at the plan's size, upscaled exactly by CSS with pixelated rendering", async () => {
    const stage = new FakeStage();
    stage.current = job('s1', { phase: 'showing', plan: samplePlan(), drawStartedAt: Date.now() - 5000, showEndsAt: Date.now() + 60_000 });
    const { url } = await serve(stage);
    for (const [query, scale] of [
      ['', 8],
      ['?scale=3', 3],
      ['?scale=32', 32],
      ['?scale=99', 8],
    ] as const) {
      const { page } = await openPage(`${url}/overlay${query}`);
      await page.waitForFunction(() => (window as any).__drawstream.mode() === 'showing');
      const size = await page.evaluate(() => {
        const canvas = document.getElementById('art') as HTMLCanvasElement;
        const box = canvas.getBoundingClientRect();
        return {
          width: canvas.width,
          height: canvas.height,
          cssWidth: box.width,
          cssHeight: box.height,
          rendering: getComputedStyle(canvas).imageRendering,
        };
      });
      expect(size).toEqual({ width: 96, height: 96, cssWidth: 96 * scale, cssHeight: 96 * scale, rendering: 'pixelated' });
      if (scale === 3) {
        // What the stream sees: the browser's own upscale equals upscaleNearest of the final frame.
        const shot = PNG.sync.read(await page.locator('#art').screenshot());
        const compiled = compilePlan(samplePlan(), TEST_RENDERER);
        const want = upscaleNearest(frameAt(compiled, compiled.totalMs), 96, 96, scale);
        expect([shot.width, shot.height]).toEqual([96 * scale, 96 * scale]);
        expect(Buffer.from(shot.data).equals(Buffer.from(want))).toBe(true);
      }
    }
  });

  it('shows the HUD: Drawing, Thinking…, Next up, Queue: N, then All for you only while showing', async () => {
    const stage = new FakeStage();
    stage.current = job('h1', { donor: 'Петя', message: 'нарисуй котика в космосе', amount: 150, currency: 'RUB', phase: 'planning' });
    stage.queue = Array.from({ length: 6 }, (_, i) => job(`w${i}`, { donor: `Зритель ${i}` }));
    const { url } = await serve(stage);
    const { page } = await openPage(`${url}/overlay`);
    await page.waitForFunction(() => (window as any).__drawstream.mode() === 'planning');
    const now = await page.locator('#now').innerText();
    expect(now).toContain('Drawing: Петя — нарисуй котика в космосе');
    expect(now).toContain('150 RUB');
    expect(await page.locator('#thinking').isVisible()).toBe(true);
    expect(await page.locator('#caption').isVisible()).toBe(false);
    expect(await page.locator('#next-title').innerText()).toBe('Next up');
    expect(await page.locator('#next-list li').count()).toBe(5);
    expect(await page.locator('#next-list li').first().innerText()).toContain('Зритель 0');
    expect(await page.locator('#queue-count').innerText()).toBe('Queue: 6');

    stage.setCurrent({
      ...stage.current!,
      phase: 'showing',
      plan: samplePlan(),
      drawStartedAt: Date.now() - 3000,
      showEndsAt: Date.now() + 30_000,
    });
    await page.waitForFunction(() => (window as any).__drawstream.mode() === 'showing');
    expect(await page.locator('#caption').innerText()).toBe('All for you');
    expect(await page.locator('#caption').isVisible()).toBe(true);
    expect(await page.locator('#now').innerText()).toContain('Петя — нарисуй котика в космосе');
    expect(await page.locator('#thinking').isVisible()).toBe(false);
    expect(await page.locator('#countdown').isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as any).__drawstream.looping())).toBe(false);

    stage.queue = [];
    stage.setCurrent(null);
    await page.waitForFunction(() => (window as any).__drawstream.mode() === 'idle');
    expect(await page.locator('#caption').isVisible()).toBe(false);
    expect(await page.locator('#idle').innerText()).toBe('Waiting for donations');
  });

  it('runs nothing while idle', async () => {
    const { url } = await serve(new FakeStage());
    const { page } = await openPage(`${url}/overlay`);
    await page.waitForFunction(() => (window as any).__drawstream.mode() === 'idle');
    const before = await page.evaluate(() => (window as any).__drawstream.renders());
    // Count animation frames requested by the page for a second.
    const frames = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          const original = window.requestAnimationFrame;
          window.requestAnimationFrame = (cb) => {
            count += 1;
            return original(cb);
          };
          setTimeout(() => resolve(count), 1000);
        }),
    );
    expect(frames).toBe(0);
    expect(await page.evaluate(() => (window as any).__drawstream.looping())).toBe(false);
    expect(await page.evaluate(() => (window as any).__drawstream.renders())).toBe(before);
  });

  it('shows a donor message full of HTML as literal text and runs none of it', async () => {
    const stage = new FakeStage();
    const donor = '<img src=x onerror=alert(1)>';
    const message = '<script>alert(2)</script><b>bold</b> & "quotes"';
    stage.current = job('x1', { donor, message, phase: 'planning' });
    stage.queue = [job('x2', { donor: '<svg onload=alert(3)>', message: '<iframe src=javascript:alert(4)>' })];
    const { url } = await serve(stage);
    const { page, dialogs, errors } = await openPage(`${url}/overlay`);
    await page.waitForFunction(() => (window as any).__drawstream.mode() === 'planning');
    await page.waitForTimeout(300);
    expect(await page.locator('#now-donor').textContent()).toBe(donor);
    expect(await page.locator('#now-message').textContent()).toBe(message);
    expect(await page.locator('#next-list').textContent()).toContain('<svg onload=alert(3'); // cut to the queue's width, still literal
    expect(await page.locator('img, script:not([src]):not([type="application/json"]), svg, iframe, b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reacts to a skip via the API within 500 ms', async () => {
    const stage = new FakeStage();
    stage.current = job('k1', { phase: 'showing', plan: samplePlan(), drawStartedAt: Date.now() - 2000, showEndsAt: Date.now() + 60_000 });
    stage.queue = [job('k2')];
    const { url } = await serve(stage);
    const { page } = await openPage(`${url}/overlay`);
    await page.waitForFunction(() => (window as any).__drawstream.mode() === 'showing');
    // The next job goes on stage as soon as the current one is skipped.
    const original = stage.skip.bind(stage);
    stage.skip = () => {
      const result = original();
      stage.current = { ...stage.queue.shift()!, phase: 'planning' };
      stage.emit('planning', stage.current.id);
      return result;
    };
    const started = Date.now();
    const response = await fetch(`${url}/api/skip`, { method: 'POST' });
    expect(response.status).toBe(200);
    await page.waitForFunction(() => (window as any).__drawstream.currentId() === 'k2', undefined, { timeout: 500 });
    expect(Date.now() - started).toBeLessThan(500);
    expect(await page.locator('#now-donor').textContent()).toBe('donor k2');
    expect(await page.locator('#caption').isVisible()).toBe(false);
  });

  it('recovers by itself when the server restarts, and rebuilds the state from the new server', async () => {
    const first = new FakeStage();
    first.current = job('before', { phase: 'planning' });
    const a = await startServer({ stage: first, webRoot: suite.webRoot });
    const { page } = await openPage(`${a.url}/overlay`);
    await page.waitForFunction(() => (window as any).__drawstream.currentId() === 'before');
    await a.close();
    await page.waitForFunction(() => (window as any).__drawstream.connected() === false);

    const second = new FakeStage();
    const plan = samplePlan();
    second.current = job('after', { donor: 'After Restart', phase: 'drawing', plan, drawStartedAt: Date.now() - 200 });
    await serve(second, a.port);
    await page.waitForFunction(() => (window as any).__drawstream.currentId() === 'after', undefined, { timeout: 10_000 });
    expect(await page.locator('#now-donor').textContent()).toBe('After Restart');
    await page.waitForFunction(() => (window as any).__drawstream.connected() === true);
    const { t, pixels } = await canvasAt(page);
    expect(t).not.toBeNull();
    expect(pixels.equals(expected(plan, t!))).toBe(true);
  });

  it('has no background of its own with ?transparent=1 and keeps the HUD off the edges; saves layout screenshots', async () => {
    const stage = new FakeStage();
    stage.current = job('p1', {
      donor: 'Петя',
      message: 'нарисуй котика в космосе',
      phase: 'showing',
      plan: samplePlan(),
      drawStartedAt: Date.now() - 3000,
      showEndsAt: Date.now() + 60_000,
    });
    stage.queue = Array.from({ length: 4 }, (_, i) => job(`q${i}`, { donor: `Зритель ${i}`, message: 'солнце над морем' }));
    const { url } = await serve(stage);

    const { page } = await openPage(`${url}/overlay?transparent=1`);
    await page.waitForFunction(() => (window as any).__drawstream.mode() === 'showing');
    await page.evaluate(() => document.fonts.ready);
    const backgrounds = await page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    const hudBoxes = await page.evaluate(() =>
      ['now', 'art-box', 'queue-box'].map((id) => document.getElementById(id)!.getBoundingClientRect().toJSON()),
    );
    for (const box of hudBoxes) {
      expect(box.left).toBeGreaterThanOrEqual(16);
      expect(box.top).toBeGreaterThanOrEqual(16);
      expect(box.right).toBeLessThanOrEqual(1920 - 16);
      expect(box.bottom).toBeLessThanOrEqual(1080 - 16);
    }
    expect(await page.evaluate(() => document.fonts.check('16px "Press Start 2P"', 'Кот'))).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'overlay-landscape-transparent.png'), omitBackground: true });

    const landscape = await openPage(`${url}/overlay`);
    await landscape.page.waitForFunction(() => (window as any).__drawstream.mode() === 'showing');
    await landscape.page.evaluate(() => document.fonts.ready);
    await landscape.page.screenshot({ path: path.join(ARTIFACTS, 'overlay-landscape.png') });

    const portrait = await openPage(`${url}/overlay?layout=portrait`, { width: 1080, height: 1920 });
    await portrait.page.waitForFunction(() => (window as any).__drawstream.mode() === 'showing');
    await portrait.page.evaluate(() => document.fonts.ready);
    const boxes = await portrait.page.evaluate(() =>
      ['now', 'art', 'caption', 'queue-box'].map((id) => document.getElementById(id)!.getBoundingClientRect().toJSON()),
    );
    for (const box of boxes) {
      expect(box.right, 'clear of the buttons on the right 15%').toBeLessThanOrEqual(1080 * 0.85);
      expect(box.bottom, 'clear of the captions at the bottom 25%').toBeLessThanOrEqual(1920 * 0.75);
      expect(box.left).toBeGreaterThanOrEqual(16);
      expect(box.top).toBeGreaterThanOrEqual(16);
    }
    await portrait.page.screenshot({ path: path.join(ARTIFACTS, 'overlay-portrait.png') });
  });

  it('fits a 256×256 plan (larger than CANVAS_W×CANVAS_H) so the HUD and caption stay on the page, in both layouts', async () => {
    const big: DrawPlan = { ...samplePlan(), canvas: { w: 256, h: 256, bg: '#223344' } };
    const stage = new FakeStage();
    stage.current = job('big', { phase: 'showing', plan: big, drawStartedAt: Date.now() - 5000, showEndsAt: Date.now() + 60_000 });
    stage.queue = Array.from({ length: 5 }, (_, i) => job(`q${i}`, { donor: `Зритель ${i}`, message: 'солнце над морем' }));
    const { url } = await serve(stage);
    const layouts = [
      { query: '', width: 1920, height: 1080, right: 1920 - 16, bottom: 1080 - 16 },
      { query: '?layout=portrait', width: 1080, height: 1920, right: 1080 * 0.85, bottom: 1920 * 0.75 },
      { query: '?scale=32', width: 1920, height: 1080, right: 1920 - 16, bottom: 1080 - 16 },
    ];
    for (const layout of layouts) {
      const { page, errors } = await openPage(`${url}/overlay${layout.query}`, { width: layout.width, height: layout.height });
      await page.waitForFunction(() => (window as any).__drawstream.mode() === 'showing');
      await page.evaluate(() => document.fonts.ready);
      const boxes = await page.evaluate(() =>
        Object.fromEntries(
          ['now', 'art', 'progress', 'caption', 'countdown', 'queue-box'].map((id) => [
            id,
            document.getElementById(id)!.getBoundingClientRect().toJSON(),
          ]),
        ),
      );
      for (const [id, box] of Object.entries(boxes) as Array<[string, DOMRect]>) {
        expect(box.left, `${id} ${layout.query}`).toBeGreaterThanOrEqual(16);
        expect(box.top, `${id} ${layout.query}`).toBeGreaterThanOrEqual(16);
        expect(box.right, `${id} ${layout.query}`).toBeLessThanOrEqual(layout.right);
        expect(box.bottom, `${id} ${layout.query}`).toBeLessThanOrEqual(layout.bottom);
      }
      expect(await page.evaluate(() => document.getElementById('caption')!.textContent)).toBe('All for you');
      // Whole-number pixelated upscale of the 256×256 canvas.
      const size = await page.evaluate(() => (window as any).__drawstream.canvasSize());
      expect(size.width).toBe(256);
      const scale = parseFloat(size.cssWidth) / 256;
      expect(Number.isInteger(scale) && scale >= 1, `scale ${scale} ${layout.query}`).toBe(true);
      expect(size.cssHeight).toBe(size.cssWidth);
      expect(errors).toEqual([]);
      await page.screenshot({
        path: path.join(ARTIFACTS, `overlay-256${layout.query ? `-${layout.query.slice(1).replace(/[=&]/g, '-')}` : ''}.png`),
      });
    }
  });
});
