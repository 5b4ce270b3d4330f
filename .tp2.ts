import { loadCorpus, BLIND_CORPORA } from './test/gate/corpus-metrics.ts';
import { builtInRules, createGatekeeperFromRules } from './src/gate/index.ts';
const texts = [...loadCorpus(), ...BLIND_CORPORA.flatMap((n) => loadCorpus(n))].map((r) => r.text).slice(0, 500);
function bench(name: string, rules: any) {
  const gate = createGatekeeperFromRules(rules);
  for (let k = 0; k < 2; k++) for (const t of texts) gate.check(t);
  const start = performance.now(); let n = 0;
  while (performance.now() - start < 1500) { for (const t of texts) gate.check(t); n += texts.length; }
  console.log(name, Math.round(n / (performance.now() - start) * 1000));
}
const lex = builtInRules.lexicons;
bench('all', builtInRules);
bench('no-described', { ...builtInRules, lexicons: lex.filter((l: any) => !/described/.test(l.name ?? '')) });
bench('no-emoji', { ...builtInRules, emojiCombos: [] });
for (const nm of ['en-described', 'ru-described']) for (const c of ['hate','gore','drugs','sexual'])
  bench(`without ${nm}/${c}`, { ...builtInRules, lexicons: lex.filter((l: any) => !(l.name === nm && l.category === c)) });
