// A rule that starts with a list of words is filed under each of their first letters
// (rule-index.ts): it blocks where the whole rule matches, and a rule filed under the same letters
// still decides where the first one does not match.
import { describe, expect, it } from 'vitest';
import { createGatekeeperFromRules, type GateRules } from '../../src/gate/index.js';

const rules = (block: GateRules['lexicons'][number]['block']): GateRules => ({
  lexicons: [{ name: 'test', lang: 'en', category: 'gore', block }],
  allowLists: [],
  latinSafe: [],
});

describe('rules with many starts', () => {
  it('block where the whole rule matches, and let a later rule with the same start match where the first one does not', () => {
    const gate = createGatekeeperFromRules(
      rules([
        '<(alpha|bravo|charlie|delta|echo) squad (was|were) (shot|hanged)>',
        '<alpha centauri burns>',
        '<echo chamber>',
        '<(echo|foxtrot|golf) room (fire|blast)>',
      ]),
    );
    expect(gate.check('draw the bravo squad were hanged').reason).toBe(
      'test/gore:<(alpha|bravo|charlie|delta|echo) squad (was|were) (shot|hanged)>',
    );
    expect(gate.check('draw alpha centauri burns').reason).toBe('test/gore:<alpha centauri burns>');
    expect(gate.check('an echo chamber').nsfw).toBe(true);
    // both rules start with "echo": the first one fails, the second one decides
    expect(gate.check('the echo room fire').reason).toBe('test/gore:<(echo|foxtrot|golf) room (fire|blast)>');
    expect(gate.check('the alpha squad was shown on tv').nsfw).toBe(false);
    expect(gate.check('draw delta squad').nsfw).toBe(false);
  });
});
