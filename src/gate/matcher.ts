/**
 * Compiles the rules and checks text against them. Pure.
 *
 * Each text form is read by its language's rule index (rule-index.ts), which runs only the rules
 * whose first letters stand at a place; where one matches we ask its allow-list exemption and
 * its context.
 */
import type { GateAllowList, GateCategory, GateContext, GateRules, GateVerdict, Gatekeeper } from './types.js';
import { topLevelAlternatives } from './pattern.js';
import { allowSets, compileDsl, compileRaw, GateRulesError, indexed, latinSafeSet, type AllowSets } from './compile-rules.js';

export { GateRulesError } from './compile-rules.js';
import { asTwoByte, RuleIndex, type IndexedRule, type SubjectWidth } from './rule-index.js';
import { compileContext, type CompiledContext } from './compiled-context.js';
import { normalizeText, prepareText, type NormalizedText } from './normalize.js';
import { emojiLetterReadings, hasEmojiLetter } from './emoji-letters.js';
import { compileCombo, EmojiMeaning } from './emoji-meaning.js';
import { fillMasks, vowelReadings } from './mask-fill.js';

interface CompiledRule extends IndexedRule {
  id: string;
  category: GateCategory;
  context?: CompiledContext;
}

interface RuleSet {
  block: RuleIndex<CompiledRule>;
  allow: RuleIndex<IndexedRule> | null;
}

/** Longest text checked in one piece; longer text is checked in overlapping windows. */
const WINDOW = 4000;
const OVERLAP = 200;

const CAMEL_RE = /\p{Ll}\p{Lu}/u;
const LATIN_LETTER_RE = /[a-z]/;
const CAMEL_SPLIT_RE = /(\p{Ll})(\p{Lu})/gu;

const CLEAN: GateVerdict = Object.freeze({ nsfw: false, category: null, reason: null }) as GateVerdict;

function buildSet(rules: CompiledRule[], allow: IndexedRule[], flags: string, widths: readonly SubjectWidth[]): RuleSet {
  // Raw rules are plain regexes that may use groups and backreferences: no capture trick.
  const capture = !flags.includes('u');
  return {
    block: new RuleIndex(rules, flags, capture, widths),
    allow: allow.length ? new RuleIndex(allow, flags, capture, widths) : null,
  };
}

/** How far before a blocked match an allow-listed word or phrase may start. */
const ALLOW_REACH = 48;

/** A Gatekeeper that can also answer with more allow-listed words, sharing its compiled rules. */
export interface RulesGatekeeper extends Gatekeeper {
  /**
   * The same compiled rules with `lists` excusing block matches as well: the operator's allow
   * lines over the built-in rules, without a second copy of them (their native regex code shares
   * V8's fixed code range with the whole process).
   */
  withAllowLists(lists: GateAllowList[]): Gatekeeper;
}

