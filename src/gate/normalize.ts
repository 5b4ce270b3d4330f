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
  masked: { lat: string; cyr: string; tr: string }[];
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
  'α': 'a', 'β': 'b', 'γ': 'y', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'n', 'ι': 'i', 'κ': 'k',
  'μ': 'm', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'σ': 'o', 'ς': 'c', 'τ': 't', 'υ': 'u', 'χ': 'x',
  'ω': 'w', 'ϲ': 'c', 'ϳ': 'j', 'θ': 'o', 'λ': 'l', 'π': 'n',
  // Latin extensions, IPA and small capitals
  'ɑ': 'a', 'ɐ': 'a', 'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ғ': 'f', 'ɢ': 'g',
  'ɡ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ı': 'i', 'ɩ': 'i', 'ᴊ': 'j', 'ȷ': 'j', 'ᴋ': 'k', 'ʟ': 'l',
  'ł': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ø': 'o', 'ɵ': 'o', 'ᴘ': 'p', 'ǫ': 'q', 'ʀ': 'r',
  'ꜱ': 's', 'ᴛ': 't', 'ŧ': 't', 'ᴜ': 'u', 'ʊ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
  'đ': 'd', 'ħ': 'h', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ɔ': 'c', 'ʞ': 'k',
  // Cyrillic letters of other languages → the Russian letter they stand for
  'і': 'и', 'ї': 'и', 'є': 'е', 'ў': 'у', 'ґ': 'г', 'ѕ': 's', 'ј': 'j', 'ԁ': 'd', 'ӏ': 'l',
  'һ': 'h', 'ԛ': 'q', 'ԝ': 'w', 'ѡ': 'w', 'ѳ': 'ф', 'ѵ': 'v', 'ё': 'е', 'й': 'и', 'ъ': 'ъ',
  // Armenian / Cherokee-like shapes seen in evasion kits
  'օ': 'o', 'ս': 'u', 'հ': 'h', 'ո': 'n', 'ց': 'g', 'ք': 'p',
};

/** Two-character leet for Cyrillic shapes, replaced before tokenising. */
const MULTI_LEET: [RegExp, string][] = [
  [/\}\{|\)\(/g, 'х'],
  [/>\|</g, 'ж'],
];

/** Characters that count as part of a word when next to letters. */
const LEET_SYMBOLS = new Set(['@', '$', '!', '|', '+', '€', '£', '¢', '¥']);
/** Symbols that may also end a word ("a$$"). */
const LEET_TRAILING = new Set(['$', '@']);
const MASKS = new Set(['*', '#', '?', '∗', '⁎', '٭']);
/** Punctuation that glues pieces inside a word ("fu-ck", "p.orn"). */
const INWORD_SEPARATORS = new Set(['.', '-', '_', '‐', '‑', '–', '—', ',', '·', '•', '~', ':', ';', '/', '\\', '^', '=', '"', '`', '´']);

/** Latin skeleton: Cyrillic look-alikes and leet become Latin. */
const LAT_MAP: Record<string, string> = {
  'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
  'т': 't', 'у': 'y', 'х': 'x', 'ь': 'b', 'п': 'n', 'г': 'r',
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '6': 'b',
  '@': 'a', '$': 's', '!': 'i', '|': 'i', '+': 't', '€': 'e', '£': 'l', '¢': 'c', '¥': 'y',
  "'": '', '’': '',
};

