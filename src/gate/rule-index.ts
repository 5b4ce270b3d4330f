/**
 * Finds rule matches without trying every rule at every position: rules are bucketed
 * by the first two characters their match can start with (the first one when the two are
 * not known), and anchored rules ("<word") are only tried where a word starts. Pure.
 */
import { matchPrefixes } from './regex-prefix.js';
import { WORD_START } from './pattern.js';
import { keyAt, ruleKeys, StartFilter } from './start-filter.js';
import { triggerHead } from './trigger-head.js';

export interface IndexedRule {
  /** Sticky regex of this rule alone. */
  re: RegExp;
  /** Characters a match can start with; null when unknown (tried everywhere). */
  first: Set<string> | null;
  /** Only matches at a word start. */
  anchored: boolean;
}

interface Bucket<R> {
  anchored: R[];
  /** The bucket's rules combined, in chunks small enough for V8 to compile to native code. */
  chunks: Chunk<R>[];
}

/** Buckets by the text's next characters, as a trie on char codes (no string per lookup). */
interface KeyNode<R> {
  bucket?: Bucket<R>;
  next?: Map<number, KeyNode<R>>;
}

interface Chunk<R> {
  re: RegExp;
  rules: R[];
}

/** Rules that may start inside a word, tried only where one of them can start (or everywhere). */
interface InWordChunk<R> extends Chunk<R> {
  /** Null: `re` is global and scanned from each miss on; else `re` is sticky, tried at the filter's positions. */
  starts: StartFilter | null;
}

/**
 * V8 never compiles a regex whose source is over ~20 KB to native code and interprets it
 * instead, several times slower: one bucket grown past that halved the gate's throughput.
 */
const MAX_CHUNK_SOURCE = 12_000;

/**
 * V8 runs a regex's first executions in its bytecode interpreter and compiles it to native
 * code only later, except when the subject is long (over ~1 000 characters), where it compiles
 * at once. Interpreting these big alternations is very slow (the first checks after start took
 * ~0.5 s each, ~10 s in all), so each combined regex is run once on a long subject of one
 * repeated character that no rule starts with: it compiles to native code then, per regex and
 * without any process-wide flag. V8 keeps one-byte and two-byte code apart, so both are primed.
 */
const NATIVE_PRIMERS: Record<SubjectWidth, string> = {
  'one-byte': '\u0001'.repeat(1200), // Latin-1 text, e.g. the Latin form of a message
  'two-byte': '\u0001'.repeat(1199) + '\u0100', // any text with Cyrillic or emoji
};

/**
 * V8 compiles a regex to native code separately for one-byte (Latin-1) and two-byte subjects.
 * The Latin form of a Russian message keeps Cyrillic letters (two-byte), of an English one not:
 * scanning both kinds doubled the English rules' native code. A space and "Ā" (U+0100, no rule
 * reads it) at the end make every Latin form two-byte.
 */
export function asTwoByte(text: string): string {
  return `${text} \u0100`;
}

/** The kinds of string a rule set will scan; V8 compiles a regex for each kind separately. */
export type SubjectWidth = 'one-byte' | 'two-byte';

export function primeNative(re: RegExp, widths: readonly SubjectWidth[]): void {
  for (const width of widths) {
    re.lastIndex = 0;
    re.exec(NATIVE_PRIMERS[width]);
  }
  re.lastIndex = 0;
}

function chunked<R extends IndexedRule>(
  rules: R[],
  flags: string,
  capture: boolean,
  atWordStart = false,
  heads: ReadonlyMap<R, string> = new Map(),
): Chunk<R>[] {
  const out: Chunk<R>[] = [];
  let part: R[] = [];
  let size = 0;
  const flush = () => {
    const re = combine(part, flags, capture, atWordStart, heads);
    if (re) out.push({ re, rules: part });
    part = [];
    size = 0;
  };
  for (const rule of rules) {
    const length = (heads.get(rule) ?? rule.re.source).length;
    if (size + length > MAX_CHUNK_SOURCE && part.length) flush();
    part.push(rule);
    size += length + 3;
  }
  flush();
  return out;
}

