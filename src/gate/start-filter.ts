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

export class StartFilter {
  private readonly root: KeyNode = {};

  /**
   * From each rule its first `keyLength` characters (fewer where those cannot be read); null when
   * a rule's start cannot be read at all (then the rules must be tried everywhere).
   */
  static of(sources: readonly string[], keyLength: number): StartFilter | null {
    const filter = new StartFilter();
    for (const source of sources) {
      const prefixes = matchPrefixes(source);
      let keys: Set<string> | null = null;
      for (let k = keyLength; k >= 1 && !keys; k--) keys = prefixes(k);
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

  /** True when one of the rules can start at `at`. */
  startsAt(text: string, at: number): boolean {
    let node: KeyNode | undefined = this.root;
    for (let j = at; j < text.length && (node = node.next?.get(text.charCodeAt(j))); j++) {
      if (node.end) return true;
    }
    return false;
  }

  /** The first position in [from, to) where one of the rules can start, or -1. */
  next(text: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.startsAt(text, i)) return i;
    return -1;
  }
}
