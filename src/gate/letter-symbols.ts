// Part of step 1 of the normaliser (prepare-text.ts): letter-like symbols that NFKC does not fold
// and forms that only make sense on the whole text — Braille, small capitals missing from the
// look-alike table, parenthesised letters, text written upside down, chat shortcodes for emoji
// (":eggplant:") and one pictograph repeated between every letter ("п🍑о🍑р🍑н🍑о"). Pure.

/** Braille letters (Grade 1, a–z): "⠋⠥⠉⠅" is spelled with dots, not drawn. */
const BRAILLE = '⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵';
/** Small capitals NFKC leaves alone and the look-alike table lacks ("ꜰᴜᴄᴋ"). */
const SMALL_CAPS: Record<string, string> = { ꜰ: 'f', ꜱ: 's', ꞯ: 'q', ʀ: 'r', ʏ: 'y', ɢ: 'g', ʜ: 'h', ɪ: 'i', ʟ: 'l', ɴ: 'n' };
const LETTER_SYMBOLS: Record<string, string> = { ...SMALL_CAPS };
for (let i = 0; i < 26; i++) {
  LETTER_SYMBOLS[BRAILLE[i]] = String.fromCharCode(97 + i);
  // Parenthesised ⒜–⒵: NFKC makes them "(f)(u)(c)(k)", which no word rule reads.
  LETTER_SYMBOLS[String.fromCodePoint(0x249c + i)] = String.fromCharCode(97 + i);
}
const LETTER_SYMBOL_RE = /[\u2800-\u28ff\u249c-\u24b5ꜰꜱꞯʀʏɢʜɪʟɴ]/u;

/**
 * Upside-down text ("ʞɔnɟ" is "fuck"): each glyph is a letter turned 180°, and the text reads
 * backwards. Only letters that exist nowhere else mark it (ɐ ɔ ǝ ɟ ƃ ɥ ɾ ʞ ɯ ɹ ʇ ʌ ʍ ʎ); two of
 * them are needed, since one is an IPA symbol or a look-alike typed alone.
 */
const UPSIDE_DOWN: Record<string, string> = {
  ɐ: 'a',
  q: 'b',
  ɔ: 'c',
  p: 'd',
  ǝ: 'e',
  ɟ: 'f',
  ƃ: 'g',
  ɥ: 'h',
  ı: 'i',
  ɾ: 'j',
  ʞ: 'k',
  ɯ: 'm',
  u: 'n',
  d: 'p',
  b: 'q',
  ɹ: 'r',
  ʇ: 't',
  n: 'u',
  ʌ: 'v',
  ʍ: 'w',
  ʎ: 'y',
};
const UPSIDE_DOWN_MARK_RE = /[ɐɔǝɟƃɥɾʞɯɹʇʌʍʎ]/gu;

/**
 * Chat shortcodes (Twitch, Discord, Slack): ":eggplant:" is the emoji, read by the emoji rules.
 * Only the names the emoji-meaning families use; a bare word ("eggplant") stays a word, and
 * Skype's "(eggplant)" is not a form viewers type in a donation.
 */
const SHORTCODES: Record<string, string> = {
  eggplant: '🍆',
  peach: '🍑',
  banana: '🍌',
  cucumber: '🥒',
  hotdog: '🌭',
  cherries: '🍒',
  melon: '🍈',
  sweat_drops: '💦',
  tongue: '👅',
  lips: '👄',
  middle_finger: '🖕',
  fu: '🖕',
  gun: '🔫',
  pistol: '🔫',
  knife: '🔪',
  dagger: '🗡',
  drop_of_blood: '🩸',
  skull: '💀',
  skull_and_crossbones: '☠',
  coffin: '⚰',
  pill: '💊',
  syringe: '💉',
  snowflake: '❄',
  nose: '👃',
  herb: '🌿',
  leaves: '🍃',
  mushroom: '🍄',
  smoking: '🚬',
  knot: '🪢',
  chair: '🪑',
  bomb: '💣',
  boom: '💥',
  collision: '💥',
  rope: '🪢',
  bikini: '👙',
  briefs: '🩲',
  hot_face: '🥵',
  drooling_face: '🤤',
  smiling_imp: '😈',
  underage: '🔞',
};
const SHORTCODE_RE = /:([a-z_]{2,24}):/g;

/** One pictograph (with a skin tone), as in emoji-letters.ts. */
const PIC = '[\\p{Extended_Pictographic}\\p{So}][\\u{1f3fb}-\\u{1f3ff}\\ufe0f]?';
/**
 * The same pictograph between every letter ("f🔥u🔥c🔥k", "х.🍆.у.🍆.й", "s 🌟 u 🌟 n"): a
 * separator, not a letter. Three letters at least, the run repeated unchanged, the letters single.
 */
