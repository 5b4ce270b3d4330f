import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/stage/manual-clock.js';

describe('ManualClock', () => {
  it('fires due timers in time order, then creation order, and moves now() with them', async () => {
    const clock = new ManualClock(1000);
    const seen: [string, number][] = [];
    clock.setTimeout(() => seen.push(['b', clock.now()]), 20);
    clock.setTimeout(() => seen.push(['a', clock.now()]), 10);
    clock.setTimeout(() => seen.push(['c', clock.now()]), 20);
    clock.setTimeout(() => seen.push(['late', clock.now()]), 31);
    await clock.advance(30);
    expect(seen).toEqual([
      ['a', 1010],
      ['b', 1020],
      ['c', 1020],
    ]);
    expect(clock.now()).toBe(1030);
    expect(clock.pending()).toBe(1);
    expect(clock.nextDueAt()).toBe(1031);
  });

  it('lets promises settle between timers, so a timer set from async code still fires in the same advance', async () => {
    const clock = new ManualClock(0);
    const seen: number[] = [];
    clock.setTimeout(() => {
      void Promise.resolve()
        .then(() => Promise.resolve())
        .then(() => clock.setTimeout(() => seen.push(clock.now()), 5));
    }, 10);
    await clock.advance(20);
    expect(seen).toEqual([15]);
  });

  it('does not fire cleared timers and rethrows a timer error', async () => {
    const clock = new ManualClock(0);
    let fired = false;
    const handle = clock.setTimeout(() => (fired = true), 1);
    clock.clearTimeout(handle);
    await clock.advance(5);
    expect(fired).toBe(false);
    clock.setTimeout(() => {
      throw new Error('timer bug');
    }, 1);
    await expect(clock.advance(5)).rejects.toThrow('timer bug');
  });
});
