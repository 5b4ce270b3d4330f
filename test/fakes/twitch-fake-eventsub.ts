// The fake's EventSub WebSocket side (doc section 1): welcome with keepalive_timeout_seconds,
// keepalives after that much silence, the subscribe window (4003), session_reconnect with a
// handover to the new socket, revocations, close codes, server pings, 4001 on inbound text.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { nanoTimestamp, type FakeSession, type FakeSubscription, type FakeTwitchState } from './twitch-fake-state.js';

export class FakeEventSub {
  /** reconnect token → the old session it takes over. */
  private readonly pendingReconnects = new Map<string, string>();
  /** Notifications sent, by message_id, so one can be sent again with the same id. */
  private readonly notifications = new Map<string, { sub: FakeSubscription; event: unknown }>();

  constructor(
    private readonly state: FakeTwitchState,
    private readonly wsBase: () => string,
  ) {}

  onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const takeover = url.searchParams.get('reconnect');
    const old = takeover ? this.state.sessions.get(this.pendingReconnects.get(takeover) ?? '') : undefined;
    if (takeover) this.pendingReconnects.delete(takeover);
    if (takeover && !old) {
      this.state.closedSessions.push({ id: '', code: 4007, handedOver: false });
      ws.close(4007, 'invalid reconnect url');
      return;
    }
    const session: FakeSession = {
      id: randomUUID().replace(/-/g, '').slice(0, 24) + randomBytes(4).toString('hex'),
      ws,
      status: 'connected',
      keepaliveSec: old?.keepaliveSec ?? this.keepaliveFrom(url.searchParams.get('keepalive_timeout_seconds')),
      connectedAt: new Date().toISOString(),
      welcomed: false,
      pongs: 0,
      awaitingPong: false,
    };
    this.state.sessions.set(session.id, session);
    ws.on('message', (data, isBinary) => {
      this.state.inboundFrames.push(isBinary ? '<binary>' : String(data));
      this.close(session, 4001, 'client sent inbound traffic');
    });
    ws.on('pong', () => {
      session.pongs += 1;
      session.awaitingPong = false;
    });
    ws.on('close', (code) => this.onClosed(session, code));
    this.startPings(session);
    this.send(session, 'session_welcome', {
      session: {
        id: session.id,
        status: 'connected',
        connected_at: session.connectedAt,
        keepalive_timeout_seconds: session.keepaliveSec,
        reconnect_url: null,
      },
    });
    session.welcomed = true;
    if (old) {
      // The new socket keeps the old one's subscriptions; events move over now (doc: the old
      // socket carries events until the new welcome).
      for (const s of this.state.subscriptions) if (s.transport.session_id === old.id) s.transport.session_id = session.id;
      old.status = 'reconnecting';
    } else if (this.state.opts.requireSubscription) {
      session.windowTimer = setTimeout(() => {
        const subscribed = this.state.subscriptions.some((s) => s.status === 'enabled' && s.transport.session_id === session.id);
        if (!subscribed) this.close(session, 4003, 'connection unused');
      }, session.keepaliveSec * 1000);
    }
  }

  private keepaliveFrom(raw: string | null): number {
    const { minKeepaliveSeconds, defaultKeepaliveSeconds } = this.state.opts;
    const n = raw === null ? Number.NaN : Number(raw);
    if (!Number.isFinite(n)) return defaultKeepaliveSeconds;
    return Math.min(600, Math.max(minKeepaliveSeconds, n));
  }

  private startPings(session: FakeSession): void {
    const every = this.state.opts.pingIntervalMs;
    if (every <= 0) return;
    session.pingTimer = setInterval(() => {
      if (session.awaitingPong) return this.close(session, 4002, 'client failed ping-pong');
      session.awaitingPong = true;
      session.ws.ping();
    }, every);
  }

  /** Sends one frame and restarts the keepalive timer (silence → a keepalive after keepaliveSec). */
  send(session: FakeSession, messageType: string, payload: unknown, sub?: FakeSubscription, messageId: string = randomUUID()): string {
    if (session.ws.readyState !== session.ws.OPEN) return messageId;
    const metadata: Record<string, string> = { message_id: messageId, message_type: messageType, message_timestamp: nanoTimestamp() };
    if (sub) {
      metadata.subscription_type = sub.type;
      metadata.subscription_version = sub.version;
    }
    session.ws.send(JSON.stringify({ metadata, payload }));
    this.state.sentFrames.push({ sessionId: session.id, messageType, messageId, subscriptionType: sub?.type });
    this.armKeepalive(session);
    return messageId;
  }

  private armKeepalive(session: FakeSession): void {
    clearTimeout(session.keepaliveTimer);
    session.keepaliveTimer = setTimeout(() => {
      if (this.state.keepalivesEnabled) this.send(session, 'session_keepalive', {});
      else this.armKeepalive(session);
    }, session.keepaliveSec * 1000);
  }

  /** The sessions a notification for this subscription goes to (its transport's, if live). */
  sessionFor(sub: FakeSubscription): FakeSession | undefined {
    const s = this.state.sessions.get(sub.transport.session_id);
    return s && s.status !== 'closed' && s.welcomed ? s : undefined;
  }

  /** Sends a notification to every enabled subscription of `type` matching `match`; returns the message ids. */
  notify(type: string, match: (c: Record<string, string>) => boolean, event: unknown): string[] {
    const ids: string[] = [];
    for (const sub of this.state.subscriptions) {
      if (sub.status !== 'enabled' || sub.type !== type || !match(sub.condition)) continue;
      const session = this.sessionFor(sub);
      if (!session) continue;
      const id = this.send(session, 'notification', { subscription: subscriptionView(sub), event }, sub);
      this.notifications.set(id, { sub, event });
      ids.push(id);
    }
    return ids;
  }

  /** Sends a notification again with its message_id, to the session its subscription is on now. */
  resend(messageId: string): void {
    const n = this.notifications.get(messageId);
    const session = n && this.sessionFor(n.sub);
    if (!n || !session) throw new Error('fake Twitch: nowhere to resend this notification');
    this.send(session, 'notification', { subscription: subscriptionView(n.sub), event: n.event }, n.sub, messageId);
  }

  /** Sends session_reconnect to every connected session; returns the reconnect URLs. */
  reconnectAll(badUrl = false): string[] {
    const urls: string[] = [];
    for (const session of this.state.sessions.values()) {
      if (session.status !== 'connected') continue;
      const token = randomBytes(12).toString('hex');
      this.pendingReconnects.set(token, session.id);
      // A bad URL names a token nobody issued: the fake closes that socket with 4007.
      const url = `${this.wsBase()}?reconnect=${badUrl ? 'unknown' : token}`;
      urls.push(url);
      this.send(session, 'session_reconnect', {
        session: {
          id: session.id,
          status: 'reconnecting',
          keepalive_timeout_seconds: null,
          reconnect_url: url,
          connected_at: session.connectedAt,
        },
      });
      session.graceTimer = setTimeout(() => this.close(session, 4004, 'reconnect grace time expired'), this.state.opts.reconnectGraceMs);
    }
    return urls;
  }

  revoke(type: string, status: string): void {
    for (const sub of this.state.subscriptions) {
      if (sub.type !== type || sub.status !== 'enabled') continue;
      sub.status = status;
      const session = this.sessionFor(sub);
      if (session) this.send(session, 'revocation', { subscription: subscriptionView(sub) }, sub);
    }
  }

  close(session: FakeSession, code: number, reason: string): void {
    if (session.ws.readyState === session.ws.OPEN) session.ws.close(code, reason);
  }

  drop(session: FakeSession): void {
    session.ws.terminate();
  }

  private onClosed(session: FakeSession, code: number): void {
    clearTimeout(session.keepaliveTimer);
    clearTimeout(session.windowTimer);
    clearTimeout(session.graceTimer);
    clearInterval(session.pingTimer);
    const handedOver = session.status === 'reconnecting';
    session.status = 'closed';
    this.state.closedSessions.push({ id: session.id, code, handedOver });
    if (handedOver) return;
    // A lost connection disables its subscriptions; they stay listed with disconnected_at.
    for (const s of this.state.subscriptions) {
      if (s.transport.session_id !== session.id || s.status !== 'enabled') continue;
      s.status = 'websocket_disconnected';
      s.transport.disconnected_at = new Date().toISOString();
    }
  }
}

/** The subscription as a notification's payload shows it. */
export function subscriptionView(sub: FakeSubscription): Record<string, unknown> {
  return {
    id: sub.id,
    status: sub.status,
    type: sub.type,
    version: sub.version,
    cost: sub.cost,
    condition: sub.condition,
    transport: { method: 'websocket', session_id: sub.transport.session_id },
    created_at: sub.created_at,
  };
}