const CYR_LEET: Record<string, string> = {
  '0': 'о', '3': 'з', '4': 'ч', '6': 'б', '8': 'в', '9': 'я', '1': 'и',
  '@': 'а', '$': 'с', '!': 'и', '|': 'и', '+': 'т', '€': 'е', '¢': 'с',
  "'": 'ь', '’': 'ь',
};
/** Cyrillic skeleton by shape: Latin look-alikes ("xyй", "cyka") and leet become Cyrillic. */
const CYR_MAP: Record<string, string> = {
  ...CYR_LEET,
  'a': 'а', 'b': 'в', 'c': 'с', 'e': 'е', 'h': 'н', 'k': 'к', 'm': 'м', 'o': 'о', 'p': 'р',
  't': 'т', 'x': 'х', 'y': 'у', 'u': 'и', 'n': 'п', 'r': 'г', 'i': 'и', 'l': 'л', 'd': 'д',
  'z': 'з', 'g': 'г', 'f': 'ф', 's': 'с', 'v': 'в', 'w': 'ш', 'j': 'и', 'q': 'к',
};
/** Cyrillic reading by sound, for Latin letters typed inside a Cyrillic word ("хuй", "bля"). */
const CYR_PHONETIC_MAP: Record<string, string> = {
  ...CYR_LEET,
  'a': 'а', 'b': 'б', 'c': 'с', 'e': 'е', 'h': 'х', 'k': 'к', 'm': 'м', 'o': 'о', 'p': 'п',
  't': 'т', 'x': 'х', 'y': 'у', 'u': 'у', 'n': 'н', 'r': 'р', 'i': 'и', 'l': 'л', 'd': 'д',
  'z': 'з', 'g': 'г', 'f': 'ф', 's': 'с', 'v': 'в', 'w': 'в', 'j': 'и', 'q': 'к',
};

/** Digits read as letters when transliterating Latin-written Russian ("pi3da"). */
const TR_LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'z', '4': 'ch', '6': 'b', '@': 'a', '$': 's', '!': 'i', '|': 'i', '+': 't',
  '€': 'e', '¢': 'c',
};

const TR_MULTI: [string, string][] = [
  ['shch', 'щ'], ['sch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'],
  ['tz', 'ц'], ['ya', 'я'], ['ja', 'я'], ['ia', 'я'], ['yu', 'ю'], ['ju', 'ю'], ['yo', 'е'],
  ['jo', 'е'], ['je', 'е'], ['ck', 'к'], ['ph', 'ф'], ['th', 'т'], ['ee', 'и'], ['oo', 'у'],
];
const TR_SINGLE: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'и', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в',
  w: 'в', x: 'х', z: 'з', "'": 'ь', '’': 'ь',
};
const VOWELS_LAT = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{L}/u.test(ch);
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

