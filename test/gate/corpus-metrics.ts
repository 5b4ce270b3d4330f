// The labelled corpus and the numbers computed on it; shared by the gate test and bench/gate.ts.
import { readFileSync } from 'node:fs';
import type { GateCategory, Gatekeeper } from '../../src/gate/index.js';

export const OBFUSCATIONS = [
  'plain',
  'homoglyph',
  'leet',
  'separators',
  'stretched',
  'masked',
  'translit',
  'zero_width',
  'fullwidth',
  'emoji',
  'mixed',
] as const;
export const CATEGORIES: GateCategory[] = ['sexual', 'profanity', 'hate', 'gore', 'drugs'];

export interface CorpusRow {
  text: string;
  nsfw: boolean;
  category: GateCategory | null;
  obfuscation: (typeof OBFUSCATIONS)[number];
  kind: 'attack' | 'ordinary' | 'trap';
  /** Sets 3 and 4 only: what kind of attack or innocent message the red team meant the row to be. */
  class?: (typeof CLASSES)[number];
}

/** The classes of blind sets 3 and 4 (issue 11): attacks, then the two kinds of innocent rows. */
export const CLASSES = [
  'emoji-letter',
  'emoji-meaning',
  'hate-described',
  'gore-described',
  'drugs-slang',
  'sexual-paraphrase',
  'plain',
  'ordinary',
  'trap',
] as const;

/**
 * `corpus.jsonl` is the tuning corpus; `blind-corpus.jsonl` was written by a red team
 * that had not read the corpus or the rules, in viewers' own phrasing: its score before
 * any tuning on it was the honest estimate of unseen performance. `blind-corpus-2.jsonl` is a
 * second such set (734 messages, 140 traps), written the same way before reading src/gate.
 */
/** The blind sets, each written before its authors read the rules; all held to the same thresholds. */
export const BLIND_CORPORA = ['blind-corpus.jsonl', 'blind-corpus-2.jsonl'] as const;

/**
 * The older blind sets whose attacks have never been read (written before the third to the sixth rounds): scored in
 * aggregate only, never trained or tuned on. Since the eighth round their innocent rows hold the scorer's threshold.
 */
export const THRESHOLD_CORPORA = [
  'blind-corpus-3-holdout.jsonl',
  'blind-corpus-5.jsonl',
  'blind-corpus-6.jsonl',
  'blind-corpus-9.jsonl',
  'blind-corpus-10.jsonl',
  'blind-corpus-11.jsonl',
  'blind-corpus-13.jsonl',
  'blind-corpus-15.jsonl',
  'blind-corpus-17.jsonl',
] as const;

/**
 * The eleventh round's test sets, written before that round's rules and model and never read, not even their
 * innocent rows: 37 and 38 (600 rows each, ordinary mixes like set A: a travel and night-walk IRL stream; a
 * strategy-games and history stream). Scored once, in aggregate.
 */
export const TEST_CORPORA = ['blind-corpus-37.jsonl', 'blind-corpus-38.jsonl'] as const;

/** Blind sets whose rows have never been read: scored in aggregate only, never trained or tuned on. */
export const UNREAD_BLIND_CORPORA = [...THRESHOLD_CORPORA, ...TEST_CORPORA] as const;

/**
 * The eighth and ninth rounds' sets, written by writers who read neither the rules nor any corpus, each scored
 * before it was read (figures in src/gate/README.md, "Eighth to eleventh rounds"), then read and trained on:
 * 18, 19, 20 (ordinary mixes: a gaming audience, an IRL stream's adults, a drawing stream's TikTok newcomers; the
 * eighth round's validation sets); 21, 22, 24, 25 (ordinary mixes: a variety stream; a Russian-speaking chat from
 * several countries with regional slang and translit; a rowdy late-night chat; a family art stream with trolls)
 * and 23 (paraphrase and emoji), the eighth round's test sets; 26, 27 (ordinary mixes: retro gamers with army and
 * prison slang; a female streamer's chat) and 28 (paraphrase and algospeak), scored with the eighth round's model.
 */
