// Per-connection backpressure of the live feed, with a fake socket whose buffer we control.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { createLiveFeed, MAX_EVENTS_PER_FLUSH, WS_HIGH_WATER_BYTES } from '../../src/server/live.js';
import { createMetrics } from '../../src/server/metrics.js';
import { DEFAULT_RENDERER_SETTINGS } from '../../src/dsl/types.js';
import { FakeStage } from './fake-stage.js';

class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  sent: any[] = [];
  terminated = false;
  send(data: string, callback?: (error?: Error) => void): void {
    this.sent.push(JSON.parse(data));
    callback?.();
  }
  ping(): void {}
  terminate(): void {
    this.terminated = true;
    this.readyState = 3;
    this.emit('close');
  }
  close(): void {
    this.terminate();
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('live feed backpressure', () => {
  it('drops updates for a clogged socket and sends the latest snapshot once it drains', async () => {
    vi.useFakeTimers();
    const stage = new FakeStage();
    const feed = createLiveFeed({
      stage,
      now: () => Date.now(),
      renderer: DEFAULT_RENDERER_SETTINGS,
      metrics: createMetrics({ defaultMetrics: false }),
    });
    const slow = new FakeSocket();
    const fast = new FakeSocket();
    feed.add(slow as unknown as WebSocket);
    feed.add(fast as unknown as WebSocket);
    expect(slow.sent.map((m) => m.type)).toEqual(['snapshot']);

    slow.bufferedAmount = WS_HIGH_WATER_BYTES + 1;
    stage.pause();
    stage.resume();
    stage.accept({ id: 'a', source: 'test', donor: 'd', message: 'm', amount: 1, currency: 'USD', timestamp: new Date().toISOString() });
    await vi.advanceTimersByTimeAsync(0);
    // One coalesced message: every event type in order, the last one as `event`, the latest snapshot.
    expect(fast.sent.map((m) => m.type)).toEqual(['snapshot', 'event']);
    expect(fast.sent[1].events.map((e: { type: string }) => e.type)).toEqual(['paused', 'resumed', 'queued']);
    expect(fast.sent[1].event).toMatchObject({ type: 'queued', jobId: 'job-1' });
    expect(fast.sent[1].snapshot).toMatchObject({ paused: false, queueCount: 1 });
    expect(slow.sent).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1000);
    expect(slow.sent).toHaveLength(1); // still clogged: nothing more queued on it
    slow.bufferedAmount = 0;
    await vi.advanceTimersByTimeAsync(300);
    expect(slow.sent).toHaveLength(2);
    expect(slow.sent[1].type).toBe('snapshot');
    expect(slow.sent[1].snapshot.queue.map((job: { id: string }) => job.id)).toEqual(['job-1']);

    stage.pause(); // drained: events flow again
    await vi.advanceTimersByTimeAsync(100);
    expect(slow.sent[2]).toMatchObject({ type: 'event', event: { type: 'paused' } });
    feed.close();
  });

  it('sends at most one message per 100 ms under a burst, serialised once for all sockets, events capped', async () => {
    vi.useFakeTimers();
    const stage = new FakeStage();
    const feed = createLiveFeed({
      stage,
      now: () => Date.now(),
      renderer: DEFAULT_RENDERER_SETTINGS,
      metrics: createMetrics({ defaultMetrics: false }),
    });
    const sockets = Array.from({ length: 3 }, () => new FakeSocket());
    const raw: unknown[] = [];
    const original = sockets[0].send.bind(sockets[0]);
    sockets[0].send = (data: string, callback?: (error?: Error) => void) => {
      raw.push(data);
      original(data, callback);
    };
    for (const socket of sockets) feed.add(socket as unknown as WebSocket);
    const seen: string[] = [];
    // 1 000 donations over 2 s: one every 2 ms.
    for (let i = 0; i < 1000; i++) {
      stage.accept({ id: `d${i}`, source: 'test', donor: 'd', message: 'm', amount: 1, currency: 'USD', timestamp: '' });
      await vi.advanceTimersByTimeAsync(2);
    }
    await vi.advanceTimersByTimeAsync(200);
    for (const socket of sockets) {
      const updates = socket.sent.filter((m) => m.type === 'event');
      expect(updates.length).toBeGreaterThanOrEqual(19);
      expect(updates.length).toBeLessThanOrEqual(22); // ≤ 10 a second over 2.2 s
      for (const m of updates) {
        expect(m.events.length).toBeLessThanOrEqual(MAX_EVENTS_PER_FLUSH);
        seen.push(...m.events.map((e: { jobId: string }) => e.jobId));
      }
      const last = updates[updates.length - 1];
      expect(last.snapshot.queueCount).toBe(1000);
      expect(last.snapshot.queue).toHaveLength(20);
    }
    // Every socket got the same messages, in the same order.
    expect(new Set(sockets.map((s) => JSON.stringify(s.sent))).size).toBe(1);
    expect(raw.length).toBe(sockets[0].sent.length);
    expect(seen.slice(0, 1000)).toEqual(Array.from({ length: 1000 }, (_, i) => `job-${i + 1}`));
    feed.close();
  });

  it('cuts a socket that stays clogged for 30 s', async () => {
    vi.useFakeTimers();
    const stage = new FakeStage();
    const feed = createLiveFeed({
      stage,
      now: () => Date.now(),
      renderer: DEFAULT_RENDERER_SETTINGS,
      metrics: createMetrics({ defaultMetrics: false }),
    });
    const socket = new FakeSocket();
    feed.add(socket as unknown as WebSocket);
    socket.bufferedAmount = WS_HIGH_WATER_BYTES * 10;
    stage.pause();
    await vi.advanceTimersByTimeAsync(31_000);
    expect(socket.terminated).toBe(true);
    expect(feed.size).toBe(0);
    feed.close();
  });
});
