// `drawstream model-check [--out DIR] [--prompts FILE] [--limit N]`: runs a set of requests
// through the configured backend exactly as the stage would and writes report.html,
// sheet.png and results.json. Exit 0 whenever it ran, whatever the model did; exit 1 with
// one line when the server is down (the probe decides before any request is sent).
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../config/index.js';
import { createGatekeeper } from '../../gate/index.js';
import { createLogger } from '../../logging/index.js';
import {
  BUILT_IN_PROMPTS,
  defaultOutDir,
  parsePromptsFile,
  runModelCheck,
  writeModelCheck,
  type CheckCard,
} from '../../model-check/index.js';
import { createPlanner } from '../../planner/index.js';
import { EXIT_INVALID, EXIT_OK, InputError, UsageError, type CliIO, type Subcommand } from '../io.js';

const USAGE = 'usage: drawstream model-check [--out DIR] [--prompts FILE] [--limit N]';

interface Args {
  out?: string;
  prompts?: string;
  limit?: number;
}

function parseArgs(args: string[]): Args {
  const parsed: Args = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value (${USAGE})`);
      return v;
    };
    switch (name) {
      case '--out':
        parsed.out = value();
        break;
      case '--prompts':
        parsed.prompts = value();
        break;
      case '--limit': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--limit must be a whole number ≥ 1 (got "${v}")`);
        parsed.limit = Number(v);
        break;
      }
      default:
        throw new UsageError(`unknown argument "${arg}" (${USAGE})`);
    }
  }
  return parsed;
}

function loadPrompts(args: Args): string[] {
  let prompts: string[] = [...BUILT_IN_PROMPTS];
  if (args.prompts) {
    let text: string;
    try {
      text = readFileSync(args.prompts, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read --prompts ${args.prompts}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    prompts = parsePromptsFile(text);
    if (prompts.length === 0) throw new InputError(`--prompts ${args.prompts} holds no request (one per line)`);
  }
  return args.limit ? prompts.slice(0, args.limit) : prompts;
}

function seconds(ms: number | null): string {
  return ms === null ? '-' : `${(ms / 1000).toFixed(1)}s`;
}

function progressLine(card: CheckCard, index: number, total: number): string {
  const what = card.source === 'llm' ? 'model  ' : card.source === 'builtin' ? 'builtin' : 'refused';
  const tokens = card.outputTokens === null ? '' : ` ${card.outputTokens} tok`;
  const why = card.source === 'builtin' && card.fallbackReason ? ` (${card.fallbackReason})` : '';
  const dropped = card.dropped > 0 ? ` dropped ${card.dropped}` : '';
  return `[${String(index + 1).padStart(String(total).length)}/${total}] ${what} first ${seconds(card.firstStepMs)} total ${seconds(card.totalMs)}${tokens} ${card.steps} steps${dropped} ${JSON.stringify(card.message)}${why}\n`;
}

export const modelCheckCommand: Subcommand = async (args: string[], io: CliIO): Promise<number> => {
  const parsed = parseArgs(args);
  const prompts = loadPrompts(parsed);
  const config = loadConfig(io.env);
  // Plans' own log lines would drown the progress lines: warnings and worse only.
  const logger = createLogger({
    level: config.logLevel === 'silent' ? 'silent' : 'error',
    destination: { write: (line: string) => io.stderr(line) },
  });
  const gate = createGatekeeper({ customRulesFile: config.gateRulesFile, logger });
  // The one difference from the stage: the circuit breaker never opens, so after three bad
  // answers the remaining requests still measure the model instead of the built-in planner.
  const planner = createPlanner(
    { llm: config.llm, renderer: config.renderer },
    { gate, logger, tuning: { breakerThreshold: Number.MAX_SAFE_INTEGER } },
  );
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', onSigint);
  try {
    const health = planner.probe ? await planner.probe() : planner.health();
    if (health.state === 'down') {
      io.stderr(`drawstream model-check: ${config.llm.backend} is not usable: ${health.detail}\n`);
      return EXIT_INVALID;
    }
    const backendLine =
      config.llm.backend === 'builtin'
        ? 'builtin (no model: every plan is the built-in planner)'
        : `${config.llm.backend} ${config.llm.modelId}`;
    io.stderr(`drawstream model-check: ${backendLine}; ${health.detail}; ${prompts.length} requests\n`);
    if (health.warning) io.stderr(`drawstream model-check: WARNING ${health.warning}\n`);
    const at = new Date();
    const run = await runModelCheck({
      backend: config.llm.backend,
      model: config.llm.backend === 'builtin' ? 'builtin' : config.llm.modelId,
      prompts,
      planner,
      gate,
      renderer: config.renderer,
      signal: controller.signal,
      onProgress: (card, index, total) => io.stderr(progressLine(card, index, total)),
    });
    const dir = parsed.out ?? defaultOutDir(config.dataDir, at);
    const files = writeModelCheck(dir, run, at);
    const s = run.summary;
    io.stderr(
      `drawstream model-check: model plans ${s.valid}, built-in fallbacks ${s.fallbacks}, refused ${run.cards.length - s.valid - s.fallbacks}; median first step ${seconds(s.medianFirstStepMs)}, median total ${seconds(s.medianTotalMs)}\n`,
    );
    io.stdout(`${files.report}\n`);
    return EXIT_OK;
  } finally {
    process.removeListener('SIGINT', onSigint);
    await planner.close?.();
  }
};
