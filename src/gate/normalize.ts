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

export interface NormalizedText {
  raw: string;
  lat: string;
  cyr: string;
  tr: string;
  /** Tokens that contain a mask character (`*`, `#`, `?`), in each form, for wildcard look-up. */
  masked: { lat: string; cyr: string; tr: string; cyrillicOnly?: boolean }[];
}

/** Zero-width, bidi, filler and tag characters that render as nothing. */
const INVISIBLE_RE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;
/** Combining marks left after NFD (accents, breve of й, diaeresis of ё, zalgo). */
const COMBINING_RE = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const ASCII_RE = /^[\x20-\x7e]*$/;

/** Look-alikes from other scripts and letter-like symbols NFKC leaves alone → one letter. */
const HOMOGLYPHS: Record<string, string> = {
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  σ: 'o',
  ς: 'c',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  θ: 'o',
  λ: 'l',
  π: 'n',
  // Latin extensions, IPA and small capitals
  ɑ: 'a',
  ɐ: 'a',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ғ: 'f',
  ɢ: 'g',
  ɡ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ı: 'i',
  ɩ: 'i',
  ᴊ: 'j',
  ȷ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ł: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ø: 'o',
  ɵ: 'o',
  ᴘ: 'p',
  ǫ: 'q',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ŧ: 't',
  ᴜ: 'u',
  ʊ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  đ: 'd',
  ħ: 'h',
  ƒ: 'f',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ɔ: 'c',
  ʞ: 'k',
  // Cyrillic letters of other languages → the Russian letter they stand for
  і: 'i',
  ї: 'i',
  є: 'е',
  ў: 'у',
  ґ: 'г',
  ѕ: 's',
  ј: 'j',
  ԁ: 'd',
  ӏ: 'l',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ѡ: 'w',
  ѳ: 'ф',
  ѵ: 'v',
  ё: 'е',
  й: 'и',
  ъ: 'ъ',
  // Armenian / Cherokee-like shapes seen in evasion kits
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ո: 'n',
  ց: 'g',
  ք: 'p',
};

/** Two-character leet for Cyrillic shapes, replaced before tokenising. */
const MULTI_LEET: [RegExp, string][] = [
  [/\}\{|\)\(/g, 'х'],
  [/>\|</g, 'ж'],
  [/\|\/\|/g, 'и'],
];

/** Characters that count as part of a word when next to letters. */
const LEET_SYMBOLS = new Set(['@', '$', '!', '|', '+', '€', '£', '¢', '¥']);
/** Symbols that may also end a word ("a$$"). */
const LEET_TRAILING = new Set(['$', '@']);
const MASKS = new Set(['*', '#', '?', '∗', '⁎', '٭']);
/** Masks that may also end a word ("бл**"); "?" and "#" there are punctuation and hashtags. */
const TRAILING_MASKS = new Set(['*', '∗', '⁎', '٭']);
/** Punctuation that glues pieces inside a word ("fu-ck", "p.orn"). */
const INWORD_SEPARATORS = new Set(['.', '-', '_', '‐', '‑', '–', '—', ',', '·', '•', '~', ':', ';', '/', '\\', '^', '=', '"', '`', '´']);

/** Latin skeleton: Cyrillic look-alikes and leet become Latin. */
const LAT_MAP: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ь: 'b',
  п: 'n',
  г: 'r',
  ф: 'f',
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '6': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '+': 't',
  '€': 'e',
  '£': 'l',
  '¢': 'c',
  '¥': 'y',
  '’': "'",
};

const CYR_LEET: Record<string, string> = {
  '0': 'о',
  '3': 'з',
  '4': 'ч',
  '6': 'б',
  '8': 'в',
  '9': 'я',
  '1': 'и',
  '@': 'а',
  $: 'с',
  '!': 'и',
  '|': 'и',
  '+': 'т',
  '€': 'е',
  '¢': 'с',
  "'": 'ь',
  '’': 'ь',
};
/** Cyrillic skeleton by shape: Latin look-alikes ("xyй", "cyka") and leet become Cyrillic. */
const CYR_MAP: Record<string, string> = {
  ...CYR_LEET,
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
  u: 'и',
  n: 'п',
  r: 'г',
  i: 'и',
  l: 'л',
  d: 'д',
  z: 'з',
  g: 'г',
  f: 'ф',
  s: 'с',
  v: 'в',
  w: 'ш',
  j: 'и',
  q: 'к',
};
/** Cyrillic reading by sound, for Latin letters typed inside a Cyrillic word ("хuй", "bля"). */
const CYR_PHONETIC_MAP: Record<string, string> = {
  ...CYR_LEET,
  a: 'а',
  b: 'б',
  c: 'с',
  e: 'е',
  h: 'х',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'п',
  t: 'т',
  x: 'х',
  y: 'у',
  u: 'у',
  n: 'н',
  r: 'р',
  i: 'и',
  l: 'л',
  d: 'д',
  z: 'з',
  g: 'г',
  f: 'ф',
  s: 'с',
  v: 'в',
  w: 'в',
  j: 'и',
  q: 'к',
};

