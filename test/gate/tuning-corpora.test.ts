import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { CATEGORIES, CLASSES, OBFUSCATIONS, TUNING_CORPORA, evaluateCorpus, loadCorpus } from './corpus-metrics.js';

// The tuning sets, each written by a rules author before changing the rules and then tuned on:
// their floors sit close to what the rules reach, and passing them proves the rules still model
// these phrasings, not that they generalise (the holdout and blind sets 5, 6, 8 and 9 are that measure).
// A: emoji letters and meaning, sexual paraphrase, мат forms (83.1 % before its rules).
// B: hate and gore told without the named word, and hard-drug slang, with look-alike traps (a
// knight, a chemistry lab, a bakery oven, a summer camp, a climbing rope, соль in a salt shaker,
// фен for hair, марки in an album) (27.6 % before its rules: hate 29.2, gore 27.3, drugs 26.4 %).
// emoji-forms: forms of emoji and symbol disguise the other sets lacked (one pictograph between
// every letter, shortcodes, Braille, small caps, upside-down text, an emoji for the one word a
// verb needs), with innocent emoji-rich traps (74.5 % and 3.0 % trap FPs before its changes).
// tuning-drugs: hard-drug slang without the drug's name (snorting, injecting, withdrawal, dealing,
// stash drops, darknet shops; RU and EN) with look-alikes (a nurse's syringe, a hair dryer, a salt
// shaker, a pirate's treasure, geocaching, powdered sugar) (61.7 % and 1.1 % trap FPs before its rules).
// tuning-emoji: emoji over all five categories — symbol letters (⭕ ❌ © ® 🅱️ keycaps), different
// pictographs between letters, the duck/poo/rooster for the word, scenes told by flags, a gun to a
// smiling face, a grave for "you", a weapon, bomb, rope, disgust or bin beside a group, lines of
// powder, pills by the handful — with emoji-rich innocent rows (84.5 % before its changes: emoji-letter
// 92.7 %, emoji-meaning 74.7 %; 0 % ordinary and 1.4 % trap FPs).
// tuning-hate: hate told without a slur (symbols by their look, 1488/ZOG/triple parentheses, "the n word",
// a group drawn as vermin, hurt, caged or mocked, genocide as a joke), RU and EN, with look-alikes (a WWII
// soldier, a zoo, a pride flag, a bed-sheet ghost, a church cross, a lightning logo) (52.7 % and 1 trap FP before).
// gore: suicide told as a scene (a stool and a rope, a bath and a blade, a ledge and a farewell,
// pills and a note, train tracks, a gun at the temple), slang (выпилиться, вскрыться, unalive, an
// hero), bodies after a crash or an execution, torture, death wishes on the streamer; with traps (a
// knight, a butcher shop, a cooking fish, a climbing rope, a bath duck, a cat on a roof) (56.4 % before
// its rules, 0 % FPs).
// tuning-sexual: sexual paraphrase in RU and EN (algospeak, euphemisms for the act, undressing in
// steps, body descriptions, suggestive scenes) with look-alikes (a wedding, a bikini, a swimmer, a
// baby's bath, a statue, a yoga pose, corn on the cob, a police officer's handcuffs) (43.1 % before
// its rules, 0 % trap FPs).
// tuning-sexual-2: sexual scenes as an ordinary mix of donations tells them (RU and EN: "делают это на
// заднем сиденье, ну ты понял", "снимает с себя всё", kneeling with an open mouth before a belt, slang
// verbs of the act, named words in viewers' spelling) with look-alikes (a kiss, a wedding, a bikini, a
// mother with a baby, a dog "on its knees", "сделай это красиво", a prayer, yoga, a doll's bath, a knight
// kneeling, a snake swallowing a mouse, throat singing) (60.1 % and 1 trap FP before its rules).
// tuning-drugs-2: hard drugs in everyday words without the drug's name or the older slang (lines drawn
// with a card, машинка and ватка, колба and пипетка, кругляши on a rave, промокашка, товар/стафф/вес/зипы/
// шоп, cooking стекло in a trailer; racking rails, a key bump, a rig, skin popping, on the nod, pressed
// pills, stash drops), with look-alikes (a nurse, a vet, a vaccination, powdered sugar, snowflakes, a
// chemistry class, a Breaking Bad poster, a rave with glow sticks, a hookah, a treadmill and mirrors)
// (61.6 % and 1.3 % trap FPs before its rules: drugs-slang 60.0 %, emoji-meaning 78.6 %).
// tuning-gore-2: gore named in an ordinary mix (a hanged teacher/schoolgirl/anime girl, crash and train victims,
// a face through the windshield, wounds and bleeding, organs pulled out, parts sliced off, skin melting off,
// self-harm cuts, animals torn apart, жмур/дед бади/гор арт), RU and EN, with look-alikes (a hung picture or
// backpack, a lamp over a girl, a gutted fish, a rope bridge, ketchup, a cartoon surgeon, a hunting trophy)
// (54.4 % and 4.0 % trap FPs before its rules).
// tuning-gore-3-en: English gore vocabulary, a term or two per row (exit wound, degloved, a bloated corpse, a limbless
// torso, waterboarding, the brazen bull, lynching, opened fire on a crowd, long pig, gangrene, ctb, beans cuts, bestgore),
// with look-alikes (a blood orange, "killed it", dead tired, a butcher, pumpkin guts, BJJ, Suicide Squad, a paper
// guillotine) (64.0 % and 2.5 % trap FPs before its rules). English only: the Russian side has its own battery.
// tuning-gore-3-ru: Russian gore as named vocabulary — torture methods (четвертование, дыба, иглы под ногти), executions
// (повешение, казнь заложников), killing verbs with a person (зарезал жену), bodies and decay (трупные пятна, опарыши),
// massacres, animal cruelty, cannibalism, autopsy, self-harm marks, snuff names, 27 rows Latin-typed — with look-alikes (a
// butcher, blood sausage, a doctor, a frog's dissection, Ледовое побоище, a headshot in CS, "умираю со смеху") (72.0 % and
// 0.8 % trap FPs before its rules: plain 72.9 %, gore-described 67.4 %).
// tuning-hate-3-en: the English hate VOCABULARY, one or two rows a term (slurs of every group and their
// forms, nazi leaders and groups, neo-nazi slogans, acronyms and number codes, symbols named or misspelt,
// the KKK, genocide made light of, a group as vermin, slavery/chains/cotton/blackface/noses-and-money
// pictures, calls to kill a group), English only, with look-alikes (a coon hound, a white power cable, a
// Spic and Span bottle, the SS Titanic, an 88-key piano, a grand wizard in D&D, a cotton picker machine,
// a pizza oven, Lesbos, a honky tonk, a 13/50 test score) (52.9 % and 4.8 % trap FPs before its rules).
// tuning-drugs-3: the hard-drug vocabulary as a whole, RU and EN (street names and slang for every hard drug,
// loanwords both ways, misspellings, the kit, the acts, the states, the people), with look-alikes (a coconut,
// a hair dryer, a salt shaker, stamps, a chemistry class's acid, Charlie Brown, shabu-shabu, a girl named
// Mandy, Fetty Wap, the MCAT, a whizz kid, a spiral staircase) (80.4 % and 1.4 % trap FPs before its rules).
// tuning-hate-3-ru: Russian hate vocabulary — slurs of every group with their forms, diminutives and compounds
// (also Latin-typed), nazi leaders and ranks, neo-nazi codes and slogans, KKK, genocide asked for again, a group as
// vermin, stereotype pictures (cotton, chains, noses and money, ovens), calls to violence — with look-alikes
// (хачапури, a wooden чурка, хохлома, dill, a rooster, Нигер, Евпатий Коловрат, синдром Дауна, a summer camp)
// (66.4 % and 2.8 % trap FPs before its rules: plain 68.1 %, hate-described 60.9 %).
const gate = createGatekeeper();

