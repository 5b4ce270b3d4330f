/** What a subcommand may touch, so tests can run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of stdin (used by `validate -`); line-by-line commands use `stdinStream`. */
  stdinStream: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

/** Exit codes shared by every subcommand (design.md, "Command line"). */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export type Subcommand = (args: string[], io: CliIO) => Promise<number>;

/** A usage mistake: the dispatcher prints the message and exits 2. */
export class UsageError extends Error {}
/** Invalid input: the dispatcher prints the message and exits 1. */
export class InputError extends Error {}
