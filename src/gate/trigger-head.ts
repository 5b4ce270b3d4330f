/**
 * The trigger of a rule filed under many buckets: the start of its compiled regex that a bucket
 * holds in its place (rule-index.ts TRIGGER_FROM_KEYS). Pure.
 *
 * A trigger must match wherever its rule does, so it is a prefix of the rule's top-level sequence.
 * Where it matches, the rule's own regex runs, and where that fails every later rule of the bucket
 * that starts with the same letter runs alone too: a trigger of the leading group only
 * ("(на|в) …", "(под|по|при…)(за|на…)еб…") fired on every "на", "в" and "по" and cost ~50 such
 * single-rule runs per paraphrase-heavy message, a fifth of the gate's time. The trigger now goes
 * on past the leading group through the next few items that must match.
 */
import { WORD_START } from './pattern.js';

/** The end of the top-level item starting at `i` (a character, escape, class or group), before its quantifier. */
function itemEnd(s: string, i: number): number {
  const c = s[i];
  if (c === '\\') return i + 2;
  if (c === '[') {
    let j = i + 1;
    for (; j < s.length && s[j] !== ']'; j++) if (s[j] === '\\') j++;
    return j + 1;
  }
  if (c !== '(') return i + 1;
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const d = s[j];
    if (d === '\\') j++;
    else if (d === '[') {
      for (j++; j < s.length && s[j] !== ']'; j++) if (s[j] === '\\') j++;
    } else if (d === '(') depth++;
    else if (d === ')' && --depth === 0) return j + 1;
  }
  return s.length;
}

/** The end of the quantifier at `i` ("+", "{0,30}", "?" …, with a lazy "?"), or `i` when there is none. */
function quantifierEnd(s: string, i: number): number {
  let j = i;
  if (s[j] === '+' || s[j] === '*' || s[j] === '?') j++;
  else if (s[j] === '{') {
    const close = s.indexOf('}', j);
    if (close < 0 || !/^\{\d+(,\d*)?\}$/.test(s.slice(j, close + 1))) return i;
    j = close + 1;
  } else return i;
  if (s[j] === '?') j++;
  return j;
}

/** True for a quantifier that lets its item match nothing ("?", "*", "{0,…}"). */
function optional(quantifier: string): boolean {
  return quantifier.startsWith('?') || quantifier.startsWith('*') || quantifier.startsWith('{0');
}

/** The leading group of a compiled rule (after its word-start test) when it is not optional, else null. */
export function leadingGroup(source: string): string | null {
  const s = source.startsWith(WORD_START) ? source.slice(WORD_START.length) : source;
  if (!s.startsWith('(?:')) return null;
  const end = itemEnd(s, 0);
  // An optional or repeated group can match nothing; a group that is the whole rule saves nothing.
  if (end >= s.length || '?*+{'.includes(s[end])) return null;
  return s.slice(0, end);
}

/** Items after the leading group a trigger takes at most: enough to tell most words apart. */
const MAX_ITEMS_AFTER_GROUP = 4;

/**
 * The leading group and the items after it that must match, up to MAX_ITEMS_AFTER_GROUP, stopping
 * at the first item that may match nothing, at a lookaround and at a filler ("~"): a prefix of the
 * rule's sequence, so it matches wherever the rule does. Null where leadingGroup is null, or where
 * the trigger would be the whole rule.
 */
export function triggerHead(source: string): string | null {
  const group = leadingGroup(source);
  if (!group) return null;
  const s = source.startsWith(WORD_START) ? source.slice(WORD_START.length) : source;
  let end = group.length;
  for (let items = 0; items < MAX_ITEMS_AFTER_GROUP && end < s.length; items++) {
    if (s.startsWith('(?=', end) || s.startsWith('(?!', end) || s.startsWith('(?<', end)) break;
    const atomEnd = itemEnd(s, end);
    const next = quantifierEnd(s, atomEnd);
    const atom = s.slice(end, atomEnd);
    if (optional(s.slice(atomEnd, next)) || atom.includes('[^')) break;
    end = next;
  }
  return end >= s.length ? null : s.slice(0, end);
}
