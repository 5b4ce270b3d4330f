// Connection lifecycle of the Donation Alerts source (README.md, "Live flow"): socket token →
// WebSocket → connect → channel token → subscribe, then wait for the close; after it, REST
// polling and a reconnect with exponential backoff, longer when the server said not to.
import type { Logger } from 'pino';
import type { Clock } from '../core/index.js';
import { CentrifugoConnection, type WebSocketConstructor } from './centrifugo-client.js';
import type { ConnectionStatus } from './connection-status.js';
import { ReconnectNeededError, TransientDaError, type DonationAlertsAuth } from './da-auth.js';
import type { DonationAlertsRest } from './da-rest-client.js';
import type { DonationAlertsTuning, KnownAccount } from './donation-alerts-config.js';
import type { DonationDelivery } from './donation-delivery.js';
import type { RestCatchUp } from './rest-catch-up.js';
import { AbortedError, backoffDelay, raceAbort, sleep } from './retry-policy.js';
import { printable, safeReason } from './safe-log-text.js';

export interface LiveConnectionDeps {
  rest: DonationAlertsRest;
  auth: DonationAlertsAuth;
  clock: Clock;
  log: Logger;
  tuning: DonationAlertsTuning;
  wsUrl: string;
  WebSocketImpl: WebSocketConstructor;
  status: ConnectionStatus;
  account: KnownAccount;
  catchUp: RestCatchUp;
  delivery: DonationDelivery;
  /** A refused token: the facade pauses everything until the panel reconnects. */
  onReconnectNeeded: (reason: string) => void;
}

export class LiveConnection {
  /** The socket of the current attempt, if one is open or opening. */
  private conn: CentrifugoConnection | undefined;
  private readonly rest: DonationAlertsRest;
  private readonly auth: DonationAlertsAuth;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly tuning: DonationAlertsTuning;
  private readonly status: ConnectionStatus;

  constructor(private readonly deps: LiveConnectionDeps) {
    this.rest = deps.rest;
    this.auth = deps.auth;
    this.clock = deps.clock;
    this.log = deps.log;
    this.tuning = deps.tuning;
    this.status = deps.status;
  }

  /** Closes the current socket (the loop, unless aborted, reconnects after its pause). */
  close(code: number, reason: string): void {
    this.conn?.close(code, reason);
  }

