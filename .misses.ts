import { createGatekeeper } from './src/gate/index.ts';
import { loadCorpus, evaluateCorpus } from './test/gate/corpus-metrics.ts';
const g = createGatekeeper();
const rows = loadCorpus('blind-corpus-3.jsonl');
const r = evaluateCorpus(g, rows);
const cls = process.argv[2];
for (const m of r.misses) if (!cls || m.class === cls) console.log(`${m.class}\t${m.category}\t${m.text}`);
for (const f of r.falsePositives) console.log(`FP ${f.kind}\t${f.text}\t${f.reason}`);
