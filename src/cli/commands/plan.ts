// `drawstream plan "MESSAGE"`: gate + plan one message with the configured backend and print
// the final plan JSON on stdout (logs go to stderr). Exit 0 whenever a drawable plan came
// out, from the model or from the built-in fallback.
import { createHash } from 'node:crypto';
import { loadConfig } from '../../config/index.js';
import { createGatekeeper } from '../../gate/index.js';
import { createLogger } from '../../logging/index.js';
import { createPlanner, describeRecognition, textCardPlan } from '../../planner/index.js';
import { EXIT_OK, UsageError, type CliIO, type Subcommand } from '../io.js';

/** A stable per-message seed, so the same message plans the same way. */
function seedOf(message: string): number {
  return createHash('sha256').update(message).digest().readUInt32BE(0);
}

function parseArgs(args: string[]): string {
  const positional: string[] = [];
  for (const arg of args) {
    if (arg === '--') continue;
    if (arg.startsWith('--')) throw new UsageError(`unknown option "${arg}" (usage: drawstream plan "MESSAGE")`);
    positional.push(arg);
  }
  if (positional.length === 0) throw new UsageError('missing MESSAGE (usage: drawstream plan "MESSAGE")');
  if (positional.length > 1) throw new UsageError('give the message as one quoted argument (usage: drawstream plan "MESSAGE")');
  return positional[0];
}

export const planCommand: Subcommand = async (args: string[], io: CliIO): Promise<number> => {
  const message = parseArgs(args);
  const config = loadConfig(io.env); // ConfigError → one line, exit 1 (dispatcher)
  const logger = createLogger({ level: config.logLevel, destination: { write: (line: string) => io.stderr(line) } });
  // One message and a plan's few texts: compiling every rule to native code first (~3 s) costs
  // more than checking them on the compiled-on-demand regexes (~1 s), so nothing waits for it.
  const gate = createGatekeeper({ customRulesFile: config.gateRulesFile, logger, prepare: 'in-background' });

  const verdict = gate.check(message);
  if (verdict.nsfw) {
    io.stderr(`drawstream plan: the Gatekeeper refused the message (${verdict.category ?? 'nsfw'}): text card\n`);
    io.stdout(JSON.stringify(textCardPlan(config.renderer.showDurationSec, config.renderer), null, 2) + '\n');
    return EXIT_OK;
  }

  const planner = createPlanner({ llm: config.llm, renderer: config.renderer }, { gate, logger });
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', onSigint);
  try {
    const result = await planner.plan({ jobId: 'cli', message, seed: seedOf(message) }, { signal: controller.signal });
    const steps = 'steps' in result.plan ? result.plan.steps.length : 0;
    const summary = [`source=${result.source}`, `backend=${config.llm.backend}`, `steps=${steps}`];
    if (result.latencyMs !== undefined) summary.push(`latency=${result.latencyMs}ms`);
    if (result.attempts !== undefined) summary.push(`attempts=${result.attempts}`);
    io.stderr(`drawstream plan: ${summary.join(' ')}\n`);
    // What the built-in planner understood, so a person or a test can see why it drew what it drew.
    if (result.source === 'builtin') io.stderr(`drawstream plan: ${describeRecognition(message)}\n`);
    if (result.fallback) io.stderr(`drawstream plan: built-in planner used (${result.fallback.kind}): ${result.fallback.message}\n`);
    if (result.incompleteReason)
      io.stderr(`drawstream plan: the answer broke off (${result.incompleteReason}); kept the steps that arrived whole\n`);
    for (const issue of result.issues ?? []) io.stderr(`drawstream plan: dropped step ${issue.index}: ${issue.reason}\n`);
    io.stdout(JSON.stringify(result.plan, null, 2) + '\n');
    return EXIT_OK;
  } finally {
    process.removeListener('SIGINT', onSigint);
    await planner.close?.();
  }
};