/** The pattern language's word characters (WORD_CHARS in pattern.ts: "0-9a-zа-я*"), by code. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 42;
}

/**
 * One regex for many rules. With `capture`, each rule is a capturing group, so a match
 * tells which rule fired without re-running them (only for rules without groups of their own).
 */
function combine<R extends IndexedRule>(
  rules: R[],
  flags: string,
  capture: boolean,
  atWordStart: boolean,
  heads: ReadonlyMap<R, string>,
): RegExp | null {
  if (!rules.length) return null;
  // Tried only where a word starts (find checks it), so a leading word-start test is dropped:
  // ~20 % faster per try, as V8 can then pre-check each alternative's first letters.
  const body = (r: R) =>
    heads.get(r) ?? (atWordStart && r.re.source.startsWith(WORD_START) ? r.re.source.slice(WORD_START.length) : r.re.source);
  return new RegExp(rules.map((r) => (capture ? `(${body(r)})` : `(?:${body(r)})`)).join('|'), flags);
}

/**
 * A rule filed under many keys ("<(убил|зарезал|застрелил…) ~ …") would be compiled into every
 * one of their buckets, its whole tail each time: the rules' native code shares V8's fixed code
 * range with the whole process (test/gate/code-space.test.ts), and such copies nearly filled it.
 * Those buckets hold only the start of the rule (trigger-head.ts), as a trigger; where it matches, the rule's
 * own regex (compiled once) decides. Same results, as the trigger matches wherever the rule does.
 */
const TRIGGER_FROM_KEYS = 3;

/**
 * Rules are filed by the first two characters their match can start with: a word start tries
 * only the rules that can begin there. One bucket per first character held up to ~180 rules that
 * all share that letter, and each try ran their alternatives (~10 µs, mostly cache misses in
 * ~130 big compiled regexes); a two-character bucket holds a few dozen. A doubled letter ("сс",
 * "ss": a stretchable first letter can always be doubled) would bucket every rule of its letter
 * again, so there the third character decides as well.
 */
const PAIR = 2;
const DOUBLED = 3;

/**
 * A word start runs its bucket only where a rule's first four characters stand (fewer where the
 * rule's are not known): a bucket's key is two or three characters, and most word starts that
 * reach a bucket ("нари…", "кот…") begin no rule of it. A rule that may start inside a word is
 * tried where its first three characters stand.
 */
const WORD_START_KEY = 4;
const IN_WORD_KEY = 3;
/** A later rule of a bucket runs alone only where one of its first (up to) six characters stand. */
const RULE_KEY = 6;

/** The keys a rule is filed under: its 2- or 3-character starts, or its first characters. */
function filingKeys(rule: IndexedRule & { first: Set<string> }, byPrefix: boolean): string[] {
  const prefixes = byPrefix ? matchPrefixes(rule.re.source) : null;
  const pairs = prefixes && prefixes(PAIR);
  if (!pairs) return [...rule.first];
  const keys: string[] = [];
  let triples: Set<string> | null | undefined;
  // Only where `first` allows: a rule is tried where it always was, and nowhere else.
  for (const pair of pairs) {
    if (!rule.first.has(pair[0])) continue;
    if (pair[0] !== pair[1]) {
      keys.push(pair);
      continue;
    }
    if (triples === undefined) triples = prefixes!(DOUBLED);
    // A run of three equal letters never reaches a rule (the texts' runs are cut to two), though
    // a stretched letter's regex ("с+") would allow it.
    if (triples) keys.push(...[...triples].filter((t) => t.startsWith(pair) && t[2] !== pair[0]));
    else keys.push(pair);
  }
  return keys;
}

export class RuleIndex<R extends IndexedRule> {
  /**
   * By the text's next characters (the longest key present wins): the rules filed under that
   * key or under a shorter start of it, in rule order.
   */
  private readonly buckets: KeyNode<R> = {};
  /** The buckets without repeats (many keys hold the same rules). */
  private readonly distinctBuckets: Bucket<R>[];
  private readonly everywhere: R[] = [];
  /** Where a rule anchored at a word start can begin; null when some rule's start is not known. */
  private readonly wordStarts: StartFilter | null;
  private readonly everywhereChunks: InWordChunk<R>[];
  /** Rules whose buckets hold only their start (TRIGGER_FROM_KEYS), by rule. */
  private readonly heads = new Map<R, string>();
  /** The keys each word-start rule is filed under: a later rule is run alone only where one stands. */
  private readonly keysOf = new Map<R, string[]>();

