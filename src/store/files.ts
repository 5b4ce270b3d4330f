// Owner-only files: DATA_DIR holds donor names, messages and the Donation Alerts tokens, so
// other users of the machine must not read it. POSIX modes only: on Windows chmod can only
// toggle read-only, and the user's profile ACLs already keep other accounts out.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
/** The SQLite file, and the two files SQLite creates next to it in WAL mode. */
export const SQLITE_SIDE_FILES = ['-wal', '-shm'] as const;

const posix = process.platform !== 'win32';

/**
 * Creates DATA_DIR owner-only (0700). An existing one is tightened only when it already holds
 * our database (an earlier version created it 0755); a directory the user pointed us at that
 * is not ours yet keeps its mode, while every file we create in it is 0600 anyway.
 */
export function preparePrivateDir(dir: string, ownMarker = 'drawstream.sqlite'): void {
  const existed = existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!posix) return;
  if (!existed || existsSync(join(dir, ownMarker))) tighten(dir, PRIVATE_DIR_MODE);
}

/** Creates the file empty when missing (so SQLite opens it, never creates it 0644), then 0600. */
export function preparePrivateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  if (posix) tighten(path, PRIVATE_FILE_MODE);
}

/** The database's -wal/-shm files, when they exist: SQLite copies the db file's mode, this makes sure. */
export function tightenSqliteSideFiles(dbPath: string): void {
  if (!posix) return;
  for (const suffix of SQLITE_SIDE_FILES) {
    if (existsSync(dbPath + suffix)) tighten(dbPath + suffix, PRIVATE_FILE_MODE);
  }
}

function tighten(path: string, mode: number): void {
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch {
    // Not ours to change (another owner, read-only mount): the open that follows reports real problems.
  }
}
