import type { Shades } from './colors.js';
import type { Pen } from './pen.js';
import type { Rng } from './random.js';

/** The nine settings of issue 15, plus the older scenes subjects still default to. */
export type SettingId = 'space' | 'lake' | 'beach' | 'forest' | 'city' | 'snow' | 'moon' | 'sky' | 'room';
export type BackgroundId = SettingId | 'night' | 'underwater' | 'sunset' | 'sea' | 'soft';

/** Where a worn/held prop sits, in the subject's own 96x96 design space. */
export interface Anchor {
  x: number;
  y: number;
  /** Width of the head / eye span / hand the prop should fit. */
  w: number;
}

export interface Anchors {
  /** Top of the head, centred: hats, crowns, bows sit here. */
  head?: Anchor;
  /** Between the eyes: sunglasses. */
  eyes?: Anchor;
  /** Where a held thing is centred (a paw, a hand, a mouth for food). */
  hand?: Anchor;
}

/** How a subject joins another one's picture when it is not the main subject. */
export type PropKind = 'head' | 'eyes' | 'hand';

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
  /** Head/eyes/hand points for props; creatures declare them, objects get defaults from their outline. */
  anchors?: Anchors;
  /** A prop is worn (head, eyes) or held (hand) by the main subject instead of standing beside it. */
  prop?: PropKind;
  /** Read as a setting instead after these words ("на луне" is the moon surface, not a moon). */
  asSetting?: { setting: SettingId; after: string[] };
  /** Draws in a 96x96 design space, standing on y≈84 at most. */
  draw(pen: Pen, c: Shades, rng: Rng): void;
}
