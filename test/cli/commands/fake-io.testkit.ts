// A CliIO that records what a command prints, for in-process command tests.
import { Readable } from 'node:stream';
import type { CliIO } from '../../../src/cli/io.js';

export interface RecordingIO extends CliIO {
  out: string[];
  err: string[];
}

export function recordingIO(stdin: string | Buffer = '', env: Record<string, string | undefined> = {}): RecordingIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stdinStream: Readable.from([Buffer.from(stdin)]),
    env,
  };
}