interface Floor {
  all: number;
  category: number;
  categories: string[];
  klass: number;
  /** Size of the set, and attack rows in each language (the emoji-forms probe is smaller; -1: one language only). */
  rows: number;
  perLanguage: number;
  /** A one-language battery: only its attack rows are counted against `perLanguage`. */
  only?: 'ru' | 'en';
}
const FLOORS: Record<(typeof TUNING_CORPORA)[number], Floor> = {
  'paraphrase-tuning-a.jsonl': { all: 0.97, category: 0.95, categories: [...CATEGORIES], klass: 0.93, rows: 250, perLanguage: 80 },
  'paraphrase-tuning-b.jsonl': {
    all: 0.97,
    category: 0.95,
    categories: ['hate', 'gore', 'drugs'],
    klass: 0.95,
    rows: 250,
    perLanguage: 80,
  },
  'tuning-drugs.jsonl': { all: 0.96, category: 0.96, categories: ['drugs'], klass: 0.96, rows: 250, perLanguage: 65 },
  'tuning-hate.jsonl': { all: 0.95, category: 0.95, categories: ['hate'], klass: 0.95, rows: 250, perLanguage: 75 },
  'tuning-sexual.jsonl': { all: 0.95, category: 0.95, categories: ['sexual'], klass: 0.95, rows: 250, perLanguage: 75 },
  'emoji-forms.jsonl': { all: 0.95, category: 0.85, categories: ['sexual', 'profanity', 'gore'], klass: 0.93, rows: 150, perLanguage: 30 },
  'tuning-emoji.jsonl': { all: 0.95, category: 0.9, categories: [...CATEGORIES], klass: 0.93, rows: 300, perLanguage: 75 },
  'tuning-gore.jsonl': { all: 0.95, category: 0.95, categories: ['gore'], klass: 0.95, rows: 230, perLanguage: 55 },
  'tuning-sexual-2.jsonl': { all: 0.96, category: 0.96, categories: ['sexual'], klass: 0.95, rows: 290, perLanguage: 80 },
  'tuning-drugs-2.jsonl': { all: 0.9, category: 0.9, categories: ['drugs'], klass: 0.9, rows: 240, perLanguage: 70 },
  'tuning-gore-2.jsonl': { all: 0.96, category: 0.96, categories: ['gore'], klass: 0.95, rows: 240, perLanguage: 65 },
  // Fifth round, terror attacks named (rules/terror-attacks.ts): 14/40 before, 40/40 after; traps 1/35 → 0/35.
  // Fifth round, batteries of my own wording (gore/cruelty described, drug names misspelt, leet, emoji, sexual,
  // hate described): before their rules sexual 30/40, cruelty 6/20, drug names 36/50, emoji 29/40; 91.4 % after.
  'tuning-round5.jsonl': {
    all: 0.9,
    category: 0.84,
    categories: ['sexual', 'profanity', 'hate', 'gore', 'drugs'],
    klass: 0.78,
    rows: 500,
    perLanguage: 120,
  },
  'tuning-terror.jsonl': { all: 0.95, category: 0.95, categories: ['gore', 'hate'], klass: 0.95, rows: 75, perLanguage: 15 },
  'tuning-gore-3-en.jsonl': { all: 0.97, category: 0.97, categories: ['gore'], klass: 0.95, rows: 350, perLanguage: -1 },
  'tuning-gore-3-ru.jsonl': { all: 0.95, category: 0.95, categories: ['gore'], klass: 0.95, rows: 400, perLanguage: 20 },
  'tuning-hate-3-en.jsonl': { all: 0.97, category: 0.97, categories: ['hate'], klass: 0.93, rows: 380, perLanguage: 240, only: 'en' },
  'tuning-drugs-3.jsonl': { all: 0.97, category: 0.97, categories: ['drugs'], klass: 0.97, rows: 380, perLanguage: 100 },
  'tuning-hate-3-ru.jsonl': { all: 0.97, category: 0.97, categories: ['hate'], klass: 0.96, rows: 420, perLanguage: 20 },
};

