import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGatekeeper, LexicalScorer, lexicalFeatures } from '../../src/gate/index.js';
import { SCORER_MODEL } from '../../src/gate/rules/scorer-model.js';
import { BLIND_CORPORA, PARAPHRASE_CORPORA, SCORER_TRAINING_CORPORA, UNREAD_BLIND_CORPORA, loadCorpus } from './corpus-metrics.js';

// Paraphrase no rule names: a people drawn as sheep, a man without skin, a man eaten alive.
const PARAPHRASE = [
  { text: 'нарисуй кавказцев как баранов', category: 'hate' },
  { text: 'нарисуй мужика без кожи', category: 'gore' },
  { text: 'нарисуй как волки жрут живого человека', category: 'gore' },
] as const;

describe('the lexical scorer after the rules', () => {
  const gate = createGatekeeper();
  const rulesOnly = createGatekeeper({ lexicalScorer: false });

  it('blocks paraphrase the rules pass, and names itself and its strongest features in the reason', () => {
    for (const { text, category } of PARAPHRASE) {
      expect(rulesOnly.check(text).nsfw, text).toBe(false);
      const verdict = gate.check(text);
      expect(verdict.nsfw, text).toBe(true);
      expect(verdict.category, text).toBe(category);
      expect(verdict.reason).toMatch(/^scorer\/(hate|gore):.+ \(\d+\.\d\)$/);
    }
  });

  it('leaves innocent messages with the same group words alone', () => {
    for (const text of [
      'нарисуй евреев на празднике хануки',
      'draw a black family having a picnic',
      'нарисуй мусульман на празднике',
      'draw two gay dads with their kid',
      'нарисуй цыганский табор с песнями',
    ])
      expect(gate.check(text).nsfw, text).toBe(false);
  });

  it('passes every ordinary donation of the innocent set and blocks at most 1 % of its look-alike traps', () => {
    const rows = loadCorpus('innocent-donations.jsonl');
    const blocked = rows.filter((row) => gate.check(row.text).nsfw);
    const traps = rows.filter((row) => row.kind === 'trap').length;
    expect(blocked.filter((row) => row.kind === 'ordinary').map((row) => row.text)).toEqual([]);
    expect(blocked.filter((row) => row.kind === 'trap').length / traps).toBeLessThanOrEqual(0.01);
  });

  it('only adds blocks: a message the rules block keeps the rules verdict', () => {
    const verdict = gate.check('нарисуй свастику');
    expect(verdict).toEqual(rulesOnly.check('нарисуй свастику'));
    expect(verdict.reason).not.toMatch(/^scorer/);
  });

  it('stays off a message one of the operator allow lines matches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawstream-scorer-'));
    const file = join(dir, 'rules.txt');
    writeFileSync(file, 'allow: баранов\n');
    const withAllow = createGatekeeper({ customRulesFile: file });
    expect(withAllow.check(PARAPHRASE[0].text).nsfw).toBe(false);
    expect(withAllow.check(PARAPHRASE[1].text).nsfw).toBe(true);
  });

  it('survives non-strings, empty and very long text', () => {
    for (const input of [undefined, null, 42, '', ' ', 'а'.repeat(100_000)]) expect(() => gate.check(input as string)).not.toThrow();
  });

  it('reads stems, word pairs, letter 4-grams and pictographs, the same for training and checking', () => {
    const features = lexicalFeatures('Нарисуй КИШКИ 🔪');
    expect(features).toEqual(expect.arrayContaining(['r:нарису', 'r:кишки', 'r:нарису|r:кишки', 'g:<киш', 'g:шки>', 'p:🔪']));
    // A word written in Latin letters is read as English as well as by its Cyrillic skeleton (translit).
    expect(lexicalFeatures('he is hit by a ball')).toEqual(expect.arrayContaining(['e:hit', 'r:хит', 'e:ball']));
    expect(lexicalFeatures('нарисуй кота')).not.toEqual(expect.arrayContaining(['e:kota']));
    const scorer = new LexicalScorer(SCORER_MODEL);
    expect(scorer.score('нарисуй котика в космосе').blocked).toBe(false);
    expect(SCORER_MODEL.threshold).toBeGreaterThan(0);
  });

  it('is trained only on sets we have read, never on a blind set it is measured on', () => {
    const training = new Set<string>(SCORER_TRAINING_CORPORA);
    for (const name of UNREAD_BLIND_CORPORA) expect(training.has(name), name).toBe(false);
    // every blind set is one or the other, so a new blind set cannot slip into training unnoticed
    const heldOut = new Set<string>(UNREAD_BLIND_CORPORA);
    for (const name of [...BLIND_CORPORA, ...PARAPHRASE_CORPORA]) expect(training.has(name) !== heldOut.has(name), name).toBe(true);
  });
});
