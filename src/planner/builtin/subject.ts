import type { Shades } from './colors.js';
import type { Pen } from './pen.js';
import type { Rng } from './random.js';

export type BackgroundId =
  | 'sky' | 'night' | 'space' | 'underwater' | 'forest' | 'snow' | 'sunset' | 'beach' | 'sea' | 'soft';

/** One drawable subject: how it is named and how it is drawn. */
export interface Subject {
  id: string;
  /** Russian stems (after ё→е): a word matches when it is stem + a common noun/adjective ending. */
  stems: string[];
  /** Whole words, mostly English; regular English plurals match too. May be several words ("ice cream"). */
  words: string[];
  /** Main colour variants; the seed picks one unless the message names a colour. */
  colors: string[];
  /** Background used when the message names none. */
  background: BackgroundId;
  /** A side view that may face either way (the seed decides). */
  mirror?: boolean;
  /** Draws in a 96x96 design space, standing on y≈84 at most. */
  draw(pen: Pen, c: Shades, rng: Rng): void;
}
