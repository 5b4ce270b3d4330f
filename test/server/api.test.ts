// The HTTP API over real sockets (127.0.0.1, ephemeral port): every route, every error path.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, createServer, observeStage, ServerConfigError, assertSafeBinding, isLoopbackHost } from '../../src/server/index.js';
import type { DonationAlertsConnector } from '../../src/core/index.js';
import { FakeStage } from './fake-stage.js';
import { realStage, samplePlan, serverDeps, startServer, TEST_RENDERER, type Harness, type TestStage } from './harness.js';
import { compilePlan } from '../../src/raster/index.js';

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});

let webRoot: string;
beforeAll(async () => {
  webRoot = await mkdtemp(path.join(tmpdir(), 'drawstream-web-'));
  await writeFile(path.join(webRoot, 'overlay.js'), 'console.log("overlay bundle")\n');
  await writeFile(path.join(webRoot, 'fonts.css'), '@font-face{}\n');
});
afterAll(async () => {
  await rm(webRoot, { recursive: true, force: true });
});

/** The real stage (SQLite store in a temp dir, ManualClock); a few tests use FakeStage to force exact states. */
async function stageForTest(): Promise<{ stage: TestStage }> {
  const real = await realStage();
  open.push(real.cleanup);
  return { stage: real.stage };
}

async function serve(options: Partial<Parameters<typeof startServer>[0]> = {}): Promise<Harness> {
  const stage = options.stage ?? (await stageForTest()).stage;
  const harness = await startServer({ webRoot, ...options, stage });
  open.push(harness.close);
  return harness;
}

async function json(response: Response): Promise<any> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`not JSON (${response.status}): ${text.slice(0, 200)}`);
  }
}

function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function jobCount(state: { current: unknown; queue: unknown[] }): number {
  return (state.current ? 1 : 0) + state.queue.length;
}

const donation = { donor: 'Вася', message: 'нарисуй котика в космосе', amount: 100, currency: 'RUB' };

describe('state and donations', () => {
  it('answers GET /api/state with paused, current, queue and serverTime', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/api/state`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const state = await json(response);
    expect(state).toMatchObject({ paused: false, current: null, queue: [] });
    expect(typeof state.serverTime).toBe('number');
    expect(state.renderer).toMatchObject({ canvasW: 96, canvasH: 96 });
  });

  it('queues a posted donation with 201 {id} and shows it in the state', async () => {
    const { url } = await serve();
    const response = await postJson(`${url}/api/donations`, donation);
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(typeof body.id).toBe('string');
    const state = await json(await fetch(`${url}/api/state`));
    const jobs = [state.current, ...state.queue].filter(Boolean);
    expect(jobs.map((job: { id: string }) => job.id)).toContain(body.id);
    const job = jobs.find((j: { id: string }) => j.id === body.id);
    expect(job).toMatchObject({ donor: 'Вася', message: 'нарисуй котика в космосе', amount: 100, currency: 'RUB' });
    expect(['queued', 'planning', 'drawing', 'showing']).toContain(job.phase);
  });

  it('answers a repeated id with 200 and the same id, and creates no second job', async () => {
    const { url } = await serve();
    const first = await postJson(`${url}/api/donations`, { ...donation, id: 'abc-1' });
    expect(first.status).toBe(201);
    const { id } = await json(first);
    const before = jobCount(await json(await fetch(`${url}/api/state`)));
    const again = await postJson(`${url}/api/donations`, { ...donation, id: 'abc-1', message: 'something else' });
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ id, duplicate: true });
    expect(jobCount(await json(await fetch(`${url}/api/state`)))).toBe(before);
    expect(before).toBe(1);
  });

  it.each([
    ['malformed JSON', '{"donor": "a",', /not valid JSON/],
    ['a JSON array', '[1,2,3]', /JSON object/],
    ['a JSON string', '"hello"', /JSON object/],
    ['an amount that is not a number', JSON.stringify({ ...donation, amount: 'lots' }), /amount/i],
    ['a missing message', JSON.stringify({ donor: 'a', amount: 1, currency: 'RUB' }), /message/i],
    ['an empty body', '', /JSON object/],
  ])('refuses %s with 400 {error}', async (_name, body, pattern) => {
    const { url, stage } = await serve();
    const response = await postJson(`${url}/api/donations`, body);
    expect(response.status).toBe(400);
    const answer = await json(response);
    expect(Object.keys(answer)).toEqual(['error']);
    expect(answer.error).toMatch(pattern);
    expect(answer.error).not.toMatch(/\bat \S+:\d+/); // no stack frames
    expect(jobCount(stage.snapshot())).toBe(0);
  });

  it('refuses a body that is not JSON with 415 {error}', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/api/donations`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'donor=a&amount=1',
    });
    expect(response.status).toBe(415);
    expect((await json(response)).error).toMatch(/JSON/);
  });

  it('refuses a body over 64 KiB with 413 {error}', async () => {
    const { url, stage } = await serve();
    const response = await postJson(`${url}/api/donations`, { ...donation, message: 'x'.repeat(70 * 1024) });
    expect(response.status).toBe(413);
    expect((await json(response)).error).toMatch(/64 KiB/);
    expect(jobCount(stage.snapshot())).toBe(0);
  });

  it('accepts a body just under 64 KiB (the limit is not lower than documented)', async () => {
    const { url } = await serve();
    const response = await postJson(`${url}/api/donations`, { ...donation, padding: 'y'.repeat(60 * 1024) });
    expect(response.status).toBe(201);
  });
});

