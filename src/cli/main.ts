// The one `drawstream` command. Each subcommand lives in ./commands and returns an exit
// code; this file only dispatches and turns errors into one clear line (never a stack trace).
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../config/index.js';
import { EXIT_INVALID, EXIT_USAGE, InputError, UsageError, type CliIO, type Subcommand } from './io.js';

const USAGE = `Usage: drawstream <command> [options]

Commands:
  serve [--window] [--no-supervisor]
                            run the service (overlay, panel, API); a crash restarts it
  demo [--window] [--no-supervisor]
                            run the service on embedded defaults with sample donations
  render PLAN.json [--png F] [--gif F] [--at MS] [--scale N]
                            render a plan: the final frame, or the frame at MS
  validate PLAN.json        print the normalised plan and per-step errors as JSON
  gate                      read JSON lines {"text": ...} on stdin, write one verdict per line
  plan "MESSAGE"            gate + plan one message with the configured backend; print the plan
  schema                    print the JSON Schema given to constrained decoders
  model-check [--out DIR] [--prompts FILE] [--limit N]
                            run ~16 test requests through the configured model; write
                            report.html, sheet.png, results.json (default DATA_DIR/model-check/<time>)
  help                      show this text
`;

type Loader = () => Promise<Subcommand>;

const COMMANDS: Record<string, Loader> = {
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  demo: async () => (await import('./commands/serve.js')).demoCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  gate: async () => (await import('./commands/gate.js')).gateCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  'model-check': async () => (await import('./commands/model-check.js')).modelCheckCommand,
};

export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdinStream: process.stdin,
    env: process.env,
  };
}

export async function runCli(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`drawstream: unknown command "${name}" (try: drawstream help)\n`);
    return EXIT_USAGE;
  }
  // .env is read at start (design.md); real environment variables win over it.
  if (io.env === process.env) loadDotenv({ quiet: true });
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`drawstream ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError || error instanceof ConfigError) {
      io.stderr(`drawstream ${name}: ${error.message}\n`);
      return EXIT_INVALID;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`drawstream ${name}: ${message.split('\n')[0]}\n`);
    return EXIT_INVALID;
  }
}
