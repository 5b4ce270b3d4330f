// The LLM planner as the rest of the service sees it: one Planner whose plan() always
// resolves with a drawable plan. Around each job: retries with backoff inside the
// LLM_TIMEOUT_SEC budget, the circuit breaker, the built-in planner as the fallback, and a
// health line for the panel.
import type { Logger } from 'pino';
import type { ComponentHealth, LlmSettings, PlanFallback } from '../../core/index.js';
import { decoderJsonSchema, type PlanIssue, type RendererSettings } from '../../dsl/index.js';
import type { Gatekeeper } from '../../gate/index.js';
import { lastResortPlan } from '../fixed-plans.js';
import { buildPrompt, contextBudget } from '../prompt/index.js';
import type { PlanOptions, PlanRequest, PlanResult, Planner } from '../types.js';
import { buildChatRequest, DEFAULT_ENDPOINTS, probeBackend, serverRoot, type LlmBackendKind } from './backends.js';
import { CircuitBreaker, type BreakerState } from './circuit-breaker.js';
import { contextNote, contextWarning, probeContext } from './context-probe.js';
import { failure, isRetryable, type LlmFailure } from './failure.js';
import { runAttempt } from './llm-attempt.js';
import { makePlanSafe } from './plan-output.js';

export interface PlannerTuning {
  /** Whole plan() budget in ms, retries included (default LLM_TIMEOUT_SEC). */
  totalMs: number;
  /** Request sent → first content token (covers connecting, model load, prompt eval). Default 75% of total. */
  firstTokenMs: number;
  /** Longest silence between tokens once streaming (default max(2 s, total/4)). */
  stallMs: number;
  /** Start-up / background probe timeout (default min(5 s, total)). */
  probeTimeoutMs: number;
  /** First retry delay; doubles each retry, ±20% jitter, capped at retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Failed jobs in a row that open the circuit. */
  breakerThreshold: number;
  /** Open → first background probe; doubles while the probe fails, capped. */
  breakerCooldownMs: number;
  breakerMaxCooldownMs: number;
  /**
   * After a good probe, send one 1-token request with the real system prompt so the model is
   * loaded and the prompt prefix is cached before the first donation (default false: it is
   * one extra chat request, which tests counting requests would see).
   */
  warmUp: boolean;
}

export function defaultTuning(llm: Pick<LlmSettings, 'timeoutSec'>): PlannerTuning {
  const totalMs = Math.max(1, llm.timeoutSec) * 1000;
  return {
    totalMs,
    firstTokenMs: Math.ceil(totalMs * 0.75),
    stallMs: Math.max(2000, Math.ceil(totalMs / 4)),
    probeTimeoutMs: Math.min(5000, totalMs),
    retryBaseMs: 500,
    retryMaxMs: 8000,
    breakerThreshold: 3,
    breakerCooldownMs: 15_000,
    breakerMaxCooldownMs: 300_000,
    warmUp: false,
  };
}

export interface LlmPlannerDeps {
  gate: Gatekeeper;
  /** Used when the LLM gives nothing drawable, and while the circuit is open. */
  fallback: Planner;
  logger?: Logger;
  fetch?: typeof fetch;
  tuning?: Partial<PlannerTuning>;
}

export interface LlmPlanner extends Planner {
  readonly breakerState: BreakerState;
  readonly endpoint: string | null;
}

