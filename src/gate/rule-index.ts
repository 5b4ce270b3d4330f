/**
 * Finds rule matches without trying every rule at every position. Pure.
 *
 * Each rule is filed in a trie under its first (up to six) letters (rule-trie.ts, rule-keys.ts):
 * at a place of the text only the rules whose letters stand there run, each its own small regex.
 * Rules anchored at a word start ("<word") are looked up only where a word starts, the others
 * ("пизд", "f[uv]ck", which may start inside a word) at every position. The few rules whose start
 * can be any letter, and the indexes whose regexes read code points (flag "u"), are combined into
 * global regexes scanned over the text.
 */
import { RuleTrie } from './rule-trie.js';
import { ruleStartKeys } from './rule-keys.js';

export interface IndexedRule {
  /** Sticky regex of this rule alone. */
  re: RegExp;
  /** Characters a match can start with; null when unknown (tried everywhere). */
  first: Set<string> | null;
  /** Only matches at a word start. */
  anchored: boolean;
}

interface Chunk<R> {
  /** Global regex of the chunk's rules, one alternative each (a capturing group with `capture`). */
  re: RegExp;
  rules: R[];
}

/**
 * V8 never compiles a regex whose source is over ~20 KB to native code and interprets it
 * instead, several times slower: one combined regex grown past that halved the gate's throughput.
 */
const MAX_CHUNK_SOURCE = 12_000;

/** A rule is filed under its first six letters (fewer where those are not known, see rule-keys.ts). */
const KEY_LENGTH = 6;

/**
 * V8 runs a regex's first executions in its bytecode interpreter and compiles it to native
 * code only later, except when the subject is long (over ~1 000 characters), where it compiles
 * at once. Interpreting is very slow (the first checks after start took ~0.5 s each when the
 * rules were big combined regexes), so each regex is run once on a long subject of one repeated
 * character that no rule starts with: it compiles to native code then, per regex and without any
 * process-wide flag. V8 keeps one-byte and two-byte code apart, so both are primed.
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

/** The pattern language's word characters (WORD_CHARS in pattern.ts: "0-9a-zа-я*"), by code. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 42;
}

/**
 * Rules combined into global regexes small enough for V8 to compile to native code. With
 * `capture`, each rule is a capturing group, so a match tells which rule fired without re-running
 * them (only for rules without groups of their own).
 */
function chunked<R extends IndexedRule>(rules: R[], flags: string, capture: boolean): Chunk<R>[] {
  const out: Chunk<R>[] = [];
  let part: R[] = [];
  let size = 0;
  const flush = () => {
    if (part.length) {
      const source = part.map((r) => (capture ? `(${r.re.source})` : `(?:${r.re.source})`)).join('|');
      out.push({ re: new RegExp(source, 'g' + flags), rules: part });
    }
    part = [];
    size = 0;
  };
  for (const rule of rules) {
    if (size + rule.re.source.length > MAX_CHUNK_SOURCE && part.length) flush();
    part.push(rule);
    size += rule.re.source.length + 3;
  }
  flush();
  return out;
}

export class RuleIndex<R extends IndexedRule> {
  /** Rules anchored at a word start, by their first letters. */
  private readonly atWordStart = new RuleTrie<R>();
  /** Rules that may start inside a word, by their first letters. */
  private readonly inWord = new RuleTrie<R>();
  private readonly filed: R[] = [];
  /** The rest, scanned over the whole text. */
  private readonly scannedChunks: Chunk<R>[];
  private readonly order = new Map<R, number>();
  /** The rules found at one place (reused: find runs at every place of every text). */
  private readonly found = new Set<R>();

  /** `capture`: the rules' sources have no capturing groups (true for the pattern language). */
  constructor(
    rules: R[],
    flags: string,
    private readonly capture = true,
    /** The strings this index will scan (a wrong guess costs speed once, never results). */
    private readonly widths: readonly SubjectWidth[] = ['one-byte', 'two-byte'],
  ) {
    // Keys are read per UTF-16 unit, which a "u" or "i" regex does not match one by one.
    const byKeys = !/[ui]/.test(flags);
    const scanned: R[] = [];
    rules.forEach((rule, n) => {
      this.order.set(rule, n);
      const keys = byKeys ? ruleStartKeys({ source: rule.re.source, first: rule.first }, KEY_LENGTH) : null;
      // A rule that may start inside a word and whose start can be any letter ("[а-я]*ск(ая|ую)
      // свин…") would be looked up at every position: it is scanned for instead.
      const trie = !keys ? null : rule.anchored ? this.atWordStart : [...keys].every((key) => key.length >= 2) ? this.inWord : null;
      if (!trie || !keys) {
        scanned.push(rule);
        return;
      }
      for (const key of keys) trie.add(key, rule);
      this.filed.push(rule);
    });
    this.scannedChunks = chunked(scanned, flags, capture);
  }

  /** One job per regex that compiles it to native code (see NATIVE_PRIMERS). */
  primers(): Array<() => void> {
    const all = [...this.filed.map((rule) => rule.re), ...this.scannedChunks.map((chunk) => chunk.re)];
    return all.map((re) => () => primeNative(re, this.widths));
  }

  /**
   * The first rule (by position, then rule order) whose match at [start, end) the caller
   * accepts; positions limited to [from, to) when given. Rules anchored at a word start come
   * first, then those that may start inside one, then those scanned over the whole text (the
   * order is for the verdict's reason only; any accepted rule blocks).
   */
  find(text: string, accept: (rule: R, start: number, end: number) => boolean, from = 0, to = text.length): R | null {
    for (let i = from; i < to; i++) {
      if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
      const hit = this.tryAt(this.atWordStart, text, i, accept);
      if (hit) return hit;
    }
    for (let i = from; i < to; i++) {
      const hit = this.tryAt(this.inWord, text, i, accept);
      if (hit) return hit;
    }
    for (const { re, rules } of this.scannedChunks) {
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

  /** The first accepted rule of `trie`, in rule order, that matches at `at`. */
  private tryAt(trie: RuleTrie<R>, text: string, at: number, accept: (rule: R, start: number, end: number) => boolean): R | null {
    const found = this.found;
    found.clear();
    trie.collect(text, at, found);
    if (!found.size) return null;
    const rules = [...found];
    if (rules.length > 1) rules.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    for (const rule of rules) {
      rule.re.lastIndex = at;
      const m = rule.re.exec(text);
      if (m && accept(rule, at, at + m[0].length)) return rule;
    }
    return null;
  }

  /** The accepted rule behind a combined match, trying the later rules at the same place if refused. */
  private resolve(m: RegExpExecArray, rules: R[], text: string, accept: (rule: R, start: number, end: number) => boolean): R | null {
    const at = m.index;
    let first = 0;
    if (this.capture) {
      while (first < rules.length && m[first + 1] === undefined) first++;
      if (first < rules.length && accept(rules[first], at, at + m[0].length)) return rules[first];
      first++;
    }
    // Most later rules cannot start with the character at `at`: skipping them saves running each
    // one's own regex after every refused match (an allow-listed word, a context that fails).
    const startsWith = text[at];
    for (let k = first; k < rules.length; k++) {
      const rule = rules[k];
      if (rule.first && !rule.first.has(startsWith)) continue;
      rule.re.lastIndex = at;
      const mm = rule.re.exec(text);
      if (mm && accept(rule, at, at + mm[0].length)) return rule;
    }
    return null;
  }
}