/** Runs of single characters split by separators ("s e x", "п.о.р.н.о", "f-u-c-k") glued. */
const SPACED_SINGLES_RE =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}@$](?:[\s.\-_,'’`~·•:;/\\^=+*|"]+[\p{L}\p{N}@$](?![\p{L}\p{N}])){2,}/gu;
const KEEP_LETTERS_RE = /[^\p{L}\p{N}@$]/gu;

export function glueSpacedLetters(s: string): string {
  return s.replace(SPACED_SINGLES_RE, (m) => m.replace(KEEP_LETTERS_RE, ''));
}

function collapseRuns(s: string): string {
  // Cut runs of 3+ equal characters to 2: "fuuuuck" → "fuuck"; rules accept a doubled letter.
  return s.replace(/(.)\1\1+/g, '$1$1');
}

interface Word {
  /** The pieces of one space-delimited word, split at in-word punctuation. */
  pieces: string[];
}

/** Split prepared text into words and pieces, deciding per character what belongs to a word. */
export function splitWords(s: string): Word[] {
  const words: Word[] = [];
  const chars = Array.from(s);
  const n = chars.length;
  const kind: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const ch = chars[i];
    if (isDigit(ch)) kind[i] = 'D';
    else if (ch === "'" || ch === '’') kind[i] = 'A';
    else if (LEET_SYMBOLS.has(ch)) kind[i] = 'S';
    else if (MASKS.has(ch)) kind[i] = 'M';
    else if (INWORD_SEPARATORS.has(ch)) kind[i] = 'P';
    else if (isLetter(ch)) kind[i] = 'L';
    else kind[i] = 'W';
  }
  const core = (k: string | undefined) => k === 'L' || k === 'D';
  // Resolve symbols, masks and apostrophes by their neighbours.
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === 'S') {
      let j = i + 1;
      while (j < n && (kind[j] === 'S' || kind[j] === 'M')) j++;
      const nextCore = core(kind[j]);
      let p = i - 1;
      while (p >= 0 && (kind[p] === 'S' || kind[p] === 'M' || kind[p] === 's')) p--;
      const prevCore = p >= 0 && (core(kind[p]) || kind[p] === 's');
      kind[i] = nextCore || (prevCore && LEET_TRAILING.has(chars[i])) ? 's' : 'W';
    }
  }
  const wordish = (k: string | undefined) => k === 'L' || k === 'D' || k === 's';
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === 'M') {
      let j = i + 1;
      while (j < n && kind[j] === 'M') j++;
      const prev = wordish(kind[i - 1]) || kind[i - 1] === 'm';
      const next = wordish(kind[j]);
      // Interior masks ("f*ck") and trailing ones after two letters ("бл**") are wildcards.
      let trailingOk = false;
      if (prev && !next) {
        let p = i - 1;
        let letters = 0;
        while (p >= 0 && (wordish(kind[p]) || kind[p] === 'm')) {
          if (kind[p] === 'L') letters++;
          p--;
        }
        const startsWithMask = p >= 0 && kind[p] === 'M';
        trailingOk = letters >= 2 && !startsWithMask;
      }
      const mark = (prev && next) || trailingOk ? 'm' : 'W';
      for (let q = i; q < j; q++) kind[q] = mark;
      i = j - 1;
    } else if (k === 'A') {
      kind[i] = wordish(kind[i - 1]) && wordish(kind[i + 1]) ? 'a' : 'W';
    }
  }
  let pieces: string[] = [];
  let cur = '';
  const flushPiece = () => {
    if (cur) pieces.push(cur);
    cur = '';
  };
  const flushWord = () => {
    flushPiece();
    if (pieces.length) words.push({ pieces });
    pieces = [];
  };
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === 'L' || k === 'D' || k === 's' || k === 'm' || k === 'a') cur += chars[i];
    else if (k === 'P' && cur && (wordish(kind[i + 1]) || kind[i + 1] === 'm')) flushPiece();
    else flushWord();
  }
  flushWord();
  return words;
}

function hasLetters(t: string): boolean {
  for (const ch of t) if (!isDigit(ch)) return true;
  return false;
}

function mapChars(t: string, map: Record<string, string>): string {
  let out = '';
  for (const ch of t) out += map[ch] ?? ch;
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

export function tokenForms(token: string, latinSafe: LatinSafeSet): TokenForms {
  const masked = /[*#?∗⁎٭]/.test(token);
  const tok = masked ? token.replace(/[#?∗⁎٭]/g, '*') : token;
  if (!hasLetters(tok)) return { lat: tok, cyr: tok, tr: tok, masked };
  let anyLatin = false;
  let anyCyr = false;
  for (const ch of tok) {
    if (isLatin(ch)) anyLatin = true;
    else if (isCyrillic(ch)) anyCyr = true;
  }
  const lat = collapseRuns(mapChars(tok, LAT_MAP));
  let cyr: string;
  let tr: string;
  if (anyLatin && !anyCyr && latinSafe.has(lat)) {
    // A known English word: keep it out of the Russian lexicon.
    cyr = lat;
    tr = lat;
  } else {
    cyr = collapseRuns(mapChars(tok, CYR_MAP));
    if (anyLatin && !anyCyr) tr = collapseRuns(transliterate(tok));
    else if (anyLatin) tr = collapseRuns(mapChars(tok, CYR_PHONETIC_MAP));
    else tr = cyr;
  }
  return { lat, cyr, tr, masked };
}

const MAX_SHORT = 2;

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
    for (const p of w.pieces) main.push(p);
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
    if (f.masked) masked.push({ lat: f.lat, cyr: f.cyr, tr: f.tr });
  };
  for (const t of main) add(t);
  const mainCount = latParts.length;
  for (const t of extra) add(t);
  const join = (parts: string[]) =>
    parts.slice(0, mainCount).join(' ') + (parts.length > mainCount ? ' | ' + parts.slice(mainCount).join(' | ') : '');
  return { raw, lat: join(latParts), cyr: join(cyrParts), tr: join(trParts), masked };
}
