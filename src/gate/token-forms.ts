// Step 5 of the normaliser: one token → its aligned lat / cyr / tr forms, cached, since
// viewers type the same few words all day. Which readings a token gets depends on its
// scripts (see the branches of computeTokenForms).
import { isCyrillic, isDigit, isLatin } from './char-class.js';
import { CYR_MAP, CYR_PHONETIC_MAP, LAT_MAP, SHAPE_ONLY_RE } from './script-maps.js';
import { transliterate } from './transliterate.js';

function collapseRuns(s: string): string {
  // Cut runs of 3+ equal characters to 2: "fuuuuck" → "fuuck"; rules accept a doubled letter.
  for (let i = 2; i < s.length; i++) {
    if (s.charCodeAt(i) === s.charCodeAt(i - 1) && s.charCodeAt(i) === s.charCodeAt(i - 2)) {
      return s.replace(/(.)\1\1+/g, '$1$1');
    }
  }
  return s;
}

function hasLetters(t: string): boolean {
  for (const ch of t) if (!isDigit(ch)) return true;
  return false;
}

/** A character map as an array indexed by UTF-16 code (the maps only touch the BMP). */
type CharTable = (string | undefined)[];
function charTable(map: Record<string, string>): CharTable {
  const table: CharTable = [];
  for (const [from, to] of Object.entries(map)) table[from.charCodeAt(0)] = to;
  return table;
}
const LAT_TABLE = charTable(LAT_MAP);
/** For all-Cyrillic words only true look-alikes go Latin: "фар" must not read "fap". */
const LAT_TABLE_CYRILLIC_WORD = charTable(Object.fromEntries(Object.entries(LAT_MAP).filter(([k]) => k !== 'ф')));
const CYR_TABLE = charTable(CYR_MAP);
const CYR_PHONETIC_TABLE = charTable(CYR_PHONETIC_MAP);

function mapChars(t: string, table: CharTable): string {
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const m = table[t.charCodeAt(i)];
    out += m ?? t[i];
  }
  return out;
}

export interface TokenForms {
  lat: string;
  cyr: string;
  tr: string;
  masked: boolean;
}

/** Latin words that must never be read as Russian (common English words whose transliteration collides). */
export type LatinSafeSet = ReadonlySet<string>;

/** Forms of recent tokens: viewers repeat the same words ("нарисуй", "draw") all day. */
const formCache = new Map<string, TokenForms>();
let formCacheOwner: LatinSafeSet | null = null;
const FORM_CACHE_MAX = 20_000;

export function tokenForms(token: string, latinSafe: LatinSafeSet): TokenForms {
  if (formCacheOwner !== latinSafe) {
    formCache.clear();
    formCacheOwner = latinSafe;
  }
  let f = formCache.get(token);
  if (f) return f;
  f = computeTokenForms(token, latinSafe);
  if (formCache.size >= FORM_CACHE_MAX) formCache.clear();
  formCache.set(token, f);
  return f;
}

function computeTokenForms(token: string, latinSafe: LatinSafeSet): TokenForms {
  const masked = /[*#?∗⁎٭]/.test(token);
  const tok = masked ? token.replace(/[#?∗⁎٭]/g, '*') : token;
  if (!hasLetters(tok)) return { lat: tok, cyr: tok, tr: tok, masked };
  let anyLatin = false;
  let anyCyr = false;
  for (const ch of tok) {
    if (isLatin(ch)) anyLatin = true;
    else if (isCyrillic(ch)) anyCyr = true;
  }
  const lat = collapseRuns(mapChars(tok, anyLatin ? LAT_TABLE : LAT_TABLE_CYRILLIC_WORD));
  let cyr: string;
  let tr: string;
  if (anyLatin && !anyCyr && latinSafe.has(lat)) {
    // A known English word: keep it out of the Russian lexicon.
    cyr = lat;
    tr = lat;
  } else if (anyLatin && !anyCyr) {
    tr = collapseRuns(transliterate(tok));
    // A pure-Latin word is read by shape only when every letter has a Cyrillic twin
    // ("cyka" → "сука"); "cucumber" or "hurrah" must not turn into Russian.
    cyr = SHAPE_ONLY_RE.test(tok) ? collapseRuns(mapChars(tok, CYR_TABLE)) : tr;
    // "c3kc": a shape-read word whose "3" stands for е, like "пи3да" beside "гитл3р".
    if (cyr !== tr && tok.includes('3')) tr = collapseRuns(mapChars(tok.replace(/3/g, 'е'), CYR_TABLE));
  } else {
    cyr = collapseRuns(mapChars(tok, CYR_TABLE));
    if (anyLatin) tr = collapseRuns(mapChars(tok, CYR_PHONETIC_TABLE));
    // "3" is з or е and "4" is ч or а in Cyrillic leet ("пи3да", "гитл3р", "4лен", "4нал"): the
    // second reading goes in tr.
    else tr = /[34]/.test(tok) ? collapseRuns(mapChars(tok.replace(/3/g, 'е').replace(/4/g, 'а'), CYR_TABLE)) : cyr;
  }
  return { lat, cyr, tr, masked };
}
