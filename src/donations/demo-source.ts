import type { Logger } from 'pino';
import {
  systemClock,
  type Clock,
  type ComponentHealth,
  type DonationSink,
  type DonationSource,
  type IncomingDonation,
} from '../core/index.js';
import { donorHash } from '../logging/index.js';
import { buildDonation, clampAmount } from './normalise.js';

export interface DemoDonation {
  donor: string;
  message: string;
  amount: number;
  currency: string;
}

export const defaultDemoDonations: readonly DemoDonation[] = [
  { donor: 'Котофей', message: 'нарисуй котика в космосе', amount: 300, currency: 'RUB' },
  { donor: 'RocketFan', message: 'draw a rocket', amount: 5, currency: 'USD' },
  { donor: 'Маша', message: 'сердечко для стримера', amount: 150, currency: 'RUB' },
  { donor: 'HungryViewer', message: 'pizza please', amount: 3, currency: 'EUR' },
  { donor: 'НочнойДозор', message: 'дракон ночью', amount: 500, currency: 'RUB' },
];

/** Fixed per process: restarting the feed in the same run re-sends the same ids (the sink dedupes). */
const RUN_ID = Date.now().toString(36);

export interface DemoSourceOptions {
  /** Gap between demo donations (ms); 0 sends them all at start. Default 1500. */
  intervalMs?: number;
  donations?: readonly DemoDonation[];
  logger?: Logger;
  clock?: Clock;
}

/** A few sample RU/EN donations, fed once at start (source 'demo'). */
export function createDemoDonationSource(options: DemoSourceOptions = {}): DonationSource {
  const clock = options.clock ?? systemClock;
  const interval = Math.max(0, options.intervalMs ?? 1500);
  const list = options.donations ?? defaultDemoDonations;
  const log = options.logger?.child({ component: 'demo-feed' });
  let timer: unknown;
  let sent = 0;
  let running = false;

  const sendNext = (sink: DonationSink): void => {
    while (running && sent < list.length) {
      const item = list[sent];
      // Through the same cleaning as every other source: a custom demo list is input too.
      const donation: IncomingDonation = buildDonation({
        id: `demo-${RUN_ID}-${sent + 1}`,
        source: 'demo',
        donor: item.donor,
        message: item.message,
        amount: clampAmount(Number.isFinite(item.amount) && item.amount >= 0 ? item.amount : 0),
        currency: item.currency.toUpperCase(),
        timestamp: new Date(clock.now()).toISOString(),
      });
      sent++;
      try {
        const r = sink.accept(donation);
        log?.info({ id: donation.id, donorHash: donorHash(donation.donor), duplicate: r.duplicate }, 'demo donation fed');
      } catch (err) {
        log?.error({ id: donation.id, err: (err as Error).name }, 'demo donation refused by the store');
      }
      if (interval > 0 && sent < list.length) {
        timer = clock.setTimeout(() => sendNext(sink), interval);
        return;
      }
    }
  };

  return {
    name: 'demo',
    async start(sink: DonationSink): Promise<void> {
      if (running) return;
      running = true;
      sent = 0;
      sendNext(sink);
    },
    async stop(): Promise<void> {
      running = false;
      clock.clearTimeout(timer);
    },
    health(): ComponentHealth {
      return running
        ? { state: 'ok', detail: `Demo feed: ${Math.min(sent, list.length)} of ${list.length} sample donations sent.` }
        : { state: 'disabled', detail: 'Demo feed stopped.' };
    },
  };
}