describe('bounded state and GET /api/queue', () => {
  const jobs = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `w${i}`,
      donor: `d${i}`,
      message: 'm',
      amount: 1,
      currency: 'EUR',
      phase: 'queued' as const,
    }));

  it('carries only the first 20 waiting jobs in /api/state, with queueCount', async () => {
    const stage = new FakeStage();
    stage.queue = jobs(250);
    const { url } = await serve({ stage });
    const state = await json(await fetch(`${url}/api/state`));
    expect(state.queueCount).toBe(250);
    expect(state.queue.map((job: { id: string }) => job.id)).toEqual(jobs(20).map((job) => job.id));
  });

  it('pages through the queue in order, limit up to 100', async () => {
    const stage = new FakeStage();
    stage.queue = jobs(250);
    const { url } = await serve({ stage });
    const first = await json(await fetch(`${url}/api/queue`));
    expect(first).toMatchObject({ total: 250, offset: 0, limit: 20 });
    expect(first.jobs).toHaveLength(20);
    const page = await json(await fetch(`${url}/api/queue?offset=200&limit=100`));
    expect(page).toMatchObject({ total: 250, offset: 200, limit: 100 });
    expect(page.jobs.map((job: { id: string }) => job.id)).toEqual(
      jobs(250)
        .slice(200)
        .map((job) => job.id),
    );
    expect((await json(await fetch(`${url}/api/queue?offset=999`))).jobs).toEqual([]);
  });

  it('answers bad offset or limit with 400 and one sentence', async () => {
    const { url } = await serve({ stage: new FakeStage() });
    for (const query of ['limit=101', 'limit=0', 'limit=-1', 'limit=abc', 'offset=-1', 'offset=1.5', 'offset=x', 'offset=99999999999']) {
      const response = await fetch(`${url}/api/queue?${query}`);
      expect(response.status, query).toBe(400);
      const body = await json(response);
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error).toMatch(/^(limit|offset) must be a whole number/);
    }
  });
});

describe('a job through the real stage', () => {
  it('carries plan, drawStartedAt and showEndsAt on current, then lands in history as done', async () => {
    const real = await realStage();
    open.push(real.cleanup);
    const { url } = await serve({ stage: real.stage, now: () => real.clock.now() });
    const { id } = await json(await postJson(`${url}/api/donations`, { ...donation, id: 'life-1' }));
    await real.clock.flush();
    const drawing = await json(await fetch(`${url}/api/state`));
    expect(drawing.current).toMatchObject({ id, phase: 'drawing', drawStartedAt: expect.any(Number) });
    expect(drawing.current.plan.caption).toBe('All for you');
    expect(drawing.serverTime).toBe(real.clock.now());

    await real.clock.advance(compilePlan(samplePlan(), TEST_RENDERER).totalMs + 1); // the drawing is complete
    const showing = await json(await fetch(`${url}/api/state`));
    expect(showing.current).toMatchObject({ id, phase: 'showing', showEndsAt: expect.any(Number) });

    await real.clock.advance(2_000 + 1); // SHOW_DURATION_SEC=2 in the harness
    const after = await json(await fetch(`${url}/api/state`));
    expect(after.current).toBeNull();
    const history = await json(await fetch(`${url}/api/history?limit=1`));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id, status: 'done', donor: 'Вася', amount: 100, currency: 'RUB' });
    const metricsText = await (await fetch(`${url}/metrics`)).text();
    expect(metricsText).toMatch(/drawstream_jobs_finished_total\{status="done"\} 1\n/);
  });
});

