// The rule index tries a rule only where its first characters stand (start-filter.ts) and leaves a
// long rule's start in many buckets as a trigger (trigger-head.ts). Neither may lose a match: over
// the built-in rules and real messages, the index finds a rule exactly where trying every rule's
// own regex over the whole text finds one, also when the caller refuses some rules.
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/gate/rules/index.js';
import { compileDsl, indexed, latinSafeSet } from '../../src/gate/compile-rules.js';
import { topLevelAlternatives } from '../../src/gate/pattern.js';
import { asTwoByte, RuleIndex, type IndexedRule } from '../../src/gate/rule-index.js';
import { normalizeText } from '../../src/gate/normalize.js';
import { keyAt, ruleKeys, StartFilter } from '../../src/gate/start-filter.js';
import { loadCorpus } from './corpus-metrics.js';

interface TestRule extends IndexedRule {
  n: number;
  anywhere: RegExp;
}

function rulesOf(lang: 'en' | 'ru'): TestRule[] {
  const out: TestRule[] = [];
  for (const lex of builtInRules.lexicons) {
    if (lex.lang !== lang) continue;
    for (const entry of lex.block) {
      const pattern = typeof entry === 'string' ? entry : entry.pattern;
      for (const alternative of topLevelAlternatives(pattern)) {
        const source = compileDsl(alternative, 'test');
        out.push({ ...indexed(alternative, source, ''), n: out.length, anywhere: new RegExp(source) });
      }
    }
  }
  return out;
}

/** Messages of the paraphrase-heavy blind sets and the corpus: every kind of text the gate meets. */
function sampleTexts(): string[] {
  const rows = [...loadCorpus(), ...loadCorpus('blind-corpus-13.jsonl'), ...loadCorpus('blind-corpus-11.jsonl')];
  return rows.filter((_, k) => k % 9 === 0).map((row) => row.text);
}

describe('the rule index with start filters and triggers', () => {
  const latinSafe = latinSafeSet(builtInRules.latinSafe);
  const forms = sampleTexts().map((text) => normalizeText(text, latinSafe));

  for (const lang of ['ru', 'en'] as const) {
    it(`finds a ${lang} rule wherever one matches, with every rule accepted and with a third refused`, () => {
      const rules = rulesOf(lang);
      const index = new RuleIndex(rules, '', true, ['two-byte']);
      const texts = forms.flatMap((f) => (lang === 'en' ? [asTwoByte(f.lat)] : [f.cyr, f.tr]));
      let found = 0;
      for (const accepted of [() => true, (rule: TestRule) => rule.n % 3 !== 0]) {
        for (const text of texts) {
          const expected = rules.some((rule) => accepted(rule) && rule.anywhere.test(text));
          const hit = index.find(text, (rule) => accepted(rule));
          expect(hit !== null, text).toBe(expected);
          if (hit) found++;
        }
      }
      expect(found).toBeGreaterThan(20); // the sample does reach rules
    });
  }

  it('reports the first place where a rule can start, and none where no rule can', () => {
    const filter = StartFilter.of([{ source: 'abc' }, { source: 'x+y+z' }, { source: '(?<![a-z])q' }], 3);
    expect(filter).not.toBeNull();
    expect(filter!.next('zzabcz', 0, 6)).toBe(2);
    expect(filter!.next('abxxyz', 0, 6)).toBe(2); // "x+" reads a run of x as one
    expect(filter!.next('zzq', 0, 3)).toBe(2); // a rule one character long is filed by that character
    expect(filter!.next('abd xzy', 0, 7)).toBe(-1);
    expect(filter!.next('zzabcz', 3, 6)).toBe(-1);
    expect(StartFilter.of([{ source: '[^a]bc' }], 3)).toBeNull(); // a start that cannot be read: tried everywhere
    expect(StartFilter.of([{ source: '[^a]bc', first: new Set(['b']) }], 3)!.next('aab', 0, 3)).toBe(2);
  });

  it('checks a rule alone only where one of its first characters stand, a stretched letter read once', () => {
    expect(ruleKeys({ source: 'о+т+р+е+з+' }, 6)).toEqual(['отрез']);
    expect(ruleKeys({ source: '(?:ab|cd)x+' }, 6)).toEqual(['abx', 'cdx']);
    expect(keyAt('оотррез', 0, 'отрез')).toBe(true);
    expect(keyAt('отрез', 0, 'отрез')).toBe(true);
    expect(keyAt('отрыв', 0, 'отрез')).toBe(false);
    expect(keyAt('ссора', 0, 'сс')).toBe(true); // a doubled letter in the rule itself
    expect(keyAt('сора', 0, 'сс')).toBe(false);
    expect(keyAt('ссора', 0, 'со')).toBe(true);
  });
});
