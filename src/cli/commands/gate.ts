// `drawstream gate`: JSON lines {"text": ...} on stdin → one verdict line per non-empty input
// line, in order, written as soon as each line is read (no waiting for EOF).
//  - blank lines are skipped (no output);
//  - a line that is not a JSON object with a string "text" gets
//    {"nsfw": false, "category": null, "reason": null, "error": "..."} — nothing was judged,
//    and nothing from it may be drawn;
//  - exit 0 at EOF. GATE_RULES_FILE adds the operator's block/allow words; a bad file is a
//    clear one-line error and exit 1 before any input is read.
import { createInterface } from 'node:readline';
import { createGatekeeper, GateRulesError, type Gatekeeper } from '../../gate/index.js';
import { EXIT_OK, InputError, UsageError, type CliIO, type Subcommand } from '../io.js';

/** Longest accepted input line; longer lines get an error verdict instead of being judged. */
const MAX_LINE_CHARS = 1_000_000;

interface VerdictLine {
  nsfw: boolean;
  category: string | null;
  reason: string | null;
  error?: string;
}

export function verdictForLine(line: string, gate: Gatekeeper): VerdictLine {
  const fail = (error: string): VerdictLine => ({ nsfw: false, category: null, reason: null, error });
  if (line.length > MAX_LINE_CHARS) return fail(`line longer than ${MAX_LINE_CHARS} characters`);
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return fail('not valid JSON');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('expected a JSON object like {"text": "..."}');
  const text = (data as Record<string, unknown>).text;
  if (typeof text !== 'string') return fail('"text" must be a string');
  const v = gate.check(text);
  return { nsfw: v.nsfw, category: v.category, reason: v.reason };
}

export const gateCommand: Subcommand = async (args: string[], io: CliIO) => {
  if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}" (gate reads JSON lines on stdin)`);
  let gate: Gatekeeper;
  try {
    gate = createGatekeeper({ customRulesFile: io.env.GATE_RULES_FILE || undefined });
  } catch (err) {
    if (err instanceof GateRulesError) throw new InputError(err.message);
    throw err;
  }
  const lines = createInterface({ input: io.stdinStream, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    io.stdout(JSON.stringify(verdictForLine(line, gate)) + '\n');
  }
  return EXIT_OK;
};
