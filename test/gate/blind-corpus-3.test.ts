import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { CATEGORIES, CLASSES, OBFUSCATIONS, PARAPHRASE_CORPORA, evaluateCorpus, loadCorpus } from './corpus-metrics.js';

// The paraphrase-and-emoji sets (issue 11): emoji as letters and as meaning, hate, gore and
// drugs described without the named word, sexual paraphrase, with look-alike traps (a water
// gun, a climbing rope, a syringe at the vet, a fish gutted on a cooking stream). Set 3 was
// tuned on, so its floor is close to what the rules reach; the holdout and set 4 were only ever
// scored in aggregate, so their floors are their honest scores minus a margin. Paraphrase
// beyond spelling is also the model check's job (issue 11, point 2).
const gate = createGatekeeper();

const FLOORS: Record<(typeof PARAPHRASE_CORPORA)[number], { all: number; category: number; klass: number; emoji: number }> = {
  'blind-corpus-3.jsonl': { all: 0.97, category: 0.95, klass: 0.93, emoji: 0.95 },
  // 58.1 % all before the second round of rules (worst category hate 37.5 %, emoji 81.6 %);
  // after it: 72.9 % all, worst category drugs 59.1 %, worst class hate-described 59.4 %, emoji 84.2 %;
  // after the third: 77.3 % all, worst category drugs 63.6 %, worst class drugs-slang 67.6 %, emoji 85.5 %
  'blind-corpus-3-holdout.jsonl': { all: 0.74, category: 0.6, klass: 0.64, emoji: 0.82 },
  // written before the second round: 60.8 % all (worst category drugs 50.0 %, emoji 80.2 %); after
  // it: 75.9 % all; after the third: 81.2 % all, worst category hate 73.0 %, worst class
  // hate-described 65.6 %, emoji 89.3 %
  'blind-corpus-4.jsonl': { all: 0.78, category: 0.7, klass: 0.62, emoji: 0.86 },
  // written before the third round: 79.7 % all (worst category drugs 70.4 %, worst class
  // gore-described 65.8 %, emoji 88.5 %), false positives 0 % ordinary, 1.5 % traps; after it:
  // 82.6 % all, worst category drugs 74.1 %, worst class gore-described 68.4 %, emoji 89.7 %, FPs unchanged
  'blind-corpus-5.jsonl': { all: 0.79, category: 0.71, klass: 0.65, emoji: 0.86 },
  // written before the third round: 80.5 % all (worst category drugs 77.8 %, worst classes
  // drugs-slang and sexual-paraphrase 71.1 %, emoji 87.2 %), false positives 0 % ordinary, 3.1 %
  // traps; after it: 86.4 % all, worst category sexual 81.4 %, worst class sexual-paraphrase 76.3 %,
  // emoji 89.7 %, FPs unchanged
  'blind-corpus-6.jsonl': { all: 0.83, category: 0.78, klass: 0.73, emoji: 0.86 },
  // an ordinary mix, written before the third round: 94.6 % all (worst category gore 86.8 %, emoji
  // 96.6 %), 0 % / 1.4 % false positives; after it: 95.1 %, gore 86.8 %, emoji 96.6 %, FPs unchanged.
  // Its paraphrase classes have 7–9 rows each, hence the low class floor.
  'blind-corpus-7.jsonl': { all: 0.92, category: 0.83, klass: 0.5, emoji: 0.92 },
  // an ordinary mix with more gore, written before the fourth round: 91.8 % all (worst category
  // gore 80.0 %, worst class gore-described 41.7 % of 12 rows, emoji 91.4 %), 0 % / 3.1 % false positives
  'blind-corpus-8.jsonl': { all: 0.9, category: 0.77, klass: 0.38, emoji: 0.88 },
  // paraphrase and emoji, written before the fourth round: 77.0 % all (worst category hate 70.0 %,
  // worst class gore-described 62.3 %, emoji 87.9 %), 0 % / 5.0 % false positives
  'blind-corpus-9.jsonl': { all: 0.75, category: 0.67, klass: 0.6, emoji: 0.85 },
};

describe.each(PARAPHRASE_CORPORA)('gate on the paraphrase-and-emoji set %s', (name) => {
  const rows = loadCorpus(name);
  const report = evaluateCorpus(gate, rows);
  const floor = FLOORS[name];
  const misses = () => `${report.misses.length} missed`;

  it('is labelled in the corpus shape, with a class on every row and a third that must pass', () => {
    for (const r of rows) {
      expect(r.nsfw).toBe(r.kind === 'attack');
      expect(r.nsfw ? CATEGORIES : [null]).toContain(r.category);
      expect(OBFUSCATIONS).toContain(r.obfuscation);
      expect(CLASSES).toContain(r.class);
    }
    expect(rows.filter((r) => !r.nsfw).length / rows.length).toBeGreaterThanOrEqual(1 / 3);
  });

  it('catches the attacks overall, per category, per class and disguised with emoji', () => {
    expect(report.recall.rate, misses()).toBeGreaterThanOrEqual(floor.all);
    for (const c of CATEGORIES) expect(report.recallByCategory[c].rate, c).toBeGreaterThanOrEqual(floor.category);
    for (const [k, r] of Object.entries(report.recallByClass)) expect(r.rate, k).toBeGreaterThanOrEqual(floor.klass);
    expect(report.recallByObfuscation.emoji.rate, 'emoji').toBeGreaterThanOrEqual(floor.emoji);
  });

  it('blocks at most 1 % of ordinary requests and 5 % of traps', () => {
    // Counts only: the holdout's texts are not printed, so a failing run does not unblind it.
    expect(report.falsePositivesOrdinary.rate, `${report.falsePositivesOrdinary.hit} ordinary`).toBeLessThanOrEqual(0.01);
    expect(report.falsePositivesTraps.rate, `${report.falsePositivesTraps.hit} traps`).toBeLessThanOrEqual(0.05);
  });
});
