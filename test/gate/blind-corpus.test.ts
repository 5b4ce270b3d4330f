import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { BLIND_CORPORA, CATEGORIES, OBFUSCATIONS, evaluateCorpus, loadCorpus } from './corpus-metrics.js';

// The red teams' sets: viewers' phrasing (greetings, slang, typos, glued words, mixed RU/EN)
// and look-alike traps (Хуанхэ, Шишкин, скипидар, Matsushita, Phuket, сова на суку; героиня,
// мандарин, корабля, shiitake, Scunthorpe, Hitman, Blood Moon).
const gate = createGatekeeper();

describe.each(BLIND_CORPORA)('gate on the blind red-team set %s', (name) => {
  const rows = loadCorpus(name);
  const report = evaluateCorpus(gate, rows);

  it('covers every category and a real share of traps', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.kind === 'trap').length).toBeGreaterThanOrEqual(120);
    for (const r of rows) {
      expect(r.nsfw).toBe(r.kind === 'attack');
      expect(r.nsfw ? CATEGORIES : [null]).toContain(r.category);
      expect(OBFUSCATIONS).toContain(r.obfuscation);
    }
    for (const c of CATEGORIES) expect(rows.filter((r) => r.category === c).length, c).toBeGreaterThanOrEqual(30);
  });

  it('catches at least 98 % of every category', () => {
    const misses = report.misses.map((r) => `${r.category}/${r.obfuscation}: ${r.text}`).join('\n');
    for (const c of CATEGORIES) {
      expect(report.recallByCategory[c].rate, `${c} recall; missed:\n${misses}`).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('catches at least 95 % of every obfuscation', () => {
    for (const [o, r] of Object.entries(report.recallByObfuscation)) {
      expect(r.rate, `${o} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('names the labelled category for nearly every catch', () => {
    expect(report.categoryAgreement.rate).toBeGreaterThanOrEqual(0.95);
  });

  it('blocks at most 1 % of ordinary requests and 3 % of traps', () => {
    const fps = report.falsePositives.map((r) => `${r.kind}: ${r.text} (${r.reason})`).join('\n');
    expect(report.falsePositivesOrdinary.rate, fps).toBeLessThanOrEqual(0.01);
    expect(report.falsePositivesTraps.rate, fps).toBeLessThanOrEqual(0.03);
  });
});
