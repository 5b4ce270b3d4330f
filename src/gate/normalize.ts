/**
 * Text normalisation for the Gatekeeper: pure, no Node built-ins.
 *
 * Viewers disguise words; instead of one lossy mapping we build several aligned
 * "forms" of the same token sequence and let each lexicon read the form it is
 * written for:
 *   lat — Latin skeleton: Cyrillic look-alikes and leet digits/symbols become Latin letters
 *   cyr — Cyrillic skeleton: Latin look-alikes and leet digits become Cyrillic letters
 *   tr  — Latin-written Russian transliterated phonetically ("pizda" → "пизда")
 *   raw — NFKC, lower case, invisibles stripped, nothing else (emoji, symbols, numbers)
 * Every form is lower case, has й→и and ё→е folded, runs of 3+ equal letters cut to 2,
 * and tokens separated by single spaces. Extra tokens built by gluing pieces
 * ("fu-ck" → "fuck", "fu ck" → "fuck") follow the main text after " | " so that phrase
 * rules never run across them.
 */
// The pipeline's steps live in their own files, in order: prepare-text.ts, spelled-letters.ts,
// split-words.ts, token-forms.ts (with transliterate.ts and the data in homoglyphs.ts and
// script-maps.ts). This file runs them and decides which extra readings a text gets.
import { prepareText } from './prepare-text.js';
import { glueSpacedLetters } from './spelled-letters.js';
import { splitWords } from './split-words.js';
import { tokenForms, type LatinSafeSet } from './token-forms.js';

// The steps are public from here too: the matcher and the tests reach them through this file.
export { prepareText } from './prepare-text.js';
export { glueSpacedLetters } from './spelled-letters.js';
export { splitWords } from './split-words.js';
export { transliterate } from './transliterate.js';
export { tokenForms, type LatinSafeSet, type TokenForms } from './token-forms.js';

export interface NormalizedText {
  raw: string;
  lat: string;
  cyr: string;
  tr: string;
  /**
   * One character per token of the forms (the words, then the extra readings after " | "): "l" when
   * the token was written in Latin letters only, "c" otherwise. The forms map every word to both
   * scripts, so they no longer tell an English "hit" from a Russian "хит".
   */
  latinWords: string;
  /** Tokens that contain a mask character (`*`, `#`, `?`), in each form, for wildcard look-up. */
  masked: { lat: string; cyr: string; tr: string; cyrillicOnly?: boolean }[];
}

/** Two-character leet for Cyrillic shapes, replaced before tokenising. */
const MULTI_LEET: [RegExp, string][] = [
  [/\}\{|\)\(/g, 'х'],
  [/>\|</g, 'ж'],
  [/\|\/\|/g, 'и'],
];

const MAX_SHORT = 2;

/** A token with Latin letters and no Cyrillic ones. */
const LATIN_ONLY_RE = /^(?=.*[a-z])[^а-яё]*$/i;

const REFLEXIVE_ENDINGS = new Set(['ся', 'сь', 'sya', 'sja', 'sia']);

/** Words of one or two letters that stand alone; a split piece that is one of them is not glued. */
const SHORT_WORDS = new Set([
  ...'а и в к с у о я'.split(' '),
  ...'на не по за да до от из ко то же ли бы мы вы он ты их ее но со об во ну ои ах эх уж ни из'.split(' '),
  ...'a i u x'.split(' '),
  ...'is in on at to of it he me my we be do go no so up or an as by us am oh hi ok ya yo ur im tv uk pm id if hm eh ha'.split(' '),
  ...'пж ок кк гг лс gg gl rn bf gf xd'.split(' '), // chat abbreviations
]);
const LETTERS_ONLY_RE = /^[a-zа-я]+$/;
/** A Latin word with a 1 or 6 in it (beside a Latin letter). */
const LEET_L_OR_G_RE = /[a-z][16]|[16][a-z]/;

/**
 * Viewers drop the space after the request verb ("нарисуйхуй", "drawporn"); the rest of
 * such a token is read as a word of its own. Longest lead first.
 */
const GLUED_REQUEST_LEADS = [
  'нарисуите',
  'нарисуи',
  'рисуите',
  'рисуи',
  'стример',
  'пожалуиста',
  'пожалуста',
  'плиз',
  'пж',
  'narisuite',
  'narisui',
  'narisuy',
  'drawme',
  'draw',
  'please',
  'pls',
  'plz',
];

/** "стримернарисуйхуй" → "хуй": up to three leads are peeled off; null when none is. */
function afterGluedRequest(piece: string): string | null {
  let rest = piece;
  for (let round = 0; round < 3; round++) {
    const lead = GLUED_REQUEST_LEADS.find((l) => rest.length - l.length >= 3 && rest.startsWith(l));
    if (!lead) break;
    rest = rest.slice(lead.length);
  }
  return rest === piece ? null : rest;
}

