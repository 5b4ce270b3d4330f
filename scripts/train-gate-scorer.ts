/**
 * Trains the gate's lexical scorer (src/gate/lexical-scorer.ts) and writes src/gate/rules/scorer-model.ts.
 * Run: `npx tsx scripts/train-gate-scorer.ts` (~1 min). Deterministic: a seeded shuffle, so the same
 * corpora give the same model.
 *
 * Trained only on sets we have read or tuned on (SCORER_TRAINING_CORPORA in test/gate/corpus-metrics.ts);
 * the blind sets it is measured on (UNREAD_BLIND_CORPORA) are never read here, and a test keeps it so.
 * The threshold: first the lowest at which, on 5-fold cross-validation over the training rows, the rules
 * plus the scorer block at most 0.5 % of the ordinary rows and 2.5 % of the look-alike traps; then raised
 * until the final model keeps each held-out set of THRESHOLD_CORPORA (the older unread sets; innocent rows
 * only, never their attacks) within issue 11's limits, 1 % ordinary and 5 % traps. The round's test sets
 * (TEST_CORPORA) are not read here at all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createGatekeeperFromRules, builtInRules, type Gatekeeper } from '../src/gate/index.js';
import { featureValue, lexicalFeatures, LexicalScorer, SCORER_CATEGORIES } from '../src/gate/lexical-scorer.js';
import { latinSafeSet } from '../src/gate/compile-rules.js';
import { SCORER_TRAINING_CORPORA, THRESHOLD_CORPORA } from '../test/gate/corpus-metrics.js';
import { mulberry32 } from '../src/raster/index.js';

const TRAINING_SETS = SCORER_TRAINING_CORPORA;

/**
 * Half of issue 11's limits (1 % ordinary, 5 % traps). Until the eighth round a fifth of them (0.2 %, 1 %):
 * with 5 300 more training rows the scorer then added no recall on the ordinary-mix sets (its threshold
 * rose with the harder look-alikes), while unseen traps stayed at 1–4 %. Chosen on cross-validation here.
 */
const MAX_ORDINARY_FP = 0.005;
const MAX_TRAP_FP = 0.025;
/** Issue 11's own limits, held on each set of THRESHOLD_CORPORA by the final model. */
const VALIDATION_MAX_ORDINARY_FP = 0.01;
const VALIDATION_MAX_TRAP_FP = 0.05;
const EPOCHS = 30;
const LEARNING_RATE = 0.2;
const L2 = 1e-4;
const FOLDS = 5;
/** Weights this small change no verdict in practice and would only grow the model file. */
const MIN_KEPT_WEIGHT = 0.02;

interface Row {
  text: string;
  nsfw: boolean;
  category: string | null;
  kind: string;
}
interface Example {
  features: number[];
  label: 0 | 1;
  kind: string;
  category: number;
  blockedByRules: boolean;
}

