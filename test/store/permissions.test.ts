// DATA_DIR is owner-only (0700) and the SQLite files (db, -wal, -shm) are 0600, on real files.
// POSIX only: Windows has no such modes (its profile ACLs keep other accounts out).
import { chmodSync, existsSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, preparePrivateDir, type Store } from '../../src/store/index.js';

const posix = process.platform !== 'win32';
const modeOf = (path: string): number => statSync(path).mode & 0o777;

let dir = '';
let store: Store | undefined;
afterEach(async () => {
  store?.close();
  store = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

function addDonation(s: Store): void {
  s.acceptDonation(
    { source: 'test', sourceId: '1', donor: 'd', message: 'm', amount: 1, currency: 'RUB', timestamp: '', receivedAt: Date.now() },
    () => ({ kind: 'job', displayDonor: 'd', displayMessage: 'm', nsfw: false }),
  );
}

describe.skipIf(!posix)('file permissions', () => {
  it('creates DATA_DIR 0700 and the database, -wal and -shm 0600', async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawstream-perm-'));
    const dataDir = join(dir, 'data', 'nested');
    preparePrivateDir(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    const db = join(dataDir, 'drawstream.sqlite');
    store = openStore(db);
    addDonation(store);
    for (const file of [db, `${db}-wal`, `${db}-shm`]) {
      expect(existsSync(file), file).toBe(true);
      expect(modeOf(file), file).toBe(0o600);
    }
  });

  it('the exclusive (service) mode too, with the directory created by openStore itself', async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawstream-perm-'));
    const db = join(dir, 'fresh', 'drawstream.sqlite');
    store = openStore(db, { exclusive: true });
    addDonation(store);
    expect(modeOf(join(dir, 'fresh'))).toBe(0o700);
    for (const file of [db, `${db}-wal`, `${db}-shm`].filter(existsSync)) expect(modeOf(file), file).toBe(0o600);
  });

  it('tightens a database and DATA_DIR left world-readable by an earlier version', async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawstream-perm-'));
    const dataDir = join(dir, 'data');
    const db = join(dataDir, 'drawstream.sqlite');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    const old = openStore(db);
    addDonation(old);
    for (const file of [db, `${db}-wal`, `${db}-shm`]) chmodSync(file, 0o644);
    old.close();
    preparePrivateDir(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    store = openStore(db);
    addDonation(store);
    for (const file of [db, `${db}-wal`, `${db}-shm`].filter(existsSync)) expect(modeOf(file), file).toBe(0o600);
  });

  it('leaves the mode of an existing directory that is not ours yet alone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawstream-perm-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'notes.txt'), 'the user keeps other things here');
    preparePrivateDir(dir);
    expect(modeOf(dir)).toBe(0o755);
  });
});