/**
 * The last message normalised (not a prepared reading): the rules and then the lexical scorer read
 * the same message, so the second reading is free. Callers never change a NormalizedText.
 */
let lastNormalized: { text: string; latinSafe: LatinSafeSet; forms: NormalizedText } | null = null;

/**
 * Full pipeline: text → aligned forms. `isPrepared` skips step 1 for text that is already its
 * output (the emoji-letter readings are built from prepared text; step 1 is a third of the cost).
 */
export function normalizeText(text: string, latinSafe: LatinSafeSet = new Set(), isPrepared = false): NormalizedText {
  if (isPrepared) return normalizeUncached(text, latinSafe, true);
  if (lastNormalized && lastNormalized.text === text && lastNormalized.latinSafe === latinSafe) return lastNormalized.forms;
  const forms = normalizeUncached(text, latinSafe, false);
  lastNormalized = { text, latinSafe, forms };
  return forms;
}

function normalizeUncached(text: string, latinSafe: LatinSafeSet, isPrepared: boolean): NormalizedText {
  let prepared = isPrepared ? text : prepareText(text);
  const raw = prepared.replace(/\s+/g, ' ').trim();
  for (const [re, to] of MULTI_LEET) prepared = prepared.replace(re, to);
  const glued = glueSpacedLetters(prepared);
  const words = splitWords(glued);

  const main: string[] = [];
  const extra: string[] = [];
  for (const w of words) {
    for (const p of w.pieces) {
      // "poves sya", "убей ся": a reflexive ending split off is read glued back on too.
      if (REFLEXIVE_ENDINGS.has(p) && main.length > 0) extra.push(main[main.length - 1] + p);
      main.push(p);
      const rest = afterGluedRequest(p);
      if (rest) extra.push(rest);
      // English leet also writes 1 for l and 6 for g ("b100d", "fa66ot"); the skeleton reads them
      // as i and b, so the other reading is added.
      if (LEET_L_OR_G_RE.test(p)) extra.push(p.replace(/1/g, 'l').replace(/6/g, 'g'));
    }
    if (w.pieces.length > 1 && w.pieces.some((p) => p.length <= MAX_SHORT)) extra.push(w.pieces.join(''));
  }
  // "пи зда", "бл ядь", "fuc k": a word split once, a short piece on one side. The short piece must
  // not be a word of its own ("is hit" is not "ishit", "в ебу" not "вебу").
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i].pieces, words[i + 1].pieces];
    if (a.length !== 1 || b.length !== 1) continue;
    const [x, y] = [a[0], b[0]];
    if (x.length > MAX_SHORT && y.length > MAX_SHORT) continue;
    if (x.length <= MAX_SHORT && y.length <= MAX_SHORT) continue; // the run below glues those
    const short = x.length <= MAX_SHORT ? x : y;
    // a split swear word is short (пизда, блядь, fuck, bitch): longer pairs are two words
    if (SHORT_WORDS.has(short) || !LETTERS_ONLY_RE.test(x + y) || x.length + y.length > 7) continue;
    extra.push(x + y);
  }
  // "fu ck", "по рн о": neighbouring short tokens glued as an extra reading.
  let run: string[] = [];
  const flushRun = () => {
    if (run.length >= 2) {
      const joined = run.join('');
      if (joined.length >= 3) extra.push(joined);
    }
    run = [];
  };
  for (const w of words) {
    if (w.pieces.length === 1 && w.pieces[0].length <= MAX_SHORT) run.push(w.pieces[0]);
    else flushRun();
  }
  flushRun();

  const latParts: string[] = [];
  const cyrParts: string[] = [];
  const trParts: string[] = [];
  const masked: NormalizedText['masked'] = [];
  let latinWords = '';
  const add = (tok: string) => {
    const f = tokenForms(tok, latinSafe);
    latinWords += LATIN_ONLY_RE.test(tok) ? 'l' : 'c';
    latParts.push(f.lat);
    cyrParts.push(f.cyr);
    trParts.push(f.tr);
    if (f.masked) masked.push({ lat: f.lat, cyr: f.cyr, tr: f.tr, cyrillicOnly: !/[a-z]/.test(tok) });
  };
  for (const t of main) add(t);
  const mainCount = latParts.length;
  for (const t of extra) add(t);
  const join = (parts: string[]) =>
    parts.slice(0, mainCount).join(' ') + (parts.length > mainCount ? ' | ' + parts.slice(mainCount).join(' | ') : '');
  return { raw, lat: join(latParts), cyr: join(cyrParts), tr: join(trParts), latinWords, masked };
}