/** A seeded generator in [0, 1) (the overlay's mulberry32), so the shuffles (and the model) are reproducible. */
function seeded(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function load(name: string): Row[] {
  const text = readFileSync(new URL(`../test/gate/${name}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);
}

interface Model {
  weights: Float64Array;
  bias: number;
}

function fit(examples: Example[], featureCount: number, seed: number): Model {
  const random = seeded(seed);
  const weights = new Float64Array(featureCount);
  let bias = 0;
  const positives = examples.filter((e) => e.label === 1).length;
  // Balanced: attacks and innocent rows weigh the same in total.
  const classWeight = [examples.length / (2 * (examples.length - positives)), examples.length / (2 * positives)];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / (1 + epoch * 0.2);
    for (const i of shuffled(examples.length, random)) {
      const e = examples[i];
      const value = featureValue(e.features.length);
      let z = bias;
      for (const k of e.features) z += value * weights[k];
      const gradient = (1 / (1 + Math.exp(-z)) - e.label) * classWeight[e.label];
      for (const k of e.features) weights[k] -= rate * (gradient * value + L2 * weights[k]);
      bias -= rate * gradient;
    }
  }
  return { weights, bias };
}

function score(model: Model, features: number[]): number {
  let z = model.bias;
  const value = featureValue(features.length);
  for (const k of features) z += value * model.weights[k];
  return z;
}

/**
 * The threshold raised, in the cross-validation's steps, until the final model keeps every held-out set of
 * THRESHOLD_CORPORA within issue 11's limits (1 % ordinary, 5 % traps). Eighth round: cross-validation over
 * rows the rules were tuned on underrates how often a short innocent message sums small weights past it.
 */
function validatedThreshold(scorer: LexicalScorer, from: number, rules: Gatekeeper): number {
  const sets = THRESHOLD_CORPORA.map((name) =>
    load(name)
      .filter((row) => !row.nsfw)
      .map((row) => ({ kind: row.kind, byRules: rules.check(row.text).nsfw, score: scorer.score(row.text).score })),
  );
  for (let t = from; t <= 10; t += 0.25) {
    const rate = (rows: (typeof sets)[number], kind: string) => {
      const ofKind = rows.filter((r) => r.kind === kind);
      return ofKind.filter((r) => r.byRules || r.score > t).length / ofKind.length;
    };
    const worst = (kind: string) => Math.max(...sets.map((rows) => rate(rows, kind)));
    const pooled = (kind: string) => rate(sets.flat(), kind);
    console.log(
      `validation, threshold ${t.toFixed(2)}: worst ordinary FP ${(100 * worst('ordinary')).toFixed(2)} %, worst traps ${(100 * worst('trap')).toFixed(2)} %, pooled ${(100 * pooled('ordinary')).toFixed(2)} % / ${(100 * pooled('trap')).toFixed(2)} %`,
    );
    if (worst('ordinary') <= VALIDATION_MAX_ORDINARY_FP && worst('trap') <= VALIDATION_MAX_TRAP_FP) return t;
  }
  throw new Error('no threshold keeps the validation sets within the false-positive limits');
}

function main(): void {
  const rules = createGatekeeperFromRules(builtInRules);
  while (rules.prepareNext?.());
  const latinSafe = latinSafeSet(builtInRules.latinSafe);
  const vocabulary = new Map<string, number>();
  const rows = TRAINING_SETS.flatMap(load);
  const examples: Example[] = rows.map((row) => ({
    features: lexicalFeatures(row.text, latinSafe).map((f) => {
      let k = vocabulary.get(f);
      if (k === undefined) vocabulary.set(f, (k = vocabulary.size));
      return k;
    }),
    label: row.nsfw ? 1 : 0,
    kind: row.kind,
    category: row.category ? SCORER_CATEGORIES.indexOf(row.category as (typeof SCORER_CATEGORIES)[number]) : -1,
    blockedByRules: rules.check(row.text).nsfw,
  }));
  console.log(`${examples.length} rows from ${TRAINING_SETS.length} sets, ${vocabulary.size} features`);

  // Cross-validation: every row scored by a model that did not see it.
  const heldOutScore = new Array<number>(examples.length);
  const order = shuffled(examples.length, seeded(1));
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = new Set(order.filter((_, j) => j % FOLDS === fold));
    const model = fit(
      examples.filter((_, i) => !inFold.has(i)),
      vocabulary.size,
      100 + fold,
    );
    for (const i of inFold) heldOutScore[i] = score(model, examples[i].features);
  }
  let threshold = Infinity;
  for (let t = 0; t <= 10; t += 0.25) {
    const blocked = (i: number) => examples[i].blockedByRules || heldOutScore[i] > t;
    const rate = (kind: string) => {
      const ids = examples.map((e, i) => i).filter((i) => examples[i].label === 0 && examples[i].kind === kind);
      return ids.filter(blocked).length / ids.length;
    };
    const added = examples.filter((e, i) => e.label === 1 && !e.blockedByRules && heldOutScore[i] > t).length;
    console.log(
      `threshold ${t.toFixed(2)}: ordinary FP ${(100 * rate('ordinary')).toFixed(2)} %, traps ${(100 * rate('trap')).toFixed(2)} %, attacks added ${added}`,
    );
    if (rate('ordinary') <= MAX_ORDINARY_FP && rate('trap') <= MAX_TRAP_FP) {
      threshold = t;
      break;
    }
  }
  if (!Number.isFinite(threshold)) throw new Error('no threshold meets the false-positive limits');

  const model = fit(examples, vocabulary.size, 7);
  // Each feature's category: the one most of the attack rows holding it were labelled with.
  const counts = Array.from({ length: vocabulary.size }, () => new Array<number>(SCORER_CATEGORIES.length).fill(0));
  for (const e of examples) if (e.label === 1 && e.category >= 0) for (const k of e.features) counts[k][e.category]++;
  const lines: string[] = [];
  for (const [feature, k] of [...vocabulary.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const weight = model.weights[k];
    if (Math.abs(weight) < MIN_KEPT_WEIGHT) continue;
    if (/[\t\n`\\$]/.test(feature)) continue; // never in a normalised word; keeps the template literal safe
    lines.push(`${feature}\t${weight.toFixed(4)}\t${counts[k].indexOf(Math.max(...counts[k]))}`);
  }
  const bias = Number(model.bias.toFixed(4));
  // the held-out rows scored by the gate's own scorer over the weights as written (kept and rounded)
  threshold = validatedThreshold(new LexicalScorer({ bias, threshold, weights: lines.join('\n') }, latinSafe), threshold, rules);
  const file = `// Generated by scripts/train-gate-scorer.ts from ${examples.length} labelled rows of ${TRAINING_SETS.length} read or
// tuned-on sets; do not edit by hand. Data only (exempt from the size limit).
import type { ScorerModel } from '../lexical-scorer.js';

export const SCORER_MODEL: ScorerModel = {
  bias: ${bias},
  threshold: ${threshold},
  weights: \`${lines.join('\n')}\`,
};
`;
  writeFileSync(new URL('../src/gate/rules/scorer-model.ts', import.meta.url), file);
  console.log(`threshold ${threshold}, ${lines.length} features kept, written to src/gate/rules/scorer-model.ts`);
}

main();
