// The HTTP + WebSocket face of the service (design.md, "HTTP API"): builds the fastify app
// (JSON-only bodies, `{error}` answers, the access hooks) and registers the route groups, each
// in its own file. Every answer is JSON `{error}` on failure with a 4xx/5xx status, never a
// stack trace; control calls go through the access rules in ./guards.ts and ./access.ts. The
// server does not listen: the caller does.
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import type { Logger } from 'pino';
import type {
  ComponentHealth,
  DonationAlertsConnector,
  DonationSink,
  IncomingDonation,
  SettlementReport,
  StageControl,
  TwitchConnector,
} from '../core/index.js';
import type { RendererSettings } from '../dsl/index.js';
import type { Gallery } from '../gallery/index.js';
import { assertSafeBinding, isCrossOrigin, isLoopbackHost } from './access.js';
import { registerAuthRoutes } from './auth-routes.js';
import { BODY_TIMEOUT_MS, guardBodyArrival, onClientError } from './body.js';
import { registerControlRoutes } from './control-routes.js';
import { registerGalleryRoutes } from './gallery-routes.js';
import { createGuards, refuseForeignHosts } from './guards.js';
import { createLiveFeed } from './live.js';
import { viewFromQuery } from './overlay-view.js';
import { createMetrics, observeStage, type DrawstreamMetrics } from './metrics.js';
import { registerModelCheckRoutes } from './model-check-routes.js';
import { registerModerationRoutes } from './moderation-routes.js';
import { defaultWebRoot, registerPageRoutes } from './page-routes.js';
import { HttpError, errorBody, firstString } from './route-kit.js';
import { registerHealthRoutes, registerStateRoutes } from './state-routes.js';
import { registerTwitchRoutes } from './twitch-routes.js';

export const BODY_LIMIT_BYTES = 64 * 1024;
export { BODY_TIMEOUT_MS } from './body.js';
export { HISTORY_DEFAULT, HISTORY_MAX, QUEUE_PAGE_DEFAULT, QUEUE_PAGE_MAX } from './state-routes.js';
export { GALLERY_DEFAULT, GALLERY_MAX } from './gallery-routes.js';
export { defaultWebRoot } from './page-routes.js';

export interface ServerSettings {
  panelToken?: string;
  host: string;
  port: number;
  /** WINDOW_SCALE: the overlay's default integer upscale. */
  scale: number;
  renderer: RendererSettings;
  /** How long a request body may take to arrive in full (default BODY_TIMEOUT_MS). */
  bodyTimeoutMs?: number;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  components: Record<string, ComponentHealth & Record<string, unknown>>;
  queueLength: number;
}

export interface ServerDeps {
  stage: StageControl;
  /** Usually the stage wrapped by `countingSink` so panel/webhook donations are counted too. */
  sink: DonationSink;
  normaliseDonation: (body: unknown) => IncomingDonation | { error: string };
  health: () => HealthReport;
  daConnector?: DonationAlertsConnector;
  /** Twitch's login and connection (issue 17); absent = Twitch not configured (its routes answer 404). */
  twitchConnector?: TwitchConnector;
  /** The settlement counts of Twitch redemptions (the settler's report). */
  twitchSettlement?: () => SettlementReport;
  metrics?: DrawstreamMetrics;
  settings: ServerSettings;
  logger?: Logger;
  /** Directory of the bundled front end (dist/web); found next to the compiled server by default. */
  webRoot?: string;
  /** The clock the stage uses, so pong times match `drawStartedAt`; default Date.now. */
  now?: () => number;
  /** Finished drawings (PNG + GIF) for /api/gallery, /gallery/:id.(png|gif) and replay. */
  gallery?: Gallery;
  /** DATA_DIR, for the latest `drawstream model-check` report (/model-check/latest/…); unset = no such route answers. */
  modelCheckDataDir?: string;
}

/** How long a page gets to answer the close frame on shutdown before its socket is cut. */
const WS_CLOSE_GRACE_MS = 1000;

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `The request body is larger than ${BODY_LIMIT_BYTES / 1024} KiB.`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The request body must be JSON (Content-Type: application/json).',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length header does not match the body.',
  FST_ERR_BAD_URL: 'The URL is malformed.',
  FST_ERR_ASYNC_CONSTRAINT: 'The request could not be routed.',
};

