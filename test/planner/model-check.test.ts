// `drawstream model-check` over the fake LLM server on real sockets: good, slow, garbage and
// down servers; the report files, the sources and the exit codes.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { recordingIO } from '../cli/commands/fake-io.testkit.js';
import { latestModelCheck, parsePromptsFile } from '../../src/model-check/index.js';
import { FAKE_MODEL, startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { deadPort } from './planner-test-kit.js';

let server: FakeLlmServer;
let dataDir: string;
beforeAll(async () => {
  server = await startFakeLlmServer({ contextTokens: 8192 });
  dataDir = mkdtempSync(join(tmpdir(), 'drawstream-model-check-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => server.setBehaviour('normal'));

function env(endpoint: string, extra: Record<string, string> = {}) {
  return {
    LLM_BACKEND: 'llamacpp',
    ENDPOINT: endpoint,
    MODEL_ID: FAKE_MODEL,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LLM_RETRIES: '0',
    LLM_TIMEOUT_SEC: '5',
    ...extra,
  };
}

function prompts(...lines: string[]): string {
  const file = join(dataDir, `prompts-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

async function check(args: string[], environment: Record<string, string>) {
  const io = recordingIO('', environment);
  const code = await runCli(['model-check', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

function results(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
}

describe('drawstream model-check', () => {
  it("good server: every request is the model's plan; report, sheet and results.json in the issue's shape", async () => {
    const out = join(dataDir, 'good');
    const { code, err } = await check(['--out', out, '--limit', '3'], env(server.url));
    expect(code).toBe(0);
    expect(err.match(/^\[\d\/3\]/gm)).toHaveLength(3);
    const json = results(out);
    expect(Object.keys(json)).toEqual(['backend', 'model', 'results', 'summary']);
    expect(json.backend).toBe('llamacpp');
    expect(json.model).toBe(FAKE_MODEL);
    expect(json.results).toHaveLength(3);
    for (const r of json.results) {
      expect(Object.keys(r)).toEqual(['message', 'source', 'firstStepMs', 'totalMs', 'outputTokens', 'steps', 'fallbackReason']);
      expect(r.source).toBe('llm');
      expect(r.steps).toBe(3);
      expect(r.fallbackReason).toBeNull();
      expect(r.firstStepMs).toBeLessThanOrEqual(r.totalMs);
    }
    expect(Object.keys(json.summary)).toEqual(['valid', 'fallbacks', 'medianFirstStepMs', 'medianTotalMs']);
    expect(json.summary.valid).toBe(3);
    expect(json.summary.fallbacks).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.match(/<article class="card llm">/g)).toHaveLength(3);
    expect(html).toContain('data:image/png;base64,');
    const sheet = PNG.sync.read(readFileSync(join(out, 'sheet.png')));
    expect(sheet.width).toBeGreaterThan(96 * 2 * 3);
  });

  it('the built-in set: an 18+ request is refused by the Gatekeeper, messages are HTML-escaped', async () => {
    const out = join(dataDir, 'builtin-set');
    const file = prompts('нарисуй котика', '<script>alert(1)</script> cat', '{"message":"нарисуй голую девушку"}');
    const { code } = await check(['--out', out, '--prompts', file], env(server.url));
    expect(code).toBe(0);
    const json = results(out);
    expect(json.results.map((r: { source: string }) => r.source)).toEqual(['llm', 'llm', 'gate']);
    expect(json.results[2].fallbackReason).toMatch(/Gatekeeper/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; cat');
  });

  it('slow server: the plans still come from the model, with a later first step', async () => {
    server.setBehaviour({ mode: 'slow', delayMs: 15 });
    const out = join(dataDir, 'slow');
    const { code } = await check(['--out', out, '--limit', '2'], env(server.url));
    expect(code).toBe(0);
    const json = results(out);
    expect(json.results.every((r: { source: string }) => r.source === 'llm')).toBe(true);
    expect(json.summary.medianTotalMs).toBeGreaterThan(100);
  });

  it('garbage server: exit 0, every picture from the built-in planner with the reason', async () => {
    server.setBehaviour('garbage');
    const out = join(dataDir, 'garbage');
    const { code, err } = await check(['--out', out, '--limit', '2'], env(server.url));
    expect(code).toBe(0);
    const json = results(out);
    expect(json.results.map((r: { source: string }) => r.source)).toEqual(['builtin', 'builtin']);
    for (const r of json.results) expect(r.fallbackReason).toBeTruthy();
    expect(json.summary).toMatchObject({ valid: 0, fallbacks: 2 });
    expect(err).toMatch(/builtin/);
  });

  it('down server: one clear line, exit 1, no report', async () => {
    const out = join(dataDir, 'down');
    const { code, err } = await check(['--out', out], env(`http://127.0.0.1:${await deadPort()}`));
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/not usable: .*(down|refused)/i);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  });

  it('default folder DATA_DIR/model-check/<timestamp>, found as the latest report', async () => {
    const { code, out } = await check(['--limit', '1'], env(server.url));
    expect(code).toBe(0);
    const latest = latestModelCheck(dataDir);
    expect(latest).not.toBeNull();
    expect(out.trim()).toBe(join(latest!.dir, 'report.html'));
  });

  it('usage errors exit 2', async () => {
    expect((await check(['--limit', '0'], env(server.url))).code).toBe(2);
    expect((await check(['--bogus'], env(server.url))).code).toBe(2);
  });

  it('reads prompts files: plain lines, JSON strings, JSON objects; skips blanks and comments', () => {
    expect(parsePromptsFile('# mine\nкотик\n\n"a \\"quoted\\" dog"\n{"message":"пицца"}\n{"text":"sun"}\n{not json')).toEqual([
      'котик',
      'a "quoted" dog',
      'пицца',
      'sun',
      '{not json',
    ]);
  });
});
