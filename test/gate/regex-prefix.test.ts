import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/gate/pattern.js';
import { matchPrefixes } from '../../src/gate/regex-prefix.js';

const starts = (pattern: string, k = 2) => {
  const set = matchPrefixes(compilePattern(pattern))(k);
  return set && [...set].sort();
};

describe('the starts of a rule regex (the rule index files rules by them)', () => {
  it('reads stretched letters, optional groups and classes', () => {
    expect(starts('<сука')).toEqual(['сс', 'су']);
    expect(starts('<(на|по)?ху[иеяю]')).toEqual(['на', 'нн', 'по', 'пп', 'ху', 'хх']);
    expect(starts('<s?ex')).toEqual(['ee', 'ex', 'se', 'ss']);
    expect(starts('<c ?um')).toEqual(['c ', 'cc', 'cu']);
    expect(starts('ass')).toEqual(['aa', 'as']);
  });

  it('reads three characters after a doubled letter', () => {
    // "ссс" is a start of the regex ("с+"); the rule index never files under it (runs are cut to two).
    expect(starts('<сука', 3)).toEqual(['ссс', 'ссу', 'сук', 'суу']);
  });

  it('keeps every alternative of a pattern, also after a top-level "|"', () => {
    expect(starts('<(kitchen) lab|<lab in the (woods|desert)')).toEqual(['ki', 'kk', 'la', 'll']);
  });

  it('gives up (null) where a match may be shorter, or may start with any character', () => {
    expect(starts('<x>')).toBeNull();
    expect(starts('<[а-я]*ху')).toBeNull();
    expect(starts('<.ab')).toHaveLength(10 + 26 + 32);
    expect(matchPrefixes('\\d+')(2)).toBeNull();
    expect(matchPrefixes('[^ ]x')(2)).toBeNull();
  });

  it('skips word-boundary lookarounds and reads past a "~" word skip only when needed', () => {
    expect(starts('<kill ~yourself')).toEqual(['ki', 'kk']);
    expect(starts('<a~b')).toBeNull();
  });

  it('matches what the regex really matches (every match starts with a listed prefix)', () => {
    const pattern = '<(рас|от|за|вы)?пид(о|а)р';
    const re = new RegExp(compilePattern(pattern), 'y');
    const set = new Set(starts(pattern));
    for (const word of ['пидор', 'ппидар', 'распидор', 'оттпидор', 'выпидар', 'заапидор']) {
      re.lastIndex = 0;
      expect(re.test(word), word).toBe(true);
      expect(set.has(word.slice(0, 2)), word).toBe(true);
    }
  });
});
