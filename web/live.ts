// The page's link to the server: GET /api/state for the first paint, then GET /ws for
// snapshots and coalesced updates (the latest snapshot plus the events since the previous
// update; see src/server/live.ts). It reconnects by itself (0.5 s doubling to 5 s, with jitter) when
// the server restarts, and measures the clock offset with ping/pong on every connection.
import type { StageEvent, StageSnapshot } from '../src/core/index.js';
import type { RendererSettings } from '../src/dsl/index.js';
import { ServerClock } from './clock.js';

const CONNECT_TIMEOUT_MS = 5_000;

export interface LiveUpdate {
  snapshot: StageSnapshot;
  serverTime: number;
  /** Stage events since the previous update, oldest first (empty for a full snapshot). */
  events: StageEvent[];
  /**
   * True when events may have been missed: a full snapshot (connect, reconnect, a slow
   * page catching up, the HTTP answer) or a burst whose older events were only counted.
   * Pages that keep lists built from events (history) reload them then.
   */
  resync: boolean;
  renderer?: RendererSettings;
}

export interface LiveHandlers {
  onUpdate(update: LiveUpdate): void;
  onConnection?(connected: boolean): void;
  /** `overlay`: ask for the redacted view (no message that has not passed every check). */
  view?: 'overlay';
}

const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 5000;
const PING_BURST = 5;
const PING_BURST_GAP_MS = 200;
const PING_EVERY_MS = 15_000;
const PONG_TIMEOUT_MS = 10_000;

function isSnapshot(value: unknown): value is StageSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as StageSnapshot;
  return Array.isArray(s.queue) && (s.current === null || typeof s.current === 'object');
}

function isEvent(value: unknown): value is StageEvent {
  return typeof value === 'object' && value !== null && typeof (value as StageEvent).type === 'string';
}

/** The events of an update message; an older server sent only `event`. */
function eventsOf(message: { event?: unknown; events?: unknown }): StageEvent[] {
  if (Array.isArray(message.events)) return message.events.filter(isEvent);
  return isEvent(message.event) ? [message.event] : [];
}

export class LiveConnection {
  readonly clock = new ServerClock();
  private socket: WebSocket | null = null;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setTimeout> | null = null;
  private pongDeadline: ReturnType<typeof setTimeout> | null = null;
  private pingsSent = 0;
  /** Bumped by every WebSocket update, so an older HTTP answer never overwrites a newer push. */
  private generation = 0;
  private stopped = false;

  constructor(private readonly handlers: LiveHandlers) {}

  private get viewQuery(): string {
    return this.handlers.view === 'overlay' ? '?view=overlay' : '';
  }

  start(): void {
    this.stopped = false;
    void this.fetchState();
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.socket?.close();
    this.socket = null;
  }

  /** Sends a small JSON message if connected (fps reports). */
  send(message: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  private async fetchState(): Promise<void> {
    const generation = this.generation;
    try {
      const response = await fetch(`/api/state${this.viewQuery}`, { cache: 'no-store' });
      if (!response.ok) return;
      const body = (await response.json()) as StageSnapshot & { renderer?: RendererSettings };
      if (generation !== this.generation || !isSnapshot(body)) return;
      this.clock.observeServerTime(body.serverTime);
      this.handlers.onUpdate({ snapshot: body, serverTime: body.serverTime, events: [], resync: true, renderer: body.renderer });
    } catch {
      // the WebSocket (re)connect delivers the state as soon as the server is back
    }
  }

  private connect(): void {
    if (this.stopped) return;
    const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws${this.viewQuery}`;
    let socket: WebSocket;
    try {
      socket = new WebSocket(url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    // A connection attempt can hang (half-open TCP while the server restarts, a PC waking up):
    // give up on it after a while so the reconnect loop keeps going.
    const connectDeadline = setTimeout(() => {
      if (socket.readyState === WebSocket.CONNECTING) socket.close();
    }, CONNECT_TIMEOUT_MS);
    socket.onopen = () => {
      clearTimeout(connectDeadline);
      this.attempt = 0;
      this.clock.reset();
      this.pingsSent = 0;
      this.handlers.onConnection?.(true);
      this.schedulePing(0);
    };
    socket.onmessage = (message) => this.handleMessage(message.data);
    socket.onclose = () => {
      clearTimeout(connectDeadline);
      if (this.socket !== socket) return;
      this.socket = null;
      this.clearTimers();
      this.handlers.onConnection?.(false);
      this.scheduleReconnect();
    };
    socket.onerror = () => {
      // onclose follows and reconnects
    };
  }

  private handleMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: {
      type?: unknown;
      snapshot?: unknown;
      serverTime?: unknown;
      event?: unknown;
      events?: unknown;
      eventsDropped?: unknown;
      renderer?: unknown;
      t?: unknown;
    };
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    if (message.type === 'pong') {
      if (typeof message.t === 'number' && typeof message.serverTime === 'number') {
        this.clock.addSample(message.t, message.serverTime, this.clock.localNow());
      }
      if (this.pongDeadline) clearTimeout(this.pongDeadline);
      this.pongDeadline = null;
      return;
    }
    if ((message.type === 'snapshot' || message.type === 'event') && isSnapshot(message.snapshot)) {
      const serverTime = typeof message.serverTime === 'number' ? message.serverTime : message.snapshot.serverTime;
      this.generation += 1;
      this.clock.observeServerTime(serverTime);
      const isUpdate = message.type === 'event';
      this.handlers.onUpdate({
        snapshot: message.snapshot,
        serverTime,
        events: isUpdate ? eventsOf(message) : [],
        resync: !isUpdate || (typeof message.eventsDropped === 'number' && message.eventsDropped > 0),
        renderer: message.renderer as RendererSettings | undefined,
      });
    }
  }

  private schedulePing(delay: number): void {
    if (this.pingTimer) clearTimeout(this.pingTimer);
    this.pingTimer = setTimeout(() => {
      this.pingTimer = null;
      const socket = this.socket;
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      socket.send(JSON.stringify({ type: 'ping', t: this.clock.localNow() }));
      this.pingsSent += 1;
      // A silent server (sleeping laptop, half-open TCP) is detected and the page reconnects.
      if (!this.pongDeadline) {
        this.pongDeadline = setTimeout(() => {
          this.pongDeadline = null;
          socket.close();
        }, PONG_TIMEOUT_MS);
      }
      this.schedulePing(this.pingsSent < PING_BURST ? PING_BURST_GAP_MS : PING_EVERY_MS);
    }, delay);
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const base = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** this.attempt);
    const delay = Math.max(BACKOFF_MIN_MS, Math.min(BACKOFF_MAX_MS, base * (0.8 + Math.random() * 0.4)));
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  private clearTimers(): void {
    for (const timer of [this.pingTimer, this.pongDeadline, this.reconnectTimer]) if (timer) clearTimeout(timer);
    this.pingTimer = null;
    this.pongDeadline = null;
    this.reconnectTimer = null;
  }
}