export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const { stage, sink, settings, logger } = deps;
  const panelToken = settings.panelToken && settings.panelToken.length > 0 ? settings.panelToken : undefined;
  assertSafeBinding(settings.host, panelToken);
  const loopbackOnly = isLoopbackHost(settings.host);
  const metrics = deps.metrics ?? createMetrics();
  const now = deps.now ?? (() => Date.now());
  const webRoot = path.resolve(deps.webRoot ?? defaultWebRoot());
  if (!existsSync(`${webRoot}/overlay.js`)) {
    logger?.warn({ webRoot }, 'front end not built (no overlay.js): run `npm run build`; /overlay and /panel will not work');
  }

  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    bodyLimit: BODY_LIMIT_BYTES,
    // The overlay polls and reconnects: per-request info lines would drown the useful ones.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    clientErrorHandler: onClientError,
  }) as unknown as FastifyInstance;

  guardBodyArrival(app, settings.bodyTimeoutMs ?? BODY_TIMEOUT_MS);

  // JSON only, and an empty body is "no body" (a bare POST /api/skip from fetch or curl).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new HttpError(400, 'The request body is not valid JSON.'), undefined);
    }
  });

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error.message, url: request.url }, 'request failed');
      return reply.code(status).send(errorBody(status === 503 ? 'The service is shutting down.' : 'Internal server error.'));
    }
    const known = error.code ? FASTIFY_MESSAGES[error.code] : undefined;
    const message = error instanceof HttpError ? error.message : (known ?? `${error.message.split('\n')[0].slice(0, 200)}`);
    return reply.code(status).send(errorBody(message));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0].slice(0, 100);
    return reply.code(404).send(errorBody(`There is no ${request.method} ${path} here.`));
  });

  refuseForeignHosts(app, loopbackOnly);
  const { refuseOtherSites, requireControl } = createGuards(panelToken);

  await app.register(fastifyWebsocket, {
    options: { maxPayload: 4096 },
    // On shutdown every page hears "going away" (1001) and reconnects; the plugin's default
    // closes without a code (1005). A closing ws server answers new upgrades with 503.
    // A page that never answers the close frame (a hung OBS) would hold the HTTP server open
    // for ws's 30 s close timeout; after a short grace it is cut off.
    preClose(done) {
      for (const client of this.websocketServer.clients) {
        client.close(1001, 'server shutting down');
        setTimeout(() => client.terminate(), WS_CLOSE_GRACE_MS).unref();
      }
      this.websocketServer.close();
      done();
    },
  });
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/assets/',
    decorateReply: false,
    cacheControl: false,
    setHeaders: (reply) => {
      reply.header('Cache-Control', 'no-cache');
      reply.header('X-Content-Type-Options', 'nosniff');
    },
  });

  const live = createLiveFeed({ stage, now, renderer: settings.renderer, metrics, logger });
  const unobserve = observeStage(stage, metrics);
  app.addHook('onClose', async () => {
    live.close();
    unobserve();
  });

  registerPageRoutes(app, {
    webRoot,
    scale: settings.scale,
    renderer: settings.renderer,
    tokenRequired: Boolean(panelToken),
    daConnect: Boolean(deps.daConnector),
    twitch: Boolean(deps.twitchConnector),
  });
  registerStateRoutes(app, { stage, renderer: settings.renderer, now });
  registerGalleryRoutes(app, { gallery: deps.gallery, stage, now, requireControl });
  registerModerationRoutes(app, stage, requireControl);
  registerControlRoutes(app, { stage, sink, normaliseDonation: deps.normaliseDonation, requireControl });
  registerModelCheckRoutes(app, deps.modelCheckDataDir);
  registerHealthRoutes(app, deps.health, metrics);
  registerAuthRoutes(app, deps.daConnector, refuseOtherSites);
  registerTwitchRoutes(app, { connector: deps.twitchConnector, settlement: deps.twitchSettlement, requireControl });

  app.get('/ws', { websocket: true }, (socket, request) => {
    if (isCrossOrigin(firstString(request.headers.origin), request.headers.host)) {
      socket.close(1008, 'cross-origin');
      return;
    }
    live.add(socket, viewFromQuery(request.query));
  });

  return app;
}
