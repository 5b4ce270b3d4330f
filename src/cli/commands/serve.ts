// `drawstream serve` and `drawstream demo`: run the service until Ctrl+C / SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadConfig } from '../../config/index.js';
import { startService } from '../../main.js';
import { UsageError, type CliIO, type Subcommand } from '../io.js';

interface ServeFlags {
  window: boolean;
}

function parseFlags(args: string[]): ServeFlags {
  const flags: ServeFlags = { window: false };
  for (const arg of args) {
    if (arg === '--window') flags.window = true;
    else throw new UsageError(`unknown option "${arg}" (serve and demo take only --window)`);
  }
  return flags;
}

/** Browsers that can open a chromeless `--app=` window, in the order we try them. */
export function appWindowBrowsers(platform: NodeJS.Platform = process.platform, env: Record<string, string | undefined> = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(Boolean) as string[];
    return roots.flatMap((root) => [
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
      `${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
      `${root}\\Chromium\\Application\\chrome.exe`,
    ]);
  }
  if (platform === 'darwin') {
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  return [
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge',
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
  const config = loadConfig(io.env);
  let service;
  try {
    service = await startService(config, { mode });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      io.stderr(`drawstream ${mode}: port ${config.port} on ${config.host} is already in use: stop the other program or set PORT to a free port\n`);
      return 1;
    }
    throw error;
  }
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
    const onSignal = () => {
      if (signalled) {
        io.stderr('drawstream: forced exit\n');
        process.exit(1);
      }
      signalled = true;
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
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    // Windows consoles send SIGBREAK for Ctrl+Break; Ctrl+C arrives as SIGINT.
    if (process.platform === 'win32') process.once('SIGBREAK', onSignal);
  });
}

export const serveCommand: Subcommand = (args, io) => run('serve', args, io);
export const demoCommand: Subcommand = (args, io) => run('demo', args, io);
