/**
 * Emoji as a letter: "тр🐰хаются", "p🐱ssy", "бл🐍ть", "🍆уй", "е🍆🍆ать", "х 🍆 й". Viewers
 * replace one letter of a word with any pictograph, not only a look-alike, so no fixed
 * mapping can undo it. The pictograph is a one-letter mask: the word is offered back with
 * that position filled by every letter of its script, and the matcher checks each filled
 * word with its short neighbours (phrases: "j🍆rk off", "без од🌸жды"). Unlike the `*` mask (whose
 * fill lists hold a few whole words and may stand for two letters: "c*t" is "cunt"), one
 * pictograph is exactly one letter and may stand for any root of any rule. A second
 * pictograph in the same word becomes a `*` ("с🍆к🍆" → "сук*"). Not tried: more than three
 * words of a message. Pure.
 */

/**
 * A pictograph: an emoji (with an optional skin tone) or another symbol ("★", "♡", "✿").
 * A ZWJ sequence ("👨‍👩‍👧") reaches here without its joiners, as a run: a run is one letter.
 */
const PIC = '[\\p{Extended_Pictographic}\\p{So}][\\u{1f3fb}-\\u{1f3ff}]?';
/** lead (no letters) · letters (leet digits too: "p0🌽n") · a run of pictographs · letters · the rest of the word. */
const IN_WORD_RE = new RegExp(`^([^\\p{L}\\p{N}@$]*?)([\\p{L}\\p{N}@$]*)((?:${PIC})+)([\\p{L}\\p{N}@$]*)(\\S*)$`, 'u');
const PICTO_RE = new RegExp(PIC, 'u');
const PIC_RUN_RE = new RegExp(`(?:${PIC})+`, 'gu');
const PIC_RUN_ONE_RE = new RegExp(PIC, 'gu');
const LETTER_PICTO_RE = new RegExp(`\\p{L}(?:${PIC})|(?:${PIC})\\p{L}`, 'u');
const SINGLE_LETTER_RE = /^\p{L}$/u;
const SINGLE_PICTO_RE = new RegExp(`^(?:${PIC})+$`, 'u');
const LETTER_RE = /\p{L}/u;
// and the emoji presentation selector after a pictograph ("❄️ocaine")
const INVISIBLE_AROUND_RE = /[\u200b-\u200f\u2060\ufe0f\ufeff]/g;
/** One letter, separators, pictographs, separators, one letter: "х . 🍆 . й", "х.🍆.й" */
// (at least one dot or dash on each side: letters split by spaces alone are `spelledOut`'s)
const SEPARATOR_RUN = '\\s*[.\\-_·•][\\s.\\-_·•]*';
const SEPARATED_PIC_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{L})${SEPARATOR_RUN}((?:${PIC})+)${SEPARATOR_RUN}(\\p{L})(?![\\p{L}\\p{N}])`,
  'gu',
);
const CYRILLIC_RE = /[а-яё]/;
const LATIN_RE = /[a-z]/;

const RU_LETTERS = [...'абвгдежзиклмнопрстуфхцчшщъыьюя'];
const EN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/** Longest word worth filling: a pictograph glued between two long words is a separator, not a letter. */
const MAX_WORD = 16;
/** Words of a message tried: more is noise, not a disguise. */
const MAX_TRIED = 3;

/** Russian two-letter words and interjections that an emoji often follows. */
const RU_TWO_LETTER_WORDS = new Set(
  'да ну ок на по не ни но из за от до об во ко со то та те ту же бы ли уж он мы вы ты их ее ей им ею ой ай эх ах ох ух фу ха хи хе хо ня мя ща че чо её уа ау ем ел ит'.split(
    ' ',
  ),
);

/**
 * A pictograph at a word's edge ("🍆уй", "сук🐱") stands for its first or last letter only
 * when enough letters stay to make a word: 2 after a leading one in Russian ("🍆уй", "🐱ука"),
 * 3 otherwise ("🔥uck", "dic🍆"), so "as🍑", "кот🐱", "ок👌" are never read as words.
 */
function edgeAllowed(left: string, right: string, cyr: boolean): boolean {
  if (left && right) return true;
  if (!left) return right.length >= (cyr ? 2 : 3);
  // Two Russian letters that are not a word of their own ("ху🍳", "ме✝️") end in the emoji's letter;
  // "да👍", "ха😂", "ну🙄" are words with an emoji after them (eighth round).
  return left.length >= 3 || (cyr && left.length === 2 && !RU_TWO_LETTER_WORDS.has(left));
}

/**
 * The words that complete a phrase around a disguised word: particles and possessives ("j🍆rk
 * off", "bl🍆w job", "s🍆ck my", "без од🌸жды", "ё🍆 твою мать"). Only these join a reading:
 * every reading is checked, and an article or a noun beside each of ~32 readings made an
 * in-word emoji cost as much as several messages while completing no phrase.
 */
const PHRASE_NEIGHBOURS = new Set([
  ...'off out up down on job jobs my me her his your ur you u it'.split(' '),
  ...'без на в во по за твою мать тебе вам мне ей ему'.split(' '),
  // the self of "kill yourself" and the veins of "cut your veins": "уб🍆й себя", "вскр🍆ть вены"
  ...'yourself urself себя себе вены'.split(' '),
]);

function neighbour(word: string): string {
  return PHRASE_NEIGHBOURS.has(word) ? word : '';
}

/** Cheap pre-check: false for texts without a pictograph touching a letter (nearly every message). */
export function hasEmojiLetter(text: string): boolean {
  if (!PICTO_RE.test(text)) return false;
  // a zero-width character or joiner typed around the pictograph ("f\u200d🍁\u200dck")
  const t = INVISIBLE_AROUND_RE.test(text) ? text.replace(INVISIBLE_AROUND_RE, '') : text;
  SEPARATED_PIC_RE.lastIndex = 0;
  return LETTER_PICTO_RE.test(t) || /(^|\s)\p{L}\s+\S+\s+\p{L}(\s|$)/u.test(t) || SEPARATED_PIC_RE.test(t);
}

/** One word with a pictograph in place of a letter: what stands before and after it, and its script. */
interface MaskedWord {
  before: string;
  after: string;
  cyr: boolean;
  /** Two or more pictographs in a row inside the word ("a🍑🍑hole"): they may stand for as many letters. */
  run?: boolean;
}

/** "х🍆й" in a word, "х 🍆 й" across single-letter tokens; null when the word is not one. */
function maskedWordAt(words: string[], w: number): { word: MaskedWord; span: number } | null {
  const spelled = spelledOut(words, w);
  if (spelled) return spelled;
  const m = IN_WORD_RE.exec(words[w]);
  if (!m) return null;
  const [, lead, left, , right, tail] = m;
  // "ё😎 твою мать": the curse's first word is two letters, so one letter before the emoji is
  // enough when the next word completes the phrase.
  const curse = !right && left.length === 1 && words[w + 1] === 'твою';
  if (left.length + right.length + 1 > MAX_WORD || (left.length + right.length < 2 && !curse)) return null;
  // A letter after the run ("п🍆зд🍆а" has one) keeps it inside the word; none at an edge.
  if ((!left && LETTER_RE.test(lead)) || (!right && LETTER_RE.test(tail))) return null;
  const cyr = CYRILLIC_RE.test(left) || CYRILLIC_RE.test(right);
  // Mixed scripts ("х🦴ёвого" is all Cyrillic; "sh💩t" all Latin): a Latin letter in a
  // Cyrillic word is already read by the normaliser, so the word's own script decides.
  if (!cyr && !(LATIN_RE.test(left) || LATIN_RE.test(right))) return null;
  if (!curse && !edgeAllowed(left, right, cyr)) return null;
  // A second pictograph later in the word is a `*` mask ("с🍆к🍆" → "сук*" → сука from the
  // mask lists): 33 readings, not 33².
  const rest = right ? tail.replace(PIC_RUN_RE, '*') : tail;
  const run = left !== '' && right !== '' && (m[3].match(PIC_RUN_ONE_RE) ?? []).length >= 2;
  return { word: { before: lead + left, after: right + rest, cyr, run }, span: 1 };
}

/** "х 🍆 й", "f 🔥 c k": single letters and one pictograph, each typed apart. */
function spelledOut(words: string[], w: number): { word: MaskedWord; span: number } | null {
  if (!SINGLE_LETTER_RE.test(words[w])) return null;
  let end = w;
  let picto = -1;
  while (end < words.length && (SINGLE_LETTER_RE.test(words[end]) || (picto < 0 && SINGLE_PICTO_RE.test(words[end])))) {
    if (!SINGLE_LETTER_RE.test(words[end])) picto = end;
    end++;
  }
  if (picto < 0 || end - w < 3 || picto === end - 1) return null;
  const before = words.slice(w, picto).join('');
  const after = words.slice(picto + 1, end).join('');
  const cyr = CYRILLIC_RE.test(before + after);
  if (!cyr && !LATIN_RE.test(before + after)) return null;
  return { word: { before, after, cyr }, span: end - w };
}

/**
 * The readings of a prepared (lower-cased) text in which one in-word pictograph is replaced
 * by a letter: the filled word between its two neighbours. The matcher only accepts a hit
 * whose root is most of the filled word, so a neighbour cannot carry a reading alone.
 */
export function* emojiLetterReadings(text: string): Generator<string> {
  const words = text
    .replace(SEPARATED_PIC_RE, '$1$2$3')
    .split(/\s+/)
    .filter((x) => x !== '');
  const inside: { word: MaskedWord; at: number; span: number }[] = [];
  const edges: typeof inside = [];
  for (let w = 0; w < words.length; w++) {
    if (!PICTO_RE.test(words[w]) && !SINGLE_LETTER_RE.test(words[w])) continue;
    const found = maskedWordAt(words, w);
    if (!found) continue;
    // A pictograph inside a word is a disguise more often than one glued to its edge ("кот🐱").
    (found.word.before && found.word.after ? inside : edges).push({ ...found, at: w });
    w += found.span - 1;
  }
  for (const { word, at, span } of [...inside, ...edges].slice(0, MAX_TRIED)) {
    const prev = at > 0 ? neighbour(words[at - 1]) : '';
    const next = at + span < words.length ? neighbour(words[at + span]) : '';
    const lead = prev ? `${prev} ` : '';
    const tail = next ? ` ${next}` : '';
    for (const ch of word.cyr ? RU_LETTERS : EN_LETTERS) yield `${lead}${word.before}${ch}${word.after}${tail}`;
    // An emoji put between two letters rather than over one ("ваг🔥ина", "hen🔥tai"): the word
    // without it. Halves of 1–2 letters are already glued back by the normaliser ("fu🔥ck").
    if (word.before && word.after) yield `${lead}${word.before}${word.after}${tail}`;
    // A run of pictographs as a mask of as many letters, filled from the mask lists ("a**hole").
    if (word.run) yield `${lead}${word.before}**${word.after}${tail}`;
  }
}
