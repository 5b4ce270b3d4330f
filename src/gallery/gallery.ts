// The gallery of finished drawings under one directory (DATA_DIR/gallery): for each drawing
// `<key>.png` (final frame ×8), `<key>.gif` (the whole drawing ×4) and `<key>.json` (who,
// what, when and the plan, for replay). The JSON is written last and is what makes an entry
// exist, so a crash mid-save leaves at most orphan files, never a half entry.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { MAX_DONOR_CHARS, MAX_MESSAGE_CHARS, type GalleryDonation } from '../core/index.js';
import { parsePlan, type Plan, type RendererSettings } from '../dsl/index.js';
import { compilePlan, frameAt } from '../raster/index.js';
import { encodeGifAsync } from './gif.js';
import { encodePngAsync } from './png.js';

export interface GalleryItem extends GalleryDonation {
  /** File name (no directory) of the final frame, ×8. */
  png: string;
  /** File name of the animated drawing, ×4. */
  gif: string;
  plan: Plan;
}

export interface GalleryEntry extends GalleryDonation {
  plan: Plan;
}

export type GalleryFileKind = 'png' | 'gif';

export interface Gallery {
  /** Renders and stores a finished drawing. Never throws: null when it could not be saved (logged). */
  save(entry: GalleryEntry): Promise<GalleryItem | null>;
  /** Newest first (by finishedAt). */
  list(limit?: number): GalleryItem[];
  get(id: string): GalleryItem | null;
  /** Absolute path of an entry's file, or null when the entry or the file is missing. */
  filePath(id: string, kind: GalleryFileKind): string | null;
}

export interface GalleryOptions {
  dir: string;
  renderer: RendererSettings;
  logger?: Logger;
  /** Entries kept; the oldest beyond it are deleted after each save. Default 500. */
  maxEntries?: number;
  /** Upscale of the PNG (default 8, as on stream) and of the GIF (default 4, smaller files). */
  pngScale?: number;
  gifScale?: number;
}

export const GALLERY_PNG_SCALE = 8;
export const GALLERY_GIF_SCALE = 4;
/** The GIF's longer side stays within this many pixels whatever the canvas size. */
const GIF_MAX_SIDE = 512;
const DEFAULT_MAX_ENTRIES = 500;
const METADATA_FORMAT = 1;
/** A metadata file larger than this is not ours (a plan is a few KB; limits cap it far below). */
const MAX_METADATA_BYTES = 4 * 1024 * 1024;
const MAX_CURRENCY_CHARS = 16;
const TEMP_MARK = '.tmp-';
/** Temp files older than this are leftovers of a crash and get removed. */
const STALE_TEMP_MS = 10 * 60 * 1000;
const SAFE_KEY = /^[A-Za-z0-9_-]{1,80}$/;
/** Names Windows refuses as files whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * The file stem for an id: the id itself when it is plain ([A-Za-z0-9_-], ≤ 80 chars, not
 * a reserved Windows name), else "h-" and 32 hex digits of its SHA-256. Never a path.
 */
export function galleryKey(id: string): string {
  if (SAFE_KEY.test(id) && !WINDOWS_RESERVED.test(id)) return id;
  return `h-${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 32)}`;
}

function clip(text: unknown, max: number): string {
  if (typeof text !== 'string') return '';
  return [...text].slice(0, max).join('');
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A metadata object read back from disk, or null when it is not a well-formed entry for `key`. */
function itemFromMetadata(value: unknown, key: string): GalleryItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.format !== METADATA_FORMAT || typeof v.id !== 'string' || galleryKey(v.id) !== key) return null;
  if (v.png !== `${key}.png` || v.gif !== `${key}.gif`) return null;
  if (typeof v.plan !== 'object' || v.plan === null) return null;
  if (typeof v.finishedAt !== 'number' || !Number.isFinite(v.finishedAt)) return null;
  return {
    id: v.id,
    finishedAt: v.finishedAt,
    donor: clip(v.donor, MAX_DONOR_CHARS),
    message: clip(v.message, MAX_MESSAGE_CHARS),
    amount: finiteOr(v.amount, 0),
    currency: clip(v.currency, MAX_CURRENCY_CHARS),
    png: v.png,
    gif: v.gif,
    plan: v.plan as Plan,
  };
}

