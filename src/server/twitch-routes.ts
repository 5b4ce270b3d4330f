// Twitch (issue 17): the device-code login and the box in the panel. Both routes are control
// calls (same site, PANEL_TOKEN when set): the login state carries the code that links a
// Twitch account to this service, so a stranger who can reach the port must not read it.
import type { FastifyInstance } from 'fastify';
import type { SettlementReport, TwitchConnector, TwitchLoginState } from '../core/index.js';
import { HttpError, type Guard } from './route-kit.js';

export const TWITCH_NOT_CONFIGURED = 'Twitch is not configured: set TWITCH_CLIENT_ID (README.md, "Twitch").';

/** GET /api/twitch: everything the panel's Twitch box shows. */
export interface TwitchStatusBody {
  login: TwitchLoginState;
  connection: ReturnType<TwitchConnector['health']>;
  /** Absent when no settler runs (e.g. a test stand-in). */
  settlement?: SettlementReport;
}

export interface TwitchRouteDeps {
  connector?: TwitchConnector;
  /** The settler's counts (owed / settled / given up). */
  settlement?: () => SettlementReport;
  requireControl: Guard;
}

export function registerTwitchRoutes(app: FastifyInstance, { connector, settlement, requireControl }: TwitchRouteDeps): void {
  app.get('/api/twitch', { onRequest: requireControl }, async (_request, reply) => {
    if (!connector) throw new HttpError(404, TWITCH_NOT_CONFIGURED);
    const body: TwitchStatusBody = { login: connector.login(), connection: connector.health() };
    if (settlement) body.settlement = settlement();
    return reply.header('Cache-Control', 'no-store').send(body);
  });

  app.post('/api/twitch/login', { onRequest: requireControl }, async (request, reply) => {
    if (!connector) throw new HttpError(404, TWITCH_NOT_CONFIGURED);
    let state: TwitchLoginState;
    try {
      state = await connector.startLogin();
    } catch (error) {
      // The connector reports failures as a `failed` state; a throw is a bug: details to the log only.
      request.log.error({ err: error instanceof Error ? error.message : String(error) }, 'Twitch login failed to start');
      throw new HttpError(502, 'The Twitch login could not be started; see the service log.');
    }
    return reply.header('Cache-Control', 'no-store').send(state);
  });
}
