/**
 * The letters a rule's match starts with, as the rule index files it (rule-trie.ts). Pure.
 *
 * Read from the compiled regex by regex-prefix.ts, with a letter repeated by a quantifier read once
 * ("о+т+р+е+з+" starts "отрез", as do "оотрез" and "отррез"): the texts stretch letters, and
 * without this each stretchable letter doubled the set of starts. The trie reads the text the same
 * way: a character that repeats the one before it may be passed over.
 */
import { matchPrefixes } from './regex-prefix.js';

/** A rule as its keys are read: its compiled regex source and, if known, the characters it starts with. */
export interface RuleStart {
  source: string;
  first?: ReadonlySet<string> | null;
}

/**
 * A rule's first `keyLength` letters (fewer where a match can be shorter or the starts are too
 * many to list), else the characters the pattern language says it starts with; null when unknown.
 */
export function ruleStartKeys({ source, first }: RuleStart, keyLength: number): ReadonlySet<string> | null {
  const prefixes = matchPrefixes(source, true);
  for (let k = keyLength; k >= 1; k--) {
    const keys = prefixes(k);
    if (keys) return keys;
  }
  return first ?? null;
}
