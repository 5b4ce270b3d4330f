import { describe, expect, it } from 'vitest';
import { createDemoDonationSource } from '../../src/donations/index.js';
import { delay, MemorySink, waitFor } from './helpers.js';

describe('demo donation source', () => {
  it('feeds the sample RU/EN donations once, with ids stable within the process', async () => {
    const sink = new MemorySink();
    const demo = createDemoDonationSource({ intervalMs: 5 });
    await demo.start(sink);
    await waitFor(() => sink.accepted.length === 5, 'all demo donations');
    expect(sink.accepted.map((d) => d.message)).toEqual([
      'нарисуй котика в космосе',
      'draw a rocket',
      'сердечко для стримера',
      'pizza please',
      'дракон ночью',
    ]);
    expect(sink.accepted.every((d) => d.source === 'demo')).toBe(true);
    expect(demo.health().state).toBe('ok');
    await demo.stop();
    expect(demo.health().state).toBe('disabled');
    // Another demo source in the same run produces the same ids: the store sees duplicates.
    const again = createDemoDonationSource({ intervalMs: 0 });
    await again.start(sink);
    expect(sink.acceptCalls).toHaveLength(10);
    expect(sink.accepted).toHaveLength(5);
    await again.stop();
  });

  it('stops feeding when stopped', async () => {
    const sink = new MemorySink();
    const demo = createDemoDonationSource({
      intervalMs: 100,
      donations: [1, 2, 3].map((i) => ({ donor: `d${i}`, message: `m${i}`, amount: i, currency: 'rub' })),
    });
    await demo.start(sink);
    await demo.stop();
    await delay(250);
    expect(sink.accepted).toHaveLength(1);
    expect(sink.accepted[0].currency).toBe('RUB');
  });
});
