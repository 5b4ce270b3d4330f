// Runs each request the way the stage does (Gatekeeper first, then the configured planner,
// streaming, with the same fallbacks) and measures what a streamer waits for: time to the
// first drawable step, total time, output tokens. Never throws for a model's behaviour.
import { parsePlan, type Plan, type RendererSettings } from '../dsl/index.js';
import type { Gatekeeper } from '../gate/index.js';
import type { Planner, PlanSource } from '../planner/index.js';
import { compilePlan, frameAt } from '../raster/index.js';

/** One row of results.json (the issue's shape, nothing more). */
export interface CheckResult {
  message: string;
  source: PlanSource;
  firstStepMs: number | null;
  totalMs: number;
  outputTokens: number | null;
  steps: number;
  fallbackReason: string | null;
}

/** What the report shows beyond results.json. */
export interface CheckCard extends CheckResult {
  dropped: number;
  incompleteReason: string | null;
  frame: { rgba: Uint8ClampedArray; width: number; height: number };
}

export interface CheckSummary {
  valid: number;
  fallbacks: number;
  medianFirstStepMs: number | null;
  medianTotalMs: number | null;
}

export interface CheckRun {
  backend: string;
  model: string;
  cards: CheckCard[];
  summary: CheckSummary;
}

export interface RunOptions {
  backend: string;
  model: string;
  prompts: readonly string[];
  planner: Planner;
  gate: Gatekeeper;
  renderer: RendererSettings;
  onProgress?: (card: CheckCard, index: number, total: number) => void;
  signal?: AbortSignal;
}

const REFUSED_TEXT = 'You are too small';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

function stepCount(plan: Plan): number {
  return 'steps' in plan && Array.isArray(plan.steps) ? plan.steps.length : 0;
}

function finalFrame(plan: Plan, renderer: RendererSettings): CheckCard['frame'] {
  const compiled = compilePlan(plan, renderer);
  return { rgba: frameAt(compiled, compiled.totalMs), width: compiled.width, height: compiled.height };
}

/** A stable seed per message, so two runs of the same model are comparable. */
function seedOf(message: string): number {
  let h = 2166136261;
  for (const ch of message) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

async function checkOne(message: string, index: number, options: RunOptions): Promise<CheckCard> {
  const started = performance.now();
  const verdict = options.gate.check(message);
  if (verdict.nsfw) {
    const card = parsePlan(
      { version: '1', render_text: REFUSED_TEXT, duration_sec: options.renderer.showDurationSec },
      options.renderer,
    ).plan;
    const plan = card ?? parsePlan({ version: '1', canvas: {}, steps: [] }, options.renderer).plan!;
    return {
      message,
      source: 'gate',
      firstStepMs: null,
      totalMs: Math.round(performance.now() - started),
      outputTokens: null,
      steps: 0,
      fallbackReason: `refused by the Gatekeeper (${verdict.category ?? '18+'}): text card`,
      dropped: 0,
      incompleteReason: null,
      frame: finalFrame(plan, options.renderer),
    };
  }
  let firstStepMs: number | null = null;
  const result = await options.planner.plan(
    { jobId: `model-check-${index + 1}`, message, seed: seedOf(message) },
    {
      signal: options.signal,
      onPartial: ({ newSteps }) => {
        if (firstStepMs === null && newSteps.length > 0) firstStepMs = Math.round(performance.now() - started);
      },
    },
  );
  const totalMs = Math.round(performance.now() - started);
  // The built-in planner answers in one go: its first step is the whole plan.
  if (firstStepMs === null && stepCount(result.plan) > 0) firstStepMs = totalMs;
  return {
    message,
    source: result.source,
    firstStepMs,
    totalMs,
    outputTokens: result.outputTokens ?? null,
    steps: stepCount(result.plan),
    fallbackReason: result.fallbackReason ?? null,
    dropped: result.issues?.length ?? 0,
    incompleteReason: result.incompleteReason ?? null,
    frame: finalFrame(result.plan, options.renderer),
  };
}

export async function runModelCheck(options: RunOptions): Promise<CheckRun> {
  const cards: CheckCard[] = [];
  for (let i = 0; i < options.prompts.length; i++) {
    if (options.signal?.aborted) break;
    const card = await checkOne(options.prompts[i], i, options);
    cards.push(card);
    options.onProgress?.(card, i, options.prompts.length);
  }
  const planned = cards.filter((c) => c.source !== 'gate');
  return {
    backend: options.backend,
    model: options.model,
    cards,
    summary: {
      valid: cards.filter((c) => c.source === 'llm').length,
      fallbacks: cards.filter((c) => c.source === 'builtin').length,
      medianFirstStepMs: median(planned.map((c) => c.firstStepMs).filter((v): v is number => v !== null)),
      medianTotalMs: median(planned.map((c) => c.totalMs)),
    },
  };
}

/** results.json: exactly {backend, model, results[], summary}. */
export function resultsJson(run: CheckRun): string {
  const results: CheckResult[] = run.cards.map((c) => ({
    message: c.message,
    source: c.source,
    firstStepMs: c.firstStepMs,
    totalMs: c.totalMs,
    outputTokens: c.outputTokens,
    steps: c.steps,
    fallbackReason: c.fallbackReason,
  }));
  return JSON.stringify({ backend: run.backend, model: run.model, results, summary: run.summary }, null, 2) + '\n';
}
