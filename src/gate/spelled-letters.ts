// Step 3 of the normaliser: letters typed one by one with separators between them are glued
// back into words before the text is split.
import { isLetterOrDigit } from './char-class.js';

/** Characters that may separate spelled-out letters ("s e x", "п.о.р.н.о", "f-u-c-k"). */
const SPELLING_SEPARATORS = new Set([...' \t\n\r.-_,\'’`~·•:;/\\^=+*|"', '\u00a0']);
const SINGLE_LETTER_WORDS = new Set(['a', 'i', 'и', 'в', 'с', 'к', 'у', 'о', 'я', 'а']);
/** One-letter prepositions that may follow spelled letters; vowels end too many words to cut. */
const TRAILING_PREPOSITIONS = new Set(['в', 'с', 'к', 'у']);

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
    if (glued.length < 5) return glued;
    // "draw a d e c a p i t a t e d", "г е р о и н в пакетике": a one-letter word before or
    // after may be glued on; keep readings without it.
    const readings = [glued];
    const first = SINGLE_LETTER_WORDS.has(glued[0]);
    const last = TRAILING_PREPOSITIONS.has(glued[glued.length - 1]);
    if (first) readings.push(glued.slice(1));
    if (last) readings.push(glued.slice(0, -1));
    if (first && last) readings.push(glued.slice(1, -1));
    return readings.join(' ');
  }
  let main = '';
  let best = 0;
  for (const [sep, c] of counts) if (c > best) [main, best] = [sep, c];
  let out = letters[0];
  for (let k = 1; k < letters.length; k++) out += (seps[k - 1] !== main ? ' ' : '') + letters[k];
  return out;
}
