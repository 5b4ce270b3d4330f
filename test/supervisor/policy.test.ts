// The supervisor's restart rules, as a pure function: what counts as a crash, the backoff,
// the give-up window, and what is never restarted.
import { describe, expect, it } from 'vitest';
import { decide, DEFAULT_POLICY, type WorkerExit } from '../../src/supervisor/index.js';

const crash: WorkerExit = { code: null, signal: 'SIGSEGV' };
const ready = (crashTimes: number[], now: number) => ({ stopping: false, everReady: true, crashTimes, now });

describe('supervisor restart policy', () => {
  it('restarts a crash with doubling backoff and gives up at the 5th crash within 60 s', () => {
    const times: number[] = [];
    const verdicts = [0, 1000, 2000, 3000, 4000].map((now) => decide(crash, ready(times, now), DEFAULT_POLICY));
    expect(verdicts).toEqual([
      { kind: 'restart', delayMs: 500, crashes: 1 },
      { kind: 'restart', delayMs: 1000, crashes: 2 },
      { kind: 'restart', delayMs: 2000, crashes: 3 },
      { kind: 'restart', delayMs: 4000, crashes: 4 },
      { kind: 'give-up', crashes: 5 },
    ]);
  });

  it('forgets crashes older than the window, so a rare crash restarts quickly', () => {
    const times = [0, 10_000, 20_000, 30_000];
    expect(decide({ code: 1, signal: null }, ready(times, 65_000), DEFAULT_POLICY)).toEqual({ kind: 'restart', delayMs: 4000, crashes: 4 });
    expect(decide({ code: 1, signal: null }, ready([], 1e9), DEFAULT_POLICY)).toEqual({ kind: 'restart', delayMs: 500, crashes: 1 });
    const capped = decide(crash, ready([1, 2, 3, 4, 5, 6], 7), { ...DEFAULT_POLICY, maxCrashes: 100 });
    expect(capped).toEqual({ kind: 'restart', delayMs: DEFAULT_POLICY.maxDelayMs, crashes: 7 });
  });

  it('never restarts a clean exit, a stop, a stop signal, or a worker that never got ready', () => {
    expect(decide({ code: 0, signal: null }, ready([], 0), DEFAULT_POLICY)).toEqual({ kind: 'exit', code: 0 });
    expect(decide({ code: 1, signal: null }, { ...ready([], 0), stopping: true }, DEFAULT_POLICY)).toEqual({ kind: 'exit', code: 1 });
    expect(decide({ code: null, signal: 'SIGTERM' }, ready([], 0), DEFAULT_POLICY)).toEqual({ kind: 'exit', code: 0 });
    expect(decide({ code: null, signal: 'SIGINT' }, ready([], 0), DEFAULT_POLICY)).toEqual({ kind: 'exit', code: 0 });
    // Config, DATA_DIR lock, port in use: the first worker printed its one line and exited 1 or 2.
    expect(decide({ code: 1, signal: null }, { ...ready([], 0), everReady: false }, DEFAULT_POLICY)).toEqual({
      kind: 'start-failed',
      code: 1,
    });
    expect(decide({ code: 2, signal: null }, { ...ready([], 0), everReady: false }, DEFAULT_POLICY)).toEqual({
      kind: 'start-failed',
      code: 2,
    });
  });
});
