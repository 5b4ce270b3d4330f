// One service per DATA_DIR: a second service on the same data would draw the same jobs, so
// it refuses to start with one clear line. The guard is the SQLite file lock held by the
// first service (locking_mode EXCLUSIVE), which the OS releases when that process dies, even
// by kill -9, so a restart after a crash is never blocked.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../e2e/service-process.js';
import { openStore, StoreLockedError, type Store } from '../../src/store/index.js';
import { getJson, postDonation, startServiceProcess, type ServiceProcess } from './harness.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'drawstream-single-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `drawstream serve` expecting it to exit on its own. */
function runToExit(env: Record<string, string>, timeoutMs = 15_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the second service did not exit within ${timeoutMs} ms; stdout: ${stdout}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('single instance per DATA_DIR', () => {
  it('the store refuses a second exclusive connection, and any other one, until the first closes', () => {
    const path = join(tempDir(), 'drawstream.sqlite');
    const first: Store = openStore(path, { exclusive: true });
    cleanups.push(() => first.close());
    expect(() => openStore(path, { exclusive: true, lockWaitMs: 50 })).toThrow(StoreLockedError);
    expect(() => openStore(path, { exclusive: true, lockWaitMs: 50 })).toThrow(/in use by another process/);
    // A plain connection cannot sneak in either (it would read a half-written queue).
    expect(() => openStore(path, { busyTimeoutMs: 50 }).counts()).toThrow();
    first.close();
    const again = openStore(path, { exclusive: true });
    expect(again.counts().donations).toBe(0);
    again.close();
  });

  it('a second service on the same DATA_DIR refuses with one clear line; after kill -9 of the first a new one starts with its queue', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, LLM_BACKEND: 'builtin', SHOW_DURATION_SEC: '60', DEFAULT_STEP_DURATION_MS: '20' };
    const first: ServiceProcess = await startServiceProcess('serve', env);
    cleanups.push(async () => void (await first.stop('SIGKILL')));
    for (const id of ['one', 'two', 'three']) {
      const outcome = await postDonation(first.url, { id, donor: 'Kira', message: 'нарисуй котика', amount: 100, currency: 'RUB' });
      expect(outcome.acked).toBe(true);
    }

    const second = await runToExit(env);
    expect(second.code).toBe(1);
    const lines = second.stderr.trim().split('\n');
    expect(lines, second.stderr).toHaveLength(1);
    expect(lines[0]).toContain(`another drawstream is already running with DATA_DIR=${dataDir}`);
    expect(second.stdout).not.toContain('Operator panel');

    // The first one is unaffected.
    const state = await getJson(`${first.url}/api/state`);
    expect([state.current, ...state.queue].map((job: { id: string }) => job.id)).toHaveLength(3);

    await first.stop('SIGKILL');
    const third = await startServiceProcess('serve', env);
    cleanups.push(async () => void (await third.stop('SIGKILL')));
    const recovered = await getJson(`${third.url}/api/state`);
    expect([recovered.current, ...recovered.queue].map((job: { id: string }) => job.id)).toEqual(
      [state.current, ...state.queue].map((job: { id: string }) => job.id),
    );
    expect((await third.stop('SIGTERM')).code).toBe(0);
  }, 60_000);
});
