// A rule filed under three or more buckets leaves only its leading group there as a trigger, and
// its own regex decides (rule-index.ts): the results must be the ones of the whole rule.
import { describe, expect, it } from 'vitest';
import { createGatekeeperFromRules, type GateRules } from '../../src/gate/index.js';
import { leadingGroup, triggerHead } from '../../src/gate/trigger-head.js';

const rules = (block: GateRules['lexicons'][number]['block']): GateRules => ({
  lexicons: [{ name: 'test', lang: 'en', category: 'gore', block }],
  allowLists: [],
  latinSafe: [],
});

describe('rules filed under many buckets', () => {
  it('take the leading group of a compiled rule only when it must match', () => {
    expect(leadingGroup('(?:ab|cd) ef')).toBe('(?:ab|cd)');
    expect(leadingGroup('(?:ab|cd)? ef')).toBeNull();
    expect(leadingGroup('(?:a[)]|b\\)) c')).toBe('(?:a[)]|b\\))');
    expect(leadingGroup('(?:ab|cd)')).toBeNull();
    expect(leadingGroup('ab (?:c|d)')).toBeNull();
  });

  it('go on past the leading group through the next items that must match, and stop where one may not', () => {
    expect(triggerHead('(?:ab|cd) e+f+ g+h+ i')).toBe('(?:ab|cd) e+f+ ');
    expect(triggerHead('(?:ab|cd)(?:x|y)[a-z]{0,30} q')).toBe('(?:ab|cd)(?:x|y)');
    expect(triggerHead('(?:ab|cd) (?:[^ |]+ ){0,2}q+r+s+t+')).toBe('(?:ab|cd) ');
    expect(triggerHead('(?:ab|cd)e+(?![0-9a-z]) q+r+s+t+')).toBe('(?:ab|cd)e+');
    expect(triggerHead('(?<![0-9a-zа-я*])(?:ab|cd)\\.e{2,3}f+g+h')).toBe('(?:ab|cd)\\.e{2,3}f+g+');
    expect(triggerHead('(?:ab|cd) ef')).toBeNull(); // the whole rule: it is filed as it is
    expect(triggerHead('(?:ab|cd)? ef')).toBeNull();
  });

  it('block where the whole rule matches, and let a later rule of the same bucket match where only the trigger does', () => {
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
    // both triggers fire on "echo": the first rule fails, the second one decides
    expect(gate.check('the echo room fire').reason).toBe('test/gore:<(echo|foxtrot|golf) room (fire|blast)>');
    expect(gate.check('the alpha squad was shown on tv').nsfw).toBe(false);
    expect(gate.check('draw delta squad').nsfw).toBe(false);
  });
});
