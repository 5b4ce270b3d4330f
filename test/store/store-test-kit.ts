// Shared set-up for tests that open real stores: a fresh temp folder per test, every store
// opened through `open` closed and the folder removed after it, and a tiny valid plan.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Plan } from '../../src/dsl/index.js';
import { openStore, type Store } from '../../src/store/index.js';

export const TINY_PLAN: Plan = {
  version: '1',
  canvas: { w: 96, h: 96, bg: '#222222' },
  steps: [{ op: 'rect', x: 1, y: 1, w: 4, h: 4, fill: '#ff0000' }],
  caption: 'All for you',
  seed: 7,
};

export interface TempStores {
  /** This test's folder. */
  dir(): string;
  /** Opens (or creates) `name` in it; closed after the test. */
  open(name?: string): Store;
  /** Closes `store` now and opens the same file again. */
  reopen(store: Store, name?: string): Store;
  /** Closes `store` after the test (for stores opened directly with openStore). */
  track(store: Store): Store;
}

/** Registers beforeEach/afterEach hooks in the calling test file. */
export function useTempStores(prefix: string): TempStores {
  let dir = '';
  const stores: Store[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) store.close();
    await rm(dir, { recursive: true, force: true });
  });
  const track = (store: Store): Store => {
    stores.push(store);
    return store;
  };
  const open = (name = 'db.sqlite'): Store => track(openStore(join(dir, name)));
  return {
    dir: () => dir,
    open,
    track,
    reopen(store, name) {
      store.close();
      stores.splice(stores.indexOf(store), 1);
      return open(name);
    },
  };
}
