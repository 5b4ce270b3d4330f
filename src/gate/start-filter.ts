/**
 * Where in a text a set of rules can start, from the first characters of their matches. Pure.
 *
 * The rules that may start inside a word ("пизд", "f[uv]ck") were one global regex scanned over
 * the whole text: V8 tried each of their ~170 alternatives at every position, ~30 µs per form of
 * a 65-character message, a quarter of the gate's time on paraphrase-heavy sets. Their first
 * three characters (read from the compiled regex by regex-prefix.ts) hold at a few positions of a
 * text at most; the combined regex is tried only there.
 */
import { matchPrefixes } from './regex-prefix.js';

/** A rule as the filter reads it: its compiled regex source and, if known, the characters it starts with. */
export interface StartOf {
  source: string;
  first?: ReadonlySet<string> | null;
}

interface KeyNode {
  /** A key ends here: a rule can start where the text reads the path to this node. */
  end?: true;
  next?: Map<number, KeyNode>;
}

export class StartFilter {
  private readonly root: KeyNode = {};

  /**
   * From each rule its first `keyLength` characters (fewer where those cannot be read, else its
   * `first` characters); null when a rule's start is not known at all (then the rules must be
   * tried everywhere).
   */
  static of(rules: readonly StartOf[], keyLength: number): StartFilter | null {
    const filter = new StartFilter();
    for (const rule of rules) {
      const keys = StartFilter.keysOf(rule, keyLength);
      if (!keys) return null;
      for (const key of keys) filter.add(key);
    }
    return filter;
  }

  /** The keys a rule is filed under: its first `keyLength` characters, or fewer, or its `first`; null when unknown. */
  static keysOf({ source, first }: StartOf, keyLength: number): ReadonlySet<string> | null {
    const prefixes = matchPrefixes(source, true);
    for (let k = keyLength; k >= 1; k--) {
      const keys = prefixes(k);
      if (keys) return keys;
    }
    return first ?? null; // the characters the pattern language says a match starts with
  }

  /** True when a rule's keys tell its start from most places: two characters or more. */
  static selective(rule: StartOf, keyLength: number): boolean {
    const keys = StartFilter.keysOf(rule, keyLength);
    return keys !== null && [...keys].every((key) => key.length >= 2);
  }

  private add(key: string): void {
    let node = this.root;
    for (let n = 0; n < key.length; n++) {
      node.next ??= new Map();
      const code = key.charCodeAt(n);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = {}));
      node = child;
    }
    node.end = true;
  }

  /**
   * True when one of the rules can start at `at`. A key reads a letter repeated by a quantifier
   * once ("о+т+" is "от"), so a character that repeats the one before it may also be passed over.
   */
  startsAt(text: string, at: number): boolean {
    return this.walk(text, at, this.root, -1);
  }

  private walk(text: string, j: number, node: KeyNode, previous: number): boolean {
    for (; j < text.length; j++) {
      const code = text.charCodeAt(j);
      const child = node.next?.get(code);
      if (code === previous && child && this.walk(text, j + 1, node, code)) return true;
      if (!child) {
        if (code === previous) continue;
        return false;
      }
      if (child.end) return true;
      node = child;
      previous = code;
    }
    return false;
  }

  /** The first position in [from, to) where one of the rules can start, or -1. */
  next(text: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.startsAt(text, i)) return i;
    return -1;
  }
}

/** Most keys a rule is checked against one by one (keyAt) before its regex runs alone. */
const MAX_RULE_KEYS = 12;

/**
 * A rule's longest starts (up to `keyLength` characters, as StartFilter reads them) that are few
 * enough to check one by one; null when not even one character is known.
 */
export function ruleKeys(rule: StartOf, keyLength: number): string[] | null {
  const prefixes = matchPrefixes(rule.source, true);
  for (let k = keyLength; k >= 1; k--) {
    const keys = prefixes(k);
    if (keys && (keys.size <= MAX_RULE_KEYS || k === 1)) return [...keys];
  }
  return rule.first ? [...rule.first] : null;
}

/** True when `key` stands at `at`, a character that repeats the one before it passed over or not (see startsAt). */
export function keyAt(text: string, at: number, key: string): boolean {
  return keyFrom(text, at, key, 0, -1);
}

function keyFrom(text: string, j: number, key: string, n: number, previous: number): boolean {
  for (; n < key.length; j++) {
    if (j >= text.length) return false;
    const code = text.charCodeAt(j);
    if (code === key.charCodeAt(n)) {
      if (code === previous && keyFrom(text, j + 1, key, n, previous)) return true;
      n++;
      previous = code;
    } else if (code !== previous) {
      return false;
    }
  }
  return true;
}
