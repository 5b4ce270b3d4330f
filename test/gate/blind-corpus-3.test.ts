import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { CATEGORIES, CLASSES, OBFUSCATIONS, PARAPHRASE_CORPORA, evaluateCorpus, loadCorpus } from './corpus-metrics.js';

// The paraphrase-and-emoji sets (issue 11): emoji as letters and as meaning, hate, gore and
// drugs described without the named word, sexual paraphrase, with look-alike traps (a water
// gun, a climbing rope, a syringe at the vet, a fish gutted on a cooking stream). Set 3 was
// tuned on, and so were sets 4 and 7 (their misses read in the fourth round): their floors are close
// to what the rules reach. The holdout and sets 5, 6, 8 and 9 were only ever scored in aggregate,
// so their floors are their honest scores minus a margin. Paraphrase beyond spelling is also the
// model check's job (issue 11, point 2).
const gate = createGatekeeper();

const FLOORS: Record<(typeof PARAPHRASE_CORPORA)[number], { all: number; category: number; klass: number; emoji: number }> = {
  'blind-corpus-3.jsonl': { all: 0.97, category: 0.95, klass: 0.93, emoji: 0.95 },
  // 58.1 % all before the second round of rules (worst category hate 37.5 %, emoji 81.6 %);
  // after it: 72.9 % all, worst category drugs 59.1 %, worst class hate-described 59.4 %, emoji 84.2 %;
  // after the third: 77.3 % all, worst category drugs 63.6 %, worst class drugs-slang 67.6 %, emoji 85.5 %;
  // after the fourth: 79.5 % all, drugs 63.6 % (its authors count cannabis as drugs), emoji 86.8 %
  'blind-corpus-3-holdout.jsonl': { all: 0.76, category: 0.6, klass: 0.65, emoji: 0.84 },
  // written before the second round: 60.8 % all (worst category drugs 50.0 %, emoji 80.2 %); after
  // it: 75.9 % all; after the third: 81.2 % all, worst category hate 73.0 %, emoji 89.3 %. Its misses
  // were read in the fourth round (no longer blind): 97.9 % after it, tuned on, so proof of nothing
  'blind-corpus-4.jsonl': { all: 0.95, category: 0.89, klass: 0.85, emoji: 0.97 },
  // written before the third round: 79.7 % all (worst category drugs 70.4 %, worst class
  // gore-described 65.8 %, emoji 88.5 %), false positives 0 % ordinary, 1.5 % traps; after it:
  // 82.6 % all, worst category drugs 74.1 %, emoji 89.7 %; after the fourth: 86.4 % all, worst
  // category drugs 75.9 %, worst class gore-described and drugs-slang 76.3 %, emoji 92.3 %, 0 / 0.8 % FPs
  'blind-corpus-5.jsonl': { all: 0.83, category: 0.73, klass: 0.73, emoji: 0.89 },
  // written before the third round: 80.5 % all (worst category drugs 77.8 %, emoji 87.2 %), 0 % / 3.1 %
  // FPs; after it: 86.4 % all, worst category sexual 81.4 %, emoji 89.7 %; after the fourth: 88.6 % all,
  // worst category sexual 84.7 %, worst class sexual-paraphrase 78.9 %, emoji 91.0 %, 0 / 0.8 % FPs
  'blind-corpus-6.jsonl': { all: 0.85, category: 0.82, klass: 0.76, emoji: 0.88 },
  // an ordinary mix, written before the third round: 94.6 % all (worst category gore 86.8 %), 95.1 %
  // after it. Its misses were read in the fourth round (no longer blind): 100 % after it, tuned on.
  'blind-corpus-7.jsonl': { all: 0.98, category: 0.97, klass: 0.95, emoji: 0.97 },
  // an ordinary mix with more gore, written before the fourth round: 91.8 % all (worst category
  // gore 80.0 %, worst class gore-described 41.7 % of 12 rows, emoji 91.4 %), 0 % / 3.1 % false
  // positives; after it: 93.7 % all, gore 82.9 %, gore-described 41.7 %, emoji 91.4 %, 0 / 1.6 % FPs
  'blind-corpus-8.jsonl': { all: 0.91, category: 0.78, klass: 0.38, emoji: 0.88 },
  // paraphrase and emoji, written before the fourth round: 77.0 % all (worst category hate 70.0 %,
  // worst class gore-described 62.3 %, emoji 87.9 %), 0 % / 5.0 % false positives; after it: 79.4 %
  // all, worst category hate 72.9 %, worst class gore-described 67.9 %, emoji 88.8 %, 0 / 2.8 % FPs
  'blind-corpus-9.jsonl': { all: 0.76, category: 0.7, klass: 0.62, emoji: 0.86 },
  // An ordinary mix like set A, written before the fifth round: rules alone at bd301fb 94.7 % (worst category
  // drugs 90.0 %, worst class drugs-slang 72.7 %, emoji 86.5 %), 0 % / 1.8 % false positives.
  'blind-corpus-10.jsonl': { all: 0.93, category: 0.88, klass: 0.7, emoji: 0.84 },
  // Paraphrase and emoji like set B, written before the fifth round: rules alone at bd301fb 71.6 % (worst
  // category hate 65.0 %, worst class hate-described 58.5 %, emoji 80.6 %), 0 % / 2.7 % false positives.
  'blind-corpus-11.jsonl': { all: 0.7, category: 0.63, klass: 0.56, emoji: 0.78 },
  // An ordinary mix like set A, written before the sixth round: rules and scorer at 19d2604 93.3 % (worst
  // category hate 87.8 %, worst class hate-described 70.0 % of 10 rows, emoji 83.3 %), 0 % / 0.6 % false
  // positives; after the scorer learnt from the sixth round's written sets: 94.1 %, hate 89.8 %, emoji 83.3 %.
  'blind-corpus-12.jsonl': { all: 0.91, category: 0.85, klass: 0.7, emoji: 0.8 },
  // Paraphrase and emoji like set B, written before the sixth round: rules and scorer at 19d2604 78.5 % (worst
  // category hate 68.4 %, worst class sexual-paraphrase 59.1 %, emoji 91.2 %), 0 % / 1.4 % false positives;
  // after the scorer learnt from the sixth round's written sets: 86.5 %, hate 78.9 %, emoji 93.4 %.
  'blind-corpus-13.jsonl': { all: 0.82, category: 0.74, klass: 0.68, emoji: 0.88 },
  // An ordinary mix like set A, written before the scorer's second retraining of the sixth round: 95.8 % at
  // 19d2604, 96.5 % after the first retraining (worst category sexual 94.9 %, emoji 91.4 %), 0 % / 1.8 % FPs;
  // after the second: 97.3 %, worst category drugs 95.9 %, emoji 91.4 %, 0 % / 1.8 % FPs.
  'blind-corpus-14.jsonl': { all: 0.95, category: 0.92, klass: 0.78, emoji: 0.88 },
  // Paraphrase and emoji like set B, written at the same time: 89.5 % at 19d2604, 92.4 % after the first
  // retraining (worst category gore 89.2 %, emoji 94.5 %), 0 % / 4.0 % FPs; after the second: 92.7 %, gore
  // 89.2 %, emoji 94.5 %, 0 % / 3.3 % FPs.
  'blind-corpus-15.jsonl': { all: 0.89, category: 0.85, klass: 0.84, emoji: 0.9 },
  // An ordinary mix like set A, its writer asked for uncommon slang and phrasing; written before the scorer's
  // third retraining of the sixth round: 95.2 % before it (worst category gore 89.7 %, emoji 97.2 %), 0 % /
  // 3.6 % FPs; after it 94.8 %, gore 87.9 %, drugs 92.0 %, emoji 97.2 %, 0 % / 3.6 % FPs.
  'blind-corpus-16.jsonl': { all: 0.92, category: 0.84, klass: 0.7, emoji: 0.92 },
  // Paraphrase and emoji like set B, uncommon phrasing asked for, written at the same time: 79.9 % before
  // (worst category gore 75.0 %, emoji 84.7 %), 0 % / 2.7 % FPs; after: 80.2 %, gore 76.7 %, emoji 85.7 %.
  'blind-corpus-17.jsonl': { all: 0.77, category: 0.72, klass: 0.66, emoji: 0.82 },
  // the eighth to eleventh rounds' sets: 18–36 read and trained on (regression floors)
  'blind-corpus-18.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-19.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-20.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-21.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-22.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-23.jsonl': { all: 0.95, category: 0.9, klass: 0.88, emoji: 0.95 },
  'blind-corpus-24.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-25.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-26.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-27.jsonl': { all: 0.98, category: 0.95, klass: 0.9, emoji: 0.95 },
  'blind-corpus-28.jsonl': { all: 0.95, category: 0.9, klass: 0.84, emoji: 0.95 },
  'blind-corpus-29.jsonl': { all: 0.97, category: 0.94, klass: 0.8, emoji: 0.95 },
  'blind-corpus-30.jsonl': { all: 0.98, category: 0.96, klass: 0.88, emoji: 0.97 },
  'blind-corpus-31.jsonl': { all: 0.82, category: 0.74, klass: 0.64, emoji: 0.92 },
  'blind-corpus-32.jsonl': { all: 0.93, category: 0.9, klass: 0.87, emoji: 0.97 },
  'blind-corpus-33.jsonl': { all: 0.94, category: 0.88, klass: 0.7, emoji: 0.97 },
  'blind-corpus-34.jsonl': { all: 0.94, category: 0.9, klass: 0.9, emoji: 0.95 },
  'blind-corpus-35.jsonl': { all: 0.97, category: 0.94, klass: 0.85, emoji: 0.95 },
  'blind-corpus-36.jsonl': { all: 0.97, category: 0.94, klass: 0.8, emoji: 0.95 },
  // the eleventh round's test sets, scored once with its final model
  'blind-corpus-37.jsonl': { all: 0.98, category: 0.96, klass: 0.9, emoji: 0.97 },
  'blind-corpus-38.jsonl': { all: 0.94, category: 0.86, klass: 0.75, emoji: 0.97 },
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