const READ_ROUND_8_CORPORA = [
  'blind-corpus-18.jsonl',
  'blind-corpus-19.jsonl',
  'blind-corpus-20.jsonl',
  'blind-corpus-21.jsonl',
  'blind-corpus-22.jsonl',
  'blind-corpus-23.jsonl',
  'blind-corpus-24.jsonl',
  'blind-corpus-25.jsonl',
  'blind-corpus-26.jsonl',
  'blind-corpus-27.jsonl',
  'blind-corpus-28.jsonl',
] as const;

/**
 * The ninth round's test sets, scored once with its final model, then read for the tenth round and trained on:
 * 29 and 30 (ordinary mixes: a music stream's chat; a sports and betting stream's), 31 (paraphrase, long story-like
 * messages; its look-alikes were blocked at 7.8 %, 7.0 % before the round, and its false positives were read first),
 * 32 and 34 (paraphrase and emoji: look-alikes a sloppy filter blocks; TikTok teenagers) and 33 (an ordinary mix: a
 * cooking stream with hunters, nurses and farmers).
 */
const READ_ROUND_9_CORPORA = [
  'blind-corpus-29.jsonl',
  'blind-corpus-30.jsonl',
  'blind-corpus-31.jsonl',
  'blind-corpus-32.jsonl',
  'blind-corpus-33.jsonl',
  'blind-corpus-34.jsonl',
  // the tenth round's test sets, scored once with its final model (1fda6ac), then read for the eleventh: 35 (an
  // ordinary mix: a horror and true-crime stream) and 36 (a charity marathon of a big Russian-language streamer)
  'blind-corpus-35.jsonl',
  'blind-corpus-36.jsonl',
] as const;

/** The paraphrase-and-emoji and ordinary-mix sets whose rows were read in a rules round (tuned on). */
const READ_PARAPHRASE_CORPORA = [
  'blind-corpus-3.jsonl',
  'blind-corpus-4.jsonl',
  'blind-corpus-7.jsonl',
  'blind-corpus-8.jsonl',
  'blind-corpus-12.jsonl',
  'blind-corpus-14.jsonl',
  'blind-corpus-16.jsonl',
  ...READ_ROUND_8_CORPORA,
  ...READ_ROUND_9_CORPORA,
] as const;

/**
 * Blind set 3 (issue 11: emoji as letters and as meaning, described hate/gore, drug slang,
 * sexual paraphrase) and its holdout. Set 3 was tuned on after its first score, so it is no
 * longer blind; the holdout was only ever scored in aggregate (never read for misses).
 * They have their own thresholds (blind-corpus-3.test.ts): paraphrase is beyond spelling rules.
 * Blind set 4 (`blind-corpus-4.jsonl`): the same six classes in new wording, written before the
 * second round of rule changes without reading src/gate, scored only in aggregate until the fourth
 * round, which read its misses (it is a tuning set now).
 * Blind sets 5 and 6 (430 and 433 rows, 55 % attacks, mostly paraphrase and emoji; 5 leans Russian,
 * 6 leans to emoji and algospeak): written by two red-teamers before the third round of rule
 * changes, without reading src/gate or any corpus, and only ever scored in aggregate.
 * Blind set 7 (500 rows, 45 % attacks): an ordinary mix like issue 11's set A (mostly named harm in
 * viewers' spelling, 43 % of attacks disguised, some paraphrase), written the same way. In the
 * fourth round its misses were read to learn what an ordinary mix holds: it is a tuning set now.
 * Blind sets 8 (700 rows, an ordinary mix like set 7 with more gore) and 9 (600 rows, mostly
 * paraphrase and emoji like set 5): written before the fourth round the same way, scored only in aggregate.
 * Blind sets 10 (600 rows, an ordinary mix like set A) and 11 (500 rows, paraphrase and emoji like set B): written
 * before the fifth round; sets 12 and 14 (600 each, like set A) and 13 and 15 (500 each, like set B) before the
 * sixth, the same way (14 and 15 after the scorer's first retraining of that round, 16 and 17 after its second).
 * In the eighth round the misses of the ordinary mixes 8, 12, 14 and 16 were read after their scores were recorded
 * (rules for them: src/gate/rules/*-ordinary-mix.ts) and the scorer trains on them: they are tuning sets now.
 */

