// Frame handling and hand-off: a donation from a socket publication or a REST page becomes an
// IncomingDonation and goes to the sink once. Remembers what it delivered, so a donation that
// arrives on the socket and again in a backfill is accepted once.
import type { Logger } from 'pino';
import type { Clock, DonationSink, IncomingDonation } from '../core/index.js';
import { donorHash } from '../logging/index.js';
import { daTimeMs, isNormaliseError, MAX_AMOUNT, normaliseDonationAlertsDonation, toAmount } from './normalise.js';

const DELIVERED_MEMORY = 5_000;

export class DonationDelivery {
  /** Where donations go; none before start(), and then nothing is delivered. */
  sink: DonationSink | undefined;
  private readonly delivered = new Set<string>();

  constructor(
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  onPublication(expected: string, channel: string, data: unknown, seq: number | undefined): void {
    if (channel !== expected) {
      this.log.info({ channel }, 'publication on an unexpected channel; ignored');
      return;
    }
    const d = normaliseDonationAlertsDonation(data, () => this.clock.now());
    if (isNormaliseError(d)) {
      this.log.warn({ reason: d.error, seq }, 'unusable donation publication; skipped');
      return;
    }
    if (!this.delivered.has(d.id)) this.noteOddFields(data, d.id, 'socket');
    this.deliver(d, 'socket');
  }

  /**
   * Where a donation departs from the documented shape, say so (field names and types only,
   * never values): the doc's uncertain points are what a real or fake server may do differently.
   */
  noteOddFields(raw: unknown, id: string, via: 'socket' | 'rest'): void {
    const r = raw as Record<string, unknown>;
    const odd: Record<string, string> = {};
    const amount = toAmount(r.amount);
    if (amount !== undefined && amount > MAX_AMOUNT) odd.amount = `above ${MAX_AMOUNT} (clamped to it)`;
    else if (typeof r.amount !== 'number') odd.amount = amount === undefined ? `unreadable ${typeof r.amount} (used 0)` : typeof r.amount;
    if (typeof r.created_at !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(r.created_at)) {
      odd.created_at = daTimeMs(r.created_at) === undefined ? `unreadable ${typeof r.created_at} (used now)` : 'non-standard format';
    }
    if (r.username !== null && r.username !== undefined && typeof r.username !== 'string') odd.username = typeof r.username;
    if (r.message_type !== undefined && r.message_type !== 'text' && r.message_type !== 'audio')
      odd.message_type = typeof r.message_type === 'string' ? r.message_type.slice(0, 20) : typeof r.message_type;
    if (typeof r.currency !== 'string' || !/^[A-Za-z]{3}$/.test(r.currency.trim())) odd.currency = typeof r.currency;
    if (Object.keys(odd).length > 0)
      this.log.warn({ daId: id, via, odd }, 'donation fields differ from the documented shape; read leniently');
  }

  /** Delivered by us before, or already in the store. */
  isKnown(id: string): boolean {
    if (this.delivered.has(id)) return true;
    try {
      return this.sink?.has('donationalerts', id) ?? false;
    } catch {
      return false;
    }
  }

  /** Hands `d` to the sink once; a donation the store refuses is offered again by the next backfill. */
  deliver(d: IncomingDonation, via: 'socket' | 'poll' | 'backfill'): void {
    const sink = this.sink;
    if (!sink || this.delivered.has(d.id)) return;
    try {
      const result = sink.accept(d);
      this.remember(d.id);
      this.log.info(
        {
          daId: d.id,
          donorHash: donorHash(d.donor),
          amount: d.amount,
          currency: d.currency,
          messageChars: d.message.length,
          rejectReason: d.rejectReason,
          via,
          duplicate: result.duplicate,
          status: result.status,
        },
        'donation received',
      );
    } catch (err) {
      // Not remembered: the next backfill offers it again.
      this.log.error(
        { daId: d.id, via, err: (err as Error).name },
        'the store refused a donation; it will be retried by the next backfill',
      );
    }
  }

  private remember(id: string): void {
    this.delivered.add(id);
    if (this.delivered.size > DELIVERED_MEMORY) {
      const oldest = this.delivered.values().next().value;
      if (oldest !== undefined) this.delivered.delete(oldest);
    }
  }
}