  /** The session loop: connects, stays live until the socket closes, reconnects; ends when `signal` aborts. */
  async run(signal: AbortSignal): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      let liveSince: number | undefined;
      let conn: CentrifugoConnection | undefined;
      try {
        const user = await this.rest.getUser(signal);
        this.deps.account.user = { id: user.id, name: user.name };
        await this.auth.setAccount(user.id, user.name);
        // First meeting with this account: record the history watermark BEFORE the socket is
        // up, so a donation made while we connect is newer than it and the backfill after
        // subscribing delivers it (recording it afterwards would file it under history).
        if (!this.deps.catchUp.hasWatermarkFor(user.id)) await this.deps.catchUp.sync('record watermark before connecting');
        const channel = `$alerts:donation_${user.id}`;
        conn = new CentrifugoConnection(
          {
            url: this.deps.wsUrl,
            WebSocketImpl: this.deps.WebSocketImpl,
            logger: this.log,
            clock: this.clock,
            pingIntervalMs: this.tuning.pingIntervalMs,
            pongTimeoutMs: this.tuning.pongTimeoutMs,
            commandTimeoutMs: this.tuning.commandTimeoutMs,
          },
          {
            onPublication: (ch, data, seq) => this.deps.delivery.onPublication(channel, ch, data, seq),
            onLateConfirm: (ch) => {
              if (ch !== channel || this.conn !== conn || !this.status.unconfirmed) return;
              this.status.unconfirmed = false;
              if (this.status.state === 'live') this.deps.catchUp.stopPolling();
            },
          },
        );
        this.conn = conn;
        await conn.open(signal);
        const { client, version } = await conn.connect(user.socketToken);
        this.log.debug({ version }, 'Centrifugo connected');
        // Channel tokens are bound to this client id: fetch fresh ones on every connect.
        const tokens = await this.rest.subscribeChannels([channel], client, signal);
        const channelToken = tokens.get(channel);
        if (!channelToken) throw new TransientDaError('the subscribe endpoint returned no token for the donation channel');
        const outcome = await conn.subscribe(channel, channelToken);
        if (signal.aborted) break;
        liveSince = this.clock.now();
        this.status.unconfirmed = outcome === 'unconfirmed';
        this.status.set('live', '');
        // Unconfirmed (no reply, no join push): publications still arrive on this socket, but
        // REST polling keeps running until a sign of life confirms the subscription.
        if (this.status.unconfirmed) this.deps.catchUp.startPolling(false);
        else this.deps.catchUp.stopPolling();
        this.log.info({ channel, confirmed: !this.status.unconfirmed }, 'Donation Alerts live: subscribed to the donation channel');
        // Picks up whatever arrived while we were away; the socket keeps delivering meanwhile.
        void this.deps.catchUp.sync('backfill after connect');
        await raceAbort(conn.closed, signal);
      } catch (err) {
        if (signal.aborted || err instanceof AbortedError) break;
        if (err instanceof ReconnectNeededError) {
          this.deps.onReconnectNeeded(err.message);
          return;
        }
        this.log.warn({ reason: safeReason(err) }, 'Donation Alerts live connection failed');
        this.status.detail = safeReason(err);
      } finally {
        conn?.close(1000, 'reconnecting');
        if (this.conn === conn) this.conn = undefined;
        this.status.unconfirmed = false;
      }
      if (signal.aborted) break;
      // The server's close frame, whether it came while live or during connect/subscribe.
      const closed = conn?.closeInfo;
      // (Read right after our own close() call, which only completes later: a closeInfo here
      // is the server's close frame, or 1005/1006 for a drop without one.)
      const serverClosed = closed !== undefined && closed.code !== 1005 && closed.code !== 1006 ? closed : undefined;
      if (serverClosed) {
        this.log.warn(
          { code: serverClosed.code, reason: printable(serverClosed.reason), serverSaysReconnect: serverClosed.reconnect },
          'Donation Alerts closed the socket',
        );
        this.status.detail = `socket closed (${serverClosed.code}${serverClosed.reason ? ` ${printable(serverClosed.reason).slice(0, 60)}` : ''})`;
      } else if (closed && liveSince !== undefined) {
        this.log.warn({ code: closed.code }, 'Donation Alerts socket lost');
        this.status.detail = `socket lost (${closed.code})`;
      }
      const detail = this.status.detail;
      this.status.set('polling', detail);
      this.deps.catchUp.startPolling();
      if (liveSince !== undefined && this.clock.now() - liveSince >= this.tuning.stableSessionMs) attempt = 0;
      let delay = backoffDelay(attempt++, this.tuning.reconnectBackoff);
      if (serverClosed?.reconnect === false) {
        // Centrifugo's "do not reconnect" (e.g. invalid token, bad request, forced disconnect).
        // For us it means "not with the same credentials": we come back later with a fresh
        // socket token and fresh channel tokens, REST polling meanwhile, never hot.
        delay = Math.max(delay, backoffDelay(0, { baseMs: this.tuning.noReconnectDelayMs, maxMs: this.tuning.noReconnectDelayMs }));
        this.status.detail = `${detail}; the server asked us not to reconnect, retrying with fresh tokens in ${Math.round(delay / 1000)} s`;
        this.status.set('polling', this.status.detail);
      }
      this.log.info({ delayMs: delay, attempt }, 'reconnecting to Donation Alerts after a pause');
      try {
        await sleep(this.clock, delay, signal);
      } catch {
        break;
      }
    }
  }
}
