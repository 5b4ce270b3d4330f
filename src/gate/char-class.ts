// Character classes the normaliser's scanners ask about one character at a time. The common
// ranges (ASCII a–z, Russian а–я) are tested by code before the slower Unicode regex.

const LETTER_RE = /\p{L}/u;
export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f)) return true;
  if (c < 128) return false;
  return LETTER_RE.test(ch);
}
export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
export function isLatin(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}
export function isCyrillic(ch: string): boolean {
  return ch >= 'а' && ch <= 'я';
}

export function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f)) return true;
  if (c < 128) return false;
  return isLetter(ch);
}
