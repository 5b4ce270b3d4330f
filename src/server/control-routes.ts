// The operator's control calls: skip, clear, pause, resume and a donation typed into the
// panel. Every one goes through the control guard (same site, PANEL_TOKEN when set).
import type { FastifyInstance } from 'fastify';
import type { DonationSink, IncomingDonation, StageControl } from '../core/index.js';
import { acceptHttpDonation } from '../donations/index.js';
import { HttpError, type Guard } from './route-kit.js';

export interface ControlRouteDeps {
  stage: StageControl;
  /** Where panel donations go (usually the stage wrapped by `countingSink`). */
  sink: DonationSink;
  normaliseDonation: (body: unknown) => IncomingDonation | { error: string };
  requireControl: Guard;
}

export function registerControlRoutes(app: FastifyInstance, { stage, sink, normaliseDonation, requireControl }: ControlRouteDeps): void {
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
    const donation = normaliseDonation(body);
    if ('error' in donation) throw new HttpError(400, String(donation.error).split('\n')[0]);
    const result = acceptHttpDonation(sink, donation);
    if (result.duplicate) return reply.code(200).send({ id: result.id, duplicate: true, status: result.status });
    return reply.code(201).send({ id: result.id, status: result.status });
  });
}
