// Step 1 of the normaliser: Unicode tricks undone on the whole text (compatibility forms,
// accents and zalgo, invisibles, look-alikes from other scripts, emoji letters), before the
// text is split into words.
import { HOMOGLYPHS } from './homoglyphs.js';
import { expandShortcodes, foldLetterSymbols } from './letter-symbols.js';

/** Zero-width, bidi, filler and tag characters that render as nothing. */
const INVISIBLE_RE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;
/** Combining marks left after NFD (accents, breve of й, diaeresis of ё, zalgo). */
const COMBINING_RE = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const ASCII_RE = /^[\x20-\x7e]*$/;
const PI_DIGITS_RE = /(?<![\d.,])3[.,]14(?=[а-яё])/g;

/**
 * NFKC, accents and invisibles stripped, lower case, foreign look-alikes folded,
 * й→и, ё→е and э→е. Everything else (emoji, punctuation) is kept.
 */
export function prepareText(text: string): string {
  let s = text;
  if (!ASCII_RE.test(s)) {
    s = foldLetterSymbols(s).normalize('NFKC').normalize('NFD').replace(COMBINING_RE, '').replace(INVISIBLE_RE, '');
    s = mapSpecialLetters(s);
  } else if (s.includes(':')) s = expandShortcodes(s);
  s = s.toLowerCase();
  if (!ASCII_RE.test(s)) {
    let out = '';
    for (const ch of s) out += HOMOGLYPHS[ch] ?? ch;
    // э→е as well: loanwords are spelled both ways (хэнтай/хентай, крэк/крек, экстази/екстази)
    s = out.normalize('NFC').replace(/э/g, 'е');
    // π as a number: "3,14здец", "3.14дор" (a Russian word after it, so a price "3,14 руб" stays)
    if (s.includes('14')) s = s.replace(PI_DIGITS_RE, 'пи');
  }
  return s;
}

/**
 * Regional indicators and negative circled/squared letters (🇫🇺🇨🇰, 🅵🆄) → letters. A lone pair of
 * two different regional indicators is a flag (🇳🇬, 🇺🇦) and stays one, for the emoji-meaning
 * rules (a monkey with a country's flag); "🇸🇸" is no country, it is read "ss".
 */
function mapSpecialLetters(s: string): string {
  if (!/[\ud83c]/.test(s)) return s;
  let out = '';
  let i = 0;
  const chars = [...s];
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!;
    if (isRegional(cp) && isLoneFlag(chars, i)) out += ch;
    else if (isRegional(cp)) out += String.fromCharCode(97 + cp - 0x1f1e6);
    else if (cp >= 0x1f150 && cp <= 0x1f169) out += String.fromCharCode(97 + cp - 0x1f150);
    else if (cp >= 0x1f170 && cp <= 0x1f189) out += String.fromCharCode(97 + cp - 0x1f170);
    else if (cp >= 0x1f130 && cp <= 0x1f149) out += String.fromCharCode(97 + cp - 0x1f130);
    else out += ch;
    i++;
  }
  return out;
}

function isRegional(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Whether chars[i] belongs to a run of exactly two different regional indicators. */
function isLoneFlag(chars: string[], i: number): boolean {
  const at = (k: number) => chars[k]?.codePointAt(0);
  const start = isRegional(at(i - 1)) ? i - 1 : i;
  return isRegional(at(start + 1)) && !isRegional(at(start - 1)) && !isRegional(at(start + 2)) && chars[start] !== chars[start + 1];
}
