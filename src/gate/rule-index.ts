/**
 * Finds rule matches without trying every rule at every position: rules are bucketed
 * by the characters their match can start with, and anchored rules ("<word") are only
 * tried where a word starts. Pure.
 */
import { WORD_CHARS } from './pattern.js';

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
  free: R[];
  freeRe: RegExp | null;
}

const WORD_CHAR_RE = new RegExp(`[${WORD_CHARS}]`);

function combine(rules: IndexedRule[], flags: string): RegExp | null {
  if (!rules.length) return null;
  return new RegExp(rules.map((r) => `(?:${r.re.source})`).join('|'), flags);
}

export class RuleIndex<R extends IndexedRule> {
  private readonly buckets = new Map<string, Bucket<R>>();
  private readonly everywhere: R[] = [];
  private readonly everywhereRe: RegExp | null;

  constructor(rules: R[], private readonly flags: string) {
    for (const rule of rules) {
      if (!rule.first) {
        this.everywhere.push(rule);
        continue;
      }
      for (const ch of rule.first) {
        let b = this.buckets.get(ch);
        if (!b) {
          b = { anchored: [], anchoredRe: null, free: [], freeRe: null };
          this.buckets.set(ch, b);
        }
        (rule.anchored ? b.anchored : b.free).push(rule);
      }
    }
    for (const b of this.buckets.values()) {
      b.anchoredRe = combine(b.anchored, 'y' + flags);
      b.freeRe = combine(b.free, 'y' + flags);
    }
    this.everywhereRe = combine(this.everywhere, 'g' + flags);
  }

  /**
   * The first rule (by position, then rule order) whose match at [start, end) the
   * caller accepts; positions limited to [from, to) when given.
   */
  find(text: string, accept: (rule: R, start: number, end: number) => boolean, from = 0, to = text.length): R | null {
    for (let i = from; i < to; i++) {
      const b = this.buckets.get(text[i]);
      if (!b) continue;
      if (b.anchoredRe && (i === 0 || !WORD_CHAR_RE.test(text[i - 1]))) {
        const hit = this.tryAt(b.anchoredRe, b.anchored, text, i, accept);
        if (hit) return hit;
      }
      if (b.freeRe) {
        const hit = this.tryAt(b.freeRe, b.free, text, i, accept);
        if (hit) return hit;
      }
    }
    const re = this.everywhereRe;
    if (re) {
      re.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && m.index < to) {
        const hit = this.tryAt(null, this.everywhere, text, m.index, accept);
        if (hit) return hit;
        // Step a whole code point: with flag "u" a lastIndex inside a surrogate pair snaps back.
        const code = text.charCodeAt(m.index);
        re.lastIndex = m.index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      }
    }
    return null;
  }

  private tryAt(
    combined: RegExp | null,
    rules: R[],
    text: string,
    at: number,
    accept: (rule: R, start: number, end: number) => boolean,
  ): R | null {
    if (combined) {
      combined.lastIndex = at;
      if (!combined.test(text)) return null;
    }
    for (const rule of rules) {
      rule.re.lastIndex = at;
      const m = rule.re.exec(text);
      if (m && accept(rule, at, at + m[0].length)) return rule;
    }
    return null;
  }
}
