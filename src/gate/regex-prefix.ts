/**
 * The strings a regex's matches can begin with, read from its source. Pure.
 *
 * The rule index files a rule under the first two characters its match can start with, so a
 * word start tries only the few rules that can match there (see rule-index.ts). The answer may
 * hold strings no match starts with (lookarounds are skipped, not checked), but never misses
 * one: a prefix set that is too big, or a construct this reader does not know, gives null.
 *
 * It reads the subset of regex syntax the pattern language compiles to (pattern.ts): literals,
 * `[...]` classes, `(?:...)` groups, `|`, lookarounds, `\` escapes of punctuation and the
 * quantifiers `? * + {m} {m,} {m,n}`.
 */

type Node =
  | { kind: 'chars'; chars: readonly string[] | null } // null: any character
  | { kind: 'class'; body: string } // a "[...]" class, read only if a prefix reaches it
  | { kind: 'empty' } // zero-width: an assertion or a lookaround
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** Above this many prefixes the rule is filed by its first character only. */
const MAX_PREFIXES = 256;

class UnknownSyntax extends Error {}

class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i !== this.src.length) throw new UnknownSyntax();
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'seq', items };
  }

  private atom(): Node {
    const s = this.src;
    const ch = s[this.i];
    if (ch === '(') {
      let zeroWidth = false;
      if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (s.startsWith('(?<!', this.i) || s.startsWith('(?<=', this.i)) [this.i, zeroWidth] = [this.i + 4, true];
      else if (s.startsWith('(?!', this.i) || s.startsWith('(?=', this.i)) [this.i, zeroWidth] = [this.i + 3, true];
      else if (s[this.i + 1] === '?')
        throw new UnknownSyntax(); // named groups and the like
      else this.i++;
      // A lookaround matches no characters: its body is skipped, not read.
      const inner: Node = zeroWidth ? this.skipGroupBody() : this.alternation();
      if (s[this.i] !== ')') throw new UnknownSyntax();
      this.i++;
      return inner;
    }
    if (ch === '[') return this.charClass();
    if (ch === '^' || ch === '$') {
      this.i++;
      return { kind: 'empty' };
    }
    if (ch === '.') {
      this.i++;
      return { kind: 'chars', chars: null };
    }
    if (ch === '\\') return { kind: 'chars', chars: [this.escaped()] };
    if ('?*+{}]'.includes(ch)) throw new UnknownSyntax();
    this.i += ch.length;
    return { kind: 'chars', chars: [ch] };
  }

  /** Moves to the ")" closing the current group. */
  private skipGroupBody(): Node {
    const s = this.src;
    let depth = 0;
    for (; this.i < s.length; this.i++) {
      const c = s[this.i];
      if (c === '\\') this.i++;
      else if (c === '[') this.i = this.classEnd(this.i);
      else if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) return { kind: 'empty' };
    }
    throw new UnknownSyntax();
  }

  /** Index of the "]" closing the class opened at `open`. */
  private classEnd(open: number): number {
    for (let j = open + 1; j < this.src.length; j++) {
      if (this.src[j] === '\\') j++;
      else if (this.src[j] === ']') return j;
    }
    throw new UnknownSyntax();
  }

  /** A backslash and a punctuation character; letter escapes (\d, \b, \u…) are not read. */
  private escaped(): string {
    const c = this.src[this.i + 1];
    if (c === undefined || /[0-9A-Za-z]/.test(c)) throw new UnknownSyntax();
    this.i += 2;
    return c;
  }

  private charClass(): Node {
    const close = this.classEnd(this.i);
    const body = this.src.slice(this.i + 1, close);
    this.i = close + 1;
    return { kind: 'class', body };
  }

  private quantified(node: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const ch = s[this.i];
    if (ch === '?' || ch === '*' || ch === '+') {
      [min, max] = ch === '?' ? [0, 1] : ch === '*' ? [0, Infinity] : [1, Infinity];
      this.i++;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i, this.i + 16));
      if (!m) throw new UnknownSyntax();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else {
      return node;
    }
    if (s[this.i] === '?') this.i++; // lazy: matches the same strings
    if (node.kind === 'empty') return node;
    return { kind: 'repeat', node, min, max };
  }
}

