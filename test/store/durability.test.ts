// Persist first, acknowledge after: every donation the process acknowledged before a kill -9
// is in the database afterwards, and the database opens cleanly.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('keeps every acknowledged donation after kill -9 mid-burst', async () => {
  dir = await mkdtemp(join(tmpdir(), 'drawstream-kill-'));
  const dbPath = join(dir, 'drawstream.sqlite');
  const storeModule = pathToFileURL(fileURLToPath(new URL('../../src/store/index.ts', import.meta.url))).href;
  const script = join(dir, 'writer.mts');
  await writeFile(
    script,
    `import { openStore } from ${JSON.stringify(storeModule)};
const store = openStore(${JSON.stringify(dbPath)});
for (let i = 0; ; i++) {
  const out = store.acceptDonation(
    { source: 'kill', sourceId: String(i), donor: 'd', message: 'm' + i, amount: 1, currency: 'RUB', timestamp: '', receivedAt: Date.now() },
    () => ({ kind: 'job', displayDonor: 'd', displayMessage: 'm', nsfw: false }),
  );
  process.stdout.write('ack ' + i + ' ' + out.id + '\\n');
  if (i % 50 === 0) await new Promise((r) => setImmediate(r));
}
`,
  );
  const repoRoot = fileURLToPath(new URL('../../', import.meta.url)); // where `tsx` resolves
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const acked = new Map<string, string>();
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`writer produced no acks: ${stderr}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [, sourceId, id] = line.split(' ');
        acked.set(sourceId, id);
      }
      if (acked.size >= 300 && !child.killed) {
        clearTimeout(timer);
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (acked.size < 300) reject(new Error(`writer exited early: ${stderr.slice(0, 2000)}`));
      else resolve();
    });
  });
  expect(acked.size).toBeGreaterThanOrEqual(300);
  const store = openStore(dbPath);
  try {
    const jobs = new Map(store.unfinishedJobs().map((job) => [job.sourceId, job.id]));
    for (const [sourceId, id] of acked) expect(jobs.get(sourceId)).toBe(id);
    // FIFO order survives too
    const seqs = store.unfinishedJobs().map((job) => Number(job.sourceId));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  } finally {
    store.close();
  }
});
