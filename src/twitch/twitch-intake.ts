// Twitch events → donations for the sink (README.md, "Into the queue"): a redemption becomes
// {id: redemption id, amount: reward cost, currency POINTS}, a cheer of at least TWITCH_MIN_BITS
// {id: message_id, amount: bits, currency BITS, message without cheermotes}. Redemptions are
// delivered once (in-memory set + the sink's durable `has`), refused by the per-viewer cooldown
// with rejectReason 'cooldown' (the settler refunds them). While a catch-up runs, live events
// are held and delivered after it, in arrival order, so the queue stays FIFO.
import type { Logger } from 'pino';
import { ANONYMOUS, type Clock, type DonationSink, type IncomingDonation } from '../core/index.js';
import { buildDonation } from '../donations/index.js';
import { donorHash } from '../logging/index.js';
import { BoundedSet } from './bounded-set.js';
import { BITS, COOLDOWN_REASON, POINTS } from './twitch-config.js';
import type { TwitchFiles } from './twitch-files.js';
import { readRedemptionFields, type HelixRedemption } from './twitch-api.js';

export const SOURCE = 'twitch';

/** A redemption as the intake queues it, whether it came live or from the catch-up's Helix list. */
export type RedemptionEvent = HelixRedemption;

export interface CheerEvent {
  messageId: string;
  anonymous: boolean;
  userId: string | null;
  userName: string | null;
  message: string;
  bits: number;
  timestamp: string;
}

/**
 * A cheermote: a word of letters followed by digits (Cheer100, PogChamp50, cheer1). channel.cheer
 * has no fragments, so this is how they are told apart from words [U, doc section 2]; a word
 * like "abc123" is lost with them.
 */
const CHEERMOTE = /(^|\s)[A-Za-z]+\d+(?=\s|$)/g;

