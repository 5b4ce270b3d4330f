// Connecting Donation Alerts (OAuth): the start redirect and the callback page.
import type { FastifyInstance } from 'fastify';
import type { DonationAlertsConnector } from '../core/index.js';
import { authResultPage } from './pages.js';
import { HttpError, firstString, type Guard } from './route-kit.js';

const NOT_CONFIGURED = 'Donation Alerts is not configured: set DA_CLIENT_ID, DA_CLIENT_SECRET and DA_REDIRECT_URI.';

/** `connector` absent: both routes answer 404 with the variables to set. */
export function registerAuthRoutes(app: FastifyInstance, connector: DonationAlertsConnector | undefined, refuseOtherSites: Guard): void {
  // Each call issues an OAuth state, so a foreign page must not be able to trigger it (nor
  // start a connect flow the streamer did not ask for). The callback stays open: DA redirects
  // to it cross-site, and the one-time state is what protects it.
  app.get('/auth/donationalerts', { onRequest: refuseOtherSites }, async (_request, reply) => {
    if (!connector) throw new HttpError(404, NOT_CONFIGURED);
    let target: string;
    try {
      target = connector.authorizeUrl();
    } catch (error) {
      // e.g. OAuth not configured: the connector's sentence says which variables to set
      throw new HttpError(400, error instanceof Error ? error.message.split('\n')[0] : 'Donation Alerts cannot be connected now.');
    }
    return reply.redirect(target, 302);
  });

  app.get('/auth/donationalerts/callback', async (request, reply) => {
    if (!connector) throw new HttpError(404, NOT_CONFIGURED);
    const query = request.query as Record<string, unknown>;
    const result = await connector
      .completeAuthorization({ code: firstString(query.code), state: firstString(query.state), error: firstString(query.error) })
      .catch((error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : 'unexpected error' }));
    let text = result.message;
    if (result.ok) {
      const name = connector.account().name;
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
}