export function createGatekeeperFromRules(rules: GateRules): RulesGatekeeper {
  // Rules split per first letter repeat one context: it is compiled once and answered once per text.
  const contexts = new Map<string, CompiledContext>();
  const sharedContext = (ctx: GateContext, where: string): CompiledContext => {
    const key = JSON.stringify([ctx.en, ctx.ru, ctx.raw]);
    let compiled = contexts.get(key);
    if (!compiled) contexts.set(key, (compiled = compileContext(ctx, where)));
    return compiled;
  };
  const contextAnswers = new WeakMap<NormalizedText, Map<CompiledContext, boolean>>();
  const en: CompiledRule[] = [];
  const ru: CompiledRule[] = [];
  const raw: CompiledRule[] = [];
  const maskEn: string[] = [];
  const maskRu: string[] = [];
  const seen = new Set<string>();
  for (const lex of rules.lexicons) {
    for (const entry of lex.block) {
      const pattern = typeof entry === 'string' ? entry : entry.pattern;
      const id = `${lex.name ?? lex.lang}/${lex.category}:${pattern}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const isRaw = lex.lang === 'raw';
      const context = typeof entry === 'string' ? undefined : sharedContext(entry.context, id);
      const target = lex.lang === 'en' ? en : lex.lang === 'ru' ? ru : raw;
      if (isRaw) {
        target.push({ re: new RegExp(compileRaw(pattern, id), 'uy'), first: null, anchored: false, id, category: lex.category, context });
        continue;
      }
      // One indexed rule per top-level alternative, each filed by where it can start; all report the whole pattern.
      for (const alternative of topLevelAlternatives(pattern)) {
        target.push({ ...indexed(alternative, compileDsl(alternative, id), ''), id, category: lex.category, context });
      }
    }
    for (const w of lex.masked ?? []) addMaskWord(w);
  }
  for (const w of rules.maskFill ?? []) addMaskWord(w);
  function addMaskWord(w: string): void {
    const word = w.toLowerCase().replace(/й/g, 'и').replace(/ё/g, 'е');
    const list = /[а-я]/.test(word) ? maskRu : maskEn;
    if (!list.includes(word)) list.push(word);
  }
  // The Latin form is scanned as two-byte text (asTwoByte), like the Cyrillic forms; the raw text may be either.
  const allow = allowSets(rules.allowLists);
  const enSet: RuleSet = { block: new RuleIndex(en, '', true, ['two-byte']), allow: allow.en };
  const ruSet: RuleSet = { block: new RuleIndex(ru, '', true, ['two-byte']), allow: allow.ru };
  const rawSet = buildSet(raw, [], 'u', ['one-byte', 'two-byte']);
  /** More allow lists for the check under way (withAllowLists); check() is synchronous. */
  let extraAllow: AllowSets | null = null;
  const latinSafe = latinSafeSet(rules.latinSafe);
  const families = rules.emojiFamilies ?? {};
  const emoji = new EmojiMeaning(
    families,
    (rules.emojiCombos ?? []).map((combo) => {
      try {
        return compileCombo(combo, families, (need, where) => {
          const ctx = sharedContext(need, where);
          return (forms) => contextHolds(ctx, forms as NormalizedText);
        });
      } catch (err) {
        if (err instanceof GateRulesError) throw err;
        throw new GateRulesError((err as Error).message);
      }
    }),
  );

  /** A context is a property of the whole text: each is asked at most once per text. */
  function contextHolds(ctx: CompiledContext, f: NormalizedText): boolean {
    let known = contextAnswers.get(f);
    if (!known) contextAnswers.set(f, (known = new Map()));
    let holds = known.get(ctx);
    if (holds === undefined) {
      holds = (ctx.en?.(f.lat) ?? false) || (ctx.ru ? ctx.ru(f.cyr) || ctx.ru(f.tr) : false) || (ctx.raw?.(f.raw) ?? false);
      known.set(ctx, holds);
    }
    return holds;
  }

  /** Where the last accepted rule matched: the form's text and the span (for emoji letters). */
  let lastHit: { text: string; start: number; end: number } | null = null;

  function scan(set: RuleSet, text: string, f: NormalizedText, skip?: GateCategory): CompiledRule | null {
    return set.block.find(text, (rule, start, end) => {
      if (rule.category === skip) return false;
      if (set.allow && excused(set.allow, text, start, end)) return false;
      const extra = extraAllow && (set === enSet ? extraAllow.en : set === ruSet ? extraAllow.ru : null);
      if (extra && excused(extra, text, start, end)) return false;
      if (rule.context && !contextHolds(rule.context, f)) return false;
      lastHit = { text, start, end };
      return true;
    });
  }

  function scanForms(f: NormalizedText, skip?: GateCategory): CompiledRule | null {
    return (
      scan(rawSet, f.raw, f, skip) ??
      scan(enSet, asTwoByte(f.lat), f, skip) ??
      scan(ruSet, f.cyr, f, skip) ??
      (f.tr !== f.cyr ? scan(ruSet, f.tr, f, skip) : null)
    );
  }

  /**
   * An emoji-letter reading is letters only: no symbol rules and no emoji meaning (the message
   * itself had those), and the English rules only when it has a Latin letter. A third of the
   * scanning of the ~32 readings each such message costs.
   */
  function scanReading(f: NormalizedText, skip?: GateCategory): CompiledRule | null {
    return (
      (LATIN_LETTER_RE.test(f.raw) ? scan(enSet, asTwoByte(f.lat), f, skip) : null) ??
      scan(ruSet, f.cyr, f, skip) ??
      (f.tr !== f.cyr ? scan(ruSet, f.tr, f, skip) : null)
    );
  }

  /** Swearing is the weakest reason: "сука, нарисуй свастику" is reported as hate. */
  function scanAll(f: NormalizedText, asReading = false): { category: GateCategory; id: string } | null {
    const hit = asReading ? scanReading(f) : (scanForms(f) ?? emoji.find(f.raw, f));
    if (hit?.category !== 'profanity') return hit;
    return (asReading ? scanReading(f, 'profanity') : scanForms(f, 'profanity')) ?? hit;
  }

  function checkWindow(text: string): GateVerdict {
    const v = checkForms(text);
    if (!v.nsfw && hasEmojiLetter(text)) {
      const e = checkEmojiLetters(text);
      if (e) return e;
    }
    // Nicknames glue words in camelCase ("DickButt", "ХуйВам"): read them apart as well.
    if (!v.nsfw && CAMEL_RE.test(text)) return checkForms(text.replace(CAMEL_SPLIT_RE, '$1 $2'));
    return v;
  }

  /**
   * "p🐱ssy", "бл🐍ть": one in-word pictograph read as each letter of the word's script in
   * turn, the word checked alone. A reading counts only when the matched root is most of the
   * word (at most a prefix of 4 and an ending of 5 letters around it): "ху🎨дожника" filled
   * as "хуидожника" holds the root хуи but is not a word made of it.
   */
  function checkEmojiLetters(text: string): GateVerdict | null {
    return findEmojiLetter([...emojiLetterReadings(prepareText(text))]);
  }

  /**
   * Readings are checked together and halved only where the whole group hits: an innocent
   * word ("п🍕цца") costs one scan, a disguised one about 2·log2(33), not 33.
   */
  function findEmojiLetter(readings: string[]): GateVerdict | null {
    if (!readings.length) return null;
    if (readings.length > 1) {
      if (!checkForms(readings.join(' '), true).nsfw) return null;
      const half = readings.length >> 1;
      return findEmojiLetter(readings.slice(0, half)) ?? findEmojiLetter(readings.slice(half));
    }
    lastHit = null;
    const v = checkForms(readings[0], true);
    if (!v.nsfw) return null;
    const hit = lastHit as { text: string; start: number; end: number } | null;
    if (hit && !v.reason?.startsWith('emoji/')) {
      const wordStart = hit.text.lastIndexOf(' ', hit.start - 1) + 1;
      let wordEnd = hit.text.indexOf(' ', hit.end);
      if (wordEnd < 0) wordEnd = hit.text.length;
      if (hit.start - wordStart > 4 || wordEnd - hit.end > 5) return null;
    }
    return { ...v, reason: `${v.reason} (emoji letter)` };
  }

  /** `asReading`: an emoji-letter reading, already prepareText's output and letters only. */
  function checkForms(text: string, asReading = false): GateVerdict {
    const f = normalizeText(text, latinSafe, asReading);
    const hit = scanAll(f, asReading);
    if (hit) return { nsfw: true, category: hit.category, reason: hit.id };
    if (f.masked.length) {
      const filled = fillMasks(f, maskRu, maskEn);
      const masked = filled && scanAll(filled, asReading);
      if (masked) return { nsfw: true, category: masked.category, reason: `${masked.id} (masked)` };
      for (const withVowel of vowelReadings(f)) {
        const hit = scanAll(withVowel, asReading);
        if (hit) return { nsfw: true, category: hit.category, reason: `${hit.id} (masked vowel)` };
      }
    }
    return { ...CLEAN };
  }

  const primers = [
    ...[enSet, ruSet, rawSet].flatMap((set) => [...set.block.primers(), ...(set.allow?.primers() ?? [])]),
    ...[...contexts.values()].flatMap((ctx) => ctx.primers),
  ];

  function check(text: string): GateVerdict {
    if (typeof text !== 'string' || text.length === 0) return { ...CLEAN };
    if (text.length <= WINDOW) return checkWindow(text);
    for (let start = 0; start < text.length; start += WINDOW - OVERLAP) {
      const v = checkWindow(text.slice(start, start + WINDOW));
      if (v.nsfw) return v;
    }
    return { ...CLEAN };
  }

  return {
    prepareNext(): boolean {
      primers.pop()?.();
      return primers.length > 0;
    },
    check,
    withAllowLists(lists: GateAllowList[]): Gatekeeper {
      const sets = allowSets(lists);
      return {
        check(text: string): GateVerdict {
          const outer = extraAllow;
          extraAllow = sets;
          try {
            return check(text);
          } finally {
            extraAllow = outer;
          }
        },
      };
    },
  };
}

/** True when an allow-listed word or phrase covers [start, end). */
function excused(allow: RuleIndex<IndexedRule>, text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - ALLOW_REACH);
  return allow.find(text, (_rule, s, e) => s <= start && e >= end, from, start + 1) !== null;
}
