// The panel's Twitch box in headless Chromium, against the real server with PANEL_TOKEN and a
// stand-in connector: the login button, the code and the link while the login waits, the
// non-affiliate message, and the settlement counts; hidden when Twitch is not configured.
import { describe, expect, it } from 'vitest';
import type { SettlementReport } from '../../src/core/index.js';
import { createMetrics, createServer } from '../../src/server/index.js';
import { FakeStage } from '../server/fake-stage.js';
import { serverDeps } from '../server/harness.js';
import { StandInConnector } from '../server/twitch-stand-in.js';
import { haveChromium, useChromiumSuite } from './chromium.js';

const suite = useChromiumSuite();
const { cleanups } = suite;
const TOKEN = 'twitch-box-token';

async function serve(connector?: StandInConnector, settlement?: () => SettlementReport): Promise<string> {
  const app = await createServer({
    ...serverDeps({ stage: new FakeStage(), panelToken: TOKEN, webRoot: suite.webRoot }, createMetrics({ defaultMetrics: false })),
    twitchConnector: connector,
    twitchSettlement: settlement,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => app.close());
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

describe.skipIf(!haveChromium)('panel: Twitch box', () => {
  it('logs in with a device code, then shows the channel-points problem and the settlement counts', async () => {
    const connector = new StandInConnector();
    let report: SettlementReport = { owed: 0, settled: 0, givenUp: 0, fulfilled: 0, canceled: 0, inFlight: 0 };
    const url = await serve(connector, () => report);
    const context = await suite.browser.newContext();
    cleanups.push(() => context.close());
    const page = await context.newPage();
    await page.goto(`${url}/panel`);
    await page.fill('#token', TOKEN);
    await page.click('#token-save');

    await page.waitForSelector('#twitch-card:not([hidden])');
    await page.waitForSelector('#twitch-login:not([hidden])');
    expect(await page.locator('#twitch-login').textContent()).toBe('Log in with Twitch');
    await page.click('#twitch-login');
    await page.waitForSelector('#twitch-code:not([hidden])');
    expect(await page.locator('#twitch-code .twitch-user-code').textContent()).toBe('ABCD-EFGH');
    const link = page.locator('#twitch-code a');
    expect(await link.getAttribute('href')).toBe('https://www.twitch.tv/activate?public=true&device-code=ABCDEFGH');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await page.locator('#twitch-login').isHidden()).toBe(true);
    expect(connector.starts).toBe(1);

    // The streamer approved; the channel has no channel points; some redemptions settled.
    connector.state = { state: 'logged_in', login: 'somestreamer' };
    connector.connection = {
      state: 'degraded',
      detail: 'connected; cheers only',
      connected: true,
      rewardsUnavailable: 'Channel points need Twitch Affiliate or Partner: only Bits cheers are drawn.',
    };
    report = { owed: 1, settled: 5, givenUp: 1, fulfilled: 3, canceled: 2, lastGivenUp: 'not_found', inFlight: 0 };
    await page.waitForFunction(() => document.querySelector('#twitch-login-state')?.textContent?.includes('somestreamer'), undefined, {
      timeout: 8000,
    });
    expect(await page.locator('#twitch-code').isHidden()).toBe(true);
    expect(await page.locator('#twitch-problem').textContent()).toContain('Affiliate');
    expect(await page.locator('#twitch-settlement').textContent()).toBe(
      'Redemptions: 3 fulfilled, 2 refunded · 1 waiting to be settled · 1 given up (last: not_found)',
    );
    expect(await page.locator('#twitch-conn').textContent()).toBe('connected');
  });

  it('stays hidden when Twitch is not configured', async () => {
    const url = await serve();
    const context = await suite.browser.newContext();
    cleanups.push(() => context.close());
    const page = await context.newPage();
    await page.goto(`${url}/panel`);
    await page.waitForSelector('#health-status');
    expect(await page.locator('#twitch-card').isHidden()).toBe(true);
  });
});
