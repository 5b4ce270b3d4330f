/**
 * The rule pattern language → JavaScript regex source. Pure.
 *
 *   letters      match themselves, once or doubled ("fuck" also matches "fuuck"; the
 *                normaliser has already cut longer runs to two). A doubled letter in the
 *                pattern ("ass") must be doubled in the text.
 *   <  >         word start / word end
 *   [...]        a character class (stretched like a letter)
 *   ( | )        groups and alternatives;  ?  makes the previous letter/class/group optional
 *   {m,n}        bounded repeat of the previous item (no stretching added)
 *   *            after a letter or class: up to 30 of them ("[а-я]*")
 *   space        exactly one space between words; " ?" an optional space ("blow ?job")
 *   ~            up to two filler words, e.g. "kill ~yourself"
 *   .            any one letter or digit
 * й, ё and э in patterns are folded to и, е and е, as in the text.
 */

export const WORD_CHARS = '0-9a-zа-я*';
export const WORD_START = `(?<![${WORD_CHARS}])`;
const WORD_END = `(?![${WORD_CHARS}])`;
const FILLER = `(?:[^ |]+ ){0,2}`;

function foldLetter(ch: string): string {
  if (ch === 'й') return 'и';
  if (ch === 'ё' || ch === 'э') return 'е';
  const c = ch.charCodeAt(0);
  // Lower-case letters and digits, nearly every character of a pattern, are already folded.
  if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || (c >= 48 && c <= 57)) return ch;
  return ch.toLowerCase();
}

/** [0-9a-zа-яё], either case: by char code, as it is asked for every character of every rule. */
function isPatternLetter(ch: string): boolean {
  const c = ch.charCodeAt(0) | 0x20;
  if (ch.length !== 1) return false;
  return (c >= 97 && c <= 122) || (ch >= '0' && ch <= '9') || (ch >= 'А' && ch <= 'я') || ch === 'ё' || ch === 'Ё';
}

export class PatternError extends Error {}

export function compilePattern(pattern: string): string {
  const p = pattern.trim();
  if (!p) throw new PatternError('empty pattern');
  let out = '';
  let i = 0;
  let depth = 0;
  while (i < p.length) {
    const ch = p[i];
    if (ch === '<') {
      out += WORD_START;
      i++;
    } else if (ch === '>') {
      out += WORD_END;
      i++;
    } else if (ch === '~') {
      out += FILLER;
      i++;
      // "kill ~ yourself" and "kill ~yourself" mean the same.
      while (p[i] === ' ') i++;
    } else if (ch === ' ') {
      while (p[i] === ' ') i++;
      if (p[i] === '?') {
        out += ' ?';
        i++;
      } else {
        out += ' ';
      }
    } else if (ch === '(') {
      depth++;
      out += '(?:';
      i++;
    } else if (ch === ')') {
      depth--;
      if (depth < 0) throw new PatternError(`unbalanced ")" in ${JSON.stringify(pattern)}`);
      out += ')';
      i++;
      if (p[i] === '?') {
        out += '?';
        i++;
      }
    } else if (ch === '|') {
      out += '|';
      i++;
    } else if (ch === '[') {
      const close = p.indexOf(']', i + 1);
      if (close < 0) throw new PatternError(`unclosed "[" in ${JSON.stringify(pattern)}`);
      const cls = Array.from(p.slice(i + 1, close))
        .map(foldLetter)
        .join('');
      const atom = `[${cls}]`;
      i = close + 1;
      out += quantify(atom, p, i);
      i = skipQuantifier(p, i);
    } else if (ch === '.') {
      out += `[0-9a-zа-я]`;
      i++;
    } else if (ch === '\\') {
      out += p.slice(i, i + 2);
      i += 2;
    } else if (ch === '{') {
      const close = p.indexOf('}', i);
      if (close < 0) throw new PatternError(`unclosed "{" in ${JSON.stringify(pattern)}`);
      out += p.slice(i, close + 1);
      i = close + 1;
    } else if (isPatternLetter(ch)) {
      const letter = foldLetter(ch);
      const escaped = letter;
      if (i + 1 < p.length && foldLetter(p[i + 1]) === letter && !isQuantifier(p[i + 2])) {
        out += escaped + escaped;
        i += 2;
      } else {
        i++;
        out += quantify(escaped, p, i);
        i = skipQuantifier(p, i);
      }
    } else if (ch === '?' || ch === '*' || ch === '+') {
      throw new PatternError(`unexpected "${ch}" in ${JSON.stringify(pattern)}`);
    } else {
      // Other punctuation (e.g. "-" in "14-88") is matched literally.
      out += ch.replace(/[$^\\.*+?()[\]{}|/]/g, '\\$&');
      i++;
    }
  }
  if (depth !== 0) throw new PatternError(`unbalanced "(" in ${JSON.stringify(pattern)}`);
  return out;
}

function isQuantifier(ch: string | undefined): boolean {
  return ch === '?' || ch === '{' || ch === '*';
}

