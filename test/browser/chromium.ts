// Shared by the browser tests: Debian's Chromium (never a downloaded browser) and a fresh
// web bundle in a temp dir, so the tests never depend on a stale dist/web.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Builds web/ into a new temp dir with scripts/build-web.mjs and returns the dir. */
export async function buildWebBundle(): Promise<string> {
  const outdir = await mkdtemp(path.join(tmpdir(), 'drawstream-webroot-'));
  // @ts-expect-error: plain .mjs build script without type declarations
  const { buildWeb } = (await import('../../scripts/build-web.mjs')) as { buildWeb: (o: { outdir: string }) => Promise<string> };
  await buildWeb({ outdir });
  return outdir;
}

export interface ChromiumSuite {
  /** The shared headless browser; set by beforeAll, so read it inside tests only. */
  browser: Browser;
  /** The fresh web bundle's dir; set by beforeAll, so read it inside tests only. */
  webRoot: string;
  /** Run after each test, last pushed first (pages, contexts, servers). */
  readonly cleanups: Array<() => Promise<void> | void>;
}

/**
 * Registers the hooks every browser test file needs: one web bundle and one Chromium for the
 * file, per-test cleanups after each test, and removal of both at the end. Call at top level.
 */
export function useChromiumSuite(): ChromiumSuite {
  const suite = { browser: undefined, webRoot: '', cleanups: [] } as unknown as ChromiumSuite;
  beforeAll(async () => {
    if (!haveChromium) return;
    suite.webRoot = await buildWebBundle();
    suite.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    if (suite.webRoot) await rm(suite.webRoot, { recursive: true, force: true });
  });
  afterEach(async () => {
    while (suite.cleanups.length) await suite.cleanups.pop()!();
  });
  return suite;
}
