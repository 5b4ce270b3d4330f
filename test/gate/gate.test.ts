import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { CATEGORIES, OBFUSCATIONS, evaluateCorpus, loadCorpus } from './corpus-metrics.js';

const gate = createGatekeeper();
const rows = loadCorpus();
const report = evaluateCorpus(gate, rows);

describe('gate corpus', () => {
  it('is big and varied enough to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(rows.filter((r) => r.kind === 'trap').length).toBeGreaterThanOrEqual(120);
    expect(rows.filter((r) => r.kind === 'ordinary').length).toBeGreaterThanOrEqual(100);
    for (const r of rows) {
      expect(r.nsfw).toBe(r.kind === 'attack');
      expect(r.nsfw ? CATEGORIES : [null]).toContain(r.category);
      expect(OBFUSCATIONS).toContain(r.obfuscation);
    }
    const attacks = rows.filter((r) => r.nsfw);
    for (const c of CATEGORIES) {
      for (const o of OBFUSCATIONS) {
        if (o === 'emoji') continue; // emoji disguise is mostly a sexual-category thing
        expect(
          attacks.some((r) => r.category === c && r.obfuscation === o),
          `${c} × ${o}`,
        ).toBe(true);
      }
    }
    for (const lang of [/[а-яё]/i, /[a-z]/i]) {
      expect(attacks.filter((r) => lang.test(r.text)).length).toBeGreaterThan(150);
    }
  });

  it('catches at least 98 % of every category', () => {
    const misses = report.misses.map((r) => `${r.category}/${r.obfuscation}: ${r.text}`);
    for (const c of CATEGORIES) {
      expect(report.recallByCategory[c].rate, `${c} recall; missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('catches at least 95 % of every obfuscation', () => {
    for (const o of OBFUSCATIONS) {
      expect(report.recallByObfuscation[o].rate, `${o} recall`).toBeGreaterThanOrEqual(0.95);
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
