// The overlay with a plan that streams in while it is drawn: it holds at the last known step,
// then, when a longer plan and its step arrivals come, goes on from the current time with
// frames equal to Node's frameAt of the streamed timeline, and ends at the finished plan's
// final picture.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compilePlan, frameAt, type CompiledPlan } from '../../src/raster/index.js';
import type { DrawPlan } from '../../src/dsl/types.js';
import type { JobView } from '../../src/core/index.js';
import { FakeStage } from '../server/fake-stage.js';
import { samplePlan, startServer, TEST_RENDERER } from '../server/harness.js';
import { haveChromium, useChromiumSuite } from './chromium.js';

const suite = useChromiumSuite();
const { cleanups } = suite;

async function canvasAt(page: Page): Promise<{ t: number | null; pixels: Buffer }> {
  const { t, pixels } = await page.evaluate(() => {
    const hook = (window as any).__drawstream;
    return { t: hook.frameTime() as number | null, pixels: hook.canvasPixels() as number[] };
  });
  return { t, pixels: Buffer.from(pixels) };
}

const frame = (compiled: CompiledPlan, t: number): Buffer => Buffer.from(frameAt(compiled, t));

describe.skipIf(!haveChromium)('overlay: streamed plans', () => {
  it('holds at the last known step, then continues with late steps, frame for frame like frameAt', async () => {
    const full = samplePlan();
    const first: DrawPlan = { ...full, steps: full.steps.slice(0, 2) };
    const stage = new FakeStage();
    const startedAt = Date.now() + 300;
    const job: JobView = {
      id: 's1',
      donor: 'd',
      message: 'm',
      amount: 1,
      currency: 'RUB',
      phase: 'drawing',
      plan: first,
      drawStartedAt: startedAt,
      stepArrivals: [0, 0],
      streaming: true,
    };
    stage.current = job;
    const server = await startServer({ stage, webRoot: suite.webRoot });
    cleanups.push(() => server.close());
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/overlay`);
    await page.waitForFunction(() => (window as any).__drawstream !== undefined);

    // The known prefix draws, then the loop stops: the picture holds at the last known step.
    const prefix = compilePlan(first, TEST_RENDERER, { arrivals: [0, 0] });
    await page.waitForFunction((total) => ((window as any).__drawstream.frameTime() ?? -1) >= total, prefix.totalMs, { timeout: 10_000 });
    await page.waitForFunction(() => (window as any).__drawstream.looping() === false);
    const held = await canvasAt(page);
    expect(held.pixels.equals(frame(prefix, held.t!))).toBe(true);

    // The rest of the plan arrives late.
    const arrival = Math.max(prefix.totalMs + 200, Date.now() - startedAt);
    const arrivals = [0, 0, ...full.steps.slice(2).map(() => arrival)];
    // Job views are immutable snapshots: the stage builds a new one on every change (and the
    // overlay's redaction caches by view), so the stand-in does the same.
    stage.current = { ...job, plan: full, stepArrivals: arrivals };
    stage.emit('step', job.id, String(full.steps.length));
    const streamed = compilePlan(full, TEST_RENDERER, { arrivals });
    expect(streamed.totalMs).toBeGreaterThan(arrival);
    const seen: number[] = [];
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const { t, pixels } = await canvasAt(page);
      if (t !== null && t >= arrival) {
        expect(pixels.equals(frame(streamed, t)), `streamed frame at t=${t}`).toBe(true);
        seen.push(t);
        if (t >= streamed.totalMs) break;
      }
      await page.waitForTimeout(60);
    }
    expect(seen.some((t) => t < streamed.totalMs)).toBe(true);
    expect(seen.at(-1)!).toBeGreaterThanOrEqual(streamed.totalMs);
    // The last picture is the finished plan's, exactly.
    const { pixels } = await canvasAt(page);
    expect(pixels.equals(frame(compilePlan(full, TEST_RENDERER), Infinity))).toBe(true);
    expect(errors).toEqual([]);
  }, 40_000);
});
