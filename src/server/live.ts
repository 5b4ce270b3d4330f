// The live feed behind GET /ws: one stage subscription fanned out to every page. Each
// message is serialised once for all sockets. A slow socket (OBS hidden, tab throttled)
// never makes the server buffer without bound: while its buffer is high, updates are
// dropped and, once it drains, the latest snapshot is sent instead, which is all a page needs.
import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import type { RendererSettings } from '../dsl/types.js';
import type { StageControl, StageEvent, StageSnapshot } from '../stage/types.js';
import type { DrawstreamMetrics } from './metrics.js';

/** Above this many buffered bytes a socket gets no new messages until it drains. */
const FPS_LOG_INTERVAL_MS = 60_000;

export const WS_HIGH_WATER_BYTES = 1 << 20;
const DRAIN_CHECK_MS = 250;
/** A socket that stays clogged this long is cut; the page reconnects and starts fresh. */
const CLOGGED_LIMIT_MS = 30_000;
const HEARTBEAT_MS = 20_000;

interface Client {
  socket: WebSocket;
  alive: boolean;
  cloggedSince: number | null;
  drainTimer: ReturnType<typeof setTimeout> | null;
}

export interface LiveFeedOptions {
  stage: StageControl;
  now: () => number;
  renderer: RendererSettings;
  metrics: DrawstreamMetrics;
  logger?: Logger;
}

export interface LiveFeed {
  add(socket: WebSocket): void;
  close(): void;
  readonly size: number;
}

function finiteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function createLiveFeed(options: LiveFeedOptions): LiveFeed {
  const { stage, now, renderer, metrics, logger } = options;
  const clients = new Set<Client>();
  const snapshotMessage = (snapshot: StageSnapshot): string =>
    JSON.stringify({ type: 'snapshot', snapshot, serverTime: serverTimeOf(snapshot), renderer });

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
        send(client, snapshotMessage(stage.snapshot()));
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

  const unsubscribe = stage.subscribe((event: StageEvent, snapshot: StageSnapshot) => {
    if (clients.size === 0) return;
    const data = JSON.stringify({ type: 'event', event, snapshot, serverTime: serverTimeOf(snapshot) });
    for (const client of clients) {
      if (client.cloggedSince !== null) continue; // gets the latest snapshot once drained
      send(client, data);
    }
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
    add(socket: WebSocket): void {
      const client: Client = { socket, alive: true, cloggedSince: null, drainTimer: null };
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
        send(client, snapshotMessage(stage.snapshot()));
      } catch (error) {
        logger?.error({ err: (error as Error).message }, 'could not build the stage snapshot for a new websocket');
        socket.close(1011, 'snapshot unavailable');
        drop(client);
      }
    },
    close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      for (const client of clients) drop(client);
    },
    get size(): number {
      return clients.size;
    },
  };
}
