import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parsePlan } from './src/dsl/index.js';
import { DEFAULT_RENDERER_SETTINGS } from './src/dsl/types.js';
import { FakeStage } from './test/server/fake-stage.js';
import { startServer } from './test/server/harness.js';
const plan = parsePlan(JSON.parse(readFileSync('examples/sunset.json', 'utf8')), DEFAULT_RENDERER_SETTINGS).plan!;
const stage = new FakeStage();
const h = await startServer({ stage, webRoot: 'dist/web' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const variants = (process.env.VARIANTS ?? '').split('|').filter(Boolean);
async function read(cdp: any) { return (await cdp.send('Performance.getMetrics')).metrics.find((m: any) => m.name === 'TaskDuration')!.value; }
async function measure(name: string, css: string, url = '/overlay') {
  stage.current = { id: 'b' + Math.random(), donor: 'B', message: 'm', amount: 1, currency: 'RUB', phase: 'drawing', plan, drawStartedAt: Date.now() + 800 };
  const page = await ctx.newPage();
  await page.goto(h.url + url);
  if (css) await page.addStyleTag({ content: css });
  await page.waitForTimeout(1500);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const a = await read(cdp); const t0 = Date.now();
  await page.waitForTimeout(4000);
  const b = await read(cdp);
  console.log(name.padEnd(40), ((b - a) * 1000 / ((Date.now() - t0) / 1000)).toFixed(2), 'ms/s');
  await page.close();
}
const empty = await ctx.newPage();
await empty.setContent(`<script>function f(){requestAnimationFrame(f)}requestAnimationFrame(f)</script>`);
await empty.waitForTimeout(700);
{ const cdp = await ctx.newCDPSession(empty); await cdp.send('Performance.enable'); const a = await read(cdp); await empty.waitForTimeout(4000); console.log('empty'.padEnd(40), (((await read(cdp)) - a) * 250).toFixed(2)); }
await measure('as is', '');
await measure('no progress bar', '#progress{display:none!important}');
await measure('no hud', '#now,#queue-box,#progress,#countdown,#caption,#idle{display:none!important}');
await measure('no text shadow', 'body{text-shadow:none!important}');
await measure('as is again', '');
await browser.close(); await h.close();
