// A rule with a top-level `|` is filed under each alternative's own start: the second half
// of "<cook ~crystal|crystal ~cooked" must match where only it can (it was dead before).
import { describe, expect, it } from 'vitest';
import { createGatekeeperFromRules, type GateRules } from '../../src/gate/index.js';
import { topLevelAlternatives } from '../../src/gate/pattern.js';

const rules = (block: GateRules['lexicons'][number]['block'], allow: string[] = []): GateRules => ({
  lexicons: [{ name: 'test', lang: 'en', category: 'drugs', block }],
  allowLists: allow.length ? [{ lang: 'en', allow }] : [],
  latinSafe: [],
});

describe('rules with top-level alternatives', () => {
  it('splits only at the top level', () => {
    expect(topLevelAlternatives('<cook ~crystal|crystal ~cooked')).toEqual(['<cook ~crystal', 'crystal ~cooked']);
    expect(topLevelAlternatives('<(kitchen|garage) lab>')).toEqual(['<(kitchen|garage) lab>']);
  });

  it('matches by either alternative, and reports the whole rule', () => {
    const gate = createGatekeeperFromRules(rules(['<cook ~crystal>|<glass ~pipe>']));
    expect(gate.check('draw a man who will cook the crystal').nsfw).toBe(true);
    const second = gate.check('draw a glass pipe');
    expect(second.nsfw).toBe(true);
    expect(second.reason).toBe('test/drugs:<cook ~crystal>|<glass ~pipe>');
    expect(gate.check('draw a crystal cave').nsfw).toBe(false);
  });

  it('keeps a context on every alternative', () => {
    const gate = createGatekeeperFromRules(rules([{ pattern: '<lab>|<workshop>', context: { en: '<trailer>' } }]));
    expect(gate.check('draw a workshop in a trailer').nsfw).toBe(true);
    expect(gate.check('draw a workshop at school').nsfw).toBe(false);
  });

  it('allow-list entries with alternatives allow by either', () => {
    const gate = createGatekeeperFromRules(rules(['<crystal>'], ['<crystal ball>|<swarovski crystal>']));
    expect(gate.check('draw a swarovski crystal').nsfw).toBe(false);
    expect(gate.check('draw a crystal ball').nsfw).toBe(false);
    expect(gate.check('draw blue crystal').nsfw).toBe(true);
  });
});
