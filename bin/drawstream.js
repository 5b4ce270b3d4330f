#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('drawstream is not built yet: run `npm install` (or `npm run build`) in ' + root + '\n');
  process.exit(1);
}
const { runCli } = await import(entry);
const code = await runCli(process.argv.slice(2));
process.exitCode = typeof code === 'number' ? code : 1;
// A finished command must not hang on a stray handle (a socket in keep-alive, a timer):
// give buffered output a moment, then exit. The timer does not itself keep the process up.
setTimeout(() => process.exit(process.exitCode), 200).unref();