/** Digits read as letters when transliterating Latin-written Russian ("pi3da"). */
const TR_LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'z',
  '4': 'ch',
  '6': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '+': 't',
  '€': 'e',
  '¢': 'c',
};

const TR_MULTI: [string, string][] = [
  ['xy', 'ху'],
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['tz', 'ц'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['ia', 'я'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['yo', 'е'],
  ['jo', 'е'],
  ['je', 'е'],
  ['ck', 'к'],
  ['ph', 'ф'],
  ['th', 'т'],
  ['ee', 'и'],
  ['oo', 'у'],
];
const TR_SINGLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'х',
  z: 'з',
  "'": 'ь',
  '’': 'ь',
};
const VOWELS_LAT = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Latin words made only of letters with a Cyrillic look-alike (plus leet digits). */
const SHAPE_ONLY_RE = /^[abcehkmoptxy0-9@$*']+$/;

const LETTER_RE = /\p{L}/u;
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f)) return true;
  if (c < 128) return false;
  return LETTER_RE.test(ch);
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
function isLatin(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}
function isCyrillic(ch: string): boolean {
  return ch >= 'а' && ch <= 'я';
}

/**
 * NFKC, accents and invisibles stripped, lower case, foreign look-alikes folded,
 * й→и and ё→е. Everything else (emoji, punctuation) is kept.
 */
export function prepareText(text: string): string {
  let s = text;
  if (!ASCII_RE.test(s)) {
    s = s.normalize('NFKC').normalize('NFD').replace(COMBINING_RE, '').replace(INVISIBLE_RE, '');
    s = mapSpecialLetters(s);
  }
  s = s.toLowerCase();
  if (!ASCII_RE.test(s)) {
    let out = '';
    for (const ch of s) out += HOMOGLYPHS[ch] ?? ch;
    s = out.normalize('NFC');
  }
  return s;
}

/** Regional indicators and negative circled/squared letters (🇫🇺🇨🇰, 🅵🆄) → letters. */
function mapSpecialLetters(s: string): string {
  if (!/[\ud83c]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff) out += String.fromCharCode(97 + cp - 0x1f1e6);
    else if (cp >= 0x1f150 && cp <= 0x1f169) out += String.fromCharCode(97 + cp - 0x1f150);
    else if (cp >= 0x1f170 && cp <= 0x1f189) out += String.fromCharCode(97 + cp - 0x1f170);
    else if (cp >= 0x1f130 && cp <= 0x1f149) out += String.fromCharCode(97 + cp - 0x1f130);
    else out += ch;
  }
  return out;
}

/** Characters that may separate spelled-out letters ("s e x", "п.о.р.н.о", "f-u-c-k"). */
const SPELLING_SEPARATORS = new Set([...' \t\n\r.-_,\'’`~·•:;/\\^=+*|"', '\u00a0']);
const SINGLE_LETTER_WORDS = new Set(['a', 'i', 'и', 'в', 'с', 'к', 'у', 'о', 'я', 'а']);

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f)) return true;
  if (c < 128) return false;
  return isLetter(ch);
}

/**
 * Runs of single characters split by separators are glued: "s e x", "п.о.р.н.о",
 * "f-u-c-k". The separator used most glues; any other one still splits words
 * ("a n_a_k_e_d" → "a naked"). Written as a scanner: a regex with a callback here costs
 * a regexp recompilation on every call in V8.
 */
