// The moderation desk's HTTP routes (design: README.md "HTTP API"). Control calls (POST,
// DELETE) go through the server's control guard (same site, PANEL_TOKEN when set); errors
// are `{"error": "one sentence"}`: 404 unknown id, 409 wrong state, 400 bad body.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModerationControl, ModerationRefusal, StageControl } from '../core/index.js';

type Guard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const STATUS: Record<ModerationRefusal['refused'], number> = { 'not-found': 404, conflict: 409, invalid: 400 };

function isRefusal(value: unknown): value is ModerationRefusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}

function idOf(request: FastifyRequest): string {
  return String((request.params as { id?: string }).id ?? '').slice(0, 200);
}

export function registerModerationRoutes(app: FastifyInstance, stage: StageControl, requireControl: Guard): void {
  const desk = (reply: FastifyReply): ModerationControl | null => {
    if (stage.moderation) return stage.moderation;
    void reply.code(404).send({ error: 'This service has no moderation desk.' });
    return null;
  };
  /** Sends a refusal with its status, or the result with `okStatus`. */
  const answer = (reply: FastifyReply, result: object, okStatus: number): FastifyReply =>
    isRefusal(result) ? reply.code(STATUS[result.refused]).send({ error: result.error }) : reply.code(okStatus).send(result);

  app.post('/api/jobs/:id/approve', { onRequest: requireControl }, async (request, reply) => {
    const m = desk(reply);
    return m ? answer(reply, m.approve(idOf(request)), 200) : reply;
  });

  app.post('/api/pending/approve-all', { onRequest: requireControl }, async (_request, reply) => {
    const m = desk(reply);
    if (!m) return reply;
    const ids = m.approveAll();
    return reply.send({ approved: ids.length, ids });
  });

  app.post('/api/jobs/:id/reject', { onRequest: requireControl }, async (request, reply) => {
    const m = desk(reply);
    return m ? answer(reply, m.reject(idOf(request)), 200) : reply;
  });

  app.post('/api/jobs/:id/remove', { onRequest: requireControl }, async (request, reply) => {
    const m = desk(reply);
    return m ? answer(reply, m.remove(idOf(request)), 200) : reply;
  });

  app.post('/api/history/:id/allow', { onRequest: requireControl }, async (request, reply) => {
    const m = desk(reply);
    return m ? answer(reply, m.allow(idOf(request)), 201) : reply;
  });

  app.get('/api/bans', async (_request, reply) => {
    const m = desk(reply);
    return m ? reply.header('Cache-Control', 'no-store').send(m.bans()) : reply;
  });

  app.post('/api/bans', { onRequest: requireControl }, async (request, reply) => {
    const m = desk(reply);
    if (!m) return reply;
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return reply.code(400).send({ error: 'The request body must be a JSON object like {"donor": "name", "source": "donationalerts"}.' });
    }
    const { donor, source } = body as { donor?: unknown; source?: unknown };
    const result = m.ban(donor as string, source as string | null | undefined);
    return isRefusal(result) ? answer(reply, result, 201) : reply.code(201).send({ id: result.id, removed: result.removed });
  });

  app.delete('/api/bans/:id', { onRequest: requireControl }, async (request, reply) => {
    const m = desk(reply);
    if (!m) return reply;
    const id = idOf(request);
    if (!m.unban(id)) return reply.code(404).send({ error: `There is no ban ${id.slice(0, 80)}.` });
    return reply.send({ id, removed: true });
  });
}
