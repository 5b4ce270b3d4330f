import { describe, expect, it } from 'vitest';
import { createGatekeeper } from '../../src/gate/index.js';
import { normalizeText } from '../../src/gate/normalize.js';

// A word split once by a space, with a short piece on one side ("пи зда", "fuc k"), is also
// read glued; a short piece that is a word of its own ("is", "в", "да") is not glued.
const gate = createGatekeeper();

describe('a word split once by a space', () => {
  it('is also read glued when one piece is a short non-word', () => {
    expect(normalizeText('пи зда').cyr).toContain('пизда');
    expect(normalizeText('fuc k').lat).toContain('fuck');
    expect(normalizeText('бл ядь').cyr).toContain('блядь');
  });

  it('is not glued when the short piece is a word', () => {
    expect(normalizeText('he is hit').lat).not.toContain('ishit');
    expect(normalizeText('пиз да').cyr).not.toContain('пизда');
  });

  it.each(['пи зда', 'ху йня', 'бл ядь', 'fuc k', 'bit ch'])('blocks %s', (text) => {
    expect(gate.check(text).nsfw).toBe(true);
  });

  it.each(['he is hit by a ball', 'this hit song', 'это пи рог', 'очень су хой день', 'by a sh ip'])('lets %s pass', (text) => {
    expect(gate.check(text).nsfw).toBe(false);
  });
});
