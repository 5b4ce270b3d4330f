/**
 * Rules and allow lists turned into regexes, with the one error type a bad rule gives (the
 * operator's file names the pattern and where it stands). Pure.
 */
import type { GateAllowList } from './types.js';
import { compilePattern, firstChars, PatternError, topLevelAlternatives } from './pattern.js';
import { RuleIndex, type IndexedRule } from './rule-index.js';

export class GateRulesError extends Error {}

export function compileDsl(pattern: string, where: string): string {
  try {
    const src = compilePattern(pattern);
    new RegExp(src);
    return src;
  } catch (err) {
    const msg = err instanceof PatternError || err instanceof SyntaxError ? err.message : String(err);
    throw new GateRulesError(`bad pattern ${JSON.stringify(pattern)} in ${where}: ${msg}`);
  }
}

export function compileRaw(pattern: string, where: string): string {
  try {
    new RegExp(pattern, 'u');
    return pattern;
  } catch (err) {
    throw new GateRulesError(`bad pattern ${JSON.stringify(pattern)} in ${where}: ${(err as Error).message}`);
  }
}

export function indexed(pattern: string, src: string, flags: string): IndexedRule {
  const anchored = pattern.trim().startsWith('<');
  return { re: new RegExp(src, 'y' + flags), first: firstChars(pattern), anchored };
}

export interface AllowSets {
  en: RuleIndex<IndexedRule> | null;
  ru: RuleIndex<IndexedRule> | null;
}

export function allowSets(lists: GateAllowList[]): AllowSets {
  const byLang = { en: [] as IndexedRule[], ru: [] as IndexedRule[] };
  for (const list of lists) {
    for (const a of list.allow) {
      for (const alternative of topLevelAlternatives(a)) {
        byLang[list.lang].push(indexed(alternative, compileDsl(alternative, `${list.lang} allow-list`), ''));
      }
    }
  }
  return {
    en: byLang.en.length ? new RuleIndex(byLang.en, '', true, ['two-byte']) : null, // the Latin form is scanned two-byte
    ru: byLang.ru.length ? new RuleIndex(byLang.ru, '', true, ['two-byte']) : null,
  };
}

/**
 * One set per list: the token-form cache belongs to one latin-safe set and is cleared when another
 * comes, so the built-in rules and the operator's (which reuse the built-in list) share it.
 */
const latinSafeSets = new WeakMap<readonly string[], Set<string>>();
export function latinSafeSet(words: readonly string[]): Set<string> {
  let set = latinSafeSets.get(words);
  if (!set) latinSafeSets.set(words, (set = new Set(words.map((w) => w.toLowerCase()))));
  return set;
}
