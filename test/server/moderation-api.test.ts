// The moderation routes over real HTTP (127.0.0.1, ephemeral port), on the real stage with a
// SQLite file and a ManualClock: every route and error, with and without PANEL_TOKEN.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeStageHarness, FakePlanner, type StageHarness } from '../stage/testing.js';
import { startServer, type Harness } from './harness.js';

const TOKEN = 'moderation-token-123';
const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});
let webRoot: string;
beforeAll(async () => {
  webRoot = await mkdtemp(path.join(tmpdir(), 'drawstream-web-'));
  await writeFile(path.join(webRoot, 'overlay.js'), '\n');
});
afterAll(async () => {
  await rm(webRoot, { recursive: true, force: true });
});

async function serve(panelToken?: string): Promise<{ h: StageHarness; server: Harness; api: Bound }> {
  const h = await makeStageHarness({ planner: new FakePlanner(), settings: { moderation: 'manual', autoApproveMinAmount: 1000 } });
  open.push(h.cleanup);
  const server = await startServer({ stage: h.stage, webRoot, panelToken, now: () => h.clock.now() });
  open.push(server.close);
  const auth: Record<string, string> = panelToken ? { authorization: `Bearer ${panelToken}` } : {};
  const api: Bound = (method, route, body, headers = auth) => call(server.url, method, route, body, headers);
  return { h, server, api };
}

async function call(
  base: string,
  method: string,
  route: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; data: any }> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(`${base}${route}`, init);
  return { status: response.status, data: await response.json() };
}

type Bound = (method: string, route: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; data: any }>;

