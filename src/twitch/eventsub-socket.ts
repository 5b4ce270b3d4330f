// One EventSub WebSocket (doc section 1): JSON text frames `{metadata, payload}`, the welcome,
// and the keepalive watchdog (any frame resets it; silence for keepalive_timeout_seconds ×
// grace ends the socket). Receive-only: we answer the server's pings (ws does that) and never
// send a frame, since any other client message closes the connection with 4001.
import WebSocket from 'ws';
import type { Logger } from 'pino';
import type { Clock } from '../core/index.js';
import type { TwitchTuning } from './twitch-config.js';

export interface EventSubFrame {
  messageId: string;
  messageType: string;
  timestamp: string;
  subscriptionType?: string;
  payload: Record<string, unknown>;
}

export interface Welcome {
  sessionId: string;
  keepaliveSec: number;
}

/** Why a socket ended: watchdog silence, a close (code as sent, 1006 for a drop), or no welcome. */
export type SocketEnd = { kind: 'keepalive' } | { kind: 'closed'; code: number; reason: string } | { kind: 'no_welcome' };

export interface EventSubSocketDeps {
  clock: Clock;
  log: Logger;
  tuning: TwitchTuning;
  onFrame: (frame: EventSubFrame, socket: EventSubSocket) => void;
}

export class EventSubSocket {
  readonly ended: Promise<SocketEnd>;
  /** The welcome, or how the socket ended before one came. */
  readonly welcome: Promise<Welcome | SocketEnd>;
  private readonly ws: WebSocket;
  private finish!: (end: SocketEnd) => void;
  private welcomed!: (w: Welcome | SocketEnd) => void;
  private watchdog: unknown;
  private watchdogMs = 0;
  private done = false;
  /** Set by close(): frames still in flight are not ours to handle any more (stopped, or handed over). */
  private closing = false;

  constructor(
    url: string,
    private readonly deps: EventSubSocketDeps,
  ) {
    this.ended = new Promise((resolve) => (this.finish = resolve));
    this.welcome = new Promise((resolve) => (this.welcomed = resolve));
    this.ws = new WebSocket(url, { handshakeTimeout: deps.tuning.welcomeTimeoutMs });
    this.watchdog = deps.clock.setTimeout(() => this.end({ kind: 'no_welcome' }), deps.tuning.welcomeTimeoutMs);
    this.ws.on('message', (data, isBinary) => this.onMessage(isBinary ? undefined : String(data)));
    this.ws.on('close', (code, reason) => this.end({ kind: 'closed', code, reason: reason.toString('utf8').slice(0, 120) }));
    this.ws.on('error', (err) => this.deps.log.debug({ err: err.name }, 'EventSub socket error'));
  }

  /** Closes with a close frame (`ended` resolves when the close completes or the peer drops). */
  close(code = 1000, reason = ''): void {
    this.closing = true;
    if (this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate();
    else if (this.ws.readyState === WebSocket.OPEN) this.ws.close(code, reason);
  }

  private end(end: SocketEnd): void {
    if (this.done) return;
    this.done = true;
    this.deps.clock.clearTimeout(this.watchdog);
    this.welcomed(end);
    this.finish(end);
    if (end.kind !== 'closed') this.ws.terminate();
  }

  private onMessage(text: string | undefined): void {
    if (this.done || this.closing) return;
    const frame = text === undefined ? undefined : parseFrame(text);
    if (!frame) {
      this.deps.log.warn({ bytes: text?.length ?? 'binary' }, 'EventSub frame not in the documented shape; ignored');
      return;
    }
    if (this.watchdogMs > 0) this.armWatchdog();
    if (frame.messageType === 'session_welcome' && this.watchdogMs === 0) {
      const session = frame.payload.session as { id?: unknown; keepalive_timeout_seconds?: unknown } | undefined;
      const keepaliveSec = typeof session?.keepalive_timeout_seconds === 'number' ? session.keepalive_timeout_seconds : 10;
      if (typeof session?.id !== 'string') return this.end({ kind: 'no_welcome' });
      this.watchdogMs = Math.max(1, keepaliveSec * 1000 * this.deps.tuning.keepaliveGrace);
      this.armWatchdog();
      this.welcomed({ sessionId: session.id, keepaliveSec });
      return;
    }
    this.deps.onFrame(frame, this);
  }

  private armWatchdog(): void {
    this.deps.clock.clearTimeout(this.watchdog);
    this.watchdog = this.deps.clock.setTimeout(() => this.end({ kind: 'keepalive' }), this.watchdogMs);
  }
}

/** `{metadata:{message_id, message_type, message_timestamp, subscription_type?}, payload}` or undefined. */
export function parseFrame(text: string): EventSubFrame | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { metadata, payload } = raw as { metadata?: Record<string, unknown>; payload?: unknown };
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  if (typeof metadata.message_id !== 'string' || typeof metadata.message_type !== 'string') return undefined;
  return {
    messageId: metadata.message_id,
    messageType: metadata.message_type,
    timestamp: typeof metadata.message_timestamp === 'string' ? metadata.message_timestamp : '',
    subscriptionType: typeof metadata.subscription_type === 'string' ? metadata.subscription_type : undefined,
    payload: typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {},
  };
}
