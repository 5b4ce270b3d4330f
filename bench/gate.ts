// Gatekeeper benchmark: quality on the labelled corpus and throughput on one core.
import { createGatekeeper } from '../src/gate/index.js';
import { evaluateCorpus, loadCorpus, type Rate } from '../test/gate/corpus-metrics.js';

function pct(r: Rate): string {
  return `${(100 * r.rate).toFixed(1).padStart(5)} %  (${r.hit}/${r.total})`;
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const gate = createGatekeeper();
  const buildMs = performance.now() - t0;
  const rows = loadCorpus();
  const report = evaluateCorpus(gate, rows);

  console.log(`gate: corpus ${rows.length} messages, rules built in ${buildMs.toFixed(0)} ms`);
  console.log('recall by category:');
  for (const [k, r] of Object.entries(report.recallByCategory)) console.log(`  ${k.padEnd(12)} ${pct(r)}`);
  console.log('recall by obfuscation:');
  for (const [k, r] of Object.entries(report.recallByObfuscation)) console.log(`  ${k.padEnd(12)} ${pct(r)}`);
  console.log(`category named right:      ${pct(report.categoryAgreement)}`);
  console.log(`false positives, ordinary: ${pct(report.falsePositivesOrdinary)}`);
  console.log(`false positives, traps:    ${pct(report.falsePositivesTraps)}`);

  // Throughput: the whole corpus over and over for at least 2 s on this one thread.
  const texts = rows.map((r) => r.text);
  for (let i = 0; i < 3; i++) for (const t of texts) gate.check(t); // warm-up (regex compilation, JIT)
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (const t of texts) gate.check(t);
    n += texts.length;
    elapsed = performance.now() - start;
  }
  console.log(`throughput: ${Math.round((n / elapsed) * 1000)} messages/s on one core (${n} checks in ${(elapsed / 1000).toFixed(1)} s)`);
}
