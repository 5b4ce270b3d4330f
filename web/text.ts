// Text shown on stream. Donor texts are set with textContent only (never innerHTML), and
// cut by code points so a surrogate pair or a Cyrillic letter is never split.

export function truncate(text: string, max: number): string {
  const chars = Array.from(
    String(text ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function formatAmount(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '';
  const rounded = Math.round(amount * 100) / 100;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2);
  return `${text} ${String(currency ?? '').slice(0, 8)}`.trim();
}

/** Replaces an element's children with one text node; no markup is ever parsed. */
export function setText(element: Element | null, text: string): void {
  if (element && element.textContent !== text) element.textContent = text;
}
