// Colour arithmetic on "#rrggbb" strings, used to derive a subject's shades from one main colour.

function channels(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function toHex(r: number, g: number, b: number): string {
  const c = (x: number) =>
    Math.max(0, Math.min(255, Math.round(x)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Mix a toward b by t (0 = a, 1 = b). */
export function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = channels(a);
  const [r2, g2, b2] = channels(b);
  return toHex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

export const darken = (hex: string, t: number): string => mix(hex, '#000000', t);
export const lighten = (hex: string, t: number): string => mix(hex, '#ffffff', t);

export function luminance(hex: string): number {
  const [r, g, b] = channels(hex);
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
}

/** The shades every subject draws with, all derived from its main colour. */
export interface Shades {
  main: string;
  light: string;
  dark: string;
  /** Outline: a deep shade of main, never pure black so shapes stay soft. */
  line: string;
}

export function shadesOf(main: string): Shades {
  const lum = luminance(main);
  return {
    main,
    light: lum > 0.85 ? '#ffffff' : lighten(main, 0.4),
    // Very dark colours get lifted shades, otherwise their details would vanish.
    dark: lum < 0.2 ? lighten(main, 0.25) : darken(main, lum > 0.85 ? 0.18 : 0.3),
    line: lum < 0.2 ? '#101014' : darken(main, lum > 0.85 ? 0.45 : 0.55),
  };
}

export const INK = '#1d1b22';
export const WHITE = '#ffffff';
export const BLUSH = '#f59bb0';
