// `drawstream validate PLAN.json` (or `-` for stdin): prints {"valid", "plan", "issues"} as
// JSON on stdout; dropped steps and ignored fields are also listed on stderr, one per line.
// Exit 0 for a valid plan (even with dropped steps), 1 for invalid input, 2 for usage errors.
import { readFile, stat } from 'node:fs/promises';
import { ConfigError, rendererSettingsFromEnv } from '../../config/index.js';
import { LIMITS, parsePlan, type PlanIssue, type RendererSettings } from '../../dsl/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO, type Subcommand } from '../io.js';

/** A failure that ends the command with one line on stderr and an exit code. */
export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Reads a plan file (or all of stdin for "-") as text, bounded in size. */
export async function readPlanText(source: string, io: CliIO): Promise<string> {
  const limit = LIMITS.maxInputChars;
  if (source === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdinStream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > limit) throw new CommandFailure(`stdin: plan larger than ${limit} bytes`, EXIT_INVALID);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    const info = await stat(source);
    if (!info.isFile()) throw new CommandFailure(`${source}: not a file`, EXIT_INVALID);
    if (info.size > limit) throw new CommandFailure(`${source}: plan larger than ${limit} bytes`, EXIT_INVALID);
    return await readFile(source, 'utf8');
  } catch (error) {
    if (error instanceof CommandFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandFailure(`${source}: cannot read (${code ?? (error as Error).message})`, EXIT_INVALID);
  }
}

/** Renderer settings from the environment; a bad variable is one line and exit 1 (like the dispatcher). */
export function settingsFromEnv(io: CliIO): RendererSettings {
  try {
    return rendererSettingsFromEnv(io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CommandFailure(error.message, EXIT_INVALID);
    throw error;
  }
}

/** One human line per issue: "step 3: …" for steps, "canvas.w: …" for top-level fields. */
export function describeIssue(issue: PlanIssue): string {
  return /^\d+(\.\d+)*$/.test(issue.index) ? `dropped step ${issue.index}: ${issue.reason}` : `${issue.index}: ${issue.reason}`;
}

export function reportIssues(command: string, issues: PlanIssue[], io: CliIO): void {
  for (const issue of issues) io.stderr(`drawstream ${command}: ${describeIssue(issue)}\n`);
}

/** Runs a command body, turning CommandFailure into its line and exit code. */
export async function runCommand(command: string, io: CliIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CommandFailure) {
      io.stderr(`drawstream ${command}: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

const USAGE = 'usage: drawstream validate PLAN.json (or - for stdin)';

/**
 * The result as indented JSON with each step on one line. Indenting every point and matrix
 * row of the largest plans the limits allow made a 12 MB plan print as 63 MB, and that
 * printing cost more than validating and compiling it together (bench/streaming.ts).
 */
export function formatValidation(result: { valid: boolean; plan: unknown; issues: PlanIssue[] }): string {
  const plan = result.plan as Record<string, unknown> | null;
  const steps = plan && Array.isArray(plan.steps) ? (plan.steps as unknown[]) : null;
  if (!plan || !steps) return JSON.stringify({ valid: result.valid, plan: result.plan, issues: result.issues }, null, 2);
  const fields = Object.keys(plan).map((key) => {
    if (key !== 'steps') return `    ${JSON.stringify(key)}: ${JSON.stringify(plan[key], null, 2).replace(/\n/g, '\n    ')}`;
    const lines = steps.map((step) => `      ${JSON.stringify(step)}`);
    return lines.length === 0 ? '    "steps": []' : `    "steps": [\n${lines.join(',\n')}\n    ]`;
  });
  const issues = JSON.stringify(result.issues, null, 2).replace(/\n/g, '\n  ');
  return `{\n  "valid": ${JSON.stringify(result.valid)},\n  "plan": {\n${fields.join(',\n')}\n  },\n  "issues": ${issues}\n}`;
}

export const validateCommand: Subcommand = (args: string[], io: CliIO) =>
  runCommand('validate', io, async () => {
    const positional: string[] = [];
    for (const arg of args) {
      if (arg.startsWith('-') && arg !== '-') throw new CommandFailure(`unknown option "${arg}" (${USAGE})`, EXIT_USAGE);
      positional.push(arg);
    }
    if (positional.length !== 1)
      throw new CommandFailure(`${positional.length === 0 ? 'missing PLAN.json' : 'give exactly one plan'} (${USAGE})`, EXIT_USAGE);
    const settings = settingsFromEnv(io);
    let text: string;
    try {
      text = await readPlanText(positional[0], io);
    } catch (error) {
      if (error instanceof CommandFailure) {
        io.stdout(`${JSON.stringify({ valid: false, plan: null, issues: [{ index: 'plan', reason: error.message }] }, null, 2)}\n`);
      }
      throw error;
    }
    const result = parsePlan(text, settings);
    io.stdout(`${formatValidation(result)}\n`);
    reportIssues('validate', result.issues, io);
    return result.valid ? EXIT_OK : EXIT_INVALID;
  });
