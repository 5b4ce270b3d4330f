import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { CATEGORIES, CLASSES, OBFUSCATIONS, TUNING_CORPORA, evaluateCorpus, loadCorpus } from './corpus-metrics.js';

// Tuning set B: hate and gore told without the named word, and hard-drug slang, RU/EN, with
// look-alike traps (a knight, a chemistry lab, a bakery oven, a summer camp, a climbing rope,
// соль in a salt shaker, фен for hair, марки in an album). Written before the scene rules
// (src/gate/rules/*-scenes-described.ts) and then tuned on: its floors sit close to what the
// rules reach, and passing them proves the rules still model these phrasings, not that they
// generalise (blind-corpus-3-holdout.jsonl is that measure).
const gate = createGatekeeper();

describe.each(TUNING_CORPORA)('gate on the tuning set %s', (name) => {
  const rows = loadCorpus(name);
  const report = evaluateCorpus(gate, rows);
  const misses = () => report.misses.map((r) => `${r.category}: ${r.text}`).join('\n');

  it('is labelled in the corpus shape, with ≥ 250 rows and a third that must pass', () => {
    expect(rows.length).toBeGreaterThanOrEqual(250);
    for (const r of rows) {
      expect(r.nsfw).toBe(r.kind === 'attack');
      expect(r.nsfw ? CATEGORIES : [null]).toContain(r.category);
      expect(OBFUSCATIONS).toContain(r.obfuscation);
      expect(CLASSES).toContain(r.class);
    }
    expect(rows.filter((r) => !r.nsfw).length / rows.length).toBeGreaterThanOrEqual(1 / 3);
    for (const lang of [/[а-яё]/i, /^[^а-яё]*$/i]) expect(rows.filter((r) => r.nsfw && lang.test(r.text)).length).toBeGreaterThan(80);
  });

  it('catches the described hate, gore and drug slang it was tuned on (97 % overall, 95 % per class)', () => {
    // Before the scene rules: 27.6 % overall (hate 29.2 %, gore 27.3 %, drugs 26.4 %).
    expect(report.recall.rate, misses()).toBeGreaterThanOrEqual(0.97);
    for (const c of ['hate', 'gore', 'drugs']) expect(report.recallByCategory[c].rate, `${c}\n${misses()}`).toBeGreaterThanOrEqual(0.95);
    for (const [k, r] of Object.entries(report.recallByClass)) expect(r.rate, k).toBeGreaterThanOrEqual(0.95);
  });

  it('passes every ordinary request and blocks at most 2 % of the look-alike traps', () => {
    const fps = report.falsePositives.map((r) => `${r.kind}: ${r.text} (${r.reason})`).join('\n');
    expect(report.falsePositivesOrdinary.hit, fps).toBe(0);
    expect(report.falsePositivesTraps.rate, fps).toBeLessThanOrEqual(0.02);
  });
});