export const PARAPHRASE_CORPORA = [...READ_PARAPHRASE_CORPORA, ...UNREAD_BLIND_CORPORA] as const;

/**
 * Tuning sets written by a rules author before changing the rules, to model a class (not to
 * measure it): tuned on, so a high score there is no proof of generalisation (the holdout and
 * set 4 are). `paraphrase-tuning-a.jsonl`: emoji letters and meaning, sexual paraphrase, мат
 * forms; `paraphrase-tuning-b.jsonl`: hate and gore described, drug slang. Both with traps.
 * `tuning-drugs.jsonl`: hard-drug slang in RU/EN (use, injecting, dealing, stash drops) with look-alikes.
 * `tuning-emoji.jsonl`: emoji letters and emoji meaning over all five categories, with emoji-rich
 * innocent rows (food, love, sports, games, holidays, pets, flags, a zoo, a kitchen).
 * `tuning-hate.jsonl`: hate told without a slur (coded symbols, slurs by reference, a group hurt or mocked).
 * `tuning-gore.jsonl`: gore, suicide and death wishes told as scenes or slang (RU/EN/mixed), with
 * look-alike traps (a cooking fish, a climbing rope, a bath duck, a cat on a roof).
 * `tuning-sexual.jsonl`: sexual paraphrase (algospeak, euphemisms, undressing in steps, suggestive scenes).
 * `tuning-sexual-2.jsonl`: sexual scenes as an ordinary mix tells them (a wink beside a back seat, undressing to
 * nothing, kneeling before a belt, slang verbs of the act, named words in viewers' spelling), with look-alikes.
 * `tuning-drugs-2.jsonl`: hard drugs in everyday words (lines, the kit, crystals, rave pills, blotters, the
 * stash trade's shop words, home cooking, misspelt names; RU/EN/mixed/emoji) with look-alikes.
 * `tuning-gore-2.jsonl`: gore named as an ordinary mix writes it (a hanged person of any kind, crash and train
 * victims, wounds, organs out, parts cut off, self-harm cuts, slang), RU/EN, with look-alikes (a hung picture,
 * a gutted fish, a rope bridge, ketchup, a cartoon surgeon, Halloween).
 * `tuning-terror.jsonl`: terror attacks and mass shootings named (теракт, ИГИЛ, a truck into a crowd, the planes
 * and the towers, school shooters by town), with look-alikes (a memorial, Counter-Strike, the goddess Isis).
 * `tuning-round5.jsonl`: batteries of my own wording for the fifth round (gore and cruelty described, drug names
 * and their misspellings, leet, emoji letters and scenes, sexual paraphrase, hate described), with 182 innocent rows.
 * `tuning-gore-3-en.jsonl`: English gore vocabulary, one or two short donations per term (wounds, bodies, dismemberment,
 * torture tools, executions, shootings, accident victims, animal cruelty, cannibalism, medical gore, suicide and self-harm
 * slang, shock sites by name), with look-alikes (a blood orange, "killed it", a butcher, BJJ, Suicide Squad, gallows).
 * tuning-gore-3-ru: Russian gore as named vocabulary (torture methods, executions, killing verbs, bodies and decay,
 * organs, massacres, animal cruelty, cannibalism, autopsy, self-harm marks, snuff names; Latin-typed too), with
 * look-alikes (butcher's shop, cooking, a doctor, a history lesson, games, idioms like "умираю со смеху").
 * `tuning-hate-3-ru.jsonl`: Russian hate named as vocabulary (slurs of every group in all their forms, nazi names,
 * codes, slogans and symbols, KKK, genocide made light of, stereotype pictures, calls to violence; Cyrillic and
 * Latin-typed), with look-alikes (хачапури, a wooden чурка, хохлома, dill, a rooster, Нигер, Евпатий Коловрат).
 */
