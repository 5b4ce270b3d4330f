// A small parent process that keeps the service up: it runs the service in a forked worker,
// restarts it after a crash (with backoff, on the same port) and gives up after repeated
// crashes. The store already survives a kill -9, so a restart loses nothing.
import { fork, type ChildProcess } from 'node:child_process';

export interface RestartPolicy {
  /** Give up when this many crashes fall within `windowMs`. */
  maxCrashes: number;
  windowMs: number;
  /** Backoff: firstDelayMs, then doubled per crash in the window, capped at maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Backstop after a stop request; the worker's own watchdog exits within 5 s. */
  stopTimeoutMs: number;
}
export const DEFAULT_POLICY: RestartPolicy = {
  maxCrashes: 5,
  windowMs: 60_000,
  firstDelayMs: 500,
  maxDelayMs: 8_000,
  stopTimeoutMs: 8_000,
};

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}
/** worker → supervisor, and supervisor → worker, over the IPC channel. */
export type WorkerMessage = { type: 'ready'; port: number };
export type SupervisorMessage = { type: 'stop' };

export type Verdict =
  | { kind: 'exit'; code: number } // stopped on request, cleanly, or by a stop signal: exit with this code
  | { kind: 'start-failed'; code: number } // never got ready (config, lock, port): it already said why
  | { kind: 'restart'; delayMs: number; crashes: number }
  | { kind: 'give-up'; crashes: number };

/** `kill` signals that mean "stop", not "crashed": Ctrl+C or a service manager reached the worker itself. */
const STOP_SIGNALS: ReadonlySet<string> = new Set(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']);

export function describeExit(exit: WorkerExit): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

/** What to do after a worker exit. Pure: `crashTimes` (in/out) holds recent crash times. */
export function decide(
  exit: WorkerExit,
  state: { stopping: boolean; everReady: boolean; crashTimes: number[]; now: number },
  policy: RestartPolicy,
): Verdict {
  const stopSignal = exit.signal !== null && STOP_SIGNALS.has(exit.signal);
  if (state.stopping || exit.code === 0 || stopSignal) return { kind: 'exit', code: exit.code ?? (stopSignal ? 0 : 1) };
  // Restarting a worker that never started would only repeat its error message five times.
  if (!state.everReady) return { kind: 'start-failed', code: exit.code ?? 1 };
  while (state.crashTimes.length > 0 && state.crashTimes[0] <= state.now - policy.windowMs) state.crashTimes.shift();
  state.crashTimes.push(state.now);
  const crashes = state.crashTimes.length;
  if (crashes >= policy.maxCrashes) return { kind: 'give-up', crashes };
  return { kind: 'restart', delayMs: Math.min(policy.firstDelayMs * 2 ** (crashes - 1), policy.maxDelayMs), crashes };
}

export type SupervisorResult =
  | { kind: 'exited'; code: number }
  | { kind: 'start-failed'; code: number }
  | { kind: 'gave-up'; crashes: number; windowMs: number; last: WorkerExit };

export interface SupervisorOptions {
  script: string;
  /** Arguments for start number `n` (0 = the first one). */
  args(n: number): string[];
  env: Record<string, string | undefined>;
  log: { info(message: string): void; warn(message: string): void };
  policy?: Partial<RestartPolicy>;
}

/** The variable that tells `drawstream serve` it is the worker, not the supervisor. */
export const WORKER_ENV = 'DRAWSTREAM_WORKER';

export async function supervise(options: SupervisorOptions): Promise<SupervisorResult> {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const crashTimes: number[] = [];
  let port: string | undefined;
  let everReady = false;
  let stopping = false;
  let forced = false;
  let worker: ChildProcess | undefined;
  let workerReady = false;
  let wake: (() => void) | undefined; // ends a backoff wait early when asked to stop

  const onSignal = () => {
    if (stopping) {
      // Second Ctrl+C: do not wait for a hung worker.
      forced = true;
      worker?.kill('SIGKILL');
      return;
    }
    stopping = true;
    wake?.();
    if (!worker) return;
    // A message, not a signal: on Ctrl+C the terminal already sent SIGINT to the worker too,
    // and a second SIGINT would make it force-exit. A worker still starting has nothing to
    // stop gracefully (and may not listen yet): SIGTERM ends it.
    try {
      if (workerReady) worker.send({ type: 'stop' } satisfies SupervisorMessage);
      else worker.kill('SIGTERM');
    } catch {
      worker.kill('SIGTERM');
    }
    setTimeout(() => worker?.kill('SIGKILL'), policy.stopTimeoutMs).unref();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', ...(process.platform === 'win32' ? (['SIGBREAK'] as const) : [])];
  for (const signal of signals) process.on(signal, onSignal);

  try {
    for (let n = 0; ; n++) {
      const env = { ...options.env, [WORKER_ENV]: '1', ...(port ? { PORT: port } : {}) };
      const child = fork(options.script, options.args(n), { env, stdio: 'inherit' });
      worker = child;
      workerReady = false;
      options.log.info(`worker started (pid ${child.pid})`);
      child.on('message', (message: WorkerMessage) => {
        if (message?.type !== 'ready') return;
        everReady = workerReady = true;
        // PORT=0 picked a free port; restarts take the same one so OBS's URL keeps working.
        port = String(message.port);
      });
      const exit = await new Promise<WorkerExit>((resolve) => {
        // 'close', not 'exit': it comes after the IPC channel is drained, so a 'ready' sent
        // just before a crash is never missed (the crash would look like a start-up failure).
        child.once('close', (code, signal) => resolve({ code, signal }));
        child.once('error', () => child.pid === undefined && resolve({ code: 1, signal: null })); // could not spawn
      });
      worker = undefined;
      if (forced) return { kind: 'exited', code: 1 };
      const verdict = decide(exit, { stopping, everReady, crashTimes, now: Date.now() }, policy);
      switch (verdict.kind) {
        case 'exit':
          return { kind: 'exited', code: verdict.code };
        case 'start-failed':
          return { kind: 'start-failed', code: verdict.code };
        case 'give-up':
          return { kind: 'gave-up', crashes: verdict.crashes, windowMs: policy.windowMs, last: exit };
        case 'restart': {
          options.log.warn(
            `worker exited (${describeExit(exit)}); restarting in ${verdict.delayMs / 1000} s ` +
              `(crash ${verdict.crashes} of ${policy.maxCrashes} in ${policy.windowMs / 1000} s)`,
          );
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, verdict.delayMs);
          });
          wake = undefined;
          if (stopping) return { kind: 'exited', code: 0 };
          break;
        }
        default: {
          const unreachable: never = verdict;
          throw new Error(`unknown verdict ${JSON.stringify(unreachable)}`);
        }
      }
    }
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
}

/**
 * The worker's side: undefined unless running under `supervise`. Exits at once when the
 * supervisor is gone (killed with SIGKILL): an orphan would keep DATA_DIR's lock and the port.
 */
export function connectToSupervisor(
  env: Record<string, string | undefined>,
  onStop: () => void,
): { ready(port: number): void } | undefined {
  if (env[WORKER_ENV] !== '1' || !process.send) return undefined;
  process.on('disconnect', () => process.exit(1));
  process.on('message', (message: SupervisorMessage) => {
    if (message?.type === 'stop') onStop();
  });
  return { ready: (port) => void process.send?.({ type: 'ready', port } satisfies WorkerMessage) };
}
