// The EventSub session loop (README.md, "Reconnects"): connect to the base URL → welcome →
// subscribe within the welcome window → catch up → live, until the socket ends; then back off
// and do it all again (a lost connection loses its subscriptions, so every new base connection
// resubscribes and catches up). session_reconnect is a handover instead: the new socket (URL as
// given) keeps the subscriptions; the old one is closed after the new welcome.
import type { Logger } from 'pino';
import type { Clock } from '../core/index.js';
import { AbortedError, backoffDelay, printable, raceAbort, sleep } from '../donations/index.js';
import { BoundedSet } from './bounded-set.js';
import { EventSubSocket, type EventSubFrame, type SocketEnd } from './eventsub-socket.js';
import type { TwitchApi } from './twitch-api.js';
import type { TwitchAuth } from './twitch-auth.js';
import { CHEER, REDEMPTION_ADD, type TwitchSourceConfig, type TwitchTuning } from './twitch-config.js';
import { readCheerEvent, readRedemptionEvent, type TwitchIntake } from './twitch-intake.js';
import type { TwitchStatus } from './twitch-status.js';

export interface EventSubSessionDeps {
  config: TwitchSourceConfig;
  tuning: TwitchTuning;
  clock: Clock;
  log: Logger;
  auth: TwitchAuth;
  api: TwitchApi;
  intake: TwitchIntake;
  status: TwitchStatus;
}

/** A setup step that cannot go on: the login is gone (the facade has been told). */
class LoginGone extends Error {}
/** A setup step failed in a way a later try may fix. */
class SetupFailed extends Error {}

export class EventSubSession {
  private current: EventSubSocket | undefined;
  private handover: EventSubSocket | undefined;
  /** Every frame's message_id (at-least-once delivery resends with the same id). */
  private readonly seen: BoundedSet;
  private readonly log: Logger;
  private readonly status: TwitchStatus;

  constructor(private readonly deps: EventSubSessionDeps) {
    this.seen = new BoundedSet(deps.tuning.dedupeMemory);
    this.log = deps.log;
    this.status = deps.status;
  }

