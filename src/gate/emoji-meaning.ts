/**
 * Emoji as meaning: which families of emoji (rules/emoji-meaning.ts) a message holds, and
 * whether they make one of the combos. Pure. A message without non-ASCII characters costs
 * one test; otherwise one pass over its code points and a few set look-ups per combo.
 */
import type { EmojiCombo, EmojiNeed, GateCategory } from './types.js';

export interface CompiledCombo {
  id: string;
  category: GateCategory;
  /** Each part: the families that satisfy it, or a words test. */
  parts: (Set<string> | WordsTest)[];
  /** Any of these present cancels the combo. */
  unless: (Set<string> | WordsTest)[];
}

/** Tests a words part against the normalised forms; supplied by the matcher. */
export type WordsTest = (forms: unknown) => boolean;

export class EmojiMeaning {
  private readonly familiesOf = new Map<number, string[]>();

  /**
   * "base,tone" → families: a person drawn with a skin tone ("👨🏿") is one family, the person
   * another. Also "letter,letter" for a flag (🇳🇬): its two regional indicators are one emoji.
   */
  private readonly tonedFamiliesOf = new Map<string, string[]>();

  constructor(
    families: Record<string, string>,
    private readonly combos: CompiledCombo[],
  ) {
    for (const [name, emoji] of Object.entries(families)) {
      const points = [...emoji].map((ch) => ch.codePointAt(0)!);
      for (let i = 0; i < points.length; i++) {
        // A base followed by a skin tone in the table is the toned pair only ("👨🏿", not every 👨).
        const toned = i + 1 < points.length && (isSkinTone(points[i + 1]) || (isRegional(points[i]) && isRegional(points[i + 1])));
        const map = toned ? this.tonedFamiliesOf : this.familiesOf;
        const key = toned ? `${points[i]},${points[++i]}` : points[i];
        const list = (map as Map<string | number, string[]>).get(key) ?? [];
        list.push(name);
        (map as Map<string | number, string[]>).set(key, list);
      }
    }
  }

  /** The families present in the raw text. The pirate flag 🏴‍☠️ is a pirate, not death. */
  familiesIn(raw: string): Set<string> {
    const present = new Set<string>();
    let prev = 0;
    for (const ch of raw) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x2190) {
        const paired = isSkinTone(cp) || (isRegional(cp) && isRegional(prev));
        const fams = paired ? this.tonedFamiliesOf.get(`${prev},${cp}`) : this.familiesOf.get(cp);
        if (fams && !(cp === 0x2620 && prev === 0x1f3f4)) for (const f of fams) present.add(f);
      }
      if (cp !== 0x200d && cp !== 0xfe0f) prev = cp;
    }
    return present;
  }

  /** The first combo the message makes, or null. */
  find(raw: string, forms: unknown): CompiledCombo | null {
    if (/^[\x00-\x7f]*$/.test(raw)) return null;
    const present = this.familiesIn(raw);
    if (present.size === 0) return null;
    const holds = (part: Set<string> | WordsTest) => {
      if (!(part instanceof Set)) return part(forms);
      for (const f of part) if (present.has(f)) return true;
      return false;
    };
    for (const combo of this.combos) {
      if (combo.parts.every(holds) && !combo.unless.some(holds)) return combo;
    }
    return null;
  }
}

/** A regional-indicator letter: a flag is two of them (the normaliser keeps only lone flags). */
function isRegional(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** The five skin-tone modifiers (U+1F3FB–1F3FF). */
function isSkinTone(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/**
 * Checks a combo against the table and compiles it; `words` turns a words part into a test.
 * Throws on an unknown family or a combo without any emoji part (that is a word rule).
 */
export function compileCombo(
  combo: EmojiCombo,
  families: Record<string, string>,
  words: (need: Exclude<EmojiNeed, string | string[]>, where: string) => WordsTest,
): CompiledCombo {
  const id = `emoji/${combo.category}:${combo.need.map((n) => (typeof n === 'string' ? n : Array.isArray(n) ? n.join('|') : 'words')).join('+')}`;
  const part = (n: EmojiNeed) => {
    if (typeof n === 'string' || Array.isArray(n)) {
      const names = typeof n === 'string' ? [n] : n;
      for (const name of names) if (!(name in families)) throw new Error(`unknown emoji family "${name}" in ${id}`);
      return new Set(names);
    }
    return words(n, id);
  };
  const parts = combo.need.map(part);
  if (!parts.some((p) => p instanceof Set)) throw new Error(`${id} has no emoji part`);
  return { id, category: combo.category, parts, unless: (combo.unless ?? []).map(part) };
}
