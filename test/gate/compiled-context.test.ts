import { describe, expect, it } from 'vitest';
import { compileDsl } from '../../src/gate/compile-rules.js';
import { compileContext, contextPhrases } from '../../src/gate/compiled-context.js';
import { builtInRules } from '../../src/gate/index.js';
import { loadCorpus } from './corpus-metrics.js';

describe('a context split into its phrases', () => {
  it('opens a leading <( … ) group that spans a whole alternative', () => {
    expect(contextPhrases('<(hanged|hung)|man|<rope (a|b)')).toEqual(['<hanged', '<hung', 'man', '<rope (a|b)']);
    expect(contextPhrases('<(hanged|hung) man')).toEqual(['<(hanged|hung) man']);
    expect(contextPhrases('<(a|b) (c|d)')).toEqual(['<(a|b) (c|d)']);
    expect(contextPhrases('<(a|(b|c))')).toEqual(['<a', '<(b|c)']);
  });

  it('answers like the one regex it replaces, for every big built-in context, on real messages', () => {
    const texts = (
      ['corpus.jsonl', 'tuning-gore-3-en.jsonl', 'tuning-gore-3-ru.jsonl', 'tuning-hate-3-ru.jsonl', 'tuning-hate-3-en.jsonl'] as const
    ).flatMap((name) => loadCorpus(name).map((row) => row.text.toLowerCase()));
    const big = builtInRules.lexicons
      .flatMap((lex) => lex.block)
      .flatMap((rule) => (typeof rule === 'string' ? [] : (['en', 'ru'] as const).map((lang) => ({ lang, pattern: rule.context[lang] }))))
      .filter((c): c is { lang: 'en' | 'ru'; pattern: string } => c.pattern !== undefined && compileDsl(c.pattern, 'test').length >= 2_000);
    expect(big.length).toBeGreaterThanOrEqual(5);
    let holds = 0;
    for (const { lang, pattern } of big) {
      const whole = new RegExp(compileDsl(pattern, 'test'));
      const test = compileContext({ [lang]: pattern }, 'test')[lang]!;
      for (const text of texts) {
        expect(test(text), `${pattern.slice(0, 40)} on ${text}`).toBe(whole.test(text));
        if (whole.test(text)) holds++;
      }
    }
    // The comparison is not vacuous: the phrases occur in these messages.
    expect(holds).toBeGreaterThan(50);
  });
});