describe('controls and history', () => {
  it('skips, clears, pauses and resumes with {ok:true}', async () => {
    const { url } = await serve();
    for (let i = 0; i < 3; i++) await postJson(`${url}/api/donations`, { ...donation, id: `c${i}` });

    const pause = await fetch(`${url}/api/pause`, { method: 'POST' });
    expect(pause.status).toBe(200);
    expect(await json(pause)).toMatchObject({ ok: true });
    expect((await json(await fetch(`${url}/api/state`))).paused).toBe(true);

    const resume = await fetch(`${url}/api/resume`, { method: 'POST' });
    expect(await json(resume)).toMatchObject({ ok: true });
    expect((await json(await fetch(`${url}/api/state`))).paused).toBe(false);

    const clear = await postJson(`${url}/api/clear`, '');
    expect(clear.status).toBe(200);
    const cleared = await json(clear);
    expect(cleared.ok).toBe(true);
    expect(typeof cleared.cleared).toBe('number');
    expect((await json(await fetch(`${url}/api/state`))).queue).toEqual([]);

    const skip = await fetch(`${url}/api/skip`, { method: 'POST' });
    expect(await json(skip)).toMatchObject({ ok: true });

    const history = await json(await fetch(`${url}/api/history`));
    expect(Array.isArray(history)).toBe(true);
    expect(history.length).toBeGreaterThanOrEqual(cleared.cleared);
    for (const entry of history) {
      expect(entry).toEqual(
        expect.objectContaining({ id: expect.any(String), donor: 'Вася', amount: 100, currency: 'RUB', finishedAt: expect.any(Number) }),
      );
      expect(['done', 'skipped', 'cleared', 'rejected', 'failed']).toContain(entry.status);
    }
    expect(history.map((e: { status: string }) => e.status)).toContain('cleared');
  });

  it('limits history to ?limit=N newest first', async () => {
    const stage = new FakeStage();
    for (let i = 0; i < 5; i++)
      stage.accept({
        id: `h${i}`,
        source: 'test',
        donor: `d${i}`,
        message: 'm',
        amount: 1,
        currency: 'USD',
        timestamp: new Date().toISOString(),
      });
    stage.clear();
    const { url } = await serve({ stage });
    expect(await json(await fetch(`${url}/api/history?limit=2`))).toHaveLength(2);
    expect(await json(await fetch(`${url}/api/history?limit=200`))).toHaveLength(5);
    expect(await json(await fetch(`${url}/api/history`))).toHaveLength(5);
  });

  it.each(['0', '201', '-1', 'abc', '1.5', '', '99999999999'])('refuses ?limit=%s with 400 {error}', async (limit) => {
    const { url } = await serve();
    const response = await fetch(`${url}/api/history?limit=${limit}`);
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatch(/limit must be a whole number from 1 to 200/);
  });

  it('answers 404 {error} for unknown routes, GET and POST', async () => {
    const { url } = await serve();
    for (const [method, route] of [
      ['GET', '/nope'],
      ['POST', '/api/nope'],
      ['DELETE', '/api/state'],
    ]) {
      const response = await fetch(`${url}${route}`, { method });
      expect(response.status).toBe(404);
      expect(Object.keys(await json(response))).toEqual(['error']);
    }
  });

  it('turns a failing stage into 500 {error} with no internals', async () => {
    const stage = new FakeStage();
    const { url } = await serve({ stage });
    stage.failOn = 'skip';
    const response = await fetch(`${url}/api/skip`, { method: 'POST' });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'Internal server error.' });
    expect(text).not.toMatch(/sqlite|locked|\/home/);
  });
});

