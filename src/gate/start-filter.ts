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

interface KeyNode {
  /** A key ends here: a rule can start where the text reads the path to this node. */
  end?: true;
  next?: Map<number, KeyNode>;
}

/** Longest start read per rule: three characters tell a rule's start from ordinary text. */
const KEY_LENGTH = 3;

export class StartFilter {
  private readonly root: KeyNode = {};

  /** Null when a rule's start cannot be read (then the rules must be scanned everywhere). */
  static of(sources: readonly string[]): StartFilter | null {
    const filter = new StartFilter();
    for (const source of sources) {
      const prefixes = matchPrefixes(source);
      let keys: Set<string> | null = null;
      for (let k = KEY_LENGTH; k >= 1 && !keys; k--) keys = prefixes(k);
      if (!keys) return null;
      for (const key of keys) filter.add(key);
    }
    return filter;
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

  /** The first position in [from, to) where one of the rules can start, or -1. */
  next(text: string, from: number, to: number): number {
    for (let i = from; i < to; i++) {
      let node: KeyNode | undefined = this.root;
      for (let j = i; j < text.length && (node = node.next?.get(text.charCodeAt(j))); j++) {
        if (node.end) return i;
      }
    }
    return -1;
  }
}
