import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { BLIND_CORPORA, PARAPHRASE_CORPORA, TUNING_CORPORA, loadCorpus } from './corpus-metrics.js';

/**
 * The rules run as native regex code, which V8 keeps in its code spaces, inside one fixed code
 * range shared with all of the process's JIT code; running out of it kills the process. With the
 * third rules round the built-in rules reached ~430 MB of native code and test workers died of
 * it. Each rule now runs alone from a trie (rule-index.ts), ~80 MB.
 * Every rule added grows it, so the budget is a test: after every corpus message has run (every
 * rule tiered up to native code), with the shared built-in Gatekeeper and one with an operator
 * file (compiled on its own and put in front of the shared rules, not a copy of them), the whole
 * process's code stays under the budget.
 */
// Measured: 342 MB on Node 20, 401 MB on Node 24 (its V8 emits more code for the same regexes)
// in the third round; ~440 MB was where a second copy died. Since a stretched letter compiles to
// "x+" instead of "xx?" (pattern.ts): ~138 MB on Node 20, ~168 MB on Node 24. Since each rule runs
// alone from a trie instead of in big combined regexes (rule-index.ts, seventh round): ~79 MB on
// Node 20. The budget keeps room for rule rounds and stops a change that would double the code again.
const BUDGET_MB = 160;

/** Code of every size: big compiled regexes live in the code large-object space. */
function codeSpaceUsedMb(): number {
  const spaces = getHeapSpaceStatistics().filter((s) => s.space_name === 'code_space' || s.space_name === 'code_large_object_space');
  return spaces.reduce((sum, s) => sum + s.space_used_size, 0) / 1e6;
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
