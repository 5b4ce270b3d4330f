// Banned donors: names normalised the way the gate reads text (NFKC, lower case, invisible
// characters stripped, spaces collapsed), so "BadGuy", "badguy" and "Bad\u200bGuy" are one
// name. The list is read from the store once and kept here; moderation.ts changes it.
import { normalizeText } from '../gate/index.js';
import type { StoredBan } from '../store/index.js';
import type { StageContext } from './context.js';

/** The key a donor name is banned and matched by ('' = nothing to ban). */
export function donorKey(donor: string): string {
  const trimmed = donor.trim();
  if (trimmed === '') return '';
  return normalizeText(trimmed).raw.replace(/\s+/g, ' ').trim();
}

/** The bans, read from the store the first time (a failed read counts as no bans, logged). */
export function loadBans(cx: StageContext): StoredBan[] {
  if (cx.state.bans) return cx.state.bans;
  try {
    cx.state.bans = cx.store.bans();
  } catch (error) {
    cx.log.error({ err: error }, 'cannot read the bans from the store');
    return [];
  }
  return cx.state.bans;
}

/** Is this donor (as received, from this source) banned? */
export function isBanned(cx: StageContext, donor: string, source: string): boolean {
  const bans = loadBans(cx);
  if (bans.length === 0) return false;
  const key = donorKey(donor);
  if (key === '') return false;
  return bans.some((ban) => ban.donorKey === key && (ban.source === null || ban.source === source));
}
