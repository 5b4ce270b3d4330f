// Masked tokens ("f*ck", "п*зда", "сп*рма"): what a run of stars may stand for. A mask is
// filled first with a listed word (each lexicon's `masked` list), then with each vowel in turn.
import type { NormalizedText } from './normalize.js';

function maskRegex(token: string): RegExp | null {
  // At least two real letters, so "***" or "f*" cannot stand for anything.
  const letters = token.replace(/\*/g, '');
  if (letters.length < 2 || letters.length === token.length) return null;
  let src = '^';
  let i = 0;
  while (i < token.length) {
    if (token[i] === '*') {
      let j = i;
      while (j < token.length && token[j] === '*') j++;
      // Runs of 3+ equal characters were cut to two before this, so "**" may have been "****":
      // a double mask stands for up to six letters ("п***ц" is пиздец), a single one for two.
      src += j - i >= 2 ? '[a-zа-я]{1,6}' : '[a-zа-я]{1,2}';
      i = j;
    } else {
      src += token[i].replace(/[$^\\.+?()[\]{}|/]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(src + '$');
}

/** A single star between two letters, and the vowels tried in it (the same index pairs them up). */
const ONE_STAR_GAPS = /(?<=[a-zа-я])\*(?=[a-zа-я])/g;
const HAS_ONE_STAR_GAP = /(?<=[a-zа-я])\*(?=[a-zа-я])/;
const RU_VOWELS = ['о', 'е', 'а', 'и', 'у', 'я'];
const MAX_VOWEL_FILLED_TOKENS = 3;
const EN_VOWELS = ['o', 'e', 'a', 'i', 'u'];

/** An inflectional ending typed after the mask ("п*дора", "г*тлеру", "n*ggers", "f*cking"). */
const RU_ENDING = /^[а-я]{1,3}$/;
const EN_ENDING = /^(s|es|ed|er|ers|ing|in|y|ie|ies)$/;

/**
 * The first listed word a masked token can stand for: the whole token, or the token
 * without an ending typed after the mask, the ending kept ("п*дора" → "пидор" + "а",
 * "n*ggers" → "nigger" + "s"). At least one typed letter stays between mask and ending.
 */
function fillWord(token: string, words: string[], ending: RegExp): string | null {
  const re = maskRegex(token);
  const w = re && words.find((x) => re.test(x));
  if (w) return w;
  const star = token.lastIndexOf('*');
  for (let k = 1; k <= 3 && token.length - k > star + 1; k++) {
    const end = token.slice(token.length - k);
    if (!ending.test(end)) continue;
    const reStem = maskRegex(token.slice(0, token.length - k));
    const ws = reStem && words.find((x) => reStem.test(x));
    if (ws) return ws + end;
  }
  return null;
}

/** Fill each masked token ("f*ck", "п*зда") with the first listed word it can stand for. */
export function fillMasks(f: NormalizedText, maskRu: string[], maskEn: string[]): NormalizedText | null {
  let { lat, cyr, tr } = f;
  let changed = false;
  for (const t of f.masked) {
    const wCyr = fillWord(t.cyr, maskRu, RU_ENDING);
    if (wCyr) {
      cyr = cyr.replace(t.cyr, wCyr);
      changed = true;
    }
    const wTr = t.tr === t.cyr ? wCyr : fillWord(t.tr, maskRu, RU_ENDING);
    if (wTr) {
      tr = tr.replace(t.tr, wTr);
      changed = true;
    }
    // A Cyrillic word that fills as Russian is not also read as English by shape
    // ("п***а" is пизда, not "n***a").
    if (t.cyrillicOnly && (wCyr || wTr)) continue;
    const wLat = fillWord(t.lat, maskEn, EN_ENDING);
    if (wLat) {
      lat = lat.replace(t.lat, wLat);
      changed = true;
    }
  }
  return changed ? { ...f, lat, cyr, tr, masked: [] } : null;
}

/**
 * Masks most often hide one vowel ("к*кс", "сп*рма", "c*caine", "р*зать вены"): when no
 * listed word fills a token, each vowel in turn is tried in every one-star gap between letters.
 * Yields one reading per vowel, lazily: the caller stops at the first that hits.
 */
export function* vowelReadings(f: NormalizedText): Generator<NormalizedText> {
  const fill = (form: string, letter: string) => form.replace(ONE_STAR_GAPS, letter);
  const tokens = f.masked.filter((t) => HAS_ONE_STAR_GAP.test(t.cyr) || HAS_ONE_STAR_GAP.test(t.lat));
  // Each vowel costs a whole scan of the text: a message starred all over is left to the listed words.
  if (tokens.length === 0 || tokens.length > MAX_VOWEL_FILLED_TOKENS) return;
  for (let vowel = 0; vowel < RU_VOWELS.length; vowel++) {
    let { lat, cyr, tr } = f;
    for (const t of tokens) {
      cyr = cyr.replace(t.cyr, fill(t.cyr, RU_VOWELS[vowel]));
      tr = tr.replace(t.tr, fill(t.tr, RU_VOWELS[vowel]));
      if (!t.cyrillicOnly && vowel < EN_VOWELS.length) lat = lat.replace(t.lat, fill(t.lat, EN_VOWELS[vowel]));
    }
    yield { ...f, lat, cyr, tr, masked: [] };
  }
}
