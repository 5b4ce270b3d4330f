import { describe, expect, it } from 'vitest';
import { emojiLetterReadings, hasEmojiLetter } from '../../src/gate/emoji-letters.js';
import { createGatekeeper } from '../../src/gate/index.js';
import { prepareText } from '../../src/gate/normalize.js';

// Emoji as a letter: any pictograph standing for one letter of a word is a one-letter mask,
// filled by every letter of the word's script; the filled word is read with its short neighbours.
const readings = (text: string) => [...emojiLetterReadings(prepareText(text))];
const gate = createGatekeeper();

describe('emoji as a letter in the normaliser', () => {
  it('fills a pictograph inside a word with every letter of the word’s script', () => {
    expect(readings('х🍆й')).toContain('хуи');
    // the Russian alphabet without ё, й and э (folded to е, и and е), and the word without the emoji
    expect(readings('х🍆й')).toHaveLength(31);
    expect(readings('f🔥ck')).toContain('fuck');
    expect(readings('f🔥ck')).toHaveLength(27);
  });

  it('treats a run of pictographs (a ZWJ family, a doubled emoji, a skin tone) as one letter', () => {
    expect(readings('бл👨‍👩‍👧ть')).toContain('блять');
    expect(readings('е🍆🍆ать')).toContain('ебать');
    expect(readings('х👍🏻й')).toContain('хуи');
  });

  it('reads symbols that are not emoji (★ ♡ ✿) and leet digits around the pictograph', () => {
    expect(readings('sh★t')).toContain('shit');
    expect(readings('бл✿ть')).toContain('блять');
    expect(readings('p0🌽n')).toContain('p0rn');
  });

  it('reads a pictograph at a word edge only when enough letters stay', () => {
    expect(readings('🍆уй')).toContain('хуи');
    expect(readings('dic🍆')).toContain('dick');
    expect(readings('as🍑')).toEqual([]);
    expect(readings('кот🐱')).not.toContain('кот'); // a filled letter is always added
    expect(readings('ок👌')).toEqual([]);
  });

  it('also reads the word without a pictograph put between two letters', () => {
    expect(readings('ваг🔥ина')).toContain('вагина');
    expect(readings('hen🔥tai')).toContain('hentai');
    expect(readings('🍆уй')).not.toContain('уи'); // an edge pictograph is never just dropped
  });

  it('reads a second pictograph in the same word as a mask', () => {
    expect(readings('с🍆к🍆')).toContain('сук*');
    expect(readings('f🔥c🔥')).toContain('fuc*');
  });

  it('reads a pictograph spelled out between single letters', () => {
    expect(readings('х 🍆 й')).toContain('хуи');
    expect(readings('f 🔥 c k')).toContain('fuck');
  });

  it('keeps the particles and possessives that complete a phrase, and no other neighbour', () => {
    expect(readings('j🍆rk off')).toContain('jerk off');
    expect(readings('без од🌸жды')).toContain('без одежды');
    expect(readings('нарисуй х🍆й')).toContain('хуи');
    expect(readings('a f🦊x in the forest')).toContain('fox');
  });

  it('costs one regex test for a text without a pictograph touching a letter', () => {
    expect(hasEmojiLetter('нарисуй кота 🐱 в шляпе')).toBe(false);
    expect(hasEmojiLetter('просто текст')).toBe(false);
    expect(hasEmojiLetter('х🍆й')).toBe(true);
    // zero-width characters typed around the pictograph do not hide it
    expect(hasEmojiLetter('f\u200d🍁\u200dck')).toBe(true);
  });

  it('reads a run of several pictographs inside a word also as a mask of as many letters', () => {
    expect(readings('a🍑🍑hole')).toContain('a**hole');
    expect(readings('х🍆й')).not.toContain('х**и');
  });
});

describe('emoji as a letter in the gate', () => {
  it.each([
    'нарисуй х🍆й',
    'п🌸зда',
    'f🔥ck',
    's⭐x',
    'бл😀дь',
    'ди🍆до',
    'бл👨‍👩‍👧ть',
    'j🍆rk off',
    'х 🍆 й',
    '🍆уй',
    'е🍆🍆ать',
    'с🍆к🍆',
    'b🍑tch🍑s',
    'go f\u200d🍁\u200dck yourself',
    'х\u200b🌶️\u200bйня',
    'draw an a🍑🍑hole with a crown',
    'х . 🍆 . й нарисуй',
    'х.🍆.й',
  ])('blocks %s', (text) => expect(gate.check(text).nsfw).toBe(true));

  it.each([
    'котик🐱кот',
    'пи🍕цца',
    'ху🎨дожник у мольберта',
    'бл🥞ины с мёдом',
    'fu🐸n party',
    'кот🐱',
    'as🍑 a peach',
    'du🦆ck in a pond',
    'love🌟🌟you',
    'нарисуй ко🌟🌟ку',
    'я . ❤️ . ты',
  ])('lets %s pass', (text) => expect(gate.check(text).nsfw).toBe(false));
});