  /** Connects, stays live, reconnects with backoff; ends when `signal` aborts or the login is gone. */
  async run(signal: AbortSignal): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      let liveSince: number | undefined;
      try {
        const broadcasterId = await this.prepare(signal);
        const socket = this.open(this.baseUrl());
        const welcome = await raceAbort(socket.welcome, signal);
        if (welcome === undefined) break;
        if (!('sessionId' in welcome)) throw new SetupFailed(`no welcome (${describeEnd(welcome)})`);
        // Live events wait until the catch-up has queued what came before them (FIFO, none twice).
        this.deps.intake.hold();
        await this.subscribe(broadcasterId, welcome.sessionId, signal);
        if (signal.aborted) break;
        liveSince = this.deps.clock.now();
        this.status.revoked = undefined;
        this.status.set('live', '');
        this.log.info({ rewards: this.status.rewardId !== undefined }, 'Twitch EventSub live');
        await this.catchUp(broadcasterId, signal);
        void this.deps.api.deleteStale(welcome.sessionId, signal).catch(() => undefined);
        const end = await this.untilEnd(signal);
        if (end === undefined) break;
        this.log.warn({ end: end.kind, ...(end.kind === 'closed' ? { code: end.code } : {}) }, 'Twitch EventSub connection ended');
        this.status.set('connecting', describeEnd(end));
      } catch (err) {
        if (signal.aborted || err instanceof AbortedError) break;
        if (err instanceof LoginGone) {
          // The facade was told (onLoginLost) and stops this loop; the state says so either way.
          if (this.status.state !== 'stopped' && this.status.state !== 'login_needed') this.status.set('login_needed', '');
          return;
        }
        const detail = err instanceof SetupFailed ? err.message : 'unexpected error';
        if (!(err instanceof SetupFailed)) this.log.error({ err: (err as Error).name }, 'Twitch session step failed');
        else this.log.warn({ detail }, 'Twitch EventSub setup failed; retrying');
        this.status.set('connecting', detail);
      } finally {
        this.closeSockets(1000, 'reconnecting');
        this.deps.intake.release();
      }
      if (liveSince !== undefined && this.deps.clock.now() - liveSince >= this.deps.tuning.stableSessionMs) attempt = 0;
      const delay = backoffDelay(attempt++, this.deps.tuning.reconnectBackoff);
      this.log.info({ delayMs: delay, attempt }, 'reconnecting to Twitch EventSub after a pause');
      try {
        await sleep(this.deps.clock, delay, signal);
      } catch {
        break;
      }
    }
  }

  /** Closes every socket of this session (stop). */
  closeSockets(code: number, reason: string): void {
    this.handover?.close(code, reason);
    this.current?.close(code, reason);
    this.handover = undefined;
    this.current = undefined;
  }

  private baseUrl(): string {
    const keepalive = this.deps.tuning.keepaliveTimeoutSec;
    if (keepalive === undefined) return this.deps.config.eventsubUrl;
    const url = new URL(this.deps.config.eventsubUrl);
    url.searchParams.set('keepalive_timeout_seconds', String(keepalive));
    return url.toString();
  }

  private open(url: string): EventSubSocket {
    const socket = new EventSubSocket(url, {
      clock: this.deps.clock,
      log: this.log,
      tuning: this.deps.tuning,
      onFrame: (frame, from) => this.onFrame(frame, from),
    });
    this.current = socket;
    return socket;
  }

  /** Who we are (validate) and our reward (found or created); the reward once per run. */
  private async prepare(signal: AbortSignal): Promise<string> {
    let ident = this.deps.auth.identity();
    if (!ident) {
      const checked = await this.deps.auth.validate(signal);
      if (!checked.ok) {
        if (!checked.retry) throw new LoginGone();
        throw new SetupFailed(checked.detail);
      }
      ident = checked.value;
    }
    if (this.status.rewardId === undefined && this.status.rewardsUnavailable === undefined) {
      const reward = await this.deps.api.ensureReward(ident.userId, signal);
      switch (reward.kind) {
        case 'ready':
          this.status.rewardId = reward.rewardId;
          break;
        case 'unavailable':
          this.log.warn('Twitch channel points unavailable; taking cheers only');
          this.status.rewardsUnavailable = reward.detail;
          break;
        case 'failed':
          if (reward.failure.kind === 'unauthorized' || reward.failure.kind === 'not_logged_in') throw new LoginGone();
          throw new SetupFailed(`finding the reward failed: ${reward.failure.detail}`);
        default: {
          const never: never = reward;
          throw new Error(String(never));
        }
      }
    }
    return ident.userId;
  }

  private async subscribe(broadcasterId: string, sessionId: string, signal: AbortSignal): Promise<void> {
    const wanted: Array<[string, Record<string, string>]> = [[CHEER, { broadcaster_user_id: broadcasterId }]];
    const rewardId = this.status.rewardId;
    if (rewardId) wanted.unshift([REDEMPTION_ADD, { broadcaster_user_id: broadcasterId, reward_id: rewardId }]);
    for (const [type, condition] of wanted) {
      const failure = await this.deps.api.subscribe(type, condition, sessionId, signal);
      if (!failure) continue;
      if (failure.kind === 'unauthorized' || failure.kind === 'not_logged_in') throw new LoginGone();
      throw new SetupFailed(`subscribing to ${type} failed: ${failure.detail}`);
    }
  }

  /** Queues the reward's UNFULFILLED redemptions not seen yet, oldest first; then the held live ones. */
  private async catchUp(broadcasterId: string, signal: AbortSignal): Promise<void> {
    const rewardId = this.status.rewardId;
    try {
      if (!rewardId) return;
      const { catchUpPageSize, catchUpMaxPages } = this.deps.tuning;
      const listed = await this.deps.api.listUnfulfilled(broadcasterId, rewardId, catchUpPageSize, catchUpMaxPages, signal);
      if (!listed.ok) {
        this.status.catchUpError = listed.detail;
        this.log.warn({ detail: listed.detail }, 'Twitch catch-up failed; the next reconnect tries again');
        return;
      }
      this.status.catchUpError = undefined;
      // Helix sorts OLDEST first; sorted again by redeemed_at so the order never rests on it.
      const list = [...listed.redemptions].sort((a, b) => (a.redeemedAt < b.redeemedAt ? -1 : a.redeemedAt > b.redeemedAt ? 1 : 0));
      const fresh = list.filter((r) => r.rewardId === rewardId && !this.deps.intake.knows(r.id));
      for (const r of fresh) this.deps.intake.redemption(r, 'catch-up');
      if (fresh.length > 0) this.log.info({ queued: fresh.length, listed: list.length }, 'Twitch catch-up queued redemptions');
    } finally {
      this.deps.intake.release();
    }
  }

  /** Waits for the current socket to end, following handovers to the new socket. */
  private async untilEnd(signal: AbortSignal): Promise<SocketEnd | undefined> {
    for (;;) {
      if (signal.aborted) return undefined;
      const socket = this.current;
      if (!socket) return { kind: 'closed', code: 1006, reason: '' };
      const end = await raceAbort(socket.ended, signal);
      if (end === undefined) return undefined;
      if (this.current !== socket) continue;
      return end;
    }
  }

  private onFrame(frame: EventSubFrame, from: EventSubSocket): void {
    if (!this.seen.add(frame.messageId)) {
      this.log.debug({ messageId: frame.messageId, type: frame.messageType }, 'duplicate EventSub message ignored');
      return;
    }
    switch (frame.messageType) {
      case 'session_keepalive':
        return;
      case 'notification':
        return this.onNotification(frame);
      case 'session_reconnect':
        return this.onReconnect(frame, from);
      case 'revocation':
        return this.onRevocation(frame);
      default:
        this.log.info({ type: printable(frame.messageType).slice(0, 40) }, 'unknown EventSub message type ignored');
    }
  }

  private onNotification(frame: EventSubFrame): void {
    const event = (frame.payload.event ?? {}) as Record<string, unknown>;
    if (frame.subscriptionType === REDEMPTION_ADD) {
      const r = readRedemptionEvent(event);
      if (!r) return this.log.warn({ messageId: frame.messageId }, 'redemption event not in the documented shape; ignored');
      if (r.rewardId !== this.status.rewardId)
        return this.log.info({ messageId: frame.messageId }, 'redemption of another reward; ignored');
      return this.deps.intake.redemption(r, 'live');
    }
    if (frame.subscriptionType === CHEER) {
      const c = readCheerEvent(event, frame.messageId, frame.timestamp);
      if (!c) return this.log.warn({ messageId: frame.messageId }, 'cheer event not in the documented shape; ignored');
      return this.deps.intake.cheer(c);
    }
    this.log.info({ type: printable(frame.subscriptionType ?? '').slice(0, 80) }, 'notification of a type we did not ask for; ignored');
  }

  /** session_reconnect: open the given URL as is, keep the old socket until the new welcome. */
  private onReconnect(frame: EventSubFrame, from: EventSubSocket): void {
    const session = frame.payload.session as { reconnect_url?: unknown } | undefined;
    const url = session?.reconnect_url;
    if (typeof url !== 'string' || !/^wss?:\/\//i.test(url))
      return this.log.warn('session_reconnect without a usable reconnect_url; ignored');
    if (from !== this.current || this.handover) return;
    this.log.info('Twitch asked us to reconnect; handing over to the new socket');
    const next = new EventSubSocket(url, {
      clock: this.deps.clock,
      log: this.log,
      tuning: this.deps.tuning,
      onFrame: (f, s) => this.onFrame(f, s),
    });
    this.handover = next;
    void next.welcome.then((w) => {
      if (this.handover !== next) return next.close(1000, 'stale handover');
      this.handover = undefined;
      if (!('sessionId' in w)) {
        // The old socket stays current; Twitch closes it with 4004 and we reconnect from scratch.
        this.log.warn({ end: describeEnd(w) }, 'the reconnect socket sent no welcome');
        return;
      }
      const old = this.current;
      this.current = next;
      old?.close(1000, 'reconnected');
      this.log.info('Twitch EventSub handover done; no resubscribe needed');
    });
  }

  private onRevocation(frame: EventSubFrame): void {
    const sub = frame.payload.subscription as { type?: unknown; status?: unknown } | undefined;
    const type = printable(String(sub?.type ?? frame.subscriptionType ?? 'a subscription')).slice(0, 80);
    const reason = printable(String(sub?.status ?? 'revoked')).slice(0, 40);
    this.log.warn({ type, reason }, 'Twitch revoked an EventSub subscription');
    this.status.revoked = `Twitch revoked ${type === CHEER ? 'the cheers subscription' : type === REDEMPTION_ADD ? 'the redemptions subscription' : type} (${reason})${reason === 'authorization_revoked' ? ': log in to Twitch again' : ''}.`;
  }
}

/** One sentence for a socket's end; close codes as the doc's table names them. */
export function describeEnd(end: SocketEnd): string {
  switch (end.kind) {
    case 'keepalive':
      return 'no message within the keepalive time';
    case 'no_welcome':
      return 'no welcome message';
    case 'closed':
      return `${closeCodeText(end.code)} (${end.code})`;
    default: {
      const never: never = end;
      return String(never);
    }
  }
}

function closeCodeText(code: number): string {
  switch (code) {
    case 4000:
      return 'Twitch internal server error';
    case 4001:
      return 'we sent a message (a bug: the socket is receive-only)';
    case 4002:
      return 'ping-pong failed';
    case 4003:
      return 'connection unused: not subscribed in time';
    case 4004:
      return 'reconnect grace time expired';
    case 4005:
      return 'network timeout';
    case 4006:
      return 'network error';
    case 4007:
      return 'invalid reconnect URL';
    default:
      return code === 1006 ? 'connection lost' : 'socket closed';
  }
}
