/**
 * A rule's context ("only when the message also says …"), compiled. Pure.
 *
 * A small context is one regex tested over the whole text. A big one (a lexicon's every phrase,
 * thousands of characters of alternatives) is filed like block rules (rule-index.ts): each
 * phrase is tried only where a word starts with its first letters. Tested as one regex, such a
 * context tried all of its alternatives at every position of the text: the five biggest took
 * ~0.2–0.5 ms per text form, a tenth of the gate's time on paraphrase-heavy sets.
 */
import type { GateContext } from './types.js';
import { compileDsl, compileRaw, GateRulesError, indexed } from './compile-rules.js';
import { closingParen, splitAlternatives, topLevelAlternatives } from './pattern.js';
import { asTwoByte, RuleIndex, type IndexedRule } from './rule-index.js';

/** A context's test over one text form. */
type FormTest = (form: string) => boolean;

export interface CompiledContext {
  en?: FormTest;
  ru?: FormTest;
  raw?: FormTest;
  /** Jobs that compile the filed phrases' regexes to native code (rule-index.ts NATIVE_PRIMERS). */
  primers: Array<() => void>;
}

/** Compiled pattern source from which a context is filed by its phrases instead of one regex. */
const INDEX_FROM_SOURCE = 2_000;

/**
 * The phrases of a context pattern: its top-level alternatives, with a leading `<(a|b|c)` group
 * that spans a whole alternative opened up into `<a`, `<b`, `<c`.
 */
export function contextPhrases(pattern: string): string[] {
  return topLevelAlternatives(pattern).flatMap((alt) => {
    if (!alt.startsWith('<(') || closingParen(alt, 1) !== alt.length - 1) return [alt];
    return splitAlternatives(alt.slice(2, -1))
      .map((inner) => inner.trim())
      .filter((inner) => inner !== '')
      .map((inner) => `<${inner}`);
  });
}

/**
 * Filed phrases scan the form made two-byte (asTwoByte), like the block rules, so each of their
 * regexes is compiled to native code for one string width only.
 */
function compileLetters(pattern: string, where: string, primers: Array<() => void>): FormTest {
  const source = compileDsl(pattern, where);
  if (source.length < INDEX_FROM_SOURCE) {
    const re = new RegExp(source);
    return (form) => re.test(form);
  }
  // Filed on first use, or by the background priming (a service restart listens sooner: filing the
  // big contexts took ~0.3 s of the ~1.3 s the rules take to build).
  let index: RuleIndex<IndexedRule> | undefined;
  const filed = (): RuleIndex<IndexedRule> => {
    if (!index) {
      const phrases = contextPhrases(pattern).map((phrase) => indexed(phrase, compileDsl(phrase, where), ''));
      index = new RuleIndex<IndexedRule>(phrases, '', true, ['two-byte']);
    }
    return index;
  };
  primers.push(() => {
    for (const prime of filed().primers()) prime();
  });
  const always = () => true;
  return (form) => filed().find(asTwoByte(form), always) !== null;
}

export function compileContext(ctx: GateContext, where: string): CompiledContext {
  const out: CompiledContext = { primers: [] };
  if (ctx.en) out.en = compileLetters(ctx.en, where, out.primers);
  if (ctx.ru) out.ru = compileLetters(ctx.ru, where, out.primers);
  if (ctx.raw) {
    const re = new RegExp(compileRaw(ctx.raw, where), 'u');
    out.raw = (form) => re.test(form);
  }
  if (!out.en && !out.ru && !out.raw) throw new GateRulesError(`empty context in ${where}`);
  return out;
}
