// Latin-written Russian read by sound ("pizda" → "пизда", "blyat" → "блят"): the `tr` form of
// an all-Latin token. Mostly its tables; the reader itself is the function at the end.

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
