// scripts/build-web.mjs: the browser bundle, the local pixel font, and the refusal of Node
// built-ins (the proof that raster and dsl run unchanged in the browser).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// @ts-expect-error: plain .mjs build script without type declarations
const { buildWeb } = (await import('../../scripts/build-web.mjs')) as {
  buildWeb: (o: { outdir: string; entryPoints?: Record<string, string>; logLevel?: string }) => Promise<string>;
};

const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'drawstream-build-'));
  dirs.push(dir);
  return dir;
}

describe('build-web', () => {
  it('bundles the overlay and panel with their CSS and the Press Start 2P font (latin + cyrillic), no CDN', async () => {
    const out = await tempDir();
    await buildWeb({ outdir: out });
    for (const file of [
      'overlay.js',
      'overlay.css',
      'panel.js',
      'panel.css',
      'fonts.css',
      'fonts/press-start-2p-latin-400-normal.woff2',
      'fonts/press-start-2p-cyrillic-400-normal.woff2',
    ]) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    const fonts = readFileSync(path.join(out, 'fonts.css'), 'utf8');
    expect(fonts).toContain("font-family: 'Press Start 2P'");
    expect(fonts).toContain('U+0400-045F');
    for (const file of ['overlay.js', 'panel.js', 'overlay.css', 'fonts.css']) {
      expect(readFileSync(path.join(out, file), 'utf8')).not.toMatch(/https?:\/\/(fonts\.googleapis|cdn\.|unpkg|jsdelivr)/);
    }
  }, 60_000);

  it('fails when browser code imports a Node built-in', async () => {
    const out = await tempDir();
    const entry = path.join(out, 'bad.ts');
    await writeFile(entry, "import { readFileSync } from 'node:fs';\nimport os from 'os';\nconsole.log(readFileSync, os);\n");
    await expect(buildWeb({ outdir: path.join(out, 'dist'), entryPoints: { bad: entry }, logLevel: 'silent' })).rejects.toThrow(
      /Node built-in/,
    );
  }, 60_000);
});
