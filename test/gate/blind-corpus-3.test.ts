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
  // after it: 72.9 % all, worst category drugs 59.1 %, worst class hate-described 59.4 %, emoji 84.2 %
  'blind-corpus-3-holdout.jsonl': { all: 0.69, category: 0.55, klass: 0.55, emoji: 0.8 },
  // written before the second round: 60.8 % all (worst category drugs 50.0 %, emoji 80.2 %); after
  // it: 75.7 % all, worst category drugs 65.1 %, worst class drugs-slang 58.7 %, emoji 86.8 %
  'blind-corpus-4.jsonl': { all: 0.72, category: 0.61, klass: 0.55, emoji: 0.83 },
  // written before the third round: 79.7 % all (worst category drugs 70.4 %, worst class
  // gore-described 65.8 %, emoji 88.5 %), false positives 0 % ordinary, 1.5 % traps
  'blind-corpus-5.jsonl': { all: 0.76, category: 0.66, klass: 0.62, emoji: 0.85 },
  // written before the third round: 80.5 % all (worst category drugs 77.8 %, worst classes
  // drugs-slang and sexual-paraphrase 71.1 %, emoji 87.2 %), false positives 0 % ordinary, 3.1 % traps
  'blind-corpus-6.jsonl': { all: 0.77, category: 0.74, klass: 0.66, emoji: 0.84 },
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
