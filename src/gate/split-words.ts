// Step 4 of the normaliser: prepared text → words and their pieces. Which leet symbols, masks
// and apostrophes belong to a word depends on their neighbours, so each character gets a kind
// first and the undecided kinds are settled in later passes.
import { isLetter } from './char-class.js';

/** Characters that count as part of a word when next to letters. */
const LEET_SYMBOLS = new Set(['@', '$', '!', '|', '+', '€', '£', '¢', '¥', '√', '∨']);
/** Symbols that may also end a word ("a$$"). */
const LEET_TRAILING = new Set(['$', '@']);
const MASKS = new Set(['*', '#', '?', '∗', '⁎', '٭']);
/** Masks that may also end a word ("бл**"); "?" and "#" there are punctuation and hashtags. */
const TRAILING_MASKS = new Set(['*', '∗', '⁎', '٭']);
/** Punctuation that glues pieces inside a word ("fu-ck", "p.orn"). */
const INWORD_SEPARATORS = new Set(['.', '-', '_', '‐', '‑', '–', '—', ',', '·', '•', '~', ':', ';', '/', '\\', '^', '=', '"', '`', '´']);

export interface Word {
  /** The pieces of one space-delimited word, split at in-word punctuation. */
  pieces: string[];
}

// Character kinds while splitting words.
const K_WS = 0; // space or anything that ends a word
const K_LETTER = 1;
const K_DIGIT = 2;
const K_APOS = 3; // apostrophe, undecided
const K_SYM = 4; // leet symbol, undecided
const K_MASK = 5; // mask, undecided
const K_SEP = 6; // in-word punctuation
const K_SYM_IN = 7; // leet symbol inside a word
const K_MASK_IN = 8; // mask inside a word
const K_APOS_IN = 9; // apostrophe inside a word

function charKind(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return K_DIGIT;
  if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f)) return K_LETTER;
  if (c === 32) return K_WS;
  if (ch === "'" || ch === '’') return K_APOS;
  if (LEET_SYMBOLS.has(ch)) return K_SYM;
  if (MASKS.has(ch)) return K_MASK;
  if (INWORD_SEPARATORS.has(ch)) return K_SEP;
  return isLetter(ch) ? K_LETTER : K_WS;
}

/** Split prepared text into words and pieces, deciding per character what belongs to a word. */
export function splitWords(s: string): Word[] {
  const words: Word[] = [];
  const n = s.length;
  const kind = new Uint8Array(n);
  for (let i = 0; i < n; i++) kind[i] = charKind(s[i]);
  const core = (i: number) => i >= 0 && i < n && (kind[i] === K_LETTER || kind[i] === K_DIGIT);
  // Leet symbols count when a letter follows ("$hit", "sh!t") or, for $ and @, when one precedes ("a$$").
  for (let i = 0; i < n; i++) {
    if (kind[i] !== K_SYM) continue;
    let j = i + 1;
    while (j < n && (kind[j] === K_SYM || kind[j] === K_MASK)) j++;
    let p = i - 1;
    while (p >= 0 && (kind[p] === K_SYM || kind[p] === K_MASK || kind[p] === K_SYM_IN)) p--;
    const prevCore = core(p) || (p >= 0 && kind[p] === K_SYM_IN);
    kind[i] = core(j) || (prevCore && LEET_TRAILING.has(s[i])) ? K_SYM_IN : K_WS;
  }
  const wordish = (i: number) => i >= 0 && i < n && (kind[i] === K_LETTER || kind[i] === K_DIGIT || kind[i] === K_SYM_IN);
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === K_MASK) {
      let j = i + 1;
      while (j < n && kind[j] === K_MASK) j++;
      const prev = wordish(i - 1) || (i > 0 && kind[i - 1] === K_MASK_IN);
      const next = wordish(j);
      // Interior masks ("f*ck") and trailing ones after two letters ("бл**") are wildcards.
      let trailingOk = false;
      if (prev && !next) {
        let p = i - 1;
        let letters = 0;
        while (p >= 0 && (wordish(p) || kind[p] === K_MASK_IN)) {
          if (kind[p] === K_LETTER) letters++;
          p--;
        }
        trailingOk = letters >= 2 && !(p >= 0 && MASKS.has(s[p])) && TRAILING_MASKS.has(s[i]);
      }
      const mark = (prev && next) || trailingOk ? K_MASK_IN : K_WS;
      for (let q = i; q < j; q++) kind[q] = mark;
      i = j - 1;
    } else if (k === K_APOS) {
      kind[i] = wordish(i - 1) && wordish(i + 1) ? K_APOS_IN : K_WS;
    }
  }
  let pieces: string[] = [];
  let start = -1;
  const flushPiece = (end: number) => {
    if (start >= 0 && end > start) pieces.push(s.slice(start, end));
    start = -1;
  };
  const flushWord = (end: number) => {
    flushPiece(end);
    if (pieces.length) words.push({ pieces });
    pieces = [];
  };
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === K_LETTER || k === K_DIGIT || k === K_SYM_IN || k === K_MASK_IN || k === K_APOS_IN) {
      if (start < 0) start = i;
    } else if (k === K_SEP && start >= 0 && (wordish(i + 1) || (i + 1 < n && kind[i + 1] === K_MASK_IN))) {
      flushPiece(i);
    } else {
      flushWord(i);
    }
  }
  flushWord(n);
  return words;
}
