import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { prepareText } from '../../src/gate/normalize.js';

// Forms of emoji and symbol disguise added after the emoji-forms probe (test/gate/emoji-forms.jsonl).
const gate = createGatekeeper();
const blocked = (text: string) => gate.check(text).nsfw;

describe('emoji and letter-like symbols in step 1 of the normaliser', () => {
  it('drops one pictograph repeated between every letter, with or without separators', () => {
    expect(prepareText('п🍑о🍑р🍑н🍑о')).toBe('порно');
    expect(prepareText('f🔥u🔥c🔥k this')).toBe('fuck this');
    expect(prepareText('х.🍆.у.🍆.й')).toBe('хуи');
    expect(prepareText('s 🌟 u 🌟 n')).toBe('sun');
    expect(prepareText('sh❤️t')).toContain('❤'); // one emoji inside a word stays a letter mask
  });

  it('reads Braille, parenthesised letters and small capitals NFKC leaves alone', () => {
    expect(prepareText('⠋⠥⠉⠅')).toBe('fuck');
    expect(prepareText('⒡⒰⒞⒦')).toBe('fuck');
    expect(prepareText('ꜰᴜᴄᴋ')).toBe('fuck');
  });

  it('turns upside-down text the right way round, only when two marks of it are present', () => {
    expect(prepareText('ɹoɟ ʞɔnɟ')).toMatch(/ fuck for$/);
    expect(prepareText('ʎɐpɥʇɹıq ʎddɐɥ')).toMatch(/ happy birthday$/);
    expect(prepareText('нарисуй ʞɔnɟ')).toMatch(/^нарисуи .* fuck/);
    expect(prepareText('ɔ schwa')).not.toContain('awhcs'); // one mark: not flipped
  });

  it('reads the 🅱️ meme inside a word as any letter, and as b at a word edge', () => {
    expect(gate.check('draw a n🅱️gger').nsfw).toBe(true);
    expect(gate.check('нарисуй х🅱️й').nsfw).toBe(true);
    expect(gate.check('draw 🅱️oobs').nsfw).toBe(true);
    for (const text of ['draw a 🅱️ig dog', 'draw my ca🅱️ cat', 'draw a ra🅱️🅱️it', '🅱️ruh draw a cat'])
      expect(gate.check(text).nsfw, text).toBe(false);
  });

  it('expands chat shortcodes the emoji rules know, and leaves other colons alone', () => {
    expect(prepareText('draw :eggplant: in :peach:')).toBe('draw 🍆 in 🍑');
    expect(prepareText('score 2:1 at 10:30')).toBe('score 2:1 at 10:30');
    expect(prepareText(':smile: hi')).toBe(':smile: hi');
  });
});

describe('the gate on the new forms', () => {
  it('blocks words spelled with a pictograph between letters, and passes innocent ones', () => {
    for (const t of ['нарисуй п🍑о🍑р🍑н🍑о', 'f🔥u🔥c🔥k this stream', 'b🍑i🍑t🍑c🍑h', '⠋⠥⠉⠅', 'ʞɔnɟ', 'нарисуй ʞɔnɟ', '⒡⒰⒞⒦'])
      expect(blocked(t), t).toBe(true);
    for (const t of ['h🍑e🍑l🍑l🍑o', 's 🌟 u 🌟 n', 'к🌸о🌸т🌸и🌸к', 'ʎɐpɥʇɹıq ʎddɐɥ', 'ꜱᴛʀᴇᴀᴍ']) expect(blocked(t), t).toBe(false);
  });

  it('reads a shortcode as its emoji, and a lone fruit shortcode stays food', () => {
    expect(blocked('draw :eggplant: in :peach:')).toBe(true);
    expect(blocked(':eggplant::sweat_drops:')).toBe(true);
    expect(blocked(':peach: pie')).toBe(false);
    expect(blocked(':knife: and :fork: set')).toBe(false);
  });

  it('reads an emoji standing for the one word a verb or preposition needs', () => {
    for (const t of [
      'сосни 🍆',
      'сосать 🍌 у стримера',
      'draw a 👩 without 👙',
      'нарисуй девушку без 👙',
      '🍌 в 🍑',
      '👧🍆',
      'раздвинь 🦵🦵',
      '💉 в вену',
      'draw me 🪢 from the ceiling',
      '💉💊 party tonight',
      '🍁🚬 smoke session',
    ])
      expect(blocked(t), t).toBe(true);
    for (const t of [
      'monkey 🐒 eating a 🍌',
      'обезьяна 🐒 ест 🍌',
      '👙 bikini at the beach 🏖',
      '🪢 knot tying guide ⛵',
      '💊 vitamins for grandma',
      '🍑🍑 peach jam',
    ])
      expect(blocked(t), t).toBe(false);
  });
});

describe('the second round of forms', () => {
  it('reads "ё😎 твою мать" (one letter before the emoji, the curse completed by the next word)', () => {
    expect(blocked('ё😎 твою мать')).toBe(true);
    expect(blocked('а😎 твою собаку')).toBe(false);
  });

  it('reads a mouth on a bottom or a vulva said with a verb, not a cat or a doughnut', () => {
    for (const t of ['lick my 🐱', 'eat my 🍑']) expect(blocked(t), t).toBe(true);
    for (const t of ['🐱 lick my hand', 'eat my 🍩 donut', 'eat my 🍑 pie']) expect(blocked(t), t).toBe(false);
  });
});