describe('panel token and network rules', () => {
  const TOKEN = 's3cret-token';

  it('needs Authorization: Bearer on every POST when PANEL_TOKEN is set, loopback included', async () => {
    const { url, stage } = await serve({ panelToken: TOKEN });
    for (const route of ['/api/skip', '/api/clear', '/api/pause', '/api/resume', '/api/donations']) {
      const missing = await postJson(`${url}${route}`, donation);
      expect(missing.status, route).toBe(401);
      expect(missing.headers.get('www-authenticate')).toBe('Bearer');
      expect((await json(missing)).error).toMatch(/Authorization: Bearer/);
      const wrong = await postJson(`${url}${route}`, donation, { authorization: 'Bearer nope' });
      expect(wrong.status, route).toBe(403);
      expect((await json(wrong)).error).toMatch(/token/);
      const basic = await postJson(`${url}${route}`, donation, { authorization: `Basic ${TOKEN}` });
      expect(basic.status, route).toBe(401);
    }
    expect(stage.snapshot().paused).toBe(false);
    expect(jobCount(stage.snapshot())).toBe(0);

    const ok = await postJson(`${url}/api/donations`, donation, { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(201);
    const pause = await fetch(`${url}/api/pause`, { method: 'POST', headers: { authorization: `bearer ${TOKEN}` } });
    expect(pause.status).toBe(200);
    // Reads stay open: the overlay has no token.
    expect((await fetch(`${url}/api/state`)).status).toBe(200);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('checks the token before reading a large body', async () => {
    const { url } = await serve({ panelToken: TOKEN });
    const response = await postJson(`${url}/api/donations`, { ...donation, message: 'x'.repeat(100 * 1024) });
    expect(response.status).toBe(401);
  });

  it('refuses to start on a non-loopback address without PANEL_TOKEN', async () => {
    const stage = new FakeStage();
    const metrics = createMetrics({ defaultMetrics: false });
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.com']) {
      await expect(createServer(serverDeps({ stage, host, webRoot }, metrics))).rejects.toThrow(ServerConfigError);
      await expect(createServer(serverDeps({ stage, host, webRoot }, metrics))).rejects.toThrow(/PANEL_TOKEN/);
    }
    expect(() => assertSafeBinding('0.0.0.0', undefined)).toThrow(/HOST=0\.0\.0\.0.*PANEL_TOKEN/);
    const app = await createServer(
      serverDeps({ stage, host: '0.0.0.0', panelToken: TOKEN, webRoot }, createMetrics({ defaultMetrics: false })),
    );
    await app.close();
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('refuses control calls from another web site (CSRF) and foreign Host names (DNS rebinding)', async () => {
    const { url, stage } = await serve();
    const csrf = await fetch(`${url}/api/pause`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(csrf.status).toBe(403);
    expect(stage.snapshot().paused).toBe(false);
    const sameOrigin = await fetch(`${url}/api/pause`, { method: 'POST', headers: { origin: url } });
    expect(sameOrigin.status).toBe(200);

    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${url}/api/state`, { headers: { host: 'attacker.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe('pages, health, metrics, Donation Alerts', () => {
  it('serves the overlay and panel pages with their bundles', async () => {
    const { url } = await serve();
    const overlay = await fetch(`${url}/overlay?layout=portrait&transparent=1&scale=4`);
    expect(overlay.status).toBe(200);
    expect(overlay.headers.get('content-type')).toMatch(/text\/html/);
    expect(overlay.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await overlay.text();
    expect(html).toMatch(/<canvas id="art"/);
    expect(html).toMatch(/src="\/assets\/overlay\.js/);
    expect(html).toMatch(/class="layout-portrait transparent"/);
    expect(html).toMatch(/"scale":4/);
    const panel = await fetch(`${url}/panel`);
    expect(panel.status).toBe(200);
    expect(await panel.text()).toMatch(/src="\/assets\/panel\.js/);
    const bundle = await fetch(`${url}/assets/overlay.js`);
    expect(bundle.status).toBe(200);
    expect(await bundle.text()).toContain('overlay bundle');
    const missing = await fetch(`${url}/assets/nope.js`);
    expect(missing.status).toBe(404);
    expect(Object.keys(await json(missing))).toEqual(['error']);
    const traversal = await fetch(`${url}/assets/..%2f..%2fetc%2fpasswd`);
    expect(traversal.status).toBeGreaterThanOrEqual(400);
  });

  it('falls back to the default scale for a bad ?scale=', async () => {
    const { url } = await serve();
    for (const scale of ['0', '33', 'abc', '-2', '2.5']) {
      expect(await (await fetch(`${url}/overlay?scale=${scale}`)).text()).toMatch(/"scale":8/);
    }
  });

  it('reports health from the composition root', async () => {
    const { url } = await serve();
    const health = await json(await fetch(`${url}/health`));
    expect(health).toMatchObject({
      status: 'ok',
      queueLength: 0,
      components: { planner: { state: 'degraded', detail: 'model not pulled' } },
    });
  });

  it('exposes Prometheus metrics, counting donations and queue length', async () => {
    const { url, metrics } = await serve();
    await postJson(`${url}/api/donations`, { ...donation, source: 'panel', id: 'm1' });
    await postJson(`${url}/api/donations`, { ...donation, source: 'panel', id: 'm1' }); // duplicate: not counted
    metrics.observePlanning(1234, 'llm');
    metrics.llmFailure('timeout');
    metrics.llmFailure('Circuit Open!');
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/drawstream_donations_received_total\{source="panel"\} 1\n/);
    expect(text).toMatch(/drawstream_jobs_finished_total\{status="done"\} 0/);
    expect(text).toMatch(/drawstream_planning_latency_seconds_count\{planner="llm"\} 1/);
    expect(text).toMatch(/drawstream_llm_failures_total\{kind="timeout"\} 1/);
    expect(text).toMatch(/drawstream_llm_failures_total\{kind="circuit_open"\} 1/);
    expect(text).toMatch(/drawstream_queue_length \d/);
    expect(text).toMatch(/drawstream_overlay_fps/);
  });

  it('counts finished jobs from stage events, once even when the composition root observes the stage too', async () => {
    const stage = new FakeStage();
    const { url, metrics } = await serve({ stage });
    const unobserve = observeStage(stage, metrics); // what src/main.ts does as well
    open.push(async () => unobserve());
    for (let i = 0; i < 3; i++) await postJson(`${url}/api/donations`, { ...donation, id: `f${i}` });
    stage.setCurrent({ ...stage.queue.shift()!, phase: 'drawing' });
    await fetch(`${url}/api/skip`, { method: 'POST' });
    await fetch(`${url}/api/clear`, { method: 'POST' });
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toMatch(/drawstream_jobs_finished_total\{status="skipped"\} 1\n/);
    expect(text).toMatch(/drawstream_jobs_finished_total\{status="cleared"\} 2\n/);
    expect(text).toMatch(/drawstream_queue_length 0\n/);
  });

  function fakeConnector(result: { ok: boolean; message: string }, name?: string): DonationAlertsConnector & { queries: unknown[] } {
    const queries: unknown[] = [];
    return {
      queries,
      authorizeUrl: () => 'https://da.example/oauth/authorize?client_id=1&state=xyz',
      completeAuthorization: async (query) => {
        queries.push(query);
        return result;
      },
      account: () => ({ connected: result.ok, name, state: result.ok ? 'connected' : 'not_connected', detail: '' }),
    };
  }

  it('redirects to Donation Alerts and shows the callback result as a small page', async () => {
    const connector = fakeConnector({ ok: true, message: 'Connected as <b>Streamer</b>' }, '<b>Streamer</b>');
    const { url } = await serve({ daConnector: connector });
    const start = await fetch(`${url}/auth/donationalerts`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    expect(start.headers.get('location')).toBe('https://da.example/oauth/authorize?client_id=1&state=xyz');
    const done = await fetch(`${url}/auth/donationalerts/callback?code=c0de&state=xyz`);
    expect(done.status).toBe(200);
    const html = await done.text();
    expect(html).toContain('Connected as &lt;b&gt;Streamer&lt;/b&gt;');
    expect(html).toContain('href="/panel"');
    expect(connector.queries).toEqual([{ code: 'c0de', state: 'xyz', error: undefined }]);
  });

  it('shows a failed Donation Alerts authorization, and 404 {error} when DA is not configured', async () => {
    const { url } = await serve({ daConnector: fakeConnector({ ok: false, message: 'state mismatch' }) });
    const failed = await fetch(`${url}/auth/donationalerts/callback?error=access_denied`);
    expect(failed.status).toBe(400);
    expect(await failed.text()).toContain('failed: state mismatch');
    const unconfigured = await serve({
      daConnector: {
        ...fakeConnector({ ok: false, message: '' }),
        authorizeUrl: () => {
          throw new Error('Donation Alerts OAuth is not configured: set DA_CLIENT_ID.');
        },
      },
    });
    const refused = await fetch(`${unconfigured.url}/auth/donationalerts`, { redirect: 'manual' });
    expect(refused.status).toBe(400);
    expect(await json(refused)).toEqual({ error: 'Donation Alerts OAuth is not configured: set DA_CLIENT_ID.' });
    const bare = await serve();
    const response = await fetch(`${bare.url}/auth/donationalerts`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect((await json(response)).error).toMatch(/DA_CLIENT_ID/);
  });
});
