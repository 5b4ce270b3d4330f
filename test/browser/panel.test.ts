// The operator panel in headless Chromium: live state, controls with the panel token,
// the test-donation form, history thumbnails, health and the OBS URLs.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compilePlan, frameAt } from '../../src/raster/index.js';
import { FakeStage } from '../server/fake-stage.js';
import { samplePlan, startServer, TEST_RENDERER, type Harness } from '../server/harness.js';
import { haveChromium, useChromiumSuite } from './chromium.js';

const suite = useChromiumSuite();
const { cleanups } = suite;

async function openPanel(harness: Harness): Promise<{ page: Page; dialogs: string[] }> {
  const context = await suite.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${harness.url}/panel`);
  return { page, dialogs };
}

describe.skipIf(!haveChromium)('operator panel', () => {
  it('shows the current job, the queue, history thumbnails, health and the OBS URLs', async () => {
    const stage = new FakeStage();
    const plan = samplePlan();
    stage.current = {
      id: 'c1',
      donor: '<img src=x onerror=alert(1)>',
      message: 'кот',
      amount: 10,
      currency: 'USD',
      phase: 'showing',
      plan,
      drawStartedAt: Date.now() - 3000,
      showEndsAt: Date.now() + 60_000,
      planNote: 'LLM timed out',
    };
    stage.queue = [{ id: 'q1', donor: 'Маша', message: 'солнце', amount: 5, currency: 'RUB', phase: 'queued' }];
    stage.finished = [
      { id: 'old', donor: 'Old', message: 'house', amount: 1, currency: 'EUR', status: 'done', finishedAt: Date.now() - 1000, plan },
    ];
    const harness = await startServer({ stage, webRoot: suite.webRoot });
    cleanups.push(() => harness.close());
    const { page, dialogs } = await openPanel(harness);

    await page.waitForFunction(() => document.getElementById('current-phase')?.textContent === 'showing');
    expect(await page.locator('#current-donor').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('#current-note').textContent()).toContain('LLM timed out');
    expect(await page.locator('#queue-list').innerText()).toContain('Маша');
    expect(await page.locator('#conn').textContent()).toBe('live');

    // The history thumbnail is the final frame, drawn client-side with the shared raster code.
    await page.waitForSelector('#history-list canvas.thumb');
    const thumb = Buffer.from(
      await page.evaluate(() => {
        const canvas = document.querySelector('#history-list canvas.thumb') as HTMLCanvasElement;
        return Array.from(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data);
      }),
    );
    const compiled = compilePlan(plan, TEST_RENDERER);
    expect(thumb.equals(Buffer.from(frameAt(compiled, compiled.totalMs)))).toBe(true);

    await page.waitForFunction(() => (document.getElementById('health-list')?.children.length ?? 0) > 0);
    expect(await page.locator('#health-list').innerText()).toContain('model not pulled');
    const urls = await page.locator('#overlay-urls').innerText();
    expect(urls).toContain(`${harness.url}/overlay`);
    expect(urls).toContain(`${harness.url}/overlay?layout=portrait`);
    expect(urls).toContain('1920 × 1080');
    expect(urls).toContain('1080 × 1920');
    expect(await page.locator('#img, #current-donor img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('sends controls and test donations with the saved panel token', async () => {
    const stage = new FakeStage();
    const harness = await startServer({ stage, webRoot: suite.webRoot, panelToken: 'tok-123' });
    cleanups.push(() => harness.close());
    const { page } = await openPanel(harness);
    await page.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');

    await page.click('#btn-pause');
    await page.waitForFunction(() => /token/i.test(document.getElementById('action-result')?.textContent ?? ''));
    expect(stage.paused).toBe(false);

    await page.fill('#token', 'tok-123');
    await page.click('#token-save');
    await page.click('#btn-pause');
    await page.waitForFunction(() => document.getElementById('action-result')?.textContent === 'Paused.');
    expect(stage.paused).toBe(true);
    await page.waitForSelector('#paused-pill:not([hidden])');

    await page.fill('#donation-form input[name=donor]', 'Панель');
    await page.fill('#donation-form input[name=message]', 'нарисуй ёлку');
    await page.click('#donation-form button[type=submit]');
    await page.waitForFunction(() => /Queued as/.test(document.getElementById('donation-result')?.textContent ?? ''));
    expect(stage.queue).toHaveLength(1);
    expect(stage.queue[0]).toMatchObject({ donor: 'Панель', message: 'нарисуй ёлку', amount: 100, currency: 'RUB' });
    await page.waitForFunction(() => (document.getElementById('queue-list')?.textContent ?? '').includes('Панель'));
  });
  it('shows the head of a long queue with the count and updates rows by job id', async () => {
    const stage = new FakeStage();
    stage.queue = Array.from({ length: 2000 }, (_, i) => ({
      id: `w${i}`,
      donor: i === 1 ? '<img src=x onerror=alert(1)>' : `Зритель ${i}`,
      message: 'кот',
      amount: 5,
      currency: 'RUB',
      phase: 'queued' as const,
    }));
    const harness = await startServer({ stage, webRoot: suite.webRoot });
    cleanups.push(() => harness.close());
    const { page, dialogs } = await openPanel(harness);
    await page.waitForFunction(() => document.querySelectorAll('#queue-list li[data-id]').length === 20);
    expect(await page.locator('#queue-list .queue-tail').textContent()).toBe('… and 1 980 more');
    expect(await page.locator('h2 #queue-count').textContent()).toBe('(2 000)');
    expect(await page.locator('#queue-list li[data-id="w1"] .donor').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('#queue-list img').count()).toBe(0);

    // Tag the rows' DOM nodes; after the head moves on, the rows still waiting are the same nodes.
    await page.evaluate(() =>
      document
        .querySelectorAll('#queue-list li[data-id]')
        .forEach((li) => ((li as HTMLElement & { tag?: string }).tag = li.getAttribute('data-id')!)),
    );
    stage.current = { ...stage.queue.shift()!, phase: 'planning' };
    stage.queue[0] = { ...stage.queue[0], planned: true };
    stage.emit('planning', stage.current.id);
    await page.waitForFunction(() => document.querySelector('#queue-list .queue-tail')?.textContent === '… and 1 979 more');
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#queue-list li[data-id]')).map((li) => [
        li.getAttribute('data-id'),
        (li as HTMLElement & { tag?: string }).tag ?? null,
      ]),
    );
    expect(rows.map(([id]) => id)).toEqual(Array.from({ length: 20 }, (_, i) => `w${i + 1}`));
    expect(rows.slice(0, 19).every(([id, tag]) => id === tag)).toBe(true); // kept, not rebuilt
    expect(rows[19][1]).toBeNull(); // the one new row
    expect(await page.locator('#queue-list li[data-id="w1"] .muted').textContent()).toBe('queued, planned');
    expect(dialogs).toEqual([]);
  });
});
