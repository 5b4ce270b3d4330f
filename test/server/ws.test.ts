// GET /ws over a real socket: the first snapshot, events with snapshots, ping/pong, fps
// reports, garbage, cross-site pages.
import { afterEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import WebSocket from 'ws';
import { FakeStage } from './fake-stage.js';
import { samplePlan, startServer, type Harness } from './harness.js';

const open: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});

async function serve(stage = new FakeStage()): Promise<Harness & { stage: FakeStage }> {
  const harness = await startServer({ stage });
  open.push(harness.close);
  return harness as Harness & { stage: FakeStage };
}

/** A client that queues every message so a test can wait for the next one of a kind. */
function connect(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ socket: WebSocket; next: (type?: string, timeoutMs?: number) => Promise<any>; closed: Promise<number> }> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/ws`, { headers });
  const inbox: any[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    inbox.push(JSON.parse(String(data)));
    waiters.splice(0).forEach((wake) => wake());
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  open.push(() => socket.terminate());
  const next = async (type?: string, timeoutMs = 2000): Promise<any> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = inbox.findIndex((m) => type === undefined || m.type === type);
      if (index >= 0) return inbox.splice(index, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type ?? 'message'} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, next, closed }));
    socket.once('error', reject);
  });
}

describe('GET /ws', () => {
  it('sends the snapshot on connect, then every stage event with its snapshot', async () => {
    const { url, stage } = await serve();
    const plan = samplePlan();
    stage.current = { id: 'j1', donor: 'Петя', message: 'кот', amount: 5, currency: 'USD', phase: 'drawing', plan, drawStartedAt: 1000 };
    const client = await connect(url);
    const first = await client.next('snapshot');
    expect(first.snapshot.current).toMatchObject({ id: 'j1', phase: 'drawing', drawStartedAt: 1000, plan });
    expect(typeof first.serverTime).toBe('number');
    expect(first.snapshot.serverTime).toBe(first.serverTime);
    expect(first.renderer).toMatchObject({ canvasW: 96 });

    const response = await fetch(`${url}/api/donations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ donor: 'A', message: 'sun', amount: 1, currency: 'EUR' }),
    });
    const { id } = await response.json();
    const queued = await client.next('event');
    expect(queued.event).toMatchObject({ type: 'queued', jobId: id });
    expect(queued.snapshot.queue.map((job: { id: string }) => job.id)).toEqual([id]);
    expect(typeof queued.serverTime).toBe('number');

    await fetch(`${url}/api/skip`, { method: 'POST' });
    const skipped = await client.next('event');
    expect(skipped.event).toMatchObject({ type: 'skipped', jobId: 'j1' });
    expect(skipped.snapshot.current).toBeNull();
  });

  it('answers ping with pong, echoing t and adding serverTime', async () => {
    let now = 1_700_000_000_000;
    const stage = new FakeStage(() => now);
    const harness = await startServer({ stage, now: () => now });
    open.push(harness.close);
    const client = await connect(harness.url);
    await client.next('snapshot');
    client.socket.send(JSON.stringify({ type: 'ping', t: 12345.5 }));
    expect(await client.next('pong')).toEqual({ type: 'pong', t: 12345.5, serverTime: 1_700_000_000_000 });
    now += 250;
    client.socket.send(JSON.stringify({ type: 'ping', t: 1 }));
    expect((await client.next('pong')).serverTime).toBe(1_700_000_000_250);
  });

  it('ignores garbage and keeps the connection', async () => {
    const { url } = await serve();
    const client = await connect(url);
    await client.next('snapshot');
    for (const junk of [
      'not json',
      '[]',
      'null',
      '42',
      '{"type":"ping"}',
      '{"type":"ping","t":"x"}',
      '{"type":"fps","fps":"fast"}',
      '{"type":"unknown"}',
    ])
      client.socket.send(junk);
    client.socket.send(Buffer.from([1, 2, 3]));
    client.socket.send(JSON.stringify({ type: 'ping', t: 7 }));
    const pong = await client.next('pong');
    expect(pong.t).toBe(7);
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('takes fps reports into the overlay FPS metric', async () => {
    const { url } = await serve();
    const client = await connect(url);
    await client.next('snapshot');
    client.socket.send(JSON.stringify({ type: 'fps', fps: 59.94 }));
    client.socket.send(JSON.stringify({ type: 'ping', t: 1 }));
    await client.next('pong');
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toMatch(/drawstream_overlay_fps 59\.9\n/);
  });

  it('closes a connection opened by a page of another site', async () => {
    const { url } = await serve();
    const client = await connect(url, { origin: 'https://evil.example' });
    expect(await client.closed).toBe(1008);
  });

  it('stops listening to the stage when the server closes', async () => {
    const stage = new FakeStage();
    const harness = await startServer({ stage });
    expect(stage.listenerCount()).toBeGreaterThan(0);
    const client = await connect(harness.url);
    await client.next('snapshot');
    await harness.close();
    await client.closed;
    expect(stage.listenerCount()).toBe(0);
  });

  it('closes within a couple of seconds even when a page never answers the close frame', async () => {
    const harness = await startServer({ stage: new FakeStage() });
    // A raw socket that completes the upgrade and then ignores everything, like a hung OBS.
    const raw = net.connect(harness.port, '127.0.0.1');
    open.push(() => {
      raw.destroy();
    });
    raw.write(
      'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    await new Promise<void>((resolve) => raw.once('data', () => resolve()));
    const started = Date.now();
    await harness.close();
    expect(Date.now() - started).toBeLessThan(2500);
  });
});