export const TUNING_CORPORA = [
  'paraphrase-tuning-a.jsonl',
  'paraphrase-tuning-b.jsonl',
  'emoji-forms.jsonl',
  'tuning-drugs.jsonl',
  'tuning-emoji.jsonl',
  'tuning-hate.jsonl',
  'tuning-gore.jsonl',
  'tuning-sexual.jsonl',
  'tuning-sexual-2.jsonl',
  'tuning-drugs-2.jsonl',
  'tuning-gore-2.jsonl',
  'tuning-terror.jsonl',
  'tuning-round5.jsonl',
  'tuning-gore-3-en.jsonl',
  'tuning-gore-3-ru.jsonl',
  'tuning-hate-3-en.jsonl',
  'tuning-drugs-3.jsonl',
  'tuning-hate-3-ru.jsonl',
] as const;

/**
 * Innocent rows only, written for the lexical scorer's training (fifth round): 1 350 ordinary donations and
 * 850 look-alike traps in RU/EN over two files, by writers who read neither the rules nor any corpus; and
 * `innocent-lookalikes.jsonl`, the look-alikes the rules' unit tests pass (described-scenes and emoji-meaning
 * tests, extracted from them). Trained on. Eighth round: `innocent-donations-3-ru/en`, 1 200 rows each (700 everyday
 * requests of every length, with the function words and everyday verbs short messages are made of, and 500 look-alikes),
 * by two more writers the same way, so that a word like "как" or "подпиши" weighs nothing alone. Ninth round:
 * `innocent-group-mentions` (800 RU/EN rows that name a people, a faith, a sexuality or a disability in a friendly or
 * neutral way: holidays, food, weddings, history told with respect), so that a group's name alone is not hate.
 */
export const INNOCENT_CORPORA = [
  'innocent-donations.jsonl',
  'innocent-donations-2.jsonl',
  'innocent-lookalikes.jsonl',
  'innocent-donations-3-ru.jsonl',
  'innocent-donations-3-en.jsonl',
  'innocent-group-mentions.jsonl',
] as const;

/**
 * Written for the lexical scorer's training (sixth round) by five writers who read neither the rules nor any
 * corpus. `scorer-training-ru/en`: ~1 850 RU/EN donations, 55 % harm told without its obvious word (hate and
 * gore described, drug slang, sexual paraphrase, emoji) and 45 % innocent, two thirds of those look-alikes.
 * `scorer-training-ordinary-ru/en`: ~1 860 rows of an ordinary donation stream (45 % attacks, named, disguised,
 * emoji and described). `scorer-training-innocent`: 900 innocent rows, 45 % look-alikes. Three more with a
 * focus each (`-emoji`, `-hate-gore`, `-sexual-drugs`: ~2 870 rows, about half attacks, with look-alikes of the
 * same categories). Trained on. Eighth round, three more writers the same way: `-gore-hate-drugs-ru/en` (1 000 rows
 * each, an ordinary mix whose attacks lean to gore, hate and hard drugs, with their look-alikes) and `-emoji-2`
 * (800 rows, every one with emoji: emoji letters and emoji scenes, and emoji-rich innocent requests);
 * `-paraphrase-2` (1 200 rows RU/EN, 60 % attacks told without their word: hate and gore described, drug slang, sexual
 * paraphrase, emoji scenes, with their look-alikes). Ninth round: `-ru-regional` (1 000 Russian rows, an ordinary mix
 * in regional, army and prison slang, a fifth typed in Latin letters), `-uncommon` (1 000 RU/EN rows in uncommon
 * phrasing: role-play setups, art, news or film framings, sarcasm) and `-sexual-3` (sexual requests as an ordinary
 * stream writes them, with their look-alikes). Eleventh round: `-gore-described` and `-sexual-described` (1 000 RU/EN
 * rows each, half attacks of the one category mostly told without its word, half innocent rows and look-alikes).
 */
export const SCORER_WRITTEN_CORPORA = [
  'scorer-training-ru.jsonl',
  'scorer-training-en.jsonl',
  'scorer-training-ordinary-ru.jsonl',
  'scorer-training-ordinary-en.jsonl',
  'scorer-training-innocent.jsonl',
  'scorer-training-emoji.jsonl',
  'scorer-training-hate-gore.jsonl',
  'scorer-training-sexual-drugs.jsonl',
  'scorer-training-gore-hate-drugs-ru.jsonl',
  'scorer-training-gore-hate-drugs-en.jsonl',
  'scorer-training-emoji-2.jsonl',
  'scorer-training-paraphrase-2.jsonl',
  'scorer-training-ru-regional.jsonl',
  'scorer-training-uncommon.jsonl',
  'scorer-training-sexual-3.jsonl',
  'scorer-training-gore-described.jsonl',
  'scorer-training-sexual-described.jsonl',
] as const;

