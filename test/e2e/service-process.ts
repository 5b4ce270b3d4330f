// Runs the real `drawstream` command as a child process, the way a streamer does.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The launcher under test; DRAWSTREAM_BIN points the process tests at another build (e.g. a deliberately broken one). */
export const BIN = process.env.DRAWSTREAM_BIN || fileURLToPath(new URL('../../bin/drawstream.js', import.meta.url));

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  stdout(): string;
  stderr(): string;
  /**
   * Pids of the workers the supervisor started so far, oldest first, from its
   * "worker started (pid N)" log lines (on stderr; needs LOG_LEVEL info or lower).
   */
  workerPids(): number[];
  /** Resolves with the exit code (or the signal name) and how long it took after the call. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export async function startServiceProcess(
  command: 'serve' | 'demo',
  env: Record<string, string>,
  timeoutMs = 20_000,
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [BIN, command], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`service did not start in ${timeoutMs} ms\nstdout: ${out}\nstderr: ${err.slice(-4000)}`)),
      timeoutMs,
    );
    const check = () => {
      const match = /Operator panel:\s+(http:\/\/[^\s]+)\/panel/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`service exited early (code ${code}, signal ${signal})\nstdout: ${out}\nstderr: ${err.slice(-4000)}`));
    });
  });

  return {
    child,
    url,
    stdout: () => out,
    stderr: () => err,
    workerPids: () => [...err.matchAll(/worker started \(pid (\d+)\)/g)].map((match) => Number(match[1])),
    async stop(signal = 'SIGTERM') {
      const started = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const result = await exited;
      return { ...result, ms: Date.now() - started };
    },
  };
}

/** Whether a process is still running (a zombie waiting to be reaped counts as gone). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // /proc/<pid>/stat: "pid (name) STATE ..."; Z = exited, not yet reaped by its new parent.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS, Windows): signal 0 is all we know
  }
}