for (const token of [undefined, TOKEN]) {
  describe(`moderation API ${token ? 'with' : 'without'} PANEL_TOKEN`, () => {
    it('state, approve, approve-all, reject, remove and their errors', async () => {
      const { h, api } = await serve(token);
      const big = h.donate({ amount: 1000 }).id; // auto-approved: the current job
      const queued = h.donate({ amount: 1000 }).id;
      const p1 = h.donate({ amount: 10, donor: 'P1' }).id;
      const p2 = h.donate({ amount: 10 }).id;
      const p3 = h.donate({ amount: 10 }).id;
      const p4 = h.donate({ amount: 10 }).id;
      await h.clock.flush();

      const state = await api('GET', '/api/state');
      expect(state.status).toBe(200);
      expect(state.data).toMatchObject({ moderation: 'manual', pendingCount: 4 });
      expect(state.data.pending.map((j: { id: string }) => j.id)).toEqual([p1, p2, p3, p4]);
      expect(state.data.pending[0]).toMatchObject({ phase: 'pending', donor: 'P1' });
      expect(state.data.queue.map((j: { id: string }) => j.id)).toEqual([queued]); // pending never in "Next up"

      expect(await api('POST', `/api/jobs/${p2}/approve`)).toEqual({ status: 200, data: { id: p2, status: 'queued' } });
      expect((await api('POST', `/api/jobs/${p2}/approve`)).status).toBe(409);
      expect((await api('POST', '/api/jobs/nope/approve')).status).toBe(404);
      expect(await api('POST', `/api/jobs/${p1}/reject`)).toEqual({ status: 200, data: { id: p1, status: 'rejected' } });
      const again = await api('POST', `/api/jobs/${p1}/reject`);
      expect(again.status).toBe(409);
      expect(typeof again.data.error).toBe('string');
      expect((await api('POST', '/api/jobs/nope/reject')).status).toBe(404);

      expect(await api('POST', `/api/jobs/${p3}/remove`)).toEqual({ status: 200, data: { id: p3, status: 'removed' } });
      expect(await api('POST', `/api/jobs/${queued}/remove`)).toEqual({ status: 200, data: { id: queued, status: 'removed' } });
      const current = await api('POST', `/api/jobs/${big}/remove`);
      expect(current.status).toBe(409);
      expect(current.data.error).toMatch(/skip/);
      expect((await api('POST', `/api/jobs/${p1}/remove`)).status).toBe(409); // finished (rejected)
      expect((await api('POST', '/api/jobs/nope/remove')).status).toBe(404);

      expect(await api('POST', '/api/pending/approve-all')).toEqual({ status: 200, data: { approved: 1, ids: [p4] } });
      const after = await api('GET', '/api/state');
      expect(after.data.pendingCount).toBe(0);
      expect(after.data.queue.map((j: { id: string }) => j.id)).toEqual([p2, p4]);

      const history = await api('GET', '/api/history?limit=10');
      const byId = new Map(history.data.map((e: { id: string }) => [e.id, e]));
      expect(byId.get(p1)).toMatchObject({ status: 'rejected', reason: 'rejected by the operator' });
      expect(byId.get(p3)).toMatchObject({ status: 'removed', reason: 'removed by the operator' });
    });

    it('allow after a block, and bans', async () => {
      const { h, api } = await serve(token);
      const blocked = h.donate({ message: 'NSFW please' }).id;
      await h.clock.advance(3000); // the text card shows (2 s) and finishes
      const entry = (await api('GET', '/api/history?limit=5')).data.find((e: { id: string }) => e.id === blocked);
      expect(entry).toMatchObject({ status: 'done', blockedCategory: 'sexual', reason: '18+ request (sexual)' });

      const allowed = await api('POST', `/api/history/${blocked}/allow`);
      expect(allowed.status).toBe(201);
      expect(typeof allowed.data.id).toBe('string');
      expect((await api('POST', `/api/history/${blocked}/allow`)).status).toBe(409); // once
      expect((await api('POST', '/api/history/nope/allow')).status).toBe(404);
      const pending = h.donate({ amount: 1 }).id;
      expect((await api('POST', `/api/history/${pending}/allow`)).status).toBe(409);

      expect(await api('GET', '/api/bans')).toEqual({ status: 200, data: [] });
      for (const bad of [{}, { donor: '' }, { donor: 5 }, { donor: 'x', source: 7 }, [], 'null']) {
        const res = await api('POST', '/api/bans', bad);
        expect(res.status, JSON.stringify(bad)).toBe(400);
        expect(typeof res.data.error).toBe('string');
      }
      expect((await api('POST', '/api/bans', '{nope')).status).toBe(400);
      const made = await api('POST', '/api/bans', { donor: 'Alice' });
      expect(made.status).toBe(201);
      expect(made.data).toMatchObject({ removed: 1 }); // Alice's pending job
      const list = await api('GET', '/api/bans');
      expect(list.data).toEqual([{ id: made.data.id, donor: 'Alice', source: null, createdAt: expect.any(Number) }]);
      const withSource = await api('POST', '/api/bans', { donor: 'Bob', source: 'donationalerts' });
      expect(withSource.status).toBe(201);
      expect((await api('GET', '/api/bans')).data[1]).toMatchObject({ donor: 'Bob', source: 'donationalerts' });
      expect(await api('DELETE', `/api/bans/${made.data.id}`)).toEqual({ status: 200, data: { id: made.data.id, removed: true } });
      expect((await api('DELETE', `/api/bans/${made.data.id}`)).status).toBe(404);
    });
  });
}

describe('moderation API: access', () => {
  it('needs the panel token on every control route when set; GETs stay open', async () => {
    const { h, server } = await serve(TOKEN);
    const id = h.donate({ amount: 1 }).id;
    const routes: Array<[string, string, unknown?]> = [
      ['POST', `/api/jobs/${id}/approve`],
      ['POST', `/api/jobs/${id}/reject`],
      ['POST', `/api/jobs/${id}/remove`],
      ['POST', '/api/pending/approve-all'],
      ['POST', `/api/history/${id}/allow`],
      ['POST', '/api/bans', { donor: 'x' }],
      ['DELETE', '/api/bans/x'],
    ];
    for (const [method, route, body] of routes) {
      expect((await call(server.url, method, route, body)).status, `${method} ${route}`).toBe(401);
      expect((await call(server.url, method, route, body, { authorization: 'Bearer wrong' })).status).toBe(403);
    }
    expect(h.stage.snapshot().pendingCount).toBe(1);
    expect((await call(server.url, 'GET', '/api/bans')).status).toBe(200);
  });

  it('refuses control calls from other web sites without a token too', async () => {
    const { h, server } = await serve();
    const id = h.donate({ amount: 1 }).id;
    const res = await call(server.url, 'POST', `/api/jobs/${id}/approve`, undefined, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const ban = await call(server.url, 'DELETE', '/api/bans/x', undefined, { origin: 'https://evil.example' });
    expect(ban.status).toBe(403);
    expect(h.stage.snapshot().pendingCount).toBe(1);
  });
});
