// Gatekeeper benchmark: quality on the labelled corpus and on every blind red-team set (per category,
// per class, per obfuscation, false positives), and throughput on one core.
import { createGatekeeper } from '../src/gate/index.js';
import type { Gatekeeper } from '../src/gate/index.js';
import {
  BLIND_CORPORA,
  PARAPHRASE_CORPORA,
  TUNING_CORPORA,
  evaluateCorpus,
  loadCorpus,
  type CorpusRow,
  type Rate,
} from '../test/gate/corpus-metrics.js';

function pct(r: Rate): string {
  return `${(100 * r.rate).toFixed(1).padStart(5)} %  (${r.hit}/${r.total})`;
}

function printQuality(title: string, gate: Gatekeeper, rows: CorpusRow[]): void {
  const report = evaluateCorpus(gate, rows);
  console.log(`${title}: ${rows.length} messages`);
  console.log('  recall by category:');
  for (const [k, r] of Object.entries(report.recallByCategory)) console.log(`    ${k.padEnd(12)} ${pct(r)}`);
  console.log(`  recall, all attacks:        ${pct(report.recall)}`);
  if (Object.keys(report.recallByClass).length) {
    console.log('  recall by class:');
    for (const [k, r] of Object.entries(report.recallByClass)) console.log(`    ${k.padEnd(17)} ${pct(r)}`);
  }
  console.log('  recall by obfuscation:');
  for (const [k, r] of Object.entries(report.recallByObfuscation)) console.log(`    ${k.padEnd(12)} ${pct(r)}`);
  console.log(`  category named right:      ${pct(report.categoryAgreement)}`);
  console.log(`  false positives, ordinary: ${pct(report.falsePositivesOrdinary)}`);
  console.log(`  false positives, traps:    ${pct(report.falsePositivesTraps)}`);
}

/** CPU time of this process, ms: on a shared machine wall time measures the neighbours as well. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function throughput(gate: Gatekeeper, texts: string[]): { perSecond: number; n: number; seconds: number } {
  for (let i = 0; i < 3; i++) for (const t of texts) gate.check(t); // warm-up (regex compilation, JIT)
  let n = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (const t of texts) gate.check(t);
    n += texts.length;
    elapsed = cpuMs() - start;
  }
  return { perSecond: Math.round((n / elapsed) * 1000), n, seconds: elapsed / 1000 };
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const gate = createGatekeeper();
  const buildMs = performance.now() - t0;
  const rows = loadCorpus();
  // Aggregates only: the bench never prints a message, so running it does not unblind the holdout.
  const blinds = [
    ...[...BLIND_CORPORA, ...PARAPHRASE_CORPORA].map((name) => [`blind set ${name}`, loadCorpus(name)] as const),
    ...TUNING_CORPORA.map((name) => [`tuning set ${name}`, loadCorpus(name)] as const),
  ];

  console.log(`gate: rules built in ${buildMs.toFixed(0)} ms`);
  printQuality('corpus', gate, rows);
  for (const [name, set] of blinds) printQuality(name, gate, set);

  // The two layers of the gate on every blind set: the rules alone, then with the lexical scorer.
  const rulesOnly = createGatekeeper({ lexicalScorer: false });
  console.log('\nlayers (recall / FP ordinary / FP traps): rules alone -> rules + lexical scorer');
  for (const [name, set] of blinds) {
    const before = evaluateCorpus(rulesOnly, set);
    const after = evaluateCorpus(gate, set);
    const line = (r: typeof before) =>
      `${(100 * r.recall.rate).toFixed(1)} % / ${(100 * r.falsePositivesOrdinary.rate).toFixed(1)} % / ${(100 * r.falsePositivesTraps.rate).toFixed(1)} %`;
    console.log(`  ${name.padEnd(44)} ${line(before)}  ->  ${line(after)}`);
  }
  const rulesThroughput = throughput(
    rulesOnly,
    rows.map((r) => r.text),
  );
  console.log(`throughput (corpus, rules alone): ${rulesThroughput.perSecond} messages/s on one core`);

  // Throughput: each set over and over for at least 2 s on this one thread.
  for (const [name, set] of [['corpus', rows] as const, ...blinds]) {
    const t = throughput(
      gate,
      set.map((r) => r.text),
    );
    console.log(`throughput (${name}): ${t.perSecond} messages/s on one core (${t.n} checks in ${t.seconds.toFixed(1)} s of CPU)`);
  }
}
