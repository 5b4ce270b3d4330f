// The gallery over HTTP (README.md "Gallery"): the list, the PNG/GIF files and replay. File
// paths come only from gallery.filePath (an id is looked up in the gallery's own index, never
// joined to a directory), so no part of a URL ever becomes a path.
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { GalleryListItem, StageControl } from '../core/index.js';
import type { Gallery, GalleryItem } from '../gallery/index.js';
import { HttpError, firstString, limitFromQuery, type Guard } from './route-kit.js';

export const GALLERY_MAX = 200;
export const GALLERY_DEFAULT = 50;

const GALLERY_OFF = 'The gallery is not enabled on this service.';

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

export interface GalleryRouteDeps {
  /** Absent: the list is empty and every file or replay is 404. */
  gallery: Gallery | undefined;
  stage: StageControl;
  now: () => number;
  requireControl: Guard;
}

export function registerGalleryRoutes(app: FastifyInstance, { gallery, stage, now, requireControl }: GalleryRouteDeps): void {
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
}