  /** `capture`: the rules' sources have no capturing groups (true for the pattern language). */
  constructor(
    rules: R[],
    private readonly flags: string,
    private readonly capture = true,
    /** The strings this index will scan (a wrong guess costs speed once, never results). */
    private readonly widths: readonly SubjectWidth[] = ['one-byte', 'two-byte'],
  ) {
    // Prefixes are read per UTF-16 unit, which a "u" or "i" regex does not match one by one.
    const byPrefix = !/[ui]/.test(flags);
    const filed = new Map<string, R[]>();
    for (const rule of rules) {
      // Rules that may start inside a word ("пизд", "f[uv]ck") share one regex scanned over
      // the whole text: one call beats a call at every position.
      if (!rule.first || !rule.anchored) {
        this.everywhere.push(rule);
        continue;
      }
      const keys = filingKeys({ ...rule, first: rule.first }, byPrefix);
      this.keysOf.set(rule, ruleKeys({ source: rule.re.source, first: rule.first }, RULE_KEY) ?? keys);
      const head = capture && keys.length >= TRIGGER_FROM_KEYS ? triggerHead(rule.re.source) : null;
      if (head) this.heads.set(rule, head);
      for (const key of keys) {
        const list = filed.get(key);
        if (list) list.push(rule);
        else filed.set(key, [rule]);
      }
    }
    // A key's bucket keeps the rule order, so the first rule to match at a place is the same
    // as with one regex for all of them.
    const order = new Map(rules.map((rule, k) => [rule, k]));
    const shared = new Map<string, Bucket<R>>();
    for (const key of filed.keys()) {
      const list: R[] = [];
      for (let n = 1; n <= key.length; n++) list.push(...(filed.get(key.slice(0, n)) ?? []));
      // Triggers go after the bucket's other rules: a trigger that fails makes the later rules of
      // its chunk run one by one, so it is cheapest last (the rule that wins at one place may then
      // differ, never whether one does).
      list.sort((a, b) => Number(this.heads.has(a)) - Number(this.heads.has(b)) || order.get(a)! - order.get(b)!);
      const signature = list.map((rule) => order.get(rule)).join(',');
      let b = shared.get(signature);
      if (!b) {
        b = { anchored: list, chunks: chunked(list, 'y' + flags, capture, true, this.heads) };
        shared.set(signature, b);
      }
      let node = this.buckets;
      for (let n = 0; n < key.length; n++) {
        node.next ??= new Map();
        const code = key.charCodeAt(n);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = {}));
        node = child;
      }
      node.bucket = b;
    }
    this.distinctBuckets = [...shared.values()];
    const anchored = rules.filter((rule) => rule.first && rule.anchored);
    this.wordStarts = byPrefix
      ? StartFilter.of(
          anchored.map((rule) => ({ source: rule.re.source, first: rule.first })),
          WORD_START_KEY,
        )
      : null;
    this.everywhereChunks = this.inWordChunks(flags, capture, byPrefix);
  }

  /**
   * Rules whose first characters tell their start go in sticky chunks tried only where those stand;
   * the rest ("[а-я]*ск(ая|ую) свин…", one letter that can be any) in global chunks scanned from
   * each miss on: one such rule in a chunk would make every position a place to try.
   */
  private inWordChunks(flags: string, capture: boolean, byPrefix: boolean): InWordChunk<R>[] {
    const startOf = (rule: R) => ({ source: rule.re.source, first: rule.first });
    const filtered = byPrefix ? this.everywhere.filter((rule) => StartFilter.selective(startOf(rule), IN_WORD_KEY)) : [];
    const isFiltered = new Set(filtered);
    const scanned = this.everywhere.filter((rule) => !isFiltered.has(rule));
    return [
      ...chunked(filtered, 'y' + flags, capture).map((chunk) => {
        const starts = StartFilter.of(chunk.rules.map(startOf), IN_WORD_KEY);
        return starts ? { ...chunk, starts } : { ...chunk, re: new RegExp(chunk.re.source, 'g' + flags), starts };
      }),
      ...chunked(scanned, 'g' + flags, capture).map((chunk) => ({ ...chunk, starts: null })),
    ];
  }

  /** The bucket of the longest key the text at `i` starts with. */
  private bucketAt(text: string, i: number): Bucket<R> | undefined {
    let found: Bucket<R> | undefined;
    let node: KeyNode<R> | undefined = this.buckets;
    for (let j = i; j < text.length && (node = node.next?.get(text.charCodeAt(j))); j++) {
      if (node.bucket) found = node.bucket;
    }
    return found;
  }

  /** One job per combined regex that compiles it to native code (see NATIVE_PRIMERS). */
  primers(): Array<() => void> {
    const all = [...this.distinctBuckets.flatMap((b) => b.chunks), ...this.everywhereChunks];
    return all.map((chunk) => () => primeNative(chunk.re, this.widths));
  }

  /**
   * The first rule (by position, then rule order) whose match at [start, end) the
   * caller accepts; positions limited to [from, to) when given.
   */
  find(text: string, accept: (rule: R, start: number, end: number) => boolean, from = 0, to = text.length): R | null {
    for (let i = from; i < to; i++) {
      if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
      if (this.wordStarts && !this.wordStarts.startsAt(text, i)) continue;
      const b = this.bucketAt(text, i);
      if (!b) continue;
      for (const chunk of b.chunks) {
        const hit = this.tryAt(chunk.re, chunk.rules, text, i, accept);
        if (hit) return hit;
      }
    }
    // Chunk by chunk: a later chunk's rule may match earlier in the text (order by position
    // is for the verdict's reason only; any accepted rule blocks).
    for (const { re, rules, starts } of this.everywhereChunks) {
      if (starts) {
        // The leftmost match at or after `from`, as the global scan finds it: it starts at a filtered position.
        for (let at = starts.next(text, from, to); at >= 0; at = starts.next(text, at + 1, to)) {
          re.lastIndex = at;
          const m = re.exec(text);
          const hit = m && this.resolve(m, rules, text, accept);
          if (hit) return hit;
        }
        continue;
      }
      re.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && m.index < to) {
        const hit = this.resolve(m, rules, text, accept);
        if (hit) return hit;
        // Step a whole code point: with flag "u" a lastIndex inside a surrogate pair snaps back.
        const code = text.charCodeAt(m.index);
        re.lastIndex = m.index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      }
    }
    return null;
  }

  private tryAt(
    combined: RegExp,
    rules: R[],
    text: string,
    at: number,
    accept: (rule: R, start: number, end: number) => boolean,
  ): R | null {
    combined.lastIndex = at;
    const m = combined.exec(text);
    return m ? this.resolve(m, rules, text, accept) : null;
  }

  /** The accepted rule behind a combined match, trying the later rules at the same place if refused. */
  private resolve(m: RegExpExecArray, rules: R[], text: string, accept: (rule: R, start: number, end: number) => boolean): R | null {
    const at = m.index;
    let first = 0;
    if (this.capture) {
      while (first < rules.length && m[first + 1] === undefined) first++;
      const rule = rules[first];
      if (rule && !this.heads.has(rule) && accept(rule, at, at + m[0].length)) return rule;
      // A trigger matched: the rule's own regex decides, then the later rules as below.
      if (!rule || !this.heads.has(rule)) first++;
    }
    // Most later rules cannot start with the character at `at`: skipping them saves running each
    // one's own regex after every refused match (an allow-listed word, a context that fails).
    const startsWith = text[at];
    for (let k = first; k < rules.length; k++) {
      const rule = rules[k];
      const keys = this.keysOf.get(rule);
      if (keys ? !keyAtAny(text, at, keys) : rule.first && !rule.first.has(startsWith)) continue;
      rule.re.lastIndex = at;
      const mm = rule.re.exec(text);
      if (mm && accept(rule, at, at + mm[0].length)) return rule;
    }
    return null;
  }
}

function keyAtAny(text: string, at: number, keys: readonly string[]): boolean {
  for (const key of keys) if (keyAt(text, at, key)) return true;
  return false;
}
