// The panel's Gallery in headless Chromium: thumbnails from /gallery/<id>.png, download links,
// Replay with the panel token (the very same plan goes on stage), refresh after `done`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../src/dsl/index.js';
import { createGallery, type Gallery } from '../../src/gallery/index.js';
import { createMetrics, createServer } from '../../src/server/index.js';
import { realStage, serverDeps, TEST_RENDERER } from '../server/harness.js';
import type { ManualClock } from '../../src/stage/index.js';
import type { TestStage } from '../server/harness.js';
import { haveChromium, useChromiumSuite } from './chromium.js';

const suite = useChromiumSuite();
const { cleanups } = suite;
const TOKEN = 'panel-gallery-token';

const SAVED_PLAN: Plan = (() => {
  const { plan } = parsePlan(
    {
      version: '1',
      canvas: { w: 96, h: 96, bg: '#203040' },
      steps: [{ op: 'circle', cx: 48, cy: 48, r: 30, fill: '#ff3366', animate: { duration_ms: 200 } }],
      caption: 'All for you',
    },
    TEST_RENDERER,
  );
  if (!plan) throw new Error('test plan invalid');
  return plan;
})();

async function setup(): Promise<{ url: string; stage: TestStage; clock: ManualClock; gallery: Gallery }> {
  const real = await realStage();
  cleanups.push(real.cleanup);
  const dir = await mkdtemp(path.join(tmpdir(), 'drawstream-panel-gallery-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const gallery = createGallery({ dir: path.join(dir, 'gallery'), renderer: TEST_RENDERER });
  await gallery.save({
    id: 'g-1',
    plan: SAVED_PLAN,
    finishedAt: Date.UTC(2025, 5, 1, 12, 0, 0),
    donor: '<img src=x onerror=alert(1)>',
    message: 'розовый круг',
    amount: 42,
    currency: 'RUB',
  });
  // As the composition root does: every `done` job goes to the gallery.
  const unsubscribe = real.stage.subscribe((event) => {
    if (event.type !== 'done' || !event.jobId) return;
    const entry = real.stage.history(5).find((item) => item.id === event.jobId);
    if (entry?.plan) void gallery.save({ ...entry, plan: entry.plan });
  });
  cleanups.push(unsubscribe);
  const metrics = createMetrics({ defaultMetrics: false });
  const app = await createServer({
    ...serverDeps({ stage: real.stage, panelToken: TOKEN, webRoot: suite.webRoot, now: () => real.clock.now() }, metrics),
    gallery,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => app.close());
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, stage: real.stage, clock: real.clock, gallery };
}

async function openPanel(url: string, withToken: boolean): Promise<{ page: Page; dialogs: string[] }> {
  const context = await suite.browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  cleanups.push(() => context.close());
  if (withToken) await context.addInitScript((token) => localStorage.setItem('drawstream.panelToken', token), TOKEN);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${url}/panel`);
  return { page, dialogs };
}

describe.skipIf(!haveChromium)('panel gallery', () => {
  it('lists saved drawings with a loaded PNG thumbnail, donor text literally, and download links', async () => {
    const { url } = await setup();
    const { page, dialogs } = await openPanel(url, false);
    const item = page.locator('#gallery-list li.gallery-item[data-id="g-1"]');
    await item.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector('#gallery-list img.thumb') as HTMLImageElement | null;
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    const size = await page.evaluate(() => {
      const img = document.querySelector('#gallery-list img.thumb') as HTMLImageElement;
      return { natural: img.naturalWidth, shown: img.getBoundingClientRect().width };
    });
    expect(size.natural).toBe(96 * 8);
    expect(size.shown).toBeLessThanOrEqual(100);
    expect(await item.locator('.donor').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await item.innerText()).toContain('розовый круг');
    expect(await item.locator('a.gallery-png').getAttribute('href')).toBe('/gallery/g-1.png?download=1');
    expect(await item.locator('a.gallery-gif').getAttribute('href')).toBe('/gallery/g-1.gif?download=1');

    const [download] = await Promise.all([page.waitForEvent('download'), item.locator('a.gallery-gif').click()]);
    expect(download.suggestedFilename()).toBe('drawstream-g-1.gif');
    expect(dialogs).toEqual([]);
  });

  it('Replay without the token shows the refusal; with it the saved plan goes on stage', async () => {
    const { url, stage } = await setup();
    const bare = await openPanel(url, false);
    await bare.page.locator('#gallery-list li[data-id="g-1"] button.gallery-replay').click();
    await bare.page.waitForFunction(() => /token/i.test(document.getElementById('gallery-result')?.textContent ?? ''));
    expect(stage.snapshot().current).toBeNull();

    const { page } = await openPanel(url, true);
    await page.locator('#gallery-list li[data-id="g-1"] button.gallery-replay').click();
    await page.waitForFunction(() => /queued as/.test(document.getElementById('gallery-result')?.textContent ?? ''));
    await expect.poll(() => stage.snapshot().current?.plan).toEqual(SAVED_PLAN);
    expect(stage.snapshot().current?.donor).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows a drawing in the gallery once it is done', async () => {
    const { url, stage, clock } = await setup();
    const { page } = await openPanel(url, true);
    await page.locator('#gallery-list li.gallery-item').first().waitFor();
    const { id } = stage.accept({
      id: 'live-1',
      source: 'panel',
      donor: 'Zoe',
      message: 'a house',
      amount: 1,
      currency: 'USD',
      timestamp: new Date().toISOString(),
    });
    await expect.poll(() => stage.snapshot().current?.phase).toBe('drawing');
    await clock.advance(60_000);
    await expect.poll(() => stage.history(5).find((entry) => entry.id === id)?.status).toBe('done');
    await page.locator(`#gallery-list li.gallery-item[data-id="${id}"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator('#gallery-list li.gallery-item').first().getAttribute('data-id')).toBe(id);
  });
});
