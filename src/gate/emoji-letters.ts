/**
 * Emoji as a letter: "тр🐰хаются", "p🐱ssy", "бл🐍ть". Viewers replace one letter of a word
 * with any pictograph, not only a look-alike, so no fixed mapping can undo it. Instead the
 * word is offered back with that position filled by every letter of its script, and the
 * matcher checks each filled word alone. Not tried: a mask (the mask lists read "с🐟м" as
 * "cum" and "c🐱t" as "cunt"), two letters for one emoji ("си🍈ками"), and the neighbouring
 * words (slower, and more chances of a false hit). Pure.
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
 * The readings of a prepared (lower-cased) text in which one in-word pictograph is replaced
 * by a letter, each the filled word alone. Only the first three such words of a message are
 * tried: more is noise, not a disguise.
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
    // The word alone: each reading costs a scan of its words, and 33 readings of two words
    // each made an in-word emoji cost as much as twenty messages ("j🐦rking off" is lost).
    for (const ch of cyr ? RU_LETTERS : EN_LETTERS) yield `${lead}${left}${ch}${right}${tail}`;
  }
}
