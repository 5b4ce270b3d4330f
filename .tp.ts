import { loadCorpus, BLIND_CORPORA } from './test/gate/corpus-metrics.ts';
const which = process.argv[2];
const mod = await import(which === 'old' ? '/tmp/gr-old/src/gate/index.ts' : './src/gate/index.ts');
const gate = mod.createGatekeeper();
const texts = [...loadCorpus(), ...BLIND_CORPORA.flatMap((n) => loadCorpus(n))].map((r) => r.text);
for (const t of texts) gate.check(t);
const start = performance.now(); let n = 0;
while (performance.now() - start < 2000) { for (const t of texts.slice(0, 500)) gate.check(t); n += 500; }
console.log(which, Math.round(n / (performance.now() - start) * 1000));
