// The panel's link to the latest model check: two read-only routes over
// DATA_DIR/model-check/<latest>/, fixed file names only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, createServer } from '../../src/server/index.js';
import { serverDeps } from '../server/harness.js';
import { FakeStage } from '../server/fake-stage.js';

let dataDir: string;
let url: string;
let close: () => Promise<void>;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'drawstream-mc-route-'));
  for (const [name, text] of [
    ['2025-01-01T10-00-00Z', 'old'],
    ['2025-02-01T10-00-00Z', 'new'],
  ]) {
    mkdirSync(join(dataDir, 'model-check', name), { recursive: true });
    writeFileSync(join(dataDir, 'model-check', name, 'report.html'), `<p>${text}</p>`);
  }
  writeFileSync(join(dataDir, 'secret.txt'), 'nope');
  const metrics = createMetrics({ defaultMetrics: false });
  const app = await createServer({ ...serverDeps({ stage: new FakeStage() }, metrics), modelCheckDataDir: dataDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  close = () => app.close();
});
afterAll(async () => {
  await close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('latest model-check report routes', () => {
  it('serves the newest report.html with a no-script CSP, and says where it is', async () => {
    const response = await fetch(`${url}/model-check/latest/report.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>new</p>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const latest = await (await fetch(`${url}/api/model-check/latest`)).json();
    expect(latest).toEqual({
      name: '2025-02-01T10-00-00Z',
      report: '/model-check/latest/report.html',
      sheet: '/model-check/latest/sheet.png',
    });
  });

  it('404 for anything but the two names (no path from the URL), and for a missing sheet', async () => {
    for (const path of ['/model-check/latest/..%2F..%2Fsecret.txt', '/model-check/latest/results.json', '/model-check/latest/sheet.png']) {
      expect((await fetch(`${url}${path}`)).status).toBe(404);
    }
  });
});
