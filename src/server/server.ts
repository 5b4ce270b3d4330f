// The HTTP + WebSocket face of the service (design.md, "HTTP API"). Every answer is JSON
// `{error}` on failure with a 4xx/5xx status, never a stack trace; control calls go through
// the access rules in ./access.ts. The server does not listen: the caller does.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import type { Logger } from 'pino';
import type {
  ComponentHealth,
  DonationAlertsConnector,
  DonationSink,
  GalleryListItem,
  IncomingDonation,
  StageControl,
} from '../core/index.js';
import type { RendererSettings } from '../dsl/index.js';
import { acceptHttpDonation } from '../donations/index.js';
import type { Gallery, GalleryItem } from '../gallery/index.js';
import { latestModelCheck } from '../model-check/index.js';
import { assertSafeBinding, checkBearer, hostName, isCrossOrigin, isFromOtherSite, isLoopbackHost } from './access.js';
import { BODY_TIMEOUT_MS, guardBodyArrival, onClientError } from './body.js';
import { createLiveFeed } from './live.js';
import { snapshotFor, viewFromQuery } from './overlay-view.js';
import { createMetrics, observeStage, type DrawstreamMetrics } from './metrics.js';
import { registerModerationRoutes } from './moderation-routes.js';
import { LAYOUT_SIZES, authResultPage, overlayOptionsFromQuery, overlayPage, panelPage } from './pages.js';

export const BODY_LIMIT_BYTES = 64 * 1024;
export { BODY_TIMEOUT_MS } from './body.js';
export const HISTORY_MAX = 200;
export const HISTORY_DEFAULT = 20;
export const GALLERY_MAX = 200;
export const GALLERY_DEFAULT = 50;
export const QUEUE_PAGE_MAX = 100;
export const QUEUE_PAGE_DEFAULT = 20;

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

/** An error whose message is safe to show to the caller. */
class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** dist/server/server.js → dist/web; when run from sources (tests, tsx) src/server → dist/web. */
export function defaultWebRoot(): string {
  const candidates = [new URL('../web/', import.meta.url), new URL('../../dist/web/', import.meta.url)].map((u) => fileURLToPath(u));
  return candidates.find((dir) => existsSync(`${dir}/overlay.js`)) ?? candidates[0];
}

function assetVersion(webRoot: string): string {
  try {
    return String(Math.floor(statSync(`${webRoot}/overlay.js`).mtimeMs));
  } catch {
    return '0';
  }
}

