/**
 * The lexical scorer: the gate's last layer, after the rules (issue 11, fifth round). A logistic
 * regression over the words of a message (stems, word pairs, letter 4-grams, pictographs), trained
 * by `scripts/train-gate-scorer.ts` on the labelled sets we have read or tuned on, never on the
 * blind sets it is measured on. Rules follow vocabularies; paraphrase shares words with attacks
 * ("евреев … с длинными носами", "кишки на асфальте") that no single rule names, and a weighted sum
 * of them generalises where rules do not (src/gate/README.md, "Lexical scorer"). Pure: no Node APIs.
 */
import type { GateCategory } from './types.js';
import { normalizeText, type LatinSafeSet } from './normalize.js';

/** Categories in the order the model file numbers them. */
export const SCORER_CATEGORIES: readonly GateCategory[] = ['sexual', 'profanity', 'hate', 'gore', 'drugs'];

/** A trained model as the training script writes it (src/gate/rules/scorer-model.ts). */
export interface ScorerModel {
  bias: number;
  /** A message whose score is above this is blocked. */
  threshold: number;
  /** One feature a line: `feature<TAB>weight<TAB>category index` (the category its attack rows mostly had). */
  weights: string;
}

export interface ScorerVerdict {
  score: number;
  blocked: boolean;
  category: GateCategory;
  /** The features that weighed most towards blocking, for the log line. */
  top: string[];
}

/**
 * Each feature of a message counts 4/√n (n features): a long, chatty message would otherwise sum
 * many small weights into a block. On cross-validation it gave more recall at the same false
 * positives (47 % against 33 % of attacks at 0.2 %).
 */
export function featureValue(featureCount: number): number {
  return 4 / Math.sqrt(Math.max(featureCount, 1));
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const STEM_LENGTH = 6;
const GRAM = 4;

/** The features of a message: what training and checking both read, so one function for both. */
export function lexicalFeatures(text: string, latinSafe: LatinSafeSet = new Set()): string[] {
  const forms = normalizeText(text, latinSafe);
  const cyr = forms.cyr.split(' ');
  const lat = forms.lat.split(' ');
  const tokens: string[] = [];
  const words: string[] = [];
  const english: string[] = [];
  // latinWords has a letter per token; the forms also hold "|" between the extra readings.
  for (let i = 0, token = 0; i < cyr.length; i++) {
    const c = cyr[i];
    const l = lat[i] ?? '';
    if (c === '|') continue;
    const latinWord = forms.latinWords[token++] === 'l';
    // A word is read by its Cyrillic skeleton, as the rules read translit ("narisuy" is "нарисуи"); one
    // written in Latin letters also as English, so an English "hit" is not only the Russian "хит".
    if (/[а-я]/.test(c)) {
      const word = c.replace(/[^а-я]/g, '');
      tokens.push('r:' + word.slice(0, STEM_LENGTH));
      words.push(word);
    }
    if (latinWord && /^[a-z]+$/.test(l)) english.push('e:' + l.slice(0, STEM_LENGTH));
  }
  const out = new Set<string>([...tokens, ...english]);
  for (let i = 0; i + 1 < tokens.length; i++) out.add(tokens[i] + '|' + tokens[i + 1]);
  for (const word of words) {
    const padded = `<${word}>`;
    for (let i = 0; i + GRAM <= padded.length; i++) out.add('g:' + padded.slice(i, i + GRAM));
  }
  for (const ch of forms.raw) if (PICTOGRAPH.test(ch)) out.add('p:' + ch);
  return [...out];
}

export class LexicalScorer {
  private weights: Map<string, { weight: number; category: number }> | undefined;

  /** `latinSafe`: the rules' English words never read as Russian ("her"), the set the rules' matcher uses. */
  constructor(
    private readonly model: ScorerModel,
    private readonly latinSafe: LatinSafeSet = new Set(),
  ) {}

  /**
   * Reads the model's ~90 000 weights (~0.2 s): on the first score, or earlier when asked, so a
   * restarting service does not spend that before it listens.
   */
  prepare(): Map<string, { weight: number; category: number }> {
    if (this.weights) return this.weights;
    const weights = new Map<string, { weight: number; category: number }>();
    for (const line of this.model.weights.split('\n')) {
      if (!line) continue;
      const [feature, weight, category] = line.split('\t');
      weights.set(feature, { weight: Number(weight), category: Number(category) });
    }
    return (this.weights = weights);
  }

  score(text: string): ScorerVerdict {
    const weights = this.prepare();
    const features = lexicalFeatures(text, this.latinSafe);
    const value = featureValue(features.length);
    let score = this.model.bias;
    const byCategory = new Array<number>(SCORER_CATEGORIES.length).fill(0);
    const positive: [string, number][] = [];
    for (const feature of features) {
      const entry = weights.get(feature);
      if (!entry) continue;
      score += value * entry.weight;
      if (entry.weight > 0) {
        byCategory[entry.category] += entry.weight;
        positive.push([feature, entry.weight]);
      }
    }
    const best = byCategory.indexOf(Math.max(...byCategory));
    positive.sort((a, b) => b[1] - a[1]);
    return {
      score,
      blocked: score > this.model.threshold,
      category: SCORER_CATEGORIES[best],
      top: positive.slice(0, 3).map(([feature]) => feature),
    };
  }
}
