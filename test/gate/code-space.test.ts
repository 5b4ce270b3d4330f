import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { BLIND_CORPORA, PARAPHRASE_CORPORA, TUNING_CORPORA, loadCorpus } from './corpus-metrics.js';

/**
 * The rules run as native regex code, which V8 keeps in its code space: on x64 that lives in
 * one fixed code range (128 MB) shared with all the process's JIT code, and running out of it
 * kills the process (two built-in Gatekeepers in one process once did). Every rule added
 * grows it, so the budget is a test: after every corpus message has run (every rule tiered up
 * to native code), the whole process's code space stays under 80 MB, leaving the service the
 * rest. Measured: ~65 MB with the third rules round. An operator's rules file is compiled on its
 * own and put in front of the shared built-in rules, so it adds its own few rules, not a copy.
 */
const BUDGET_MB = 80;

function codeSpaceUsedMb(): number {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'code_space');
  return (space?.space_used_size ?? 0) / 1e6;
}

describe('gate native code', () => {
  it(`keeps the process's code space under ${BUDGET_MB} MB after every rule has run natively, with an operator file too`, () => {
    const gate = createGatekeeper();
    const dir = mkdtempSync(join(tmpdir(), 'drawstream-gate-'));
    const rulesFile = join(dir, 'rules.txt');
    writeFileSync(rulesFile, 'block: сосиска\nblock sexual: onlyfans*\nallow: Dick Grayson\n');
    const withOperatorFile = createGatekeeper({ customRulesFile: rulesFile });
    const names = ['corpus.jsonl', ...BLIND_CORPORA, ...PARAPHRASE_CORPORA, ...TUNING_CORPORA] as const;
    const texts = names.flatMap((name) => loadCorpus(name).map((row) => row.text));
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts) {
        gate.check(text);
        withOperatorFile.check(text);
      }
    }
    expect(withOperatorFile.check('нарисуй сосиска').nsfw).toBe(true);
    expect(withOperatorFile.check('draw Dick Grayson').nsfw).toBe(false);
    const used = codeSpaceUsedMb();
    expect(used, `code space ${used.toFixed(1)} MB`).toBeLessThan(BUDGET_MB);
  }, 120_000);
});
