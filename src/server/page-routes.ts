// The HTML pages (/overlay, /panel), the root redirect and the favicon. The shells themselves
// are built in ./pages.ts; here they get their headers: no caching (the config is in the page)
// and a CSP per page (the overlay may be framed by anything, the panel by nothing).
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RendererSettings } from '../dsl/index.js';
import { LAYOUT_SIZES, overlayOptionsFromQuery, overlayPage, panelPage } from './pages.js';

/** dist/server/*.js → dist/web; when run from sources (tests, tsx) src/server → dist/web. */
export function defaultWebRoot(): string {
  const candidates = [new URL('../web/', import.meta.url), new URL('../../dist/web/', import.meta.url)].map((u) => fileURLToPath(u));
  return candidates.find((dir) => existsSync(`${dir}/overlay.js`)) ?? candidates[0];
}

/** A cache-busting `?v=` for the bundles: the build time of overlay.js. */
function assetVersion(webRoot: string): string {
  try {
    return String(Math.floor(statSync(`${webRoot}/overlay.js`).mtimeMs));
  } catch {
    return '0';
  }
}

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

export interface PageOptions {
  webRoot: string;
  scale: number;
  renderer: RendererSettings;
  tokenRequired: boolean;
  daConnect: boolean;
  /** Twitch is configured: the panel shows its Twitch box. */
  twitch: boolean;
}

export function registerPageRoutes(app: FastifyInstance, options: PageOptions): void {
  const { webRoot, scale, renderer } = options;

  app.get('/overlay', async (request, reply) => {
    const overlayOptions = overlayOptionsFromQuery(request.query as Record<string, unknown>, scale);
    return sendPage(reply, overlayPage(overlayOptions, renderer, assetVersion(webRoot)), '*');
  });

  app.get('/panel', async (_request, reply) => {
    const config = {
      renderer,
      scale,
      layouts: LAYOUT_SIZES,
      tokenRequired: options.tokenRequired,
      daConnect: options.daConnect,
      twitch: options.twitch,
    };
    return sendPage(reply, panelPage(config, assetVersion(webRoot)), "'none'");
  });

  app.get('/', async (_request, reply) => reply.redirect('/panel', 302));
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).header('Cache-Control', 'max-age=86400').send());
}