function errorBody(message: string): { error: string } {
  return { error: message };
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

/** A gallery entry as the API lists it: links instead of file names, the plan only on request. */
function galleryView(item: GalleryItem, withPlan: boolean): GalleryListItem {
  const base = `/gallery/${encodeURIComponent(item.id)}`;
  const view: GalleryListItem = {
    id: item.id,
    finishedAt: item.finishedAt,
    donor: item.donor,
    message: item.message,
    amount: item.amount,
    currency: item.currency,
    pngUrl: `${base}.png`,
    gifUrl: `${base}.gif`,
  };
  if (withPlan) view.plan = item.plan;
  return view;
}

/** `?limit=` of a list route: a whole number in 1..max, or the default when absent. */
function limitFromQuery(query: unknown, fallback: number, max: number): number {
  const raw = firstString((query as Record<string, unknown> | undefined)?.limit);
  if (raw === undefined) return fallback;
  if (!/^\d{1,4}$/.test(raw.trim()) || Number(raw) < 1 || Number(raw) > max) {
    throw new HttpError(400, `limit must be a whole number from 1 to ${max}.`);
  }
  return Number(raw);
}

function firstString(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstString(value[0]);
  return typeof value === 'string' ? value : undefined;
}

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

  // DNS rebinding: on loopback, only loopback names may address us.
  app.addHook('onRequest', async (request, reply) => {
    if (!loopbackOnly) return;
    const host = request.headers.host;
    if (host === undefined) return;
    const name = hostName(host);
    if (!isLoopbackHost(name) && name !== '0.0.0.0') {
      return reply.code(403).send(errorBody('This service only answers to localhost or 127.0.0.1.'));
    }
  });

  /** Browser requests started by another web site (CSRF): 403. */
  async function refuseOtherSites(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (isFromOtherSite(firstString(request.headers.origin), request.headers.host, firstString(request.headers['sec-fetch-site']))) {
      return reply.code(403).send(errorBody('Requests from other web sites are not allowed.'));
    }
  }

  /** Control calls: same-origin only, and the panel token when one is set. */
  async function requireControl(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await refuseOtherSites(request, reply);
    if (reply.sent) return;
    if (!panelToken) return;
    const check = checkBearer(request.headers.authorization, panelToken);
    if (check === 'missing') {
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Bearer')
        .send(errorBody('This call needs the header "Authorization: Bearer <PANEL_TOKEN>".'));
    }
    if (check === 'wrong') return reply.code(403).send(errorBody('The panel token is wrong.'));
  }

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

  const csp = (frameAncestors: string): string =>
    `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws: wss:; frame-ancestors ${frameAncestors}; base-uri 'none'; form-action 'self'`;

  function sendPage(reply: FastifyReply, html: string, frameAncestors: string): FastifyReply {
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('Content-Security-Policy', csp(frameAncestors))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Referrer-Policy', 'no-referrer')
      .send(html);
  }

  app.get('/overlay', async (request, reply) => {
    const options = overlayOptionsFromQuery(request.query as Record<string, unknown>, settings.scale);
    return sendPage(reply, overlayPage(options, settings.renderer, assetVersion(webRoot)), '*');
  });

  app.get('/panel', async (_request, reply) => {
    const config = {
      renderer: settings.renderer,
      scale: settings.scale,
      layouts: LAYOUT_SIZES,
      tokenRequired: Boolean(panelToken),
      daConnect: Boolean(deps.daConnector),
    };
    return sendPage(reply, panelPage(config, assetVersion(webRoot)), "'none'");
  });

  app.get('/', async (_request, reply) => reply.redirect('/panel', 302));
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).header('Cache-Control', 'max-age=86400').send());

  // `?view=overlay`: the overlay's first paint, redacted like its WebSocket (overlay-view.ts).
  app.get('/api/state', async (request) => {
    const snapshot = snapshotFor(viewFromQuery(request.query), { moderation: 'auto', pending: [], pendingCount: 0, ...stage.snapshot() });
    return { ...snapshot, serverTime: Number.isFinite(snapshot.serverTime) ? snapshot.serverTime : now(), renderer: settings.renderer };
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

  const gallery = deps.gallery;
  const GALLERY_OFF = 'The gallery is not enabled on this service.';

  app.get('/api/gallery', async (request, reply) => {
    const limit = limitFromQuery(request.query, GALLERY_DEFAULT, GALLERY_MAX);
    const withPlan = firstString((request.query as Record<string, unknown>).plan) === '1';
    const items = gallery ? gallery.list(limit) : [];
    return reply.header('Cache-Control', 'no-store').send(items.map((item) => galleryView(item, withPlan)));
  });

  // One route for both kinds: the id is looked up in the gallery's own index and the file
  // path comes only from gallery.filePath, so no part of the URL ever becomes a path.
  app.get('/gallery/:file', async (request, reply) => {
    const file = (request.params as { file?: string }).file ?? '';
    const match = /^(.{1,1000})\.(png|gif)$/.exec(file);
    if (!match) throw new HttpError(404, 'There is no such gallery file: use /gallery/<id>.png or /gallery/<id>.gif.');
    const [, id, kind] = match as unknown as [string, string, 'png' | 'gif'];
    if (!gallery) throw new HttpError(404, GALLERY_OFF);
    const filePath = gallery.filePath(id, kind);
    if (filePath === null) throw new HttpError(404, `There is no ${kind.toUpperCase()} of drawing "${id.slice(0, 80)}" in the gallery.`);
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      throw new HttpError(404, `The ${kind.toUpperCase()} of drawing "${id.slice(0, 80)}" is gone from the gallery.`);
    }
    const download = firstString((request.query as Record<string, unknown>).download) === '1';
    // The id may hold any character; the file name offered keeps only the safe ones.
    const name = `drawstream-${id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100)}.${kind}`;
    return reply
      .type(kind === 'png' ? 'image/png' : 'image/gif')
      .header('Content-Disposition', `${download ? 'attachment' : 'inline'}; filename="${name}"`)
      .header('Cache-Control', 'private, max-age=3600')
      .header('X-Content-Type-Options', 'nosniff')
      .send(body);
  });

  app.post('/api/gallery/:id/replay', { onRequest: requireControl }, async (request, reply) => {
    if (!gallery) throw new HttpError(404, GALLERY_OFF);
    const id = (request.params as { id?: string }).id ?? '';
    const item = gallery.get(id);
    if (!item) throw new HttpError(404, `There is no drawing "${id.slice(0, 80)}" in the gallery.`);
    if (!stage.replay) throw new HttpError(404, 'This service cannot replay drawings.');
    const result = stage.replay({
      id: `${item.id}-replay-${now()}`,
      donor: item.donor,
      message: item.message,
      amount: item.amount,
      currency: item.currency,
      plan: item.plan,
    });
    if ('error' in result) throw new HttpError(422, result.error);
    return reply.code(result.duplicate ? 200 : 201).send({ id: result.id, status: result.status, replayOf: item.id });
  });

  registerModerationRoutes(app, stage, requireControl);

  app.post('/api/skip', { onRequest: requireControl }, async () => {
    const skipped = stage.skip();
    return { ok: true, skipped };
  });

  app.post('/api/clear', { onRequest: requireControl }, async () => {
    const cleared = stage.clear();
    return { ok: true, cleared };
  });

  app.post('/api/pause', { onRequest: requireControl }, async () => {
    stage.pause();
    return { ok: true, paused: true };
  });

  app.post('/api/resume', { onRequest: requireControl }, async () => {
    stage.resume();
    return { ok: true, paused: false };
  });

  app.post('/api/donations', { onRequest: requireControl }, async (request, reply) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HttpError(400, 'The request body must be a JSON object like {"donor", "message", "amount", "currency"}.');
    }
    const donation = deps.normaliseDonation(body);
    if ('error' in donation) throw new HttpError(400, String(donation.error).split('\n')[0]);
    const result = acceptHttpDonation(sink, donation);
    if (result.duplicate) return reply.code(200).send({ id: result.id, duplicate: true, status: result.status });
    return reply.code(201).send({ id: result.id, status: result.status });
  });

  // The latest model-check report, read-only. Only two fixed names are served and the folder
  // comes from latestModelCheck (timestamp-named folders under DATA_DIR/model-check), so no
  // part of the URL ever becomes a path.
  const MODEL_CHECK_FILES = { 'report.html': 'text/html; charset=utf-8', 'sheet.png': 'image/png' } as const;
  app.get('/api/model-check/latest', async (_request, reply) => {
    const latest = deps.modelCheckDataDir ? latestModelCheck(deps.modelCheckDataDir) : null;
    if (!latest) throw new HttpError(404, 'No model check has been run yet: run `drawstream model-check`.');
    return reply
      .header('Cache-Control', 'no-store')
      .send({ name: latest.name, report: '/model-check/latest/report.html', sheet: '/model-check/latest/sheet.png' });
  });
  app.get('/model-check/latest/:file', async (request, reply) => {
    const file = (request.params as { file?: string }).file ?? '';
    if (!Object.hasOwn(MODEL_CHECK_FILES, file))
      throw new HttpError(404, 'Use /model-check/latest/report.html or /model-check/latest/sheet.png.');
    const latest = deps.modelCheckDataDir ? latestModelCheck(deps.modelCheckDataDir) : null;
    if (!latest) throw new HttpError(404, 'No model check has been run yet: run `drawstream model-check`.');
    let body: Buffer;
    try {
      body = await readFile(path.join(latest.dir, file));
    } catch {
      throw new HttpError(404, `The latest model check has no ${file}.`);
    }
    // The report inlines its pictures and needs no script: forbid scripts outright.
    return reply
      .type(MODEL_CHECK_FILES[file as keyof typeof MODEL_CHECK_FILES])
      .header('Cache-Control', 'no-store')
      .header('Content-Security-Policy', "default-src 'none'; img-src data: 'self'; style-src 'unsafe-inline'")
      .send(body);
  });

  app.get('/health', async () => deps.health());

  app.get('/metrics', async (_request, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });

  // Each call issues an OAuth state, so a foreign page must not be able to trigger it (nor
  // start a connect flow the streamer did not ask for). The callback stays open: DA redirects
  // to it cross-site, and the one-time state is what protects it.
  app.get('/auth/donationalerts', { onRequest: refuseOtherSites }, async (_request, reply) => {
    if (!deps.daConnector) {
      throw new HttpError(404, 'Donation Alerts is not configured: set DA_CLIENT_ID, DA_CLIENT_SECRET and DA_REDIRECT_URI.');
    }
    let target: string;
    try {
      target = deps.daConnector.authorizeUrl();
    } catch (error) {
      // e.g. OAuth not configured: the connector's sentence says which variables to set
      throw new HttpError(400, error instanceof Error ? error.message.split('\n')[0] : 'Donation Alerts cannot be connected now.');
    }
    return reply.redirect(target, 302);
  });

  app.get('/auth/donationalerts/callback', async (request, reply) => {
    if (!deps.daConnector) {
      throw new HttpError(404, 'Donation Alerts is not configured: set DA_CLIENT_ID, DA_CLIENT_SECRET and DA_REDIRECT_URI.');
    }
    const query = request.query as Record<string, unknown>;
    const result = await deps.daConnector
      .completeAuthorization({ code: firstString(query.code), state: firstString(query.state), error: firstString(query.error) })
      .catch((error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : 'unexpected error' }));
    let text = result.message;
    if (result.ok) {
      const name = deps.daConnector.account().name;
      if (name && !text.includes(name)) text = name;
      text = text.replace(/^connected as\s*/i, '');
    } else {
      text = text.replace(/^failed:\s*/i, '');
    }
    return reply
      .code(result.ok ? 200 : 400)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(authResultPage(result.ok, text));
  });

  app.get('/ws', { websocket: true }, (socket, request) => {
    if (isCrossOrigin(firstString(request.headers.origin), request.headers.host)) {
      socket.close(1008, 'cross-origin');
      return;
    }
    live.add(socket, viewFromQuery(request.query));
  });

  return app;
}
