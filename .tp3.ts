import { loadCorpus, BLIND_CORPORA } from './test/gate/corpus-metrics.ts';
const which = process.argv[2];
const mod = await import(which === 'old' ? '/tmp/gr-old/src/gate/index.ts' : './src/gate/index.ts');
const texts = [...loadCorpus(), ...BLIND_CORPORA.flatMap((n) => loadCorpus(n))].map((r) => r.text).slice(0, 500);
function bench(name: string, gate: any) {
  for (let k = 0; k < 2; k++) for (const t of texts) gate.check(t);
  const c0 = process.cpuUsage(); let n = 0;
  while (process.cpuUsage(c0).user < 1.5e6) { for (const t of texts) gate.check(t); n += texts.length; }
  console.log(name, 'per cpu-second', Math.round(n / process.cpuUsage(c0).user * 1e6));
}
if (which === 'old' || which === 'new') bench(which, mod.createGatekeeper());
else {
  const { builtInRules, createGatekeeperFromRules } = mod; const lex = builtInRules.lexicons;
  bench('all', createGatekeeperFromRules(builtInRules));
  bench('no-described', createGatekeeperFromRules({ ...builtInRules, lexicons: lex.filter((l: any) => !/described/.test(l.name ?? '')) }));
  bench('no-emoji', createGatekeeperFromRules({ ...builtInRules, emojiCombos: [] }));
  for (const nm of ['en-described', 'ru-described']) for (const c of ['hate','gore','drugs','sexual'])
    bench(`without ${nm}/${c}`, createGatekeeperFromRules({ ...builtInRules, lexicons: lex.filter((l: any) => !(l.name === nm && l.category === c)) }));
}