function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createLlmPlanner(config: { llm: LlmSettings; renderer: RendererSettings }, deps: LlmPlannerDeps): LlmPlanner {
  const { llm, renderer } = config;
  const backend = llm.backend as LlmBackendKind;
  const tuning: PlannerTuning = { ...defaultTuning(llm), ...deps.tuning };
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const log = deps.logger?.child({ part: 'planner', backend });
  const endpoint = llm.endpoint && llm.endpoint.trim() !== '' ? llm.endpoint.trim() : DEFAULT_ENDPOINTS[backend];
  const where = endpoint ? serverRoot(endpoint) : '(no ENDPOINT)';
  const headers: Record<string, string> = llm.apiKey ? { authorization: `Bearer ${llm.apiKey}` } : {};
  const lifetime = new AbortController();
  // Sized once for the process: Ollama reloads the model whenever num_ctx changes.
  const budget = contextBudget(llm.maxTokens, renderer);
  const numCtx = backend === 'ollama' ? (llm.context ?? budget.suggestedContext) : undefined;
  const keepAlive = backend === 'ollama' ? (llm.keepAlive ?? '30m') : undefined;
  let schema: Record<string, unknown> | null | undefined;

  let lastHealth: ComponentHealth = endpoint
    ? { state: 'ok', detail: `${backend} at ${where} (${llm.modelId}); not checked yet` }
    : { state: 'down', detail: `ENDPOINT is required for LLM_BACKEND=${backend}` };

  const probeAndRecord = async (): Promise<ComponentHealth> => {
    if (!endpoint) return lastHealth;
    const ctx = {
      backend,
      endpoint,
      modelId: llm.modelId,
      fetch: fetchImpl,
      timeoutMs: tuning.probeTimeoutMs,
      headers,
      signal: lifetime.signal,
    };
    let health = await probeBackend(ctx);
    if (health.state === 'ok') {
      const report = await probeContext(ctx, budget);
      const warning = contextWarning(backend, budget, report);
      health = warning
        ? { state: 'degraded', detail: `${health.detail}; ${warning}`, warning }
        : { state: 'ok', detail: `${health.detail} (${contextNote(report, numCtx)})` };
      if (warning) log?.warn({ warning }, 'LLM context window too small');
    }
    lastHealth = health;
    // A small window is a warning, not an outage: the circuit may close on it.
    return health.warning ? { ...health, state: 'ok' } : health;
  };

  let warmedUp = false;
  const warmUp = async (): Promise<void> => {
    if (!endpoint || warmedUp) return;
    warmedUp = true;
    const chat = buildChatRequest(backend, endpoint, {
      model: llm.modelId,
      messages: buildPrompt('warm-up', renderer).messages,
      temperature: llm.temperature,
      maxTokens: 1,
      seed: 0,
      schema: await decoderSchema(),
      keepAlive,
      numCtx,
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), tuning.totalMs);
    const onClose = () => controller.abort();
    lifetime.signal.addEventListener('abort', onClose, { once: true });
    const started = performance.now();
    try {
      const response = await fetchImpl(chat.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(chat.body),
        signal: controller.signal,
      });
      await response.arrayBuffer();
      log?.info({ status: response.status, ms: Math.round(performance.now() - started) }, 'LLM warm-up done');
    } catch (error) {
      log?.warn({ err: String(error) }, 'LLM warm-up failed');
    } finally {
      clearTimeout(timer);
      lifetime.signal.removeEventListener('abort', onClose);
    }
  };

  const breaker = new CircuitBreaker({
    threshold: tuning.breakerThreshold,
    cooldownMs: tuning.breakerCooldownMs,
    maxCooldownMs: tuning.breakerMaxCooldownMs,
    probe: probeAndRecord,
    onChange: (state, detail) => {
      const level = state === 'open' ? 'warn' : 'info';
      log?.[level]({ breaker: state, detail }, `LLM circuit ${state.replace('_', '-')}`);
    },
  });

  const decoderSchema = async (): Promise<Record<string, unknown> | null> => {
    if (schema !== undefined) return schema;
    try {
      const built = decoderJsonSchema() as unknown;
      schema = built && typeof built === 'object' ? (built as Record<string, unknown>) : null;
    } catch (error) {
      log?.warn({ err: String(error) }, 'no JSON Schema for constrained decoding; asking for plain JSON');
      schema = null;
    }
    return schema;
  };

  const fallback = async (request: PlanRequest, why: PlanFallback, started: number, attempts: number): Promise<PlanResult> => {
    log?.warn(
      { jobId: request.jobId, attempts, kind: why.kind, reason: why.message },
      'LLM gave no plan; drawing with the built-in planner',
    );
    let result: PlanResult | null = null;
    try {
      result = await deps.fallback.plan(request);
    } catch (error) {
      log?.error({ jobId: request.jobId, err: String(error) }, 'the built-in planner failed; drawing the last-resort plan');
    }
    const safe = result ? makePlanSafe(result.plan, deps.gate) : { plan: null, issues: [] as PlanIssue[] };
    const plan = safe.plan ?? lastResortPlan(renderer, request.seed);
    return {
      ...(result ?? {}),
      plan,
      source: 'builtin',
      fallback: why,
      fallbackReason: why.message,
      latencyMs: Math.round(performance.now() - started),
      attempts,
      ...(safe.issues.length > 0 ? { issues: [...(result?.issues ?? []), ...safe.issues] } : {}),
    };
  };

  const backoff = (retry: number): number => {
    const base = Math.min(tuning.retryMaxMs, tuning.retryBaseMs * 2 ** (retry - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  };

  return {
    name: `llm:${backend}`,
    get breakerState() {
      return breaker.state;
    },
    endpoint,

    async plan(request: PlanRequest, options: PlanOptions = {}): Promise<PlanResult> {
      const started = performance.now();
      try {
        if (!endpoint)
          return await fallback(
            request,
            { kind: 'not_configured', message: `ENDPOINT is required for LLM_BACKEND=${backend}` },
            started,
            0,
          );
        if (options.signal?.aborted || lifetime.signal.aborted)
          return await fallback(request, { kind: 'aborted', message: 'cancelled before planning' }, started, 0);
        if (breaker.isOpen) {
          return await fallback(
            request,
            { kind: 'circuit_open', message: `LLM circuit open (last failure: ${breaker.lastReason})` },
            started,
            0,
          );
        }
        const signal = options.signal ? AbortSignal.any([options.signal, lifetime.signal]) : lifetime.signal;
        const deadlineAt = started + tuning.totalMs;
        const seed = Number.isFinite(request.seed) ? Math.floor(request.seed) >>> 0 : 0;
        const prompt = buildPrompt(request.message, renderer);
        const schema = await decoderSchema();
        // Each retry samples with another seed: the same seed would make the server repeat
        // the very answer that just failed (seen on a real llama-server).
        const chatForAttempt = (attempt: number) =>
          buildChatRequest(backend, endpoint, {
            model: llm.modelId,
            messages: prompt.messages,
            temperature: llm.temperature,
            maxTokens: llm.maxTokens,
            seed: (seed + attempt - 1) >>> 0,
            schema,
            keepAlive,
            numCtx,
          });
        let attempts = 0;
        let last: LlmFailure = failure('empty_output', 'no attempt was made');
        let firstFailure: LlmFailure | null = null;
        // A retry with less time than this left cannot get a plan out (it would only turn a
        // clear "no first token" into "no complete answer within the 200 ms left").
        const minAttemptMs = Math.min(1000, tuning.totalMs / 10);
        for (;;) {
          attempts++;
          const outcome = await runAttempt({
            request: chatForAttempt(attempts),
            headers,
            fetch: fetchImpl,
            modelId: llm.modelId,
            backend,
            gate: deps.gate,
            renderer,
            defaultSeed: seed,
            onPartial: options.onPartial,
            maxTokens: llm.maxTokens,
            onPartialError: (error) => log?.error({ jobId: request.jobId, err: String(error) }, 'onPartial threw; ignored'),
            signal,
            deadlineAt,
            firstTokenMs: tuning.firstTokenMs,
            stallMs: tuning.stallMs,
          });
          if (outcome.ok) {
            breaker.recordSuccess();
            const latencyMs = Math.round(performance.now() - started);
            const ready = `${backend} ready: ${llm.modelId} (last plan ${latencyMs} ms)`;
            // A context warning stays up until a probe says otherwise: a plan can succeed and still be cut.
            const warning = lastHealth.warning;
            lastHealth = warning ? { state: 'degraded', detail: `${ready}; ${warning}`, warning } : { state: 'ok', detail: ready };
            log?.info(
              {
                jobId: request.jobId,
                latencyMs,
                attempts,
                outputTokens: outcome.outputTokens,
                steps: 'steps' in outcome.plan ? outcome.plan.steps.length : 0,
                dropped: outcome.issues.length,
                repaired: outcome.repaired,
                incomplete: outcome.incompleteReason,
              },
              'LLM plan ready',
            );
            return {
              plan: outcome.plan,
              source: 'llm',
              latencyMs,
              outputTokens: outcome.outputTokens,
              attempts,
              ...(outcome.issues.length > 0 ? { issues: outcome.issues } : {}),
              ...(outcome.incompleteReason ? { incompleteReason: outcome.incompleteReason } : {}),
            };
          }
          last = outcome.failure;
          if (last.kind === 'aborted') break;
          firstFailure ??= last;
          log?.warn({ jobId: request.jobId, attempt: attempts, kind: last.kind, reason: last.message }, 'LLM attempt failed');
          if (!isRetryable(last) || attempts > llm.retries) break;
          // A server that says when to come back (Retry-After on 429/503) is believed, within the caps.
          const delay = Math.max(backoff(attempts), Math.min(last.retryAfterMs ?? 0, tuning.retryMaxMs));
          if (performance.now() + delay + minAttemptMs >= deadlineAt) break;
          if (!(await sleep(delay, signal))) {
            last = failure('aborted', 'cancelled by the caller');
            break;
          }
        }
        if (last.kind !== 'aborted') {
          breaker.recordFailure(last.message);
          const down = last.kind === 'server_down' || last.kind === 'model_missing' || last.kind === 'wrong_endpoint';
          lastHealth = { state: down ? 'down' : 'degraded', detail: `last plan fell back: ${last.message}` };
        }
        // The first failure is usually the telling one; a retry that then ran out of time adds little.
        const firstTells = last.kind === 'total_timeout' && firstFailure && firstFailure !== last && firstFailure.kind !== 'total_timeout';
        const telling: PlanFallback = firstTells
          ? { kind: firstFailure!.kind, message: `${firstFailure!.message}; the retry ran out of LLM_TIMEOUT_SEC` }
          : { kind: last.kind, message: last.message };
        const message = attempts > 1 ? `${telling.message} (after ${attempts} attempts)` : telling.message;
        return await fallback(request, { kind: telling.kind, message }, started, attempts);
      } catch (error) {
        // A bug of ours must not cost the streamer a drawing.
        log?.error({ jobId: request.jobId, err: String(error) }, 'planner error');
        return fallback(request, { kind: 'planner_error', message: `planner error: ${String(error)}` }, started, 0);
      }
    },

    health(): ComponentHealth {
      return breaker.health() ?? lastHealth;
    },

    async probe(): Promise<ComponentHealth> {
      try {
        if (breaker.isOpen) await breaker.probeNow();
        else await probeAndRecord();
        // In the background: probe() answers at once, the model loads meanwhile.
        if (tuning.warmUp && (lastHealth.state === 'ok' || lastHealth.warning)) void warmUp();
        if (lastHealth.warning && !breaker.isOpen) return lastHealth;
      } catch (error) {
        lastHealth = { state: 'down', detail: `probe failed: ${String(error)}` };
      }
      return breaker.health() ?? lastHealth;
    },

    async close(): Promise<void> {
      breaker.close();
      lifetime.abort(new Error('planner closed'));
    },
  };
}