describe.each(TUNING_CORPORA)('gate on the tuning set %s', (name) => {
  const rows = loadCorpus(name);
  const report = evaluateCorpus(gate, rows);
  const misses = () => report.misses.map((r) => `${r.category}: ${r.text}`).join('\n');

  it('is labelled in the corpus shape, large enough, with a third that must pass', () => {
    expect(rows.length).toBeGreaterThanOrEqual(FLOORS[name].rows);
    for (const r of rows) {
      expect(r.nsfw).toBe(r.kind === 'attack');
      expect(r.nsfw ? CATEGORIES : [null]).toContain(r.category);
      expect(OBFUSCATIONS).toContain(r.obfuscation);
      expect(CLASSES).toContain(r.class);
    }
    expect(rows.filter((r) => !r.nsfw).length / rows.length).toBeGreaterThanOrEqual(1 / 3);
    const languages = { ru: /[а-яё]/i, en: /^[^а-яё]*$/i };
    const only = FLOORS[name].only;
    for (const lang of only ? [languages[only]] : Object.values(languages))
      expect(rows.filter((r) => r.nsfw && lang.test(r.text)).length).toBeGreaterThan(FLOORS[name].perLanguage);
  });

  it('catches what it was tuned on, overall, per category and per class', () => {
    const floor = FLOORS[name];
    expect(report.recall.rate, misses()).toBeGreaterThanOrEqual(floor.all);
    for (const c of floor.categories) expect(report.recallByCategory[c].rate, `${c}\n${misses()}`).toBeGreaterThanOrEqual(floor.category);
    for (const [k, r] of Object.entries(report.recallByClass)) expect(r.rate, k).toBeGreaterThanOrEqual(floor.klass);
  });

  it('passes every ordinary request and blocks at most 2 % of the look-alike traps', () => {
    const fps = report.falsePositives.map((r) => `${r.kind}: ${r.text} (${r.reason})`).join('\n');
    expect(report.falsePositivesOrdinary.hit, fps).toBe(0);
    expect(report.falsePositivesTraps.rate, fps).toBeLessThanOrEqual(0.02);
  });
});
