import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { parsePlan } from '../../src/dsl/index.js';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { deadPort } from './planner-test-kit.js';

function captureIO(env: Record<string, string>): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    stdinStream: Readable.from([]),
    env: { LOG_LEVEL: 'warn', ...env },
  };
  return io;
}

let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(async () => {
  await server.close();
});

describe('drawstream plan "MESSAGE"', () => {
  it('prints the model plan JSON on stdout and exits 0', async () => {
    const io = captureIO({ LLM_BACKEND: 'ollama', ENDPOINT: server.url, LLM_TIMEOUT_SEC: '10' });
    const before = server.chatRequests().length;
    const code = await runCli(['plan', 'нарисуй котика в космосе'], io);
    expect(code).toBe(0);
    const plan = JSON.parse(io.out);
    expect(parsePlan(plan).valid).toBe(true);
    expect(plan.caption).toBe('All for you');
    expect(plan.steps).toHaveLength(3);
    expect(io.err).toMatch(/source=llm/);
    const sent = server.chatRequests()[before];
    expect(sent.body.messages[1].content).toContain('"нарисуй котика в космосе"');
  });

  it('against a dead port: the built-in plan, the reason on stderr, exit 0', async () => {
    const port = await deadPort();
    const io = captureIO({ LLM_BACKEND: 'llamacpp', ENDPOINT: `http://127.0.0.1:${port}`, LLM_TIMEOUT_SEC: '5' });
    const code = await runCli(['plan', 'a house by the lake'], io);
    expect(code).toBe(0);
    expect(parsePlan(JSON.parse(io.out)).valid).toBe(true);
    expect(io.err).toMatch(/source=builtin/);
    expect(io.err).toMatch(/server down/);
    expect(io.err).toMatch(/subjects=house setting=lake/);
  });

  it('LLM_BACKEND=builtin needs no server', async () => {
    const io = captureIO({ LLM_BACKEND: 'builtin' });
    expect(await runCli(['plan', 'sun'], io)).toBe(0);
    expect(parsePlan(JSON.parse(io.out)).valid).toBe(true);
    expect(io.err).toMatch(/subjects=sun\n/);
  });

  it('reports on stderr what the built-in planner recognised: subjects and setting, or generic', async () => {
    const io = captureIO({ LLM_BACKEND: 'builtin' });
    expect(await runCli(['plan', 'нарисуй кота и собаку в космосе'], io)).toBe(0);
    expect(io.err).toContain('drawstream plan: subjects=cat,dog setting=space\n');
    const en = captureIO({ LLM_BACKEND: 'builtin' });
    expect(await runCli(['plan', 'a cat and a dog in space'], en)).toBe(0);
    expect(en.err).toContain('subjects=cat,dog setting=space');
    const none = captureIO({ LLM_BACKEND: 'builtin' });
    expect(await runCli(['plan', 'спасибо за стрим'], none)).toBe(0);
    expect(none.err).toContain('drawstream plan: subjects=generic\n');
  });

  it('an 18+ message prints the "You are too small" text card without asking the model', async () => {
    const io = captureIO({ LLM_BACKEND: 'ollama', ENDPOINT: server.url });
    const before = server.chatRequests().length;
    expect(await runCli(['plan', 'нарисуй голую девушку, порно'], io)).toBe(0);
    const plan = JSON.parse(io.out);
    expect(plan.render_text).toBe('You are too small');
    expect(plan.caption).toBe('All for you');
    expect(server.chatRequests().length).toBe(before);
  });

  it('usage errors exit 2; a bad config value exits 1 with one line naming it', async () => {
    expect(await runCli(['plan'], captureIO({}))).toBe(2);
    expect(await runCli(['plan', 'a', 'b'], captureIO({}))).toBe(2);
    expect(await runCli(['plan', '--fast', 'cat'], captureIO({}))).toBe(2);
    const io = captureIO({ LLM_BACKEND: 'ollama', LLM_TIMEOUT_SEC: 'soon' });
    expect(await runCli(['plan', 'cat'], io)).toBe(1);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/LLM_TIMEOUT_SEC/);
    expect(io.out).toBe('');
  });

  // The real binary (dist/, built by `npm test`): a server that never answers must not keep
  // the process alive past LLM_TIMEOUT_SEC; the built-in plan comes out, exit 0.
  it.skipIf(!existsSync('dist/cli/main.js'))(
    'bin/drawstream.js plan against a hanging server exits 0 within LLM_TIMEOUT_SEC',
    async () => {
      server.setBehaviour('hang');
      try {
        const started = performance.now();
        const result = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
          const child = spawn(process.execPath, ['bin/drawstream.js', 'plan', 'a red fox'], {
            env: { ...process.env, LLM_BACKEND: 'tgi', ENDPOINT: server.url, LLM_TIMEOUT_SEC: '2', LLM_RETRIES: '2', LOG_LEVEL: 'warn' },
          });
          let out = '';
          let err = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (err += d));
          child.on('close', (code) => resolve({ code, out, err }));
        });
        const elapsed = performance.now() - started;
        expect(result.code).toBe(0);
        expect(parsePlan(JSON.parse(result.out)).valid).toBe(true);
        expect(result.err).toMatch(/source=builtin/);
        expect(result.err).toMatch(/no first token/);
        // 2 s budget + Node start-up and module loading on a busy machine.
        expect(elapsed).toBeLessThan(2000 + 2500);
      } finally {
        server.setBehaviour('normal');
      }
    },
    15_000,
  );
});
