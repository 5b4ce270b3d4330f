import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { daTimeMs } from './normalise.js';

/** OAuth tokens as we keep them in DATA_DIR (owner-only file). */
export interface StoredTokens {
  accessToken: string;
  refreshToken?: string;
  tokenType: string;
  /** ms since epoch; absent when DA sent no expires_in. */
  expiresAt?: number;
  obtainedAt: number;
  /** DA has no endpoint listing a token's scopes, so we keep what we asked for. */
  scopes: string[];
  accountId?: number;
  accountName?: string;
}

/**
 * What counts as "already there" when the service first meets an account: the donations on
 * the newest page at that moment. REST backfill never replays anything at or before it.
 * Compared against DA's own `created_at` strings, so the unknown DA timezone does not matter.
 */
export interface Watermark {
  accountId: number;
  /** Newest `created_at` (DA's raw "YYYY-MM-DD HH:MM:SS") seen at baseline; null if the list was empty. */
  newestCreatedAt: string | null;
  /** The ids on that page (covers donations sharing the newest second). */
  ids: string[];
  maxId: number;
  establishedAt: string; // ISO, our clock
}

export const TOKENS_FILE = 'donationalerts-tokens.json';
export const WATERMARK_FILE = 'donationalerts-watermark.json';

/** Writes JSON atomically with mode 0600: temp file in the same dir, fsync, rename. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(JSON.stringify(value, null, 2) + '\n', 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    // The mode given to open() is masked by umask; make sure it is exactly 0600.
    await fs.chmod(tmp, 0o600);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Missing file → undefined; unreadable/corrupt → undefined plus `corrupt: true` for logging. */
export async function readJsonFile(file: string): Promise<{ value?: unknown; corrupt: boolean }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { corrupt: false };
    return { corrupt: true };
  }
  try {
    return { value: JSON.parse(text), corrupt: false };
  } catch {
    return { corrupt: true };
  }
}

export function parseStoredTokens(value: unknown): StoredTokens | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.accessToken !== 'string' || v.accessToken.length === 0) return undefined;
  return {
    accessToken: v.accessToken,
    refreshToken: typeof v.refreshToken === 'string' && v.refreshToken ? v.refreshToken : undefined,
    tokenType: typeof v.tokenType === 'string' ? v.tokenType : 'Bearer',
    expiresAt: typeof v.expiresAt === 'number' && Number.isFinite(v.expiresAt) ? v.expiresAt : undefined,
    obtainedAt: typeof v.obtainedAt === 'number' ? v.obtainedAt : 0,
    scopes: Array.isArray(v.scopes) ? v.scopes.filter((s): s is string => typeof s === 'string') : [],
    accountId: typeof v.accountId === 'number' ? v.accountId : undefined,
    accountName: typeof v.accountName === 'string' ? v.accountName : undefined,
  };
}

export function parseWatermark(value: unknown): Watermark | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.accountId !== 'number' || !Array.isArray(v.ids)) return undefined;
  return {
    accountId: v.accountId,
    newestCreatedAt: typeof v.newestCreatedAt === 'string' ? v.newestCreatedAt : null,
    ids: v.ids.filter((s): s is string => typeof s === 'string'),
    maxId: typeof v.maxId === 'number' ? v.maxId : 0,
    establishedAt: typeof v.establishedAt === 'string' ? v.establishedAt : new Date(0).toISOString(),
  };
}

/**
 * Is this REST donation part of the history that existed before the service first ran?
 * Both sides are DA times read the same way (no offset → UTC), so DA's unknown timezone
 * cancels out; a newer donation in the same second as the newest baseline one is new.
 */
export function isBeforeWatermark(w: Watermark, id: string, createdAt: unknown): boolean {
  if (w.ids.includes(id)) return true;
  if (w.newestCreatedAt === null) return false;
  const at = daTimeMs(createdAt);
  const newest = daTimeMs(w.newestCreatedAt);
  if (at !== undefined && newest !== undefined) return at < newest;
  // Unreadable time: fall back on DA's increasing ids.
  return Number(id) <= w.maxId;
}
