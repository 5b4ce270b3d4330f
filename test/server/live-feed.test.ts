// Per-connection backpressure of the live feed, with a fake socket whose buffer we control.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { createLiveFeed, WS_HIGH_WATER_BYTES } from '../../src/server/live.js';
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
    const feed = createLiveFeed({ stage, now: () => Date.now(), renderer: DEFAULT_RENDERER_SETTINGS, metrics: createMetrics({ defaultMetrics: false }) });
    const slow = new FakeSocket();
    const fast = new FakeSocket();
    feed.add(slow as unknown as WebSocket);
    feed.add(fast as unknown as WebSocket);
    expect(slow.sent.map((m) => m.type)).toEqual(['snapshot']);

    slow.bufferedAmount = WS_HIGH_WATER_BYTES + 1;
    stage.pause();
    stage.resume();
    stage.accept({ id: 'a', source: 'test', donor: 'd', message: 'm', amount: 1, currency: 'USD', timestamp: new Date().toISOString() });
    expect(fast.sent.map((m) => m.type)).toEqual(['snapshot', 'event', 'event', 'event']);
    expect(slow.sent).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1000);
    expect(slow.sent).toHaveLength(1); // still clogged: nothing more queued on it
    slow.bufferedAmount = 0;
    await vi.advanceTimersByTimeAsync(300);
    expect(slow.sent).toHaveLength(2);
    expect(slow.sent[1].type).toBe('snapshot');
    expect(slow.sent[1].snapshot.queue.map((job: { id: string }) => job.id)).toEqual(['job-1']);

    stage.pause(); // drained: events flow again
    expect(slow.sent[2]).toMatchObject({ type: 'event', event: { type: 'paused' } });
    feed.close();
  });

  it('cuts a socket that stays clogged for 30 s', async () => {
    vi.useFakeTimers();
    const stage = new FakeStage();
    const feed = createLiveFeed({ stage, now: () => Date.now(), renderer: DEFAULT_RENDERER_SETTINGS, metrics: createMetrics({ defaultMetrics: false }) });
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
