// Where reports live: DATA_DIR/model-check/<timestamp>/. The server reads the latest one
// (read-only) for the panel link; names are checked so a request can never leave the folder.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactSheet, reportHtml } from './report.js';
import { resultsJson, type CheckRun } from './run.js';

export const MODEL_CHECK_DIR = 'model-check';
/** Folder names we create: 2025-01-31T12-00-00Z (a timestamp with ':' replaced). */
const RUN_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(-\d{3})?Z$/;

export function runFolderName(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

export function defaultOutDir(dataDir: string, at: Date): string {
  return join(dataDir, MODEL_CHECK_DIR, runFolderName(at));
}

export function writeModelCheck(dir: string, run: CheckRun, at: Date): { report: string; sheet: string; results: string } {
  mkdirSync(dir, { recursive: true });
  const files = { report: join(dir, 'report.html'), sheet: join(dir, 'sheet.png'), results: join(dir, 'results.json') };
  writeFileSync(files.report, reportHtml(run, at));
  writeFileSync(files.sheet, contactSheet(run));
  writeFileSync(files.results, resultsJson(run));
  return files;
}

export interface LatestReport {
  name: string;
  dir: string;
}

/** The newest DATA_DIR/model-check/<timestamp>/ holding a report.html, or null. */
export function latestModelCheck(dataDir: string): LatestReport | null {
  const root = join(dataDir, MODEL_CHECK_DIR);
  let names: string[];
  try {
    names = readdirSync(root)
      .filter((n) => RUN_NAME.test(n))
      .sort();
  } catch {
    return null;
  }
  for (let i = names.length - 1; i >= 0; i--) {
    const dir = join(root, names[i]);
    try {
      if (statSync(join(dir, 'report.html')).isFile()) return { name: names[i], dir };
    } catch {
      // no report in this one (a run still going, or interrupted)
    }
  }
  return null;
}
