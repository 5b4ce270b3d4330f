// The access rules of README.md "Access" as fastify hooks: DNS rebinding on loopback, CSRF
// from other sites, and the panel token on control calls. The checks themselves (constant-time
// token compare, Origin/Host parsing) live in ./access.ts; this file only answers with them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkBearer, hostName, isFromOtherSite, isLoopbackHost } from './access.js';
import { errorBody, firstString, type Guard } from './route-kit.js';

/** DNS rebinding: on loopback, only loopback names may address us. */
export function refuseForeignHosts(app: FastifyInstance, loopbackOnly: boolean): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!loopbackOnly) return;
    const host = request.headers.host;
    if (host === undefined) return;
    const name = hostName(host);
    if (!isLoopbackHost(name) && name !== '0.0.0.0') {
      return reply.code(403).send(errorBody('This service only answers to localhost or 127.0.0.1.'));
    }
  });
}

export interface Guards {
  /** Browser requests started by another web site (CSRF): 403. */
  refuseOtherSites: Guard;
  /** Control calls: same-origin only, and the panel token when one is set. */
  requireControl: Guard;
}

export function createGuards(panelToken: string | undefined): Guards {
  async function refuseOtherSites(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (isFromOtherSite(firstString(request.headers.origin), request.headers.host, firstString(request.headers['sec-fetch-site']))) {
      return reply.code(403).send(errorBody('Requests from other web sites are not allowed.'));
    }
  }

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

  return { refuseOtherSites, requireControl };
}
