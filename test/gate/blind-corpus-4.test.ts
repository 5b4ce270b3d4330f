import { describe, expect, it } from 'vitest';
import { CATEGORIES, CLASSES, OBFUSCATIONS, PARAPHRASE_CORPORA, loadCorpus } from './corpus-metrics.js';

// The shape of blind sets 4 and later: the six paraphrase-and-emoji classes of set 3 in new
// wording, with look-alike traps, each written before a round of rule changes without reading src/gate.
// Their recall floors are in blind-corpus-3.test.ts with the other paraphrase sets.
const LATER_BLIND_SETS = PARAPHRASE_CORPORA.filter((name) => !name.startsWith('blind-corpus-3'));

describe.each(LATER_BLIND_SETS)('the blind set %s', (name) => {
  const rows = loadCorpus(name);

  it('labels every row in the corpus shape, with a class that matches its kind', () => {
    for (const r of rows) {
      expect(r.text.trim(), r.text).not.toBe('');
      expect(r.nsfw).toBe(r.kind === 'attack');
      expect(r.nsfw ? CATEGORIES : [null]).toContain(r.category);
      expect(OBFUSCATIONS).toContain(r.obfuscation);
      expect(CLASSES).toContain(r.class);
      if (!r.nsfw) expect(r.class).toBe(r.kind);
      else expect(['ordinary', 'trap']).not.toContain(r.class);
    }
  });

  it('has no repeated message', () => {
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it('has at least a third of rows that must pass, and every attack class and category present', () => {
    expect(rows.filter((r) => !r.nsfw).length / rows.length).toBeGreaterThanOrEqual(1 / 3);
    const attacks = rows.filter((r) => r.nsfw);
    for (const c of CATEGORIES)
      expect(
        attacks.some((r) => r.category === c),
        c,
      ).toBe(true);
    for (const k of CLASSES.filter((k) => k !== 'ordinary' && k !== 'trap')) {
      expect(
        attacks.some((r) => r.class === k),
        k,
      ).toBe(true);
    }
  });
});
