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
const KEYS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskOtherDuration'];
async function read(cdp: any) { const m = (await cdp.send('Performance.getMetrics')).metrics; return Object.fromEntries(KEYS.map((k) => [k, m.find((x: any) => x.name === k)?.value ?? 0])); }
async function sample(page: any) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const a = await read(cdp); const t0 = Date.now();
  await page.waitForTimeout(4000);
  const b = await read(cdp); const s = (Date.now() - t0) / 1000;
  return KEYS.map((k) => `${k.replace('Duration', '')}=${((b[k] - a[k]) * 1000 / s).toFixed(1)}`).join(' ');
}
for (let r = 0; r < 2; r++) {
  const empty = await ctx.newPage();
  await empty.setContent(`<script>function f(){requestAnimationFrame(f)}requestAnimationFrame(f)</script>`);
  await empty.waitForTimeout(500);
  console.log('empty  ', await sample(empty)); await empty.close();
  stage.current = { id: 'b' + Math.random(), donor: 'B', message: 'm', amount: 1, currency: 'RUB', phase: 'drawing', plan, drawStartedAt: Date.now() + 800 };
  const page = await ctx.newPage();
  await page.goto(h.url + '/overlay?fps=30');
  await page.waitForTimeout(1000);
  console.log('ov30   ', await sample(page));
  await page.addStyleTag({ content: process.env.CSS1! });
  await page.waitForTimeout(300);
  console.log('css1   ', await sample(page));
  await page.close();
  stage.current = { id: 'b' + Math.random(), donor: 'B', message: 'm', amount: 1, currency: 'RUB', phase: 'drawing', plan, drawStartedAt: Date.now() + 800 };
  const p2 = await ctx.newPage();
  await p2.goto(h.url + '/overlay?fps=30');
  await p2.addStyleTag({ content: process.env.CSS2! });
  await p2.waitForTimeout(1000);
  console.log('css2   ', await sample(p2));
  await p2.close();
}
await browser.close(); await h.close();