export function stripCheermotes(message: string): string {
  return message
    .replace(CHEERMOTE, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** RFC3339 with nanoseconds → ISO 8601 with milliseconds; unreadable → undefined. */
export function isoFromTwitchTime(value: string): string | undefined {
  const ms = Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

export interface TwitchIntakeDeps {
  log: Logger;
  clock: Clock;
  files: TwitchFiles;
  minBits: number;
  userCooldownSec: number;
  dedupeMemory: number;
}

export class TwitchIntake {
  sink: DonationSink | undefined;
  private holding = false;
  private held: Array<() => void> = [];
  private readonly delivered: BoundedSet;

  constructor(private readonly deps: TwitchIntakeDeps) {
    this.delivered = new BoundedSet(deps.dedupeMemory);
  }

  /** Holds live events until `release()` (a catch-up is running). */
  hold(): void {
    this.holding = true;
  }

  /** Delivers what was held, in arrival order, then lets live events through again. */
  release(): void {
    this.holding = false;
    const held = this.held;
    this.held = [];
    for (const deliver of held) deliver();
  }

  /** Whether this redemption was already handed to the sink (now or in an earlier run). */
  knows(redemptionId: string): boolean {
    return this.delivered.has(redemptionId) || (this.sink?.has(SOURCE, redemptionId) ?? false);
  }

  redemption(event: RedemptionEvent, via: 'live' | 'catch-up'): void {
    if (this.holding && via === 'live') {
      this.held.push(() => this.deliverRedemption(event, via));
      return;
    }
    this.deliverRedemption(event, via);
  }

  cheer(event: CheerEvent): void {
    if (this.holding) {
      this.held.push(() => this.deliverCheer(event));
      return;
    }
    this.deliverCheer(event);
  }

  private deliverRedemption(event: RedemptionEvent, via: 'live' | 'catch-up'): void {
    if (!this.sink) return;
    if (this.knows(event.id)) {
      this.deps.log.debug({ redemptionId: event.id, via }, 'Twitch redemption already queued; skipped');
      return;
    }
    const timestamp = isoFromTwitchTime(event.redeemedAt) ?? new Date(this.deps.clock.now()).toISOString();
    const cooled = this.cooldownRefuses(event.userId, Date.parse(timestamp));
    const donation = buildDonation({
      id: event.id,
      source: SOURCE,
      donor: event.userName,
      message: event.userInput,
      amount: event.cost,
      currency: POINTS,
      timestamp,
      ...(cooled ? { rejectReason: COOLDOWN_REASON } : {}),
    });
    if (this.accept(donation, { redemptionId: event.id, viewerHash: donorHash(event.userId), via, cooldown: cooled }))
      this.delivered.add(event.id);
  }

  private deliverCheer(event: CheerEvent): void {
    if (!this.sink) return;
    const viewerHash = event.anonymous || !event.userId ? 'anonymous' : donorHash(event.userId);
    if (event.bits < this.deps.minBits) {
      this.deps.log.info({ messageId: event.messageId, bits: event.bits, viewerHash }, 'Twitch cheer below TWITCH_MIN_BITS; ignored');
      return;
    }
    if (this.sink.has(SOURCE, event.messageId)) return;
    const donation = buildDonation({
      id: event.messageId,
      source: SOURCE,
      donor: event.anonymous ? ANONYMOUS : (event.userName ?? ANONYMOUS),
      message: stripCheermotes(event.message),
      amount: event.bits,
      currency: BITS,
      timestamp: isoFromTwitchTime(event.timestamp) ?? new Date(this.deps.clock.now()).toISOString(),
    });
    this.accept(donation, { messageId: event.messageId, viewerHash, via: 'live' });
  }

  /**
   * TWITCH_USER_COOLDOWN_SEC by user_id, on Twitch's redeemed_at (so a catch-up judges as live
   * would have). A refused redemption does not restart the viewer's cooldown.
   */
  private cooldownRefuses(userId: string, redeemedAtMs: number): boolean {
    const cooldownMs = this.deps.userCooldownSec * 1000;
    if (cooldownMs <= 0 || !userId || !Number.isFinite(redeemedAtMs)) return false;
    const cooldowns = this.deps.files.state.cooldowns;
    const last = cooldowns[userId];
    if (last !== undefined && redeemedAtMs >= last && redeemedAtMs - last < cooldownMs) return true;
    cooldowns[userId] = redeemedAtMs;
    const horizon = this.deps.clock.now() - cooldownMs;
    for (const [user, at] of Object.entries(cooldowns)) if (at < horizon && user !== userId) delete cooldowns[user];
    void this.deps.files.saveState();
    return false;
  }

  /** Hands one donation to the sink; false when the sink could not store it (nothing acknowledged). */
  private accept(donation: IncomingDonation, fields: Record<string, unknown>): boolean {
    try {
      const result = this.sink!.accept(donation);
      this.deps.log.info(
        {
          ...fields,
          amount: donation.amount,
          currency: donation.currency,
          messageChars: donation.message.length,
          status: result.status,
          duplicate: result.duplicate,
        },
        'Twitch donation handed to the queue',
      );
      return true;
    } catch (err) {
      this.deps.log.error({ ...fields, err: (err as Error).name }, 'the queue could not store a Twitch donation');
      return false;
    }
  }
}

/** channel.channel_points_custom_reward_redemption.add's `event` (doc section 2), or undefined. */
export function readRedemptionEvent(e: Record<string, unknown>): RedemptionEvent | undefined {
  const fields = readRedemptionFields(e);
  return fields && fields.rewardId !== '' ? fields : undefined;
}

/** channel.cheer's `event` (no id of its own: the frame's message_id is the key), or undefined. */
export function readCheerEvent(e: Record<string, unknown>, messageId: string, timestamp: string): CheerEvent | undefined {
  if (typeof e.bits !== 'number' || !Number.isFinite(e.bits)) return undefined;
  const anonymous = e.is_anonymous === true || typeof e.user_id !== 'string';
  return {
    messageId,
    anonymous,
    userId: anonymous ? null : (e.user_id as string),
    userName: anonymous || typeof e.user_name !== 'string' ? null : e.user_name,
    message: typeof e.message === 'string' ? e.message : '',
    bits: e.bits,
    timestamp,
  };
}