function newestFirst(a: GalleryItem, b: GalleryItem): number {
  if (a.finishedAt !== b.finishedAt) return b.finishedAt - a.finishedAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function readSmallFileSync(path: string, size: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Writes through a temp file, flushed, then renamed over `path`: readers see the old file or the whole new one. */
async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const temp = `${path}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export function createGallery(options: GalleryOptions): Gallery {
  const dir = resolve(options.dir);
  const logger = options.logger;
  const maxEntries = Math.max(1, Math.floor(finiteOr(options.maxEntries, DEFAULT_MAX_ENTRIES)));
  const pngScale = Math.min(32, Math.max(1, Math.floor(finiteOr(options.pngScale, GALLERY_PNG_SCALE))));
  const gifScale = Math.min(32, Math.max(1, Math.floor(finiteOr(options.gifScale, GALLERY_GIF_SCALE))));
  /** Parsed metadata by file name, valid while the file's mtime and size are unchanged. */
  const cache = new Map<string, { mtimeMs: number; size: number; item: GalleryItem | null }>();
  /** Saves run one at a time: each is CPU work and ends with pruning. */
  let queue: Promise<unknown> = Promise.resolve();
  let swept = false;

  const readItem = (key: string): GalleryItem | null => {
    const name = `${key}.json`;
    const path = join(dir, name);
    let info;
    try {
      info = statSync(path);
    } catch {
      cache.delete(name);
      return null;
    }
    const cached = cache.get(name);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.item;
    let item: GalleryItem | null = null;
    if (info.isFile() && info.size <= MAX_METADATA_BYTES) {
      try {
        item = itemFromMetadata(JSON.parse(readSmallFileSync(path, info.size)), key);
      } catch {
        item = null;
      }
    }
    cache.set(name, { mtimeMs: info.mtimeMs, size: info.size, item });
    return item;
  };

  const allItems = (): GalleryItem[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    const present = new Set(names);
    for (const name of cache.keys()) if (!present.has(name)) cache.delete(name);
    const items: GalleryItem[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const key = name.slice(0, -'.json'.length);
      if (!SAFE_KEY.test(key)) continue;
      const item = readItem(key);
      if (item !== null) items.push(item);
    }
    return items.sort(newestFirst);
  };

  const get = (id: string): GalleryItem | null => {
    if (typeof id !== 'string' || id === '') return null;
    const item = readItem(galleryKey(id));
    return item !== null && item.id === id ? item : null;
  };

  const removeEntry = async (item: GalleryItem): Promise<void> => {
    const key = galleryKey(item.id);
    // Metadata first: once it is gone the entry is gone, whatever happens to the images.
    for (const name of [`${key}.json`, item.png, item.gif]) {
      await unlink(join(dir, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    cache.delete(`${key}.json`);
  };

  const prune = async (): Promise<void> => {
    const items = allItems();
    for (const item of items.slice(maxEntries)) {
      try {
        await removeEntry(item);
        logger?.debug({ id: item.id }, 'gallery: pruned oldest entry');
      } catch (error) {
        logger?.warn({ err: error, id: item.id }, 'gallery: could not prune an entry');
      }
    }
  };

  /** Once per process: removes what a crash mid-save left behind (temp files, images without metadata). */
  const sweepLeftovers = async (): Promise<void> => {
    if (swept) return;
    swept = true;
    const now = Date.now();
    const names = await readdir(dir).catch(() => [] as string[]);
    const present = new Set(names);
    for (const name of names) {
      const image = /^([A-Za-z0-9_-]+)\.(png|gif)$/.exec(name);
      const leftover = name.includes(TEMP_MARK) || (image !== null && !present.has(`${image[1]}.json`));
      if (!leftover) continue;
      const path = join(dir, name);
      try {
        const info = await stat(path);
        if (info.isFile() && now - info.mtimeMs > STALE_TEMP_MS) await unlink(path);
      } catch {
        // Gone already, or not ours to remove: either way nothing to do.
      }
    }
  };

  const saveNow = async (entry: GalleryEntry): Promise<GalleryItem | null> => {
    const startedAt = performance.now();
    const id = typeof entry?.id === 'string' ? entry.id : '';
    if (id === '' || id.length > 1000) {
      logger?.warn({ idLength: id.length }, 'gallery: drawing not saved (missing or oversized id)');
      return null;
    }
    const { plan, issues } = parsePlan(entry.plan, options.renderer);
    if (plan === null) {
      logger?.warn({ id, issues: issues.slice(0, 5) }, 'gallery: drawing not saved (invalid plan)');
      return null;
    }
    const key = galleryKey(id);
    await mkdir(dir, { recursive: true });
    await sweepLeftovers();

    const compiled = compilePlan(plan, options.renderer);
    const { width, height } = compiled;
    const png = await encodePngAsync(frameAt(compiled, compiled.totalMs), width, height, pngScale);
    await new Promise<void>((resolve) => setImmediate(resolve));
    const scale = Math.max(1, Math.min(gifScale, Math.floor(GIF_MAX_SIDE / Math.max(width, height))));
    const gif = await encodeGifAsync(compiled, { scale });
    const encodedMs = performance.now() - startedAt;

    const item: GalleryItem = {
      id,
      finishedAt: finiteOr(entry.finishedAt, Date.now()),
      donor: clip(entry.donor, MAX_DONOR_CHARS),
      message: clip(entry.message, MAX_MESSAGE_CHARS),
      amount: finiteOr(entry.amount, 0),
      currency: clip(entry.currency, MAX_CURRENCY_CHARS),
      png: `${key}.png`,
      gif: `${key}.gif`,
      plan,
    };
    await writeAtomic(join(dir, item.png), png);
    await writeAtomic(join(dir, item.gif), gif.bytes);
    const metadata = { format: METADATA_FORMAT, ...item, width, height, totalMs: compiled.totalMs, savedAt: Date.now() };
    await writeAtomic(join(dir, `${key}.json`), JSON.stringify(metadata));
    cache.delete(`${key}.json`);
    logger?.info(
      {
        id,
        pngBytes: png.length,
        gifBytes: gif.bytes.length,
        gifFrames: gif.frames,
        encodeMs: Math.round(encodedMs),
        totalMs: Math.round(performance.now() - startedAt),
      },
      'gallery: drawing saved',
    );
    await prune();
    return item;
  };

  const save = (entry: GalleryEntry): Promise<GalleryItem | null> => {
    const result = queue.then(() =>
      saveNow(entry).catch((error: unknown) => {
        logger?.warn({ err: error, id: typeof entry?.id === 'string' ? entry.id.slice(0, 100) : undefined }, 'gallery: drawing not saved');
        return null;
      }),
    );
    queue = result;
    return result;
  };

  return {
    save,
    list(limit?: number): GalleryItem[] {
      try {
        const n = limit === undefined || !Number.isFinite(limit) ? maxEntries : Math.max(0, Math.floor(limit));
        return allItems().slice(0, n);
      } catch (error) {
        logger?.warn({ err: error }, 'gallery: could not list entries');
        return [];
      }
    },
    get(id: string): GalleryItem | null {
      try {
        return get(id);
      } catch {
        return null;
      }
    },
    filePath(id: string, kind: GalleryFileKind): string | null {
      if (kind !== 'png' && kind !== 'gif') return null;
      try {
        const item = get(id);
        if (item === null) return null;
        const path = join(dir, kind === 'png' ? item.png : item.gif);
        return statSync(path).isFile() ? path : null;
      } catch {
        return null;
      }
    },
  };
}