/** The characters of a class body ("a-zа-я*", "^ |"); null for a negated class (any character). */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const chars = new Set<string>();
  const take = (j: number): [string, number] => {
    if (body[j] !== '\\') return [body[j], j + 1];
    const c = body[j + 1];
    if (c === undefined || /[0-9A-Za-z]/.test(c)) throw new UnknownSyntax();
    return [c, j + 2];
  };
  for (let j = 0; j < body.length;) {
    const [from, next] = take(j);
    j = next;
    if (body[j] === '-' && j + 1 < body.length) {
      const [to, after] = take(j + 1);
      j = after;
      const a = from.charCodeAt(0);
      const b = to.charCodeAt(0);
      if (b < a || b - a > MAX_PREFIXES) throw new UnknownSyntax();
      for (let c = a; c <= b; c++) chars.add(String.fromCharCode(c));
    } else {
      chars.add(from);
    }
  }
  return [...chars];
}

/** A set of prefixes: each string is either `k` long or a whole match shorter than `k`. */
type Prefixes = Set<string>;

class TooMany extends Error {}

function add(out: Prefixes, s: string): void {
  out.add(s);
  if (out.size > MAX_PREFIXES) throw new TooMany();
}

/**
 * The first `k` characters of `node`'s matches, each preceded by one of `before`. `squeeze`: one
 * letter repeated ("о+", "s{0,2}") is read once (the rule trie reads the text to match); without it
 * each stretchable letter doubles the set.
 */
function extend(before: Prefixes, node: Node, k: number, squeeze: boolean): Prefixes {
  const out: Prefixes = new Set();
  const open: string[] = [];
  for (const s of before) {
    if (s.length >= k) add(out, s);
    else open.push(s);
  }
  if (!open.length) return out;
  switch (node.kind) {
    case 'empty':
      for (const s of open) add(out, s);
      return out;
    case 'chars':
    case 'class': {
      const chars = node.kind === 'chars' ? node.chars : classChars(node.body);
      if (!chars) throw new TooMany();
      for (const s of open) for (const c of chars) add(out, s + c);
      return out;
    }
    case 'seq': {
      let cur: Prefixes = new Set(open);
      for (const item of node.items) cur = extend(cur, item, k, squeeze);
      for (const s of cur) add(out, s);
      return out;
    }
    case 'alt':
      for (const option of node.options) for (const s of extend(new Set(open), option, k, squeeze)) add(out, s);
      return out;
    case 'repeat':
      if (squeeze && node.node.kind === 'chars' && node.node.chars?.length === 1) {
        // One letter repeated reads as that letter once (or not at all when it may be absent).
        if (node.min === 0) for (const s of open) add(out, s);
        for (const s of extend(new Set(open), node.node, k, squeeze)) add(out, s);
        return out;
      }
      for (const s of repeated(new Set(open), node, k, squeeze)) add(out, s);
      return out;
    default: {
      const never: never = node;
      return never;
    }
  }
}

/** `node` repeated min..max times after `before`: the union over the counts, up to a fixpoint. */
function repeated(before: Prefixes, node: { node: Node; min: number; max: number }, k: number, squeeze: boolean): Prefixes {
  let cur = before;
  for (let n = 0; n < node.min; n++) {
    const next = extend(cur, node.node, k, squeeze);
    if (sameSet(next, cur)) break; // every prefix is already k long (or the item is empty)
    cur = next;
  }
  let all: Prefixes = new Set(cur);
  for (let n = node.min; n < node.max; n++) {
    const next = extend(all, node.node, k, squeeze);
    for (const s of all) next.add(s);
    if (sameSet(next, all)) break;
    all = next;
  }
  return all;
}

function sameSet(a: Prefixes, b: Prefixes): boolean {
  if (a.size !== b.size) return false;
  for (const s of a) if (!b.has(s)) return false;
  return true;
}

/**
 * For a regex source, a function giving the `k`-character strings every match starts with, or
 * null when a match can be shorter than `k`, the set would hold more than MAX_PREFIXES strings,
 * or the syntax is unknown. `squeeze`: with a letter repeated by a quantifier read once.
 */
export function matchPrefixes(source: string, squeeze = false): (k: number) => Set<string> | null {
  let node: Node | null = null;
  try {
    node = new Reader(source).parse();
  } catch (err) {
    if (!(err instanceof UnknownSyntax)) throw err;
  }
  return (k) => {
    if (!node) return null;
    try {
      const prefixes = extend(new Set(['']), node, k, squeeze);
      for (const s of prefixes) if (s.length < k) return null;
      return prefixes;
    } catch (err) {
      if (err instanceof UnknownSyntax || err instanceof TooMany) return null;
      throw err;
    }
  };
}