const PICTO_SEPARATED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{L}([-.\\s_]*)((?:${PIC})+)\\1\\p{L}(?:\\1\\2\\1\\p{L})+(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Different pictographs between letters typed without spaces ("f🔥u💦c🍆k", "х🍆у🍑й"): no text looks like that. */
const PICTO_MIXED_RE = new RegExp(`(?<![\\p{L}\\p{N}])\\p{L}(?:(?:${PIC})+\\p{L}){2,}(?![\\p{L}\\p{N}])`, 'gu');
/** The same with spaces or dots around each pictograph ("f 🔥 u 💦 c 🍆 k"): four letters at least. */
const PICTO_MIXED_SPACED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{L}([-.\\s_]+)(?:${PIC})+\\1\\p{L}(?:\\1(?:${PIC})+\\1\\p{L}){2,}(?![\\p{L}\\p{N}])`,
  'gu',
);
const PICTO_RUN_RE = new RegExp(`(?:${PIC})+|[-.\\s_]+`, 'gu');

/** Everything above applied to a non-ASCII text (before NFKC), or the text unchanged. */
export function foldLetterSymbols(s: string): string {
  let out = s;
  if (LETTER_SYMBOL_RE.test(out)) {
    let mapped = '';
    for (const ch of out) mapped += LETTER_SYMBOLS[ch] ?? ch;
    out = mapped;
  }
  const marks = out.match(UPSIDE_DOWN_MARK_RE);
  // The text as typed stays first: only part of it may be upside down ("нарисуй ʞɔnɟ").
  if (marks && new Set(marks).size >= 2) out = `${out} ${flipUpsideDown(out)}`;
  return maskMemeB(foldSymbolLetters(unpictoSeparate(expandShortcodes(out))));
}

/**
 * Symbols that look like one letter and are typed as that letter: ⭕ o, ❌ ✖ ❎ x, © c, ® r
 * ("se❌", "©ock", "®etard", "p⭕rn⭕"). Only at the edge of a word, where the one-letter mask of
 * emoji-letters.ts does not reach a short word; inside a word the mask reads them as any letter
 * ("f⭕ck" is not "fock"). Alone they are a tic-tac-toe board, a "no", a copyright line.
 */
const SYMBOL_LETTERS: Record<string, string> = { '⭕': 'o', '❌': 'x', '✖': 'x', '❎': 'x', '©': 'c', '®': 'r' };
// The lookarounds skip a variation selector too: "х✖️й" is the symbol inside a word, not at its end.
const SYMBOL_LETTER_RE = /(?<=\p{L}\ufe0f?)[⭕❌✖❎©®]\ufe0f?(?![\p{L}\p{N}\ufe0f])|(?<![\p{L}\p{N}\ufe0f])[⭕❌✖❎©®]\ufe0f?(?=\p{L})/gu;

/** Inside a word: "к⭕кса", "дорожку к⭕кса" (the mask reads a word with one neighbour only). */
const SYMBOL_IN_WORD_RE = /(?<=\p{L})[⭕❌✖❎©®]\ufe0f?(?=\p{L})/gu;

/**
 * The 🅱️ meme puts a B over any letter of a word ("n🅱️gger", "🅱️ruh"). Read as b later (step 1 maps
 * squared letters); inside a word it is also a one-letter mask: a copy of the text follows with a
 * pictograph there, which the emoji-letter reading fills with every letter.
 */
const MEME_B_IN_WORD_RE = /(?<=\p{L})\u{1F171}\ufe0f?(?=\p{L})/gu;

function maskMemeB(s: string): string {
  if (!s.includes('\u{1F171}')) return s;
  const masked = s.replace(MEME_B_IN_WORD_RE, '★');
  return masked === s ? s : `${s} ${masked}`;
}

function foldSymbolLetters(s: string): string {
  if (!/[⭕❌✖❎©®]/u.test(s)) return s;
  const out = s.replace(SYMBOL_LETTER_RE, (m) => SYMBOL_LETTERS[m[0]]);
  // Inside a word the symbol may be any letter ("f⭕ck"): the text as typed stays first for the
  // mask, and the folded text follows it, as for upside-down text.
  const inWord = out.replace(SYMBOL_IN_WORD_RE, (m) => SYMBOL_LETTERS[m[0]]);
  return inWord === out ? out : `${out} ${inWord}`;
}

/** ":eggplant:" → "🍆"; unknown names stay text. */
export function expandShortcodes(s: string): string {
  if (!s.includes(':')) return s;
  return s.replace(SHORTCODE_RE, (whole, name: string) => SHORTCODES[name.toLowerCase()] ?? whole);
}

/** "п🍑о🍑р🍑н🍑о" → "порно". */
function unpictoSeparate(s: string): string {
  const glue = (run: string) => run.replace(PICTO_RUN_RE, '');
  return s.replace(PICTO_SEPARATED_RE, glue).replace(PICTO_MIXED_RE, glue).replace(PICTO_MIXED_SPACED_RE, glue);
}

function flipUpsideDown(s: string): string {
  let out = '';
  for (const ch of s) out = (UPSIDE_DOWN[ch] ?? ch) + out;
  return out;
}