/**
 * What the lexical scorer (src/gate/lexical-scorer.ts) is trained on: every set we have read or tuned the
 * rules on. The blind sets whose rows nobody has read stay out, so they measure it.
 */
export const SCORER_TRAINING_CORPORA = [
  'corpus.jsonl',
  ...BLIND_CORPORA,
  ...READ_PARAPHRASE_CORPORA,
  ...TUNING_CORPORA,
  ...INNOCENT_CORPORA,
  ...SCORER_WRITTEN_CORPORA,
] as const;

export type CorpusName =
  | 'corpus.jsonl'
  | (typeof BLIND_CORPORA)[number]
  | (typeof PARAPHRASE_CORPORA)[number]
  | (typeof TUNING_CORPORA)[number]
  | (typeof INNOCENT_CORPORA)[number]
  | (typeof SCORER_WRITTEN_CORPORA)[number];

export function loadCorpus(name: CorpusName = 'corpus.jsonl'): CorpusRow[] {
  const file = new URL(`./${name}`, import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as CorpusRow;
      } catch {
        throw new Error(`${name} line ${i + 1} is not JSON`);
      }
    });
}

export interface Rate {
  hit: number;
  total: number;
  rate: number;
}

export interface CorpusReport {
  recallByCategory: Record<string, Rate>;
  recallByObfuscation: Record<string, Rate>;
  /** Recall over the attack rows of each class; innocent classes ('ordinary', 'trap') are left out. */
  recallByClass: Record<string, Rate>;
  /** All attacks together. */
  recall: Rate;
  categoryAgreement: Rate;
  falsePositivesOrdinary: Rate;
  falsePositivesTraps: Rate;
  misses: CorpusRow[];
  falsePositives: (CorpusRow & { reason: string | null })[];
}

function rate(hit: number, total: number): Rate {
  return { hit, total, rate: total ? hit / total : 1 };
}

export function evaluateCorpus(gate: Gatekeeper, rows: CorpusRow[]): CorpusReport {
  const byCat = new Map<string, [number, number]>();
  const byObf = new Map<string, [number, number]>();
  const byClass = new Map<string, [number, number]>();
  let attacks = 0;
  const bump = (m: Map<string, [number, number]>, key: string, ok: boolean) => {
    const v = m.get(key) ?? [0, 0];
    v[0] += ok ? 1 : 0;
    v[1] += 1;
    m.set(key, v);
  };
  let agree = 0;
  let detected = 0;
  let fpOrd = 0;
  let ord = 0;
  let fpTrap = 0;
  let traps = 0;
  const misses: CorpusRow[] = [];
  const falsePositives: CorpusReport['falsePositives'] = [];
  for (const row of rows) {
    const v = gate.check(row.text);
    if (row.nsfw) {
      bump(byCat, row.category ?? 'none', v.nsfw);
      bump(byObf, row.obfuscation, v.nsfw);
      if (row.class) bump(byClass, row.class, v.nsfw);
      attacks++;
      if (v.nsfw) {
        detected++;
        if (v.category === row.category) agree++;
      } else {
        misses.push(row);
      }
    } else {
      if (row.kind === 'trap') {
        traps++;
        if (v.nsfw) fpTrap++;
      } else {
        ord++;
        if (v.nsfw) fpOrd++;
      }
      if (v.nsfw) falsePositives.push({ ...row, reason: v.reason });
    }
  }
  const toRates = (m: Map<string, [number, number]>) => Object.fromEntries([...m].map(([k, [h, t]]) => [k, rate(h, t)]));
  return {
    recallByCategory: toRates(byCat),
    recallByObfuscation: toRates(byObf),
    recallByClass: toRates(byClass),
    recall: rate(detected, attacks),
    categoryAgreement: rate(agree, detected),
    falsePositivesOrdinary: rate(fpOrd, ord),
    falsePositivesTraps: rate(fpTrap, traps),
    misses,
    falsePositives,
  };
}
