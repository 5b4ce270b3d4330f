/**
 * The rules that can start at a place of a text, by their first letters. Pure.
 *
 * Each rule is filed under its first (up to six) letters as start-filter.ts reads them (a letter
 * repeated by a quantifier once); a walk down the text from a place collects the rules of every
 * key it passes. Only those rules' own regexes run there. This replaced buckets of rules combined
 * into one big regex per two-letter key: V8 runs a combined regex by trying its alternatives one
 * after another through ~100 KB of native code, and with ~170 MB of such code a gate check spent
 * most of its time waiting for code to come from memory (a message checked five times in a row
 * took 200 µs, checked once among others 500 µs).
 */

interface TrieNode<R> {
  /** Rules whose key ends here. */
  rules?: R[];
  next?: Map<number, TrieNode<R>>;
}

export class RuleTrie<R> {
  private readonly root: TrieNode<R> = {};

  add(key: string, rule: R): void {
    let node = this.root;
    for (let n = 0; n < key.length; n++) {
      node.next ??= new Map();
      const code = key.charCodeAt(n);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = {}));
      node = child;
    }
    node.rules ??= [];
    if (!node.rules.includes(rule)) node.rules.push(rule);
  }

  /** Adds to `out` the rules whose keys stand at `at`; a character repeating the one before may be passed over. */
  collect(text: string, at: number, out: Set<R>): void {
    this.walk(text, at, this.root, -1, out);
  }

  private walk(text: string, j: number, node: TrieNode<R>, previous: number, out: Set<R>): void {
    for (; j < text.length; j++) {
      const code = text.charCodeAt(j);
      const child = node.next?.get(code);
      if (code === previous && child) this.walk(text, j + 1, node, code, out);
      if (!child) {
        if (code === previous) continue;
        return;
      }
      if (child.rules) for (const rule of child.rules) out.add(rule);
      node = child;
      previous = code;
    }
  }
}
