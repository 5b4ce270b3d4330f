export type GateCategory = 'sexual' | 'profanity' | 'hate' | 'gore' | 'drugs';

/** The Gatekeeper's answer. `reason` names the matched rule: for logs only, never shown on stream. */
export interface GateVerdict {
  nsfw: boolean;
  category: GateCategory | null;
  reason: string | null;
}

export interface Gatekeeper {
  check(text: string): GateVerdict;
  /**
   * Compiles the next piece of the rules to native code (each ~1–10 ms); false when none is
   * left. Until then `check` gives the same verdicts, only slower (V8 interprets big regexes
   * on their first runs). Optional so stand-ins need not implement it.
   */
  prepareNext?(): boolean;
}

/**
 * Rules as data. A lexicon is a plain list of patterns in the small pattern language
 * described in src/gate/README.md ("<" word start, ">" word end, letters match their
 * stretched doubles, "~" skips up to two words). `lang` picks the text form it reads:
 * 'en' the Latin skeleton, 'ru' the Cyrillic skeleton and the transliteration,
 * 'raw' the NFKC/lower-cased text with a plain JavaScript regex (emoji, symbols, numbers).
 */
export type GateLang = 'en' | 'ru' | 'raw';

export interface GateContext {
  en?: string;
  ru?: string;
  raw?: string;
}

/** A pattern that only counts when one of its context patterns also matches the message. */
export interface ContextRule {
  pattern: string;
  context: GateContext;
}

export interface GateLexicon {
  /** Shown in the verdict's reason before the pattern; defaults to the lang. */
  name?: string;
  lang: GateLang;
  category: GateCategory;
  block: (string | ContextRule)[];
  /**
   * Whole words (normalised spelling: й→и, ё→е) that a masked token ("f*ck", "п*зда") may
   * stand for; the mask is filled with the word and the text checked again.
   */
  masked?: string[];
}

export interface GateAllowList {
  lang: Exclude<GateLang, 'raw'>;
  /** Patterns of innocent words; a block match lying wholly inside one is ignored. */
  allow: string[];
}

/** A family of emoji with one meaning (blade, rope, syringe…): its name in `GateRules.emojiFamilies`. */
export type EmojiFamily = string;

/**
 * One part of an emoji combo: a family, any of several families, or words (DSL patterns
 * read on the normalised forms, like a context).
 */
export type EmojiNeed = EmojiFamily | EmojiFamily[] | Pick<GateContext, 'en' | 'ru'>;

/** An 18+ scene told with emoji: every part must be present, at least one of them an emoji. */
export interface EmojiCombo {
  category: GateCategory;
  need: EmojiNeed[];
  /** Parts that cancel the combo when any is present (🔪🩸 with 🐟 or "рыба" is a cooking stream). */
  unless?: EmojiNeed[];
}

export interface GateRules {
  /** Emoji meaning table: family name → the emoji (as one string) that stand for it. */
  emojiFamilies?: Record<EmojiFamily, string>;
  emojiCombos?: EmojiCombo[];
  lexicons: GateLexicon[];
  allowLists: GateAllowList[];
  /** Lower-case English words never read as Latin-written Russian ("her" is not "хер"). */
  latinSafe: string[];
  /** Neutral words a mask may also stand for ("k*ll y*urself" → "kill yourself"). */
  maskFill?: string[];
}
