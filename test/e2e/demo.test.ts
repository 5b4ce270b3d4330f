import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServiceProcess, type ServiceProcess } from './service-process.js';

let service: ServiceProcess | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  if (service) await service.stop('SIGKILL');
  service = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function getJson(url: string): Promise<any> {
  const response = await fetch(url);
  expect(response.ok, `${url} answered ${response.status}`).toBe(true);
  return response.json();
}

describe('drawstream demo (npm run demo)', () => {
  it('starts on embedded defaults, draws the sample donations and stops cleanly on SIGTERM', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'drawstream-demo-'));
    service = await startServiceProcess('demo', { DATA_DIR: dataDir, SHOW_DURATION_SEC: '2', MAX_DRAW_SEC: '2' });
    expect(service.stdout()).toMatch(/Overlay .*\/overlay/);

    const health = await getJson(`${service.url}/health`);
    expect(['ok', 'degraded']).toContain(health.status);
    expect(health.components).toBeTypeOf('object');

    // The demo feed queues its sample donations; one is drawn or shown within a few seconds.
    let state: any;
    for (let i = 0; i < 50; i++) {
      state = await getJson(`${service.url}/api/state`);
      if (state.current?.plan) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(state.current?.plan, JSON.stringify(state)).toBeTruthy();
    expect(typeof state.serverTime).toBe('number');

    const overlay = await fetch(`${service.url}/overlay`);
    expect(overlay.status).toBe(200);
    expect(await overlay.text()).toContain('<canvas');

    const stopped = await service.stop('SIGTERM');
    service = undefined;
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(5000);
  });

  it('refuses to listen beyond loopback without PANEL_TOKEN, with one clear line', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'drawstream-demo-'));
    await expect(startServiceProcess('serve', { DATA_DIR: dataDir, HOST: '0.0.0.0' }, 10_000)).rejects.toThrow(/PANEL_TOKEN/);
  });

  it('stops start-up naming the variable when a setting is bad', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'drawstream-demo-'));
    await expect(startServiceProcess('serve', { DATA_DIR: dataDir, CANVAS_W: 'huge' }, 10_000)).rejects.toThrow(/CANVAS_W/);
  });
});
