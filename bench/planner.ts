// Planner numbers: streaming latency (server sends the chunk completing a step → onPartial
// delivers it), prompt size and the share that is the cacheable constant prefix, and the
// output size of each example plan. Run: npx tsx -e "import('./bench/planner.ts').then(m=>m.run())"
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RENDERER_SETTINGS } from '../src/dsl/types.js';
import { createPlanner } from '../src/planner/index.js';
import { PlanStreamScanner } from '../src/planner/llm/index.js';
import { buildPrompt, estimateTokens } from '../src/planner/prompt/index.js';
import { FAKE_MODEL, startFakeLlmServer } from '../test/fakes/fake-llm-server.js';

const EXAMPLES_DIR = join(process.cwd(), 'examples');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Index (in characters) of the character whose arrival completes each step. */
function stepCompletionOffsets(text: string): number[] {
  const scanner = new PlanStreamScanner();
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const event of scanner.push(text[i])) if (event.kind === 'step') offsets.push(i);
  }
  return offsets;
}

function loadExamples(): Array<{ name: string; text: string }> {
  try {
    return readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));
  } catch {
    return [];
  }
}

async function streamingLatency(): Promise<void> {
  const examples = loadExamples();
  const planText = examples.length > 0 ? JSON.stringify(JSON.parse(examples[0].text)) : undefined;
  const server = await startFakeLlmServer({ plan: planText, chunkSize: 6, delayMs: 4 });
  const text = planText ?? JSON.stringify((await (await fetch(`${server.url}/api/tags`)).json()) && {});
  const offsets = stepCompletionOffsets(planText ?? text);
  const gate = { check: () => ({ nsfw: false, category: null, reason: null }) };
  console.log(`\nStreaming: plan of ${offsets.length} steps, ${(planText ?? '').length} chars, sent 6 chars every 4 ms`);
  for (const backend of ['ollama', 'llamacpp'] as const) {
    const planner = createPlanner(
      {
        llm: { backend, modelId: FAKE_MODEL, endpoint: server.url, temperature: 0.2, maxTokens: 1500, timeoutSec: 30, retries: 0 },
        renderer: DEFAULT_RENDERER_SETTINGS,
      },
      { gate },
    );
    const first: number[] = [];
    const every: number[] = [];
    for (let run = 0; run < 8; run++) {
      const before = server.sent.length;
      const delivered: number[] = [];
      await planner.plan({ jobId: `bench-${run}`, message: 'котик', seed: run }, { onPartial: () => delivered.push(performance.now()) });
      const chunks = server.sent.slice(before);
      // When was the chunk containing each step's last character sent?
      let cumulative = 0;
      const sentAt: number[] = [];
      let next = 0;
      for (const chunk of chunks) {
        cumulative += chunk.text.length;
        while (next < offsets.length && offsets[next] < cumulative) {
          sentAt.push(chunk.at);
          next++;
        }
      }
      const n = Math.min(sentAt.length, delivered.length);
      for (let i = 0; i < n; i++) every.push(delivered[i] - sentAt[i]);
      if (n > 0) first.push(delivered[0] - sentAt[0]);
    }
    await planner.close?.();
    console.log(
      `  ${backend.padEnd(8)} first step: median ${percentile(first, 50).toFixed(2)} ms, max ${Math.max(...first).toFixed(2)} ms` +
        ` | every step (${every.length}): median ${percentile(every, 50).toFixed(2)} ms, p95 ${percentile(every, 95).toFixed(2)} ms, max ${Math.max(...every).toFixed(2)} ms (goal ≤ 50 ms)`,
    );
  }
  await server.close();
}

function promptSize(): void {
  console.log('\nPrompt size (tokens: estimate / chars÷4)');
  for (const message of ['нарисуй котика в космосе', 'a red dragon breathing fire over a castle at night, with the text GG']) {
    const prompt = buildPrompt(message);
    const system = estimateTokens(prompt.system);
    const user = estimateTokens(prompt.user);
    const total = system + user;
    console.log(
      `  ${JSON.stringify(message)}: system ${system} / ${Math.round(prompt.system.length / 4)}, user ${user} / ${Math.round(prompt.user.length / 4)}, total ${total}; constant prefix ${((system / total) * 100).toFixed(1)}% (${prompt.system.length} of ${prompt.system.length + prompt.user.length} chars)`,
    );
  }
}

/** Token estimates of the examples before the issue-14 compaction (bench/example-tokens-before.json). */
function tokensBefore(): Record<string, number> {
  try {
    return (
      JSON.parse(readFileSync(join(process.cwd(), 'bench', 'example-tokens-before.json'), 'utf8')) as { tokens: Record<string, number> }
    ).tokens;
  } catch {
    return {};
  }
}

function exampleOutputs(): void {
  const examples = loadExamples();
  if (examples.length === 0) {
    console.log('\nExample outputs: no examples/*.json, skipped');
    return;
  }
  const before = tokensBefore();
  console.log('\nExample plans as model output (compact JSON; tokens: estimate / chars÷4; before = before issue 14)');
  const sizes: number[] = [];
  const olds: number[] = [];
  for (const { name, text } of examples) {
    try {
      const compact = JSON.stringify(JSON.parse(text));
      const tokens = estimateTokens(compact);
      sizes.push(tokens);
      const key = name.replace(/\.json$/, '');
      const old = before[key];
      if (old !== undefined) olds.push(old);
      const was = old !== undefined ? `  before ${String(old).padStart(5)}  (${(((tokens - old) / old) * 100).toFixed(0)}%)` : '';
      console.log(
        `  ${name.padEnd(22)} ${String(compact.length).padStart(5)} chars  ${String(tokens).padStart(5)} / ${Math.round(compact.length / 4)} tokens${was}`,
      );
    } catch {
      console.log(`  ${name.padEnd(22)} not JSON, skipped`);
    }
  }
  if (sizes.length > 0) {
    const was = olds.length > 0 ? `; before: median ${percentile(olds, 50)}, max ${Math.max(...olds)}` : '';
    console.log(`  median ${percentile(sizes, 50)} tokens, max ${Math.max(...sizes)}${was} (goal: median ≤ 600; MAX_TOKENS default 1500)`);
  }
  const system = estimateTokens(buildPrompt('').system);
  console.log(`  system prompt ${system} tokens (before issue 14: 1309)`);
}

function scannerThroughput(): void {
  const examples = loadExamples();
  const text = examples.length > 0 ? JSON.stringify(JSON.parse(examples[0].text)) : '{"steps":[]}';
  const big =
    '{"canvas":{"w":96,"h":96},"steps":[' +
    Array(400)
      .fill(JSON.stringify({ op: 'rect', x: 1, y: 2, w: 3, h: 4, fill: '#ffffff' }))
      .join(',') +
    ']}';
  for (const [label, sample] of [
    ['example', text],
    ['400 steps', big],
  ] as const) {
    const rounds = 200;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) {
      const scanner = new PlanStreamScanner();
      for (let i = 0; i < sample.length; i += 8) scanner.push(sample.slice(i, i + 8));
    }
    const ms = (performance.now() - started) / rounds;
    console.log(
      `  scanner (${label}, ${sample.length} chars in 8-char chunks): ${ms.toFixed(3)} ms per plan, ${(sample.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s`,
    );
  }
}

export async function run(): Promise<void> {
  console.log('== planner ==');
  await streamingLatency();
  promptSize();
  exampleOutputs();
  console.log('\nIncremental JSON scanner');
  scannerThroughput();
}
