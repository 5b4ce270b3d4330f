// The panel's moderation desk in headless Chromium, on the real stage (SQLite, ManualClock)
// behind the real server with PANEL_TOKEN, in a narrow OBS-dock-sized window: approve,
// reject (keyboard), remove, ban/unban and "Allow and draw" round trips; HTML stays text.
import { describe, expect, it } from 'vitest';
import { instantPlanner, makeStageHarness } from '../stage/testing.js';
import { startServer } from '../server/harness.js';
import { haveChromium, useChromiumSuite } from './chromium.js';

const suite = useChromiumSuite();
const { cleanups } = suite;
const TOKEN = 'dock-token-1';
const HTML_DONOR = '<img src=x onerror=alert(1)>';

describe.skipIf(!haveChromium)('panel: moderation desk', () => {
  it('approves, rejects, removes, bans and allows, in a 300 px dock', async () => {
    const h = await makeStageHarness({ planner: instantPlanner(100), settings: { moderation: 'manual', autoApproveMinAmount: 1000 } });
    cleanups.push(() => h.cleanup());
    // A blocked donation that has been shown and finished: history with the gate's category.
    const blocked = h.donate({ donor: 'Shy', message: 'NSFW but fine', amount: 1 }).id;
    await h.clock.advance(2500);
    const onStage = h.donate({ donor: 'Big', amount: 1000 }).id;
    const waiting = h.donate({ donor: 'Waiter', amount: 1000 }).id;
    const p1 = h.donate({ donor: HTML_DONOR, message: '<b>cat</b>', amount: 5 }).id;
    const p2 = h.donate({ donor: 'Second', amount: 5 }).id;
    await h.clock.flush();
    expect(h.stage.snapshot().current?.id).toBe(onStage);

    const server = await startServer({ stage: h.stage, webRoot: suite.webRoot, panelToken: TOKEN, now: () => h.clock.now() });
    cleanups.push(() => server.close());
    const context = await suite.browser.newContext({ viewport: { width: 300, height: 900 } });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/panel`);
    await page.fill('#token', TOKEN);
    await page.click('#token-save');

    // pending list, HTML donor as text
    await page.waitForFunction(() => document.querySelectorAll('#pending-list li').length === 2);
    expect(await page.locator('#pending-count').textContent()).toBe('(2)');
    expect(await page.locator('#moderation-mode').textContent()).toBe('manual approval');
    const first = page.locator(`#pending-list li[data-id="${p1}"]`);
    expect(await first.locator('.donor').textContent()).toBe(HTML_DONOR);
    expect(await first.locator('.message').textContent()).toBe('<b>cat</b>');
    expect(await page.locator('#pending-list img, #pending-list b').count()).toBe(0);
    // fits the dock: nothing wider than the window
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    // Approve with the button
    await first.locator('button.approve').click();
    await page.waitForFunction((id) => !!document.querySelector(`#queue-list li[data-id="${id}"]`), p1);
    expect(h.stage.snapshot().queue.map((j) => j.id)).toEqual([waiting, p1]);
    expect(await page.locator(`#queue-list li[data-id="${p1}"] .donor`).textContent()).toBe(HTML_DONOR);

    // R rejects the oldest pending job, but not while typing in an input
    await page.focus('#ban-form input[name="donor"]');
    await page.keyboard.press('r');
    expect(h.stage.snapshot().pendingCount).toBe(1);
    await page.locator('#pending-card h2').click();
    await page.keyboard.press('r');
    await page.waitForFunction(() => document.querySelectorAll('#pending-list li').length === 0);
    expect(h.stage.history(10).find((e) => e.id === p2)).toMatchObject({ status: 'rejected' });

    // Remove a waiting job
    await page.locator(`#queue-list li[data-id="${waiting}"] button.queue-remove`).click();
    await page.waitForFunction((id) => !document.querySelector(`#queue-list li[data-id="${id}"]`), waiting);
    expect(h.stage.history(10).find((e) => e.id === waiting)).toMatchObject({ status: 'removed' });

    // Ban and unban
    await page.fill('#ban-form input[name="donor"]', HTML_DONOR);
    await page.click('#ban-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('#bans-list li.ban-item').length === 1);
    expect(await page.locator('#bans-list li.ban-item .donor').textContent()).toBe(HTML_DONOR);
    expect(await page.locator('#bans-list img').count()).toBe(0);
    expect(h.stage.snapshot().queue.map((j) => j.id)).toEqual([]); // p1 removed by the ban
    expect(h.stage.history(10).find((e) => e.id === p1)).toMatchObject({ status: 'removed', reason: 'banned donor' });
    await page.locator('#bans-list button.unban').click();
    await page.waitForFunction(() => document.querySelectorAll('#bans-list li.ban-item').length === 0);
    expect(h.stage.moderation.bans()).toEqual([]);

    // Allow and draw, with the gate's category shown to the operator
    const entry = page.locator('#history-list li', { hasText: 'Shy' });
    await entry.locator('button.allow').waitFor();
    expect(await entry.locator('.category').textContent()).toBe('18+ sexual');
    await entry.locator('button.allow').click();
    await page.waitForFunction(() => document.getElementById('moderation-result')?.textContent?.startsWith('Allowed'));
    const allowedId = h.stage.history(20).find((e) => e.id === blocked)?.allowedAs;
    expect(allowedId).toBeTruthy();
    expect(h.stage.snapshot().queue.map((j) => j.id)).toEqual([allowedId]);
    await page.waitForFunction(() => document.querySelector('#history-list')?.textContent?.includes('allowed and queued again'));

    // S skips the current job
    await page.locator('#pending-card h2').click();
    await page.keyboard.press('s');
    await page.waitForFunction(() => document.getElementById('moderation-result')?.textContent === 'Skipped.');
    expect(h.stage.history(20).find((e) => e.id === onStage)).toMatchObject({ status: 'skipped' });
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('asks for the panel token when it is missing', async () => {
    const h = await makeStageHarness({ settings: { moderation: 'manual' } });
    cleanups.push(() => h.cleanup());
    const id = h.donate().id;
    const server = await startServer({ stage: h.stage, webRoot: suite.webRoot, panelToken: TOKEN, now: () => h.clock.now() });
    cleanups.push(() => server.close());
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 800 } });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    await page.goto(`${server.url}/panel`);
    await page.locator(`#pending-list li[data-id="${id}"] button.approve`).click();
    await page.waitForFunction(() => /panel token/.test(document.getElementById('moderation-result')?.textContent ?? ''));
    expect(h.stage.snapshot().pendingCount).toBe(1);
  }, 30_000);
});
