// What context window the server gives a request, read from the backend's own status
// endpoint, compared with what a plan needs (prompt + MAX_TOKENS). A window too small cuts
// the prompt or the answer, and the model "fails" in ways that look like a bad model.
// Field names: Ollama /api/ps `context_length` (per loaded model), llama-server /props
// `default_generation_settings.n_ctx` (older builds: top-level `n_ctx`), vLLM /v1/models
// `max_model_len`, TGI /info `max_total_tokens` and `max_input_tokens` (`max_input_length`
// before TGI 2.1). Every lookup is best effort: an unknown answer is "unknown", never a failure.
import type { ContextBudget } from '../prompt/index.js';
import { get, json, sameOllamaModel, type LlmBackendKind, type ProbeContext } from './backends.js';

export type ContextReport =
  | { kind: 'unknown' } // the server did not say
  | { kind: 'not_loaded' } // Ollama: the model loads on the first request, with our num_ctx
  | { kind: 'fits'; contextTokens: number; loadedModel?: string }
  | { kind: 'too_small'; contextTokens: number; inputTokens?: number; loadedModel?: string };

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

function judge(budget: ContextBudget, contextTokens: number | undefined, loadedModel?: string, inputTokens?: number): ContextReport {
  if (contextTokens === undefined) return { kind: 'unknown' };
  const inputTooSmall = inputTokens !== undefined && inputTokens < budget.promptTokens;
  if (contextTokens < budget.minContext || inputTooSmall) return { kind: 'too_small', contextTokens, inputTokens, loadedModel };
  return { kind: 'fits', contextTokens, loadedModel };
}

async function readJson(ctx: ProbeContext, path: string): Promise<Record<string, unknown> | null> {
  const answer = await get(ctx, path);
  if (answer.status !== 200) return null;
  const parsed = json(answer.body);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
}

export async function probeContext(ctx: ProbeContext, budget: ContextBudget): Promise<ContextReport> {
  const backend: LlmBackendKind = ctx.backend;
  try {
    switch (backend) {
      case 'ollama': {
        const ps = await readJson(ctx, '/api/ps');
        const models = Array.isArray(ps?.models) ? (ps!.models as Array<Record<string, unknown>>) : null;
        if (!models) return { kind: 'unknown' };
        const loaded = models.find((m) => sameOllamaModel(String(m?.name ?? m?.model ?? ''), ctx.modelId));
        if (!loaded) return { kind: 'not_loaded' };
        return judge(budget, positive(loaded.context_length), String(loaded.name ?? loaded.model ?? ctx.modelId));
      }
      case 'llamacpp': {
        const props = await readJson(ctx, '/props');
        const settings = props?.default_generation_settings as Record<string, unknown> | undefined;
        return judge(budget, positive(settings?.n_ctx) ?? positive(props?.n_ctx));
      }
      case 'vllm':
      case 'openai': {
        // vLLM lists max_model_len per served model; other OpenAI-compatible servers usually say nothing.
        const list = await readJson(ctx, '/v1/models');
        const data = Array.isArray(list?.data) ? (list!.data as Array<Record<string, unknown>>) : [];
        const entry = data.find((m) => m?.id === ctx.modelId) ?? (data.length === 1 ? data[0] : undefined);
        return judge(budget, positive(entry?.max_model_len));
      }
      case 'tgi': {
        const info = await readJson(ctx, '/info');
        return judge(
          budget,
          positive(info?.max_total_tokens),
          undefined,
          positive(info?.max_input_tokens) ?? positive(info?.max_input_length),
        );
      }
      default: {
        const unreachable: never = backend;
        return unreachable;
      }
    }
  } catch {
    return { kind: 'unknown' };
  }
}

/** The fix to suggest, in the backend's own terms. */
function remedy(backend: LlmBackendKind, budget: ContextBudget): string {
  const size = budget.suggestedContext;
  switch (backend) {
    case 'ollama':
      return `unset LLM_CONTEXT or set it to ${size} or more`;
    case 'llamacpp':
      return `start llama-server with -c ${size} (per slot: with --parallel N use -c ${size}×N)`;
    case 'vllm':
      return `start vLLM with --max-model-len ${size}`;
    case 'tgi':
      return `start TGI with --max-total-tokens ${size} --max-input-tokens ${budget.promptTokens + 256}`;
    case 'openai':
      return `give the model a context of ${size} tokens or lower MAX_TOKENS`;
    default: {
      const unreachable: never = backend;
      return unreachable;
    }
  }
}

/** One sentence for /health and the panel; null when there is nothing to warn about. */
export function contextWarning(backend: LlmBackendKind, budget: ContextBudget, report: ContextReport): string | null {
  if (report.kind !== 'too_small') return null;
  const input = report.inputTokens !== undefined ? `, input limit ${report.inputTokens}` : '';
  return `context window too small: the server gives ${report.contextTokens} tokens${input}, a plan needs ~${budget.promptTokens} (prompt) + ${budget.maxTokens} (MAX_TOKENS); answers will be cut: ${remedy(backend, budget)}`;
}

/** A short note for the ready line, e.g. "loaded, context 4096". */
export function contextNote(report: ContextReport, numCtx?: number): string {
  switch (report.kind) {
    case 'unknown':
      return numCtx !== undefined ? `asks for context ${numCtx}` : 'context size not reported';
    case 'not_loaded':
      return `not loaded yet (loads on the first plan${numCtx !== undefined ? ` with context ${numCtx}` : ''})`;
    case 'fits':
    case 'too_small':
      return `${report.loadedModel ? 'loaded, ' : ''}context ${report.contextTokens}`;
    default: {
      const unreachable: never = report;
      return unreachable;
    }
  }
}
