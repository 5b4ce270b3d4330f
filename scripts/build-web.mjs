// Bundles the overlay and the panel for the browser into dist/web, with the pixel font
// copied locally (no CDN: a stream must not depend on a third-party site).
// The bundle FAILS if anything pulls in a Node built-in: that is the proof that `raster`
// and `dsl` run unchanged in the browser.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** Refuses Node built-ins with a message naming the file that imported one. */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (NODE_BUILTINS.has(args.path) || args.path.startsWith('node:')) {
        const from = path.relative(repoRoot, args.importer) || args.importer;
        return {
          errors: [
            {
              text: `Node built-in "${args.path}" imported by ${from}: browser code (web/, src/raster, src/dsl) must stay free of Node APIs`,
            },
          ],
        };
      }
      return undefined;
    });
  },
};

const FONT_SUBSETS = [
  // unicode ranges from @fontsource/press-start-2p/unicode.json; cyrillic covers Russian donor names
  {
    subset: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  { subset: 'cyrillic', range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
];

async function copyFonts(outdir) {
  const fontDir = path.join(path.dirname(require.resolve('@fontsource/press-start-2p/package.json')), 'files');
  await mkdir(path.join(outdir, 'fonts'), { recursive: true });
  const faces = [];
  for (const { subset, range } of FONT_SUBSETS) {
    const file = `press-start-2p-${subset}-400-normal.woff2`;
    await copyFile(path.join(fontDir, file), path.join(outdir, 'fonts', file));
    faces.push(`@font-face {
  font-family: 'Press Start 2P';
  font-style: normal;
  font-weight: 400;
  font-display: block;
  src: url(./fonts/${file}) format('woff2');
  unicode-range: ${range};
}`);
  }
  await writeFile(
    path.join(outdir, 'fonts.css'),
    `/* Press Start 2P (SIL OFL 1.1), from @fontsource/press-start-2p */\n${faces.join('\n')}\n`,
  );
}

/**
 * @param {{ outdir?: string, minify?: boolean, logLevel?: import('esbuild').LogLevel, entryPoints?: Record<string, string> }} [options]
 * @returns {Promise<string>} the output directory
 */
export async function buildWeb(options = {}) {
  const outdir = path.resolve(options.outdir ?? path.join(repoRoot, 'dist', 'web'));
  await mkdir(outdir, { recursive: true });
  await esbuild.build({
    absWorkingDir: repoRoot,
    // Each script imports its stylesheet, so esbuild writes overlay.css / panel.css beside it.
    entryPoints: options.entryPoints ?? { overlay: 'web/overlay.ts', panel: 'web/panel.ts' },
    outdir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    // OBS 30 ships Chromium 103 (CEF); keep the output readable by it.
    target: ['chrome103', 'firefox115', 'safari16'],
    sourcemap: true,
    minify: options.minify ?? true,
    logLevel: options.logLevel ?? 'warning',
    plugins: [noNodeBuiltins],
    entryNames: '[name]',
    // Fonts are referenced from fonts.css, never inlined into the bundles.
    external: ['*.woff2'],
  });
  await copyFonts(outdir);
  return outdir;
}

const invokedDirectly = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  try {
    const outdir = await buildWeb({ minify: !process.argv.includes('--no-minify') });
    console.log(`web bundle written to ${path.relative(process.cwd(), outdir) || outdir}`);
  } catch (error) {
    // esbuild has already printed the details; one line says what failed.
    console.error(`build-web: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  }
}
