// The latest `drawstream model-check` report, read-only. Only two fixed names are served and
// the folder comes from latestModelCheck (timestamp-named folders under DATA_DIR/model-check),
// so no part of the URL ever becomes a path.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { latestModelCheck } from '../model-check/index.js';
import { HttpError } from './route-kit.js';

const MODEL_CHECK_FILES = { 'report.html': 'text/html; charset=utf-8', 'sheet.png': 'image/png' } as const;
const NO_CHECK_YET = 'No model check has been run yet: run `drawstream model-check`.';

/** `dataDir` unset: no report is ever found, so both routes answer 404. */
export function registerModelCheckRoutes(app: FastifyInstance, dataDir: string | undefined): void {
  app.get('/api/model-check/latest', async (_request, reply) => {
    const latest = dataDir ? latestModelCheck(dataDir) : null;
    if (!latest) throw new HttpError(404, NO_CHECK_YET);
    return reply
      .header('Cache-Control', 'no-store')
      .send({ name: latest.name, report: '/model-check/latest/report.html', sheet: '/model-check/latest/sheet.png' });
  });

  app.get('/model-check/latest/:file', async (request, reply) => {
    const file = (request.params as { file?: string }).file ?? '';
    if (!Object.hasOwn(MODEL_CHECK_FILES, file))
      throw new HttpError(404, 'Use /model-check/latest/report.html or /model-check/latest/sheet.png.');
    const latest = dataDir ? latestModelCheck(dataDir) : null;
    if (!latest) throw new HttpError(404, NO_CHECK_YET);
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
}
