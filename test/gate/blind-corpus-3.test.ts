import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { CATEGORIES, CLASSES, OBFUSCATIONS, PARAPHRASE_CORPORA, evaluateCorpus, loadCorpus } from './corpus-metrics.js';

// Blind set 3 (issue 11) and its holdout: emoji as letters and as meaning, hate, gore and
// drugs described without the named word, sexual paraphrase, with look-alike traps (a water
// gun, a climbing rope, a syringe at the vet, a fish gutted on a cooking stream). Set 3 was
// tuned on, so its floor is close to what the rules reach; the holdout was only ever scored
// in aggregate, so its floor is its honest score minus a margin. Paraphrase beyond spelling
// is the model check's job (issue 11, point 2), which is why these floors sit below the older sets'.
const gate = createGatekeeper();

const FLOORS: Record<(typeof PARAPHRASE_CORPORA)[number], { all: number; category: number; klass: number; emoji: number }> = {
  'blind-corpus-3.jsonl': { all: 0.97, category: 0.95, klass: 0.93, emoji: 0.95 },
  // issue 11: 58.1 % all, worst category hate 37.5 %, worst class hate-described 31.3 %, emoji 81.6 %;
  // after tuning set A (aggregates only): 61.1 % all, worst category drugs 38.6 %, emoji 84.2 %
  'blind-corpus-3-holdout.jsonl': { all: 0.57, category: 0.35, klass: 0.29, emoji: 0.8 },
  // our own tuning set (emoji letters and meaning, sexual paraphrase, мат forms): written before
  // the rules it drove (83.1 % before, 100 % after), so a high floor and no proof of generalisation
  'paraphrase-tuning-a.jsonl': { all: 0.97, category: 0.95, klass: 0.93, emoji: 0.95 },
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