function quantify(atom: string, p: string, i: number): string {
  if (p[i] === '?') return `${atom}{0,2}`;
  if (p[i] === '*') return `${atom}{0,30}`;
  if (p[i] === '{') {
    const close = p.indexOf('}', i);
    if (close < 0) throw new PatternError(`unclosed "{" in ${JSON.stringify(p)}`);
    return atom + p.slice(i, close + 1);
  }
  // A letter's doubled stretch: the texts' runs are cut to two, so "x+" matches exactly "x" or
  // "xx" there. It is "x+" and not "xx?" for memory: V8 compiles a greedy one-letter loop far
  // more compactly than an optional letter (a choice point per letter of every rule): the
  // built-in rules' native code went from ~329 to ~159 MB on Node 20, verdicts unchanged.
  return atom.length === 1 ? `${atom}+` : `${atom}{1,2}`;
}

function skipQuantifier(p: string, i: number): number {
  if (p[i] === '?' || p[i] === '*') return i + 1;
  if (p[i] === '{') return p.indexOf('}', i) + 1;
  return i;
}

/** Escape an operator's plain word or phrase into the pattern language. */
export function literalToPattern(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[<>()[\]{}|~.\\?*+$^]/g, (c) => `\\${c}`);
}

/**
 * The characters a pattern's match can start with (after a leading "<"), or null when
 * it could start anywhere. Lets the matcher try only the few rules that can start at a
 * given character instead of every rule at every position.
 */
export function firstChars(pattern: string): Set<string> | null {
  const out = new Set<string>();
  const [known, canBeEmpty] = seqFirst(pattern.trim(), 0, out);
  return known && !canBeEmpty ? out : null;
}

/** Index of the ")" closing the "(" at i. */
export function closingParen(p: string, i: number): number {
  let depth = 0;
  for (let j = i; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === '[') j = p.indexOf(']', j);
    else if (p[j] === '(') depth++;
    else if (p[j] === ')' && --depth === 0) return j;
  }
  throw new PatternError(`unbalanced "(" in ${JSON.stringify(p)}`);
}

/**
 * A pattern's top-level alternatives (`a b|c d` → `a b`, `c d`). The rule index files a rule by
 * where its match can start, which `firstChars` reads from the first alternative only: a rule
 * with a top-level `|` is therefore indexed as one rule per alternative (matcher.ts).
 */
export function topLevelAlternatives(pattern: string): string[] {
  return splitAlternatives(pattern)
    .map((alt) => alt.trim())
    .filter((alt) => alt !== '');
}

/** The top-level alternatives of a group's body, untrimmed ("a|b(c|d)" → ["a", "b(c|d)"]). */
export function splitAlternatives(body: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < body.length; j++) {
    const c = body[j];
    if (c === '\\') j++;
    else if (c === '[') j = body.indexOf(']', j);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(body.slice(start, j));
      start = j + 1;
    }
  }
  alts.push(body.slice(start));
  return alts;
}

function expandClass(cls: string, out: Set<string>): void {
  const chars = Array.from(cls).map(foldLetter);
  for (let k = 0; k < chars.length; k++) {
    if (chars[k + 1] === '-' && chars[k + 2] !== undefined) {
      const a = chars[k].charCodeAt(0);
      const b = chars[k + 2].charCodeAt(0);
      for (let c = a; c <= b; c++) out.add(String.fromCharCode(c));
      k += 2;
    } else {
      out.add(chars[k]);
    }
  }
}

/** Adds the possible first characters of p[i..] to out; returns [known, canBeEmpty]. */
function seqFirst(p: string, i: number, out: Set<string>): [boolean, boolean] {
  while (i < p.length) {
    const ch = p[i];
    if (ch === '<' || ch === '>') {
      i++;
      continue;
    }
    if (ch === '|' || ch === ')') return [true, true];
    const optional = (next: number) => p[next] === '?' || p[next] === '*' || p.startsWith('{0', next);
    if (ch === '(') {
      const close = closingParen(p, i);
      let nullable = false;
      for (const alt of splitAlternatives(p.slice(i + 1, close))) {
        const [known, empty] = seqFirst(alt, 0, out);
        if (!known) return [false, false];
        if (empty) nullable = true;
      }
      const next = close + 1;
      if (!nullable && !optional(next)) return [true, false];
      i = p[next] === '?' || p[next] === '*' ? next + 1 : next;
      continue;
    }
    if (ch === '[') {
      const close = p.indexOf(']', i + 1);
      expandClass(p.slice(i + 1, close), out);
      if (!optional(close + 1)) return [true, false];
      i = close + 2;
      continue;
    }
    if (ch === '.' || ch === '~' || ch === '{') return [false, false];
    if (ch === '\\') {
      out.add(p[i + 1]);
      return [true, false];
    }
    out.add(ch === ' ' ? ' ' : foldLetter(ch));
    if (!optional(i + 1)) return [true, false];
    i += 2;
  }
  return [true, true];
}
