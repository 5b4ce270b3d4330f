// Read-only views of the stage for the pages and for monitoring: the snapshot, the queue
// paged, the history, /health and /metrics. All GETs, so open (the overlay has no token).
import type { FastifyInstance } from 'fastify';
import type { StageControl } from '../core/index.js';
import type { RendererSettings } from '../dsl/index.js';
import type { DrawstreamMetrics } from './metrics.js';
import { snapshotFor, viewFromQuery } from './overlay-view.js';
import { HttpError, firstString, limitFromQuery } from './route-kit.js';

export const HISTORY_MAX = 200;
export const HISTORY_DEFAULT = 20;
export const QUEUE_PAGE_MAX = 100;
export const QUEUE_PAGE_DEFAULT = 20;

export interface StateRouteDeps {
  stage: StageControl;
  renderer: RendererSettings;
  now: () => number;
}

export function registerStateRoutes(app: FastifyInstance, { stage, renderer, now }: StateRouteDeps): void {
  // `?view=overlay`: the overlay's first paint, redacted like its WebSocket (overlay-view.ts).
  app.get('/api/state', async (request) => {
    const snapshot = snapshotFor(viewFromQuery(request.query), { moderation: 'auto', pending: [], pendingCount: 0, ...stage.snapshot() });
    return { ...snapshot, serverTime: Number.isFinite(snapshot.serverTime) ? snapshot.serverTime : now(), renderer };
  });

  // The snapshot carries only the queue's head; the operator pages through the rest here.
  app.get('/api/queue', async (request, reply) => {
    const limit = limitFromQuery(request.query, QUEUE_PAGE_DEFAULT, QUEUE_PAGE_MAX);
    const rawOffset = firstString((request.query as Record<string, unknown> | undefined)?.offset);
    if (rawOffset !== undefined && !/^\d{1,9}$/.test(rawOffset.trim())) {
      throw new HttpError(400, 'offset must be a whole number from 0 (the first waiting job).');
    }
    const page = stage.queuePage(rawOffset === undefined ? 0 : Number(rawOffset), limit);
    return reply.header('Cache-Control', 'no-store').send({ ...page, limit });
  });

  app.get('/api/history', async (request) => stage.history(limitFromQuery(request.query, HISTORY_DEFAULT, HISTORY_MAX)));
}

/** /health (the composition root's report, as is) and /metrics (Prometheus text). */
export function registerHealthRoutes(app: FastifyInstance, health: () => unknown, metrics: DrawstreamMetrics): void {
  app.get('/health', async () => health());

  app.get('/metrics', async (_request, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}
