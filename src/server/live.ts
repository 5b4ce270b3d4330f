// The live feed behind GET /ws: one stage subscription fanned out to every page.
// Stage events are coalesced: at most one message per FLUSH_INTERVAL_MS (so ≤ 10 a second
// per page however fast donations arrive), carrying the latest snapshot and the events since
// the previous message, serialised once for all sockets. Snapshots are bounded (the queue's
// head and its count), so a raid costs each viewer a few KB a flush, not the whole queue per
// event. A slow socket (OBS hidden, tab throttled) never makes the server buffer without
// bound nor delays the others: while its buffer is high it is skipped and, once it drains,
// it gets the latest snapshot, which is all a page needs.
//
// Messages: {type:'snapshot', snapshot, serverTime, renderer} on connect and after a drain;
// {type:'event', event, events, eventsDropped?, snapshot, serverTime} per flush, where
// `events` are the stage events since the last flush (oldest first, the last
// MAX_EVENTS_PER_FLUSH of them) and `event` is the last one (older clients read only it).
import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import type { RendererSettings } from '../dsl/index.js';
import type { StageControl, StageEvent, StageSnapshot } from '../core/index.js';
import type { DrawstreamMetrics } from './metrics.js';
import { snapshotFor, type LiveView } from './overlay-view.js';

/** Above this many buffered bytes a socket gets no new messages until it drains. */
const FPS_LOG_INTERVAL_MS = 60_000;

export const WS_HIGH_WATER_BYTES = 1 << 20;
const DRAIN_CHECK_MS = 250;
/** A socket that stays clogged this long is cut; the page reconnects and starts fresh. */
const CLOGGED_LIMIT_MS = 30_000;
const HEARTBEAT_MS = 20_000;
/** Coalescing window: the first event after a quiet spell goes out at once, later ones wait for the window. */
export const FLUSH_INTERVAL_MS = 100;
/** Events listed per message; older ones in a burst are only counted (pages reload lists then). */
export const MAX_EVENTS_PER_FLUSH = 50;

interface Client {
  socket: WebSocket;
  alive: boolean;
  cloggedSince: number | null;
  drainTimer: ReturnType<typeof setTimeout> | null;
  /** `overlay`: redacted snapshots (overlay-view.ts); `full`: the panel's. */
  view: LiveView;
}

export interface LiveFeedOptions {
  stage: StageControl;
  now: () => number;
  renderer: RendererSettings;
  metrics: DrawstreamMetrics;
  logger?: Logger;
}

export interface LiveFeed {
  /** `view` (`/ws?view=overlay`): the overlay gets redacted snapshots; default the full view. */
  add(socket: WebSocket, view?: LiveView): void;
  close(): void;
  readonly size: number;
}

function finiteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function createLiveFeed(options: LiveFeedOptions): LiveFeed {
  const { stage, now, renderer, metrics, logger } = options;
  const clients = new Set<Client>();
  const snapshotMessage = (snapshot: StageSnapshot, view: LiveView): string =>
    JSON.stringify({ type: 'snapshot', snapshot: snapshotFor(view, snapshot), serverTime: serverTimeOf(snapshot), renderer });

  function serverTimeOf(snapshot: StageSnapshot): number {
    return finiteNumber(snapshot.serverTime) ? snapshot.serverTime : now();
  }

  function drop(client: Client): void {
    if (client.drainTimer) clearTimeout(client.drainTimer);
    client.drainTimer = null;
    clients.delete(client);
  }

  function send(client: Client, data: string): void {
    const { socket } = client;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > WS_HIGH_WATER_BYTES) {
      if (client.cloggedSince === null) client.cloggedSince = Date.now();
      scheduleDrainCheck(client);
      return;
    }
    socket.send(data, (error) => {
      if (error) logger?.debug({ err: error.message }, 'websocket send failed');
    });
  }

  function scheduleDrainCheck(client: Client): void {
    if (client.drainTimer) return;
    client.drainTimer = setTimeout(() => {
      client.drainTimer = null;
      if (!clients.has(client)) return;
      if (client.socket.bufferedAmount <= WS_HIGH_WATER_BYTES) {
        client.cloggedSince = null;
        send(client, snapshotMessage(stage.snapshot(), client.view));
      } else if (client.cloggedSince !== null && Date.now() - client.cloggedSince > CLOGGED_LIMIT_MS) {
        logger?.warn('websocket client too slow for 30 s; disconnecting it');
        client.socket.terminate();
        drop(client);
      } else {
        scheduleDrainCheck(client);
      }
    }, DRAIN_CHECK_MS);
    client.drainTimer.unref?.();
  }

  // Coalescing state, shared by all clients: one serialisation per flush.
  let pendingEvents: StageEvent[] = [];
  let droppedEvents = 0;
  let latestSnapshot: StageSnapshot | null = null;
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let lastFlushAt = -Infinity;

  function scheduleFlush(): void {
    if (flushTimer) return;
    // A timer even when the window is open: events emitted in one synchronous run (done →
    // planning of the next job) leave together.
    const wait = Math.max(0, lastFlushAt + FLUSH_INTERVAL_MS - Date.now());
    flushTimer = setTimeout(flush, wait);
    flushTimer.unref?.();
  }

  function flush(): void {
    flushTimer = null;
    lastFlushAt = Date.now();
    const events = pendingEvents;
    const dropped = droppedEvents;
    pendingEvents = [];
    droppedEvents = 0;
    let snapshot = latestSnapshot;
    latestSnapshot = null;
    try {
      snapshot = stage.snapshot(); // the freshest state and server time; O(queue head)
    } catch (error) {
      logger?.warn({ err: (error as Error).message }, 'stage snapshot failed; sending the last one');
    }
    if (!snapshot || events.length === 0 || clients.size === 0) return;
    const latest = snapshot;
    // Serialised once per flush per view (only for views someone watches).
    const data: Partial<Record<LiveView, string>> = {};
    const dataFor = (view: LiveView): string => {
      const message: Record<string, unknown> = {
        type: 'event',
        event: events[events.length - 1],
        events,
        snapshot: snapshotFor(view, latest),
        serverTime: serverTimeOf(latest),
      };
      if (dropped > 0) message.eventsDropped = dropped;
      return (data[view] ??= JSON.stringify(message));
    };
    for (const client of clients) {
      if (client.cloggedSince !== null) continue; // gets the latest snapshot once drained
      send(client, dataFor(client.view));
    }
  }

  const unsubscribe = stage.subscribe((event: StageEvent, snapshot: StageSnapshot) => {
    if (clients.size === 0) return;
    latestSnapshot = snapshot;
    if (pendingEvents.length >= MAX_EVENTS_PER_FLUSH) {
      pendingEvents.shift(); // bounded array: O(MAX_EVENTS_PER_FLUSH)
      droppedEvents += 1;
    }
    pendingEvents.push(event);
    scheduleFlush();
  });

  const heartbeat = setInterval(() => {
    for (const client of clients) {
      if (!client.alive) {
        client.socket.terminate();
        drop(client);
        continue;
      }
      client.alive = false;
      try {
        client.socket.ping();
      } catch {
        drop(client);
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref?.();

  let lastFpsLogAt = -Infinity;
  function handleMessage(client: Client, raw: unknown, isBinary: boolean): void {
    if (isBinary) return;
    let message: unknown;
    try {
      message = JSON.parse(String(raw));
    } catch {
      return; // garbage is ignored, the connection stays
    }
    if (typeof message !== 'object' || message === null) return;
    const { type } = message as { type?: unknown };
    if (type === 'ping') {
      const t = (message as { t?: unknown }).t;
      if (!finiteNumber(t)) return;
      send(client, JSON.stringify({ type: 'pong', t, serverTime: now() }));
    } else if (type === 'fps') {
      const fps = (message as { fps?: unknown }).fps;
      if (finiteNumber(fps)) {
        metrics.overlayFps(fps);
        // Overlays report every few seconds; one log line a minute is enough to spot a struggling PC.
        const at = now();
        if (at - lastFpsLogAt >= FPS_LOG_INTERVAL_MS) {
          lastFpsLogAt = at;
          logger?.info({ fps: Math.round(fps * 10) / 10, overlays: clients.size }, 'overlay frame rate');
        }
      }
    }
  }

  return {
    add(socket: WebSocket, view: LiveView = 'full'): void {
      const client: Client = { socket, alive: true, cloggedSince: null, drainTimer: null, view };
      clients.add(client);
      socket.on('pong', () => {
        client.alive = true;
      });
      socket.on('message', (raw, isBinary) => {
        client.alive = true;
        try {
          handleMessage(client, raw, isBinary);
        } catch (error) {
          logger?.warn({ err: (error as Error).message }, 'websocket message handling failed');
        }
      });
      socket.on('close', () => drop(client));
      socket.on('error', () => drop(client));
      try {
        send(client, snapshotMessage(stage.snapshot(), view));
      } catch (error) {
        logger?.error({ err: (error as Error).message }, 'could not build the stage snapshot for a new websocket');
        socket.close(1011, 'snapshot unavailable');
        drop(client);
      }
    },
    close(): void {
      clearInterval(heartbeat);
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      unsubscribe();
      for (const client of clients) drop(client);
    },
    get size(): number {
      return clients.size;
    },
  };
}
