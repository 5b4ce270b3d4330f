// The overlay in headless Chromium against the real server, the real stage and the model check
// through the fake LLM server: a message the model blocks never appears in the overlay's DOM
// (HUD or "Next up") nor in anything the server sends it, and a message whose check has not
// ended (the fake hangs the classification) is shown hidden ("…").
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScreener } from '../../src/planner/index.js';
import { createStage, systemClock, type Stage } from '../../src/stage/index.js';
import { openStore } from '../../src/store/index.js';
import { FAKE_MODEL, startFakeLlmServer } from '../fakes/fake-llm-server.js';
import { startServer, TEST_RENDERER } from '../server/harness.js';
import { fakeGate, instantPlanner } from '../stage/testing.js';
import { haveChromium, useChromiumSuite } from './chromium.js';

const suite = useChromiumSuite();
const { cleanups } = suite;

const BLOCKED_TEXT = 'BLOCKEDSECRET draw the scene';
const BLOCKED_DONOR = 'BadNameDonor';
const PENDING_TEXT = 'PENDINGSECRET draw a cat';

async function until(what: string, check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!haveChromium)('overlay and the model check', () => {
  it('never shows a blocked message, and shows an unchecked one hidden', async () => {
    const llm = await startFakeLlmServer({ screen: { mode: 'block', category: 'sexual' } });
    cleanups.push(() => llm.close());
    const dir = await mkdtemp(join(tmpdir(), 'drawstream-overlay-screening-'));
    const store = openStore(join(dir, 'drawstream.sqlite'));
    const screener = createScreener(
      {
        llm: { backend: 'ollama', modelId: FAKE_MODEL, endpoint: llm.url, temperature: 0.2, maxTokens: 1500, timeoutSec: 5, retries: 0 },
        renderer: TEST_RENDERER,
      },
      { timeoutMs: 60_000 },
    );
    const stage: Stage = createStage({
      store,
      gate: fakeGate,
      planner: instantPlanner(200),
      screener,
      clock: systemClock,
      settings: { showDurationSec: 60, planAhead: 2, renderer: TEST_RENDERER, minAmount: 0, planTimeoutMs: 10_000 },
    });
    cleanups.push(async () => {
      await stage.stop();
      store.close();
      await rm(dir, { recursive: true, force: true });
    });
    stage.start();
    const harness = await startServer({ stage, webRoot: suite.webRoot });
    cleanups.push(() => harness.close());

    const donate = (id: string, donor: string, message: string) =>
      stage.accept({ id, source: 'test', donor, message, amount: 150, currency: 'RUB', timestamp: new Date().toISOString() });
    const blocked = donate('b1', BLOCKED_DONOR, BLOCKED_TEXT);
    await until('the block', () => stage.snapshot().current?.screening === 'blocked');

    const context = await suite.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const received: string[] = [];
    page.on('websocket', (socket) => socket.on('framereceived', (frame) => received.push(String(frame.payload))));
    page.on('response', (response) => {
      if (response.url().includes('/api/state')) void response.text().then((text) => received.push(text));
    });
    await page.goto(`${harness.url}/overlay`);
    await page.waitForFunction((id) => (window as any).__drawstream?.currentId() === id, blocked.id);

    // The next donation's check hangs: it waits in "Next up" with its message hidden.
    llm.setScreen('hang');
    donate('p1', 'Patient', PENDING_TEXT);
    await page.waitForFunction(() => document.querySelectorAll('#next-list li').length === 1);
    await until('the pending check to be sent', () => llm.screenRequests().length === 2);

    const hud = await page.evaluate(() => ({
      donor: document.getElementById('now-donor')!.textContent,
      message: document.getElementById('now-message')!.textContent,
      next: document.getElementById('next-list')!.textContent,
      html: document.documentElement.outerHTML,
    }));
    expect(hud.donor).toBe('Anonymous');
    expect(hud.message).toBe('…');
    expect(hud.next).toContain('Patient');
    expect(hud.next).toContain('…');
    for (const secret of [BLOCKED_TEXT, BLOCKED_DONOR, PENDING_TEXT]) {
      expect(hud.html).not.toContain(secret);
      expect(received.join('\n')).not.toContain(secret);
    }
    expect(received.length).toBeGreaterThan(0);
    // The panel's view still carries the texts, for the operator.
    const full = (await (await fetch(`${harness.url}/api/state`)).json()) as { queue: Array<{ message: string; screening: string }> };
    expect(full.queue[0]).toMatchObject({ message: PENDING_TEXT, screening: 'pending' });
  });
});
