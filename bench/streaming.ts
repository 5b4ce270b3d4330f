// Streaming bench (issue 10, point 4): what a streamed plan costs the rest of the process, and
// `validate` against `compile` for the worst plans the limits allow.
//  1. The real stage + LLM planner + fake LLM server stream a 256-step plan (256 lines of
//     width 16, ~22 KB) a few characters per chunk, as fast as loopback allows; a fastify
//     /health in the same process is probed every few ms; monitorEventLoopDelay records the
//     longest stall (goals: stall ≤ 100 ms, /health ≤ 300 ms, ≤ 10 MB to a viewer).
//  2. For the worst pixels / polygons / lines plans: `validate` (what `drawstream validate`
//     runs: parsePlan of the JSON text, then formatValidation of what it prints) vs compilePlan (goal: validate ≤ compile).
// Run: npx tsx -e "import('./bench/streaming.ts').then(m => m.run())"
import { formatValidation } from '../src/cli/commands/validate.js';
import { parsePlan } from '../src/dsl/index.js';
import { compilePlan } from '../src/raster/index.js';
import { measureStreamingStall } from '../test/stage/stall-kit.js';
import { worstPlans } from './raster.js';

const GOAL_STALL_MS = 100;
const GOAL_HEALTH_MS = 300;
const GOAL_VIEWER_BYTES = 10 * 1024 * 1024;

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

function bestOf(runs: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

async function stall(): Promise<void> {
  for (const chunkSize of [4, 64]) {
    const r = await measureStreamingStall({ chunkSize, delayMs: 0 });
    console.log(
      `${r.steps}-step plan (${(r.planChars / 1024).toFixed(1)} KB), ${chunkSize} chars/chunk, no delay: ` +
        `longest stall ${ms(r.maxStallMs)} (${verdict(r.maxStallMs <= GOAL_STALL_MS)}), ` +
        `/health max ${ms(r.healthMaxMs)} p95 ${ms(r.healthP95Ms)} over ${r.healthCount} (${verdict(r.healthMaxMs <= GOAL_HEALTH_MS)}), ` +
        `streamed in ${ms(r.streamMs)}; viewer: ${r.events} events, ${mb(r.viewerBytes)} one message per event ` +
        `(${verdict(r.viewerBytes <= GOAL_VIEWER_BYTES)}), ${mb(r.coalescedBytes)} coalesced to ≤ 10/s`,
    );
  }
}

function validateVsCompile(): void {
  const wanted = ['pixels', 'polygons', 'lines'];
  for (const size of [96, 256]) {
    for (const [name, raw] of Object.entries(worstPlans(size))) {
      if (!wanted.some((w) => name.startsWith(w))) continue;
      const text = JSON.stringify(raw);
      const plan = parsePlan(text).plan!;
      const validateMs = bestOf(3, () => {
        formatValidation(parsePlan(text));
      });
      const parseMs = bestOf(3, () => parsePlan(raw));
      const compileMs = bestOf(3, () => compilePlan(plan));
      console.log(
        `${size}x${size} ${name.padEnd(36)} ${(text.length / 1024).toFixed(0).padStart(5)} KB  ` +
          `validate ${ms(validateMs).padStart(9)} (of which checks ${ms(parseMs)}: parsePlan of the parsed object)  compile ${ms(compileMs).padStart(9)}  ` +
          `validate/compile ${(validateMs / compileMs).toFixed(2)} (${verdict(validateMs <= compileMs)})`,
      );
    }
  }
}

export async function run(): Promise<void> {
  console.log(
    `streaming: goals: stall ≤ ${GOAL_STALL_MS} ms, /health ≤ ${GOAL_HEALTH_MS} ms, ≤ ${mb(GOAL_VIEWER_BYTES)} per viewer; validate ≤ compile`,
  );
  for (const raw of Object.values(worstPlans(32))) compilePlan(parsePlan(raw).plan!);
  await stall();
  validateVsCompile();
}
