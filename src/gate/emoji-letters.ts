/**
 * Emoji as a letter: "тр🐰хаются", "p🐱ssy", "бл🐍ть". Viewers replace one letter of a word
 * with any pictograph, not only a look-alike, so no fixed mapping can undo it. Instead the
 * word is offered back with that position filled by every letter of its script (and by a
 * mask, which the matcher fills from its lists with one or two letters: "си🍈ками"); the
 * matcher checks each reading with the word's two neighbours for phrase context. Pure.
 */

/** One pictograph (with an optional skin tone) between two runs of letters of one word. */
const IN_WORD_RE = /(\S*?)([\p{L}]+)\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}]?([\p{L}]+)(\S*)/gu;
const PICTO_RE = /\p{Extended_Pictographic}/u;
const CYRILLIC_RE = /[а-яё]/;
const LATIN_RE = /[a-z]/;

const RU_LETTERS = [...'абвгдежзиклмнопрстуфхцчшщъыьэюя'];
const EN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/** Longest word worth filling: a pictograph glued between two long words is a separator, not a letter. */
const MAX_WORD = 16;

/** Cheap pre-check so that texts without an emoji glued inside a word cost one regex test. */
export function hasEmojiLetter(text: string): boolean {
  return PICTO_RE.test(text) && /\p{L}\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f]?\p{L}/u.test(text);
}

/**
 * The readings of a lower-cased text in which one in-word pictograph is replaced by a
 * letter or a mask, each as "previous word + filled word + next word". Only the first three
 * such words of a message are tried: more is noise, not a disguise.
 */
export function* emojiLetterReadings(text: string): Generator<string> {
  const words = text.split(/\s+/);
  let tried = 0;
  for (let w = 0; w < words.length && tried < 3; w++) {
    IN_WORD_RE.lastIndex = 0;
    const m = IN_WORD_RE.exec(words[w]);
    if (!m) continue;
    const [, lead, left, right, tail] = m;
    if (left.length + right.length + 1 > MAX_WORD) continue;
    tried++;
    const cyr = CYRILLIC_RE.test(left) || CYRILLIC_RE.test(right);
    // Mixed scripts ("х🦴ёвого" is all Cyrillic; "sh💩t" all Latin): a Latin letter in a
    // Cyrillic word is already read by the normaliser, so the word's own script decides.
    if (!cyr && !(LATIN_RE.test(left) || LATIN_RE.test(right))) continue;
    const before = w > 0 ? words[w - 1] + ' ' : '';
    const after = w + 1 < words.length ? ' ' + words[w + 1] : '';
    for (const ch of [...(cyr ? RU_LETTERS : EN_LETTERS), '*']) {
      yield `${before}${lead}${left}${ch}${right}${tail}${after}`;
    }
  }
}
