import { loadConfig } from './src/config/index.ts';
import { startService } from './src/main.ts';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const dir = mkdtempSync('/tmp/ds-e2e-');
const config = loadConfig({ PORT: '0', DATA_DIR: dir, LLM_BACKEND: 'builtin', SHOW_DURATION_SEC: '3', DEFAULT_STEP_DURATION_MS: '100', LOG_LEVEL: 'warn' });
const svc = await startService(config, { mode: 'serve' });
console.log('url', svc.url);
const r = await fetch(svc.url + '/api/donations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ donor: 'Вася', message: 'нарисуй котика в космосе', amount: 100, currency: 'RUB' }) });
console.log('post', r.status, await r.text());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => console.log('console', m.text()));
await page.goto(svc.url + '/overlay');
for (let i = 0; i < 8; i++) {
  await page.waitForTimeout(700);
  console.log(await page.evaluate(() => { const h = (window as any).__drawstream; return JSON.stringify({ mode: h.mode(), t: h.frameTime(), id: h.currentId(), looping: h.looping(), now: document.getElementById('now')!.innerText.replace(/\n/g, ' | ') }); }));
  if (i === 2) await page.screenshot({ path: '/tmp/e2e-drawing.png' });
}
const panel = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
panel.on('pageerror', (e) => console.log('panel pageerror', e.message));
await panel.goto(svc.url + '/panel');
await panel.waitForTimeout(1500);
await panel.screenshot({ path: '/tmp/e2e-panel.png', fullPage: true });
console.log((await (await fetch(svc.url + '/health')).text()).slice(0, 400));
await browser.close();
await svc.stop();
