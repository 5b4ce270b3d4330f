// End to end: real stage + real LLM planner + fake LLM server streaming tokens slowly.
// The stage must start drawing with the first complete step the server sends, long before
// the answer ends, and finish with the whole plan.
import { afterEach, describe, expect, it } from 'vitest';
import { compilePlan, frameAt } from '../../src/raster/index.js';
import { modelPlan, normalised, startLiveStage, type LiveStage } from './streaming-kit.js';

let live: LiveStage | null = null;
afterEach(async () => {
  await live?.close();
  live = null;
});

describe('stage streaming with the real planner', () => {
  it('draws the first complete step as soon as the server sends it and ends with the whole plan', async () => {
    const plan = modelPlan(6, 150);
    live = await startLiveStage({ plan, chunkSize: 8, delayMs: 12, showDurationSec: 0.2 });
    const s = live;
    const id = s.donate('cat-e2e-1');
    await s.waitFor(() => s.events.some((e) => e.event.type === 'drawing' && e.event.jobId === id), 10_000);
    const drawing = s.events.find((e) => e.event.type === 'drawing')!;
    const request = s.server.requests.findIndex((r) => r.raw.includes('cat-e2e-1'));
    const sentAt = s.stepSentAt(request, 0);
    expect(sentAt).not.toBeNull();
    const latency = drawing.at - sentAt!;
    console.log(`first complete step sent → drawing started: ${latency.toFixed(1)} ms (goal ≤ 50 ms)`);
    expect(latency).toBeGreaterThanOrEqual(0);
    expect(latency).toBeLessThan(250); // goal 50 ms; generous on a loaded shared box
    // It started from a prefix: the answer was still streaming.
    const first = drawing.snapshot.current!;
    expect(first.streaming).toBe(true);
    expect('steps' in first.plan! ? first.plan.steps.length : 0).toBeLessThan(6);
    expect(s.stepSentAt(request, 5) === null || s.stepSentAt(request, 5)! > drawing.at).toBe(true);

    await s.waitFor(() => s.stage.history(1)[0]?.id === id, 15_000);
    const final = normalised(plan);
    const entry = s.stage.history(1)[0];
    expect(entry.status).toBe('done');
    expect('steps' in entry.plan! ? entry.plan.steps : null).toEqual(final.steps);
    // Steps arrived over time; the last snapshot of the drawing carries all of them.
    const last = [...s.events].reverse().find((e) => e.event.jobId === id && e.snapshot.current?.stepArrivals)!.snapshot.current!;
    expect(last.stepArrivals).toHaveLength(6);
    expect(last.stepArrivals!.at(-1)!).toBeGreaterThan(0);
    // The streamed drawing's last frame is the finished plan's last frame.
    const streamed = compilePlan(last.plan!, undefined, { arrivals: last.stepArrivals });
    expect(Buffer.from(frameAt(streamed, Infinity)).equals(Buffer.from(frameAt(compilePlan(entry.plan!), Infinity)))).toBe(true);
  }, 30_000);
});
