// The rule index runs a rule only where its first letters stand (rule-keys.ts, rule-trie.ts). It
// must not lose a match: over the built-in rules and real messages, the index finds a rule exactly
// where trying every rule's own regex over the whole text finds one, also when the caller refuses
// some rules.
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/gate/rules/index.js';
import { compileDsl, indexed, latinSafeSet } from '../../src/gate/compile-rules.js';
import { topLevelAlternatives } from '../../src/gate/pattern.js';
import { asTwoByte, RuleIndex, type IndexedRule } from '../../src/gate/rule-index.js';
import { normalizeText } from '../../src/gate/normalize.js';
import { ruleStartKeys } from '../../src/gate/rule-keys.js';
import { RuleTrie } from '../../src/gate/rule-trie.js';
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

describe('the rule index', () => {
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

  it('files a rule under its first letters, a letter repeated by a quantifier read once', () => {
    expect([...ruleStartKeys({ source: 'о+т+р+е+з+' }, 6)!]).toEqual(['отрез']);
    expect([...ruleStartKeys({ source: '(?:ab|cd)x+' }, 6)!]).toEqual(['abx', 'cdx']);
    expect([...ruleStartKeys({ source: 'ss(?:[a-z]{0,30})' }, 6)!]).toEqual(['ss']); // a match may end after two
    expect(ruleStartKeys({ source: '[^a]bc' }, 6)).toBeNull(); // not known: scanned for
    expect([...ruleStartKeys({ source: '[^a]bc', first: new Set(['b']) }, 6)!]).toEqual(['b']);
  });

  it('finds the rules whose letters stand at a place, a character repeating the one before passed over or not', () => {
    const trie = new RuleTrie<string>();
    trie.add('отрез', 'cut');
    trie.add('сс', 'double s');
    trie.add('со', 'so');
    const at = (text: string) => {
      const found = new Set<string>();
      trie.collect(text, 0, found);
      return [...found].sort();
    };
    expect(at('оотррез')).toEqual(['cut']);
    expect(at('отрыв')).toEqual([]);
    expect(at('ссора')).toEqual(['double s', 'so']);
    expect(at('сора')).toEqual(['so']);
  });
});
