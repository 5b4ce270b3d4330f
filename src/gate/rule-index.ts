/**
 * Finds rule matches without trying every rule at every position: rules are bucketed
 * by the characters their match can start with, and anchored rules ("<word") are only
 * tried where a word starts. Pure.
 */

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
  anchoredRe: RegExp | null;
}

/** The pattern language's word characters (WORD_CHARS in pattern.ts: "0-9a-zа-я*"), by code. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 42;
}

/**
 * One regex for many rules. With `capture`, each rule is a capturing group, so a match
 * tells which rule fired without re-running them (only for rules without groups of their own).
 */
function combine(rules: IndexedRule[], flags: string, capture: boolean): RegExp | null {
  if (!rules.length) return null;
  return new RegExp(rules.map((r) => (capture ? `(${r.re.source})` : `(?:${r.re.source})`)).join('|'), flags);
}

export class RuleIndex<R extends IndexedRule> {
  private readonly buckets = new Map<string, Bucket<R>>();
  private readonly everywhere: R[] = [];
  private readonly everywhereRe: RegExp | null;

  /** `capture`: the rules' sources have no capturing groups (true for the pattern language). */
  constructor(rules: R[], private readonly flags: string, private readonly capture = true) {
    for (const rule of rules) {
      // Rules that may start inside a word ("пизд", "f[uv]ck") share one regex scanned over
      // the whole text: one call beats a call at every position.
      if (!rule.first || !rule.anchored) {
        this.everywhere.push(rule);
        continue;
      }
      for (const ch of rule.first) {
        let b = this.buckets.get(ch);
        if (!b) {
          b = { anchored: [], anchoredRe: null };
          this.buckets.set(ch, b);
        }
        b.anchored.push(rule);
      }
    }
    for (const b of this.buckets.values()) {
      b.anchoredRe = combine(b.anchored, 'y' + flags, capture);
    }
    this.everywhereRe = combine(this.everywhere, 'g' + flags, capture);
  }

  /**
   * The first rule (by position, then rule order) whose match at [start, end) the
   * caller accepts; positions limited to [from, to) when given.
   */
  find(text: string, accept: (rule: R, start: number, end: number) => boolean, from = 0, to = text.length): R | null {
    for (let i = from; i < to; i++) {
      if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
      const b = this.buckets.get(text[i]);
      if (!b?.anchoredRe) continue;
      const hit = this.tryAt(b.anchoredRe, b.anchored, text, i, accept);
      if (hit) return hit;
    }
    const re = this.everywhereRe;
    if (re) {
      re.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && m.index < to) {
        const hit = this.resolve(m, this.everywhere, text, accept);
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
  private resolve(
    m: RegExpExecArray,
    rules: R[],
    text: string,
    accept: (rule: R, start: number, end: number) => boolean,
  ): R | null {
    const at = m.index;
    let first = 0;
    if (this.capture) {
      while (first < rules.length && m[first + 1] === undefined) first++;
      if (first < rules.length && accept(rules[first], at, at + m[0].length)) return rules[first];
      first++;
    }
    for (let k = first; k < rules.length; k++) {
      const rule = rules[k];
      rule.re.lastIndex = at;
      const mm = rule.re.exec(text);
      if (mm && accept(rule, at, at + mm[0].length)) return rule;
    }
    return null;
  }
}
