// `drawstream serve` and `drawstream demo`: run the service until Ctrl+C / SIGTERM.
// By default the service runs in a worker process under a supervisor that restarts it after a
// crash (src/supervisor); `--no-supervisor` or SUPERVISOR=0 runs it in this process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../../config/index.js';
import { createLogger } from '../../logging/index.js';
import { connectToSupervisor, supervise, WORKER_ENV } from '../../supervisor/index.js';
import { EXIT_INVALID, UsageError, type CliIO, type Subcommand } from '../io.js';

interface ServeFlags {
  window: boolean;
  supervisor: boolean;
}

function parseFlags(args: string[]): ServeFlags {
  const flags: ServeFlags = { window: false, supervisor: true };
  for (const arg of args) {
    if (arg === '--window') flags.window = true;
    else if (arg === '--no-supervisor') flags.supervisor = false;
    else throw new UsageError(`unknown option "${arg}" (serve and demo take only --window and --no-supervisor)`);
  }
  return flags;
}

/** The launcher the worker runs: the same bin/drawstream.js, from dist/ or src/ alike. */
const LAUNCHER = fileURLToPath(new URL('../../../bin/drawstream.js', import.meta.url));

async function runSupervised(mode: 'serve' | 'demo', args: string[], config: Config, io: CliIO): Promise<number> {
  const logger = createLogger({ level: config.logLevel });
  const result = await supervise({
    script: LAUNCHER,
    // Only the first worker opens the --window; a restarted one is shown in the same window.
    args: (n) => [mode, ...(n === 0 ? args : args.filter((arg) => arg !== '--window'))],
    env: io.env,
    log: { info: (message) => logger.info(message), warn: (message) => logger.warn(message) },
  });
  switch (result.kind) {
    case 'exited':
    case 'start-failed': // the worker already printed its one-line error
      return result.code;
    case 'gave-up': {
      const last = result.last.signal ? `signal ${result.last.signal}` : `code ${result.last.code}`;
      io.stderr(
        `drawstream ${mode}: the service crashed ${result.crashes} times within ${result.windowMs / 1000} s (last: ${last}); ` +
          'not restarting it again. See the log above; --no-supervisor runs it without restarts for debugging.\n',
      );
      return EXIT_INVALID;
    }
    default: {
      const unreachable: never = result;
      throw new Error(`unknown supervisor result ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Browsers that can open a chromeless `--app=` window, in the order we try them. */
export function appWindowBrowsers(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(Boolean) as string[];
    return roots.flatMap((root) => [
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
      `${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
      `${root}\\Chromium\\Application\\chrome.exe`,
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    // WSL2: the Windows browsers, which OBS on Windows can capture directly.
    '/mnt/c/Program Files/Google/Chrome/Application/chrome.exe',
    '/mnt/c/Program Files (x86)/Microsoft/Edge/Application/msedge.exe',
    '/mnt/c/Program Files/Microsoft/Edge/Application/msedge.exe',
  ];
}

function openAppWindow(url: string, width: number, height: number, io: CliIO): void {
  const browser = appWindowBrowsers().find((candidate) => existsSync(candidate));
  if (!browser) {
    io.stderr(
      'drawstream: --window needs Chrome, Edge or Chromium and none was found. ' +
        `Open ${url} in OBS as a Browser Source instead (see README), or install Chromium.\n`,
    );
    return;
  }
  const child = spawn(browser, [`--app=${url}`, `--window-size=${width},${height}`, '--no-first-run'], { detached: true, stdio: 'ignore' });
  child.on('error', (error) => io.stderr(`drawstream: could not open the window with ${browser}: ${error.message}\n`));
  child.unref();
  io.stdout(`Opened the overlay in an app window (${browser}). In OBS add a Window Capture of it.\n`);
}

async function run(mode: 'serve' | 'demo', args: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(args);
  // A config error is reported here, once, before any worker exists.
  const config = loadConfig(io.env);
  if (flags.supervisor && io.env['SUPERVISOR'] !== '0' && io.env[WORKER_ENV] !== '1') return runSupervised(mode, args, config, io);

  // Under a supervisor: a stop request may come over IPC (even before the service is up).
  let stopRequested = false;
  let requestStop: () => void = () => void (stopRequested = true);
  const supervisor = connectToSupervisor(io.env, () => requestStop());
  // Loaded here, not at the top: the supervisor process never needs the service's modules.
  const { startService } = await import('../../main.js');
  let service;
  try {
    service = await startService(config, { mode });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      io.stderr(
        `drawstream ${mode}: port ${config.port} on ${config.host} is already in use: stop the other program or set PORT to a free port\n`,
      );
      return 1;
    }
    throw error;
  }
  // Before the banner: whoever sees the URL may kill the worker, and that must count as a crash.
  supervisor?.ready(Number(new URL(service.url).port));
  io.stdout(
    [
      `drawstream ${mode} is running.`,
      `  Overlay (OBS Browser Source, 1920x1080): ${service.overlayUrl}`,
      `  Overlay for TikTok (9:16, 1080x1920):   ${service.overlayUrl}?layout=portrait`,
      `  Operator panel:                         ${service.panelUrl}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  if (flags.window) openAppWindow(service.overlayUrl, 1920, 1080, io);

  return await new Promise<number>((resolveExit) => {
    let signalled = false;
    let stopping = false;
    const onSignal = () => {
      if (signalled) {
        io.stderr('drawstream: forced exit\n');
        process.exit(1);
      }
      signalled = true;
      stop();
    };
    // Ctrl+C reaches both the worker (as SIGINT) and the supervisor (which then asks over IPC): stop once.
    const stop = () => {
      if (stopping) return;
      stopping = true;
      // Whatever happens, exit within 5 s: a hung shutdown must not keep OBS's port busy.
      const deadline = setTimeout(() => {
        io.stderr('drawstream: shutdown took longer than 5 s, exiting anyway\n');
        process.exit(0);
      }, 4500);
      deadline.unref();
      service.stop().then(
        () => resolveExit(0),
        (error: unknown) => {
          io.stderr(`drawstream: error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
          resolveExit(0);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    // Windows consoles send SIGBREAK for Ctrl+Break; Ctrl+C arrives as SIGINT.
    if (process.platform === 'win32') process.on('SIGBREAK', onSignal);
    requestStop = stop;
    if (stopRequested) stop();
  });
}

export const serveCommand: Subcommand = (args, io) => run('serve', args, io);
export const demoCommand: Subcommand = (args, io) => run('demo', args, io);