export function glueSpacedLetters(s: string): string {
  const n = s.length;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < n) {
    const ch = s[i];
    const single = (isLetterOrDigit(ch) || ch === '@' || ch === '$') && !isLetterOrDigit(s[i - 1]);
    if (!single || isLetterOrDigit(s[i + 1])) {
      i++;
      continue;
    }
    // Collect single characters separated by separator runs.
    const letters = [ch];
    const seps: string[] = [];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < n && SPELLING_SEPARATORS.has(s[k])) k++;
      const next = s[k];
      if (k === j || !(isLetterOrDigit(next) || next === '@' || next === '$') || isLetterOrDigit(s[k + 1])) break;
      seps.push(s.slice(j, k));
      letters.push(next);
      j = k + 1;
    }
    if (letters.length < 3) {
      i = j;
      continue;
    }
    const glued = glueRun(letters, seps);
    // "х*й х*й": with "*" between the letters they may be masks rather than spelling: keep both.
    out += s.slice(copied, i) + (seps.some((sep) => sep.includes('*')) ? `${glued} ${s.slice(i, j)}` : glued);
    copied = j;
    i = j;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

function glueRun(letters: string[], seps: string[]): string {
  const counts = new Map<string, number>();
  for (const sep of seps) counts.set(sep, (counts.get(sep) ?? 0) + 1);
  if (counts.size <= 1) {
    const glued = letters.join('');
    // "draw a d e c a p i t a t e d": the article may be glued on; keep a reading without it.
    return glued.length >= 5 && SINGLE_LETTER_WORDS.has(glued[0]) ? `${glued} ${glued.slice(1)}` : glued;
  }
  let main = '';
  let best = 0;
  for (const [sep, c] of counts) if (c > best) [main, best] = [sep, c];
  let out = letters[0];
  for (let k = 1; k < letters.length; k++) out += (seps[k - 1] !== main ? ' ' : '') + letters[k];
  return out;
}

function collapseRuns(s: string): string {
  // Cut runs of 3+ equal characters to 2: "fuuuuck" → "fuuck"; rules accept a doubled letter.
  for (let i = 2; i < s.length; i++) {
    if (s.charCodeAt(i) === s.charCodeAt(i - 1) && s.charCodeAt(i) === s.charCodeAt(i - 2)) {
      return s.replace(/(.)\1\1+/g, '$1$1');
    }
  }
  return s;
}

interface Word {
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

/** Phonetic Latin → Cyrillic for Latin-written Russian ("blyat" → "блят", "nahuj" → "нахуи"). */
export function transliterate(latin: string): string {
  let t = '';
  for (const ch of latin) t += TR_LEET[ch] ?? ch;
  let out = '';
  let i = 0;
  while (i < t.length) {
    let done = false;
    for (const [from, to] of TR_MULTI) {
      if (t.startsWith(from, i)) {
        if (from === 'ia' && i === 0) continue;
        out += to;
        i += from.length;
        done = true;
        break;
      }
    }
    if (done) continue;
    const ch = t[i];
    if (ch === 'y') {
      const prev = t[i - 1];
      const next = t[i + 1];
      if (next === 'e') {
        out += prev === undefined || VOWELS_LAT.has(prev) ? 'е' : 'ье';
        i += 2;
        continue;
      }
      out += prev !== undefined && VOWELS_LAT.has(prev) ? 'и' : 'ы';
    } else {
      out += TR_SINGLE[ch] ?? ch;
    }
    i++;
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
    // "3" is з or е in Cyrillic leet ("пи3да", "гитл3р"): the second reading goes in tr.
    else tr = tok.includes('3') ? collapseRuns(mapChars(tok.replace(/3/g, 'е'), CYR_TABLE)) : cyr;
  }
  return { lat, cyr, tr, masked };
}

const MAX_SHORT = 2;

const REFLEXIVE_ENDINGS = new Set(['ся', 'сь', 'sya', 'sja', 'sia']);

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

/** Full pipeline: text → aligned forms. */
export function normalizeText(text: string, latinSafe: LatinSafeSet = new Set()): NormalizedText {
  let prepared = prepareText(text);
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
    }
    if (w.pieces.length > 1 && w.pieces.some((p) => p.length <= MAX_SHORT)) extra.push(w.pieces.join(''));
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
  const add = (tok: string) => {
    const f = tokenForms(tok, latinSafe);
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
  return { raw, lat: join(latParts), cyr: join(cyrParts), tr: join(trParts), masked };
}
