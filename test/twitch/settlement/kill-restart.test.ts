// kill -9 in the middle of settling: a child process (real store file, real settler) sends
// its PATCHes over HTTP to a stand-in for Helix's redemption endpoint run by the test (loopback,
// UNFULFILLED → one status, then 404). The test kills it with SIGKILL mid-way, starts it again,
// and checks that every redemption got its status exactly once and the ledger calls them all
// settled: nothing lost, nothing twice.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index.js';

const JOBS = 200;
let dir = '';
let server: http.Server | null = null;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
  if (dir) await rm(dir, { recursive: true, force: true });
});

const moduleUrl = (path: string) => pathToFileURL(fileURLToPath(new URL(path, import.meta.url))).href;

function childScript(dbPath: string, patchUrl: string): string {
  return `import { openStore } from ${JSON.stringify(moduleUrl('../../../src/store/index.ts'))};
import { createRedemptionSettler } from ${JSON.stringify(moduleUrl('../../../src/twitch/index.ts'))};
const store = openStore(${JSON.stringify(dbPath)}, { exclusive: true });
if (process.argv[2] === 'seed') {
  const ids = [];
  for (let i = 0; i < ${JOBS}; i++) {
    const record = { source: 'twitch', sourceId: 'r' + i, donor: 'v', message: 'm', amount: 500, currency: 'POINTS', timestamp: '', receivedAt: i };
    ids.push(store.acceptDonation(record, () => ({ kind: 'job', displayDonor: 'v', displayMessage: 'm', nsfw: false })).id);
  }
  store.finishJobs(ids, 'cleared', Date.now());
}
const writer = {
  async setRedemptionStatus(id, status) {
    try {
      const response = await fetch(${JSON.stringify(patchUrl)} + '?id=' + id, { method: 'PATCH', body: JSON.stringify({ status }) });
      if (response.ok) return { ok: true, value: undefined };
      if (response.status === 404) return { ok: false, kind: 'not_found', retry: false, detail: '404' };
      return { ok: false, kind: 'server_error', retry: true, detail: String(response.status) };
    } catch (error) {
      return { ok: false, kind: 'network', retry: true, detail: String(error) };
    }
  },
};
const settler = createRedemptionSettler({
  ledger: store, writer, 
  tuning: { intervalMs: 50, backlogDelayMs: 5, backoffBaseMs: 20, backoffMaxMs: 100 },
});
settler.start();
setInterval(() => process.stdout.write(JSON.stringify(settler.report()) + '\\n'), 50);
`;
}

it('settles every redemption exactly once across a kill -9 mid-way', async () => {
  dir = await mkdtemp(join(tmpdir(), 'drawstream-settle-kill-'));
  const dbPath = join(dir, 'drawstream.sqlite');
  const applied = new Map<string, string>();
  let transitions = 0;
  let refused = 0;
  /** While set, a request is applied but never answered: "Twitch took it, the answer was lost". */
  let holdAnswers = false;
  const held: http.ServerResponse[] = [];
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const id = new URL(request.url ?? '/', 'http://x').searchParams.get('id') ?? '';
      // A little latency so the kill lands while requests are in flight.
      setTimeout(() => {
        if (applied.has(id)) {
          refused += 1;
          response.writeHead(404).end('{"error":"Not Found"}');
          return;
        }
        applied.set(id, (JSON.parse(body) as { status: string }).status);
        transitions += 1;
        if (holdAnswers) held.push(response);
        else response.writeHead(200).end('{"data":[]}');
      }, 3);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const patchUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/helix/channel_points/custom_rewards/redemptions`;
  const script = join(dir, 'settle.mts');
  await writeFile(script, childScript(dbPath, patchUrl));
  const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

  const run = (mode: 'seed' | 'resume', until: (report: { settled: number; owed: number }) => boolean) =>
    new Promise<{ settled: number; owed: number; givenUp: number }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, mode], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let stderr = '';
      let buffer = '';
      const timer = setTimeout(() => reject(new Error(`no progress in 30 s: ${stderr.slice(0, 2000)}`)), 30_000);
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        const last = lines.at(-1);
        if (!last) return;
        const report = JSON.parse(last) as { settled: number; owed: number; givenUp: number };
        if (until(report) && child.signalCode === null) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          child.once('exit', () => resolve(report));
        }
      });
      child.once('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`child exited (${code}): ${stderr.slice(0, 2000)}`));
      });
    });

  // First life: some redemptions settled, then requests Twitch applies without answering; killed then.
  await run('seed', () => {
    if (transitions >= 40) holdAnswers = true;
    return held.length >= 1;
  });
  const atKill = transitions;
  holdAnswers = false;
  for (const response of held.splice(0)) response.destroy();
  expect(atKill).toBeLessThan(JOBS);
  // Second life: runs until the ledger has nothing owed.
  const final = await run('resume', (report) => report.owed === 0);
  expect(final).toMatchObject({ settled: JOBS, owed: 0, givenUp: 0 });
  expect(applied.size).toBe(JOBS);
  expect(transitions).toBe(JOBS); // each redemption changed state once on "Twitch"
  expect([...applied.values()].every((status) => status === 'CANCELED')).toBe(true);
  expect(refused).toBeGreaterThanOrEqual(1); // the lost answers: asked again, 404, counted settled
  console.log(
    `kill -9 after ${atKill} applied on the fake; ${refused} repeated request(s) after the restart got 404 and were counted settled`,
  );

  const store = openStore(dbPath);
  try {
    expect(store.settlementCounts()).toMatchObject({ owed: 0, settled: JOBS, canceled: JOBS, givenUp: 0 });
  } finally {
    store.close();
  }
}, 90_000);
