// One logger for the whole service: JSON lines (pretty when a terminal is attached),
// always on stderr so stdout stays clean for command output. Secrets and donor names are
// removed by configuration (pino `redact`), so a careless log call cannot leak them.
import { createHash } from 'node:crypto';
import pino, { type Logger, type DestinationStream } from 'pino';

/** Field names that never reach a log line, wherever they appear (two levels deep). */
const SECRET_KEYS = [
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'apiToken',
  'api_token',
  'apiKey',
  'api_key',
  'clientSecret',
  'client_secret',
  'socket_connection_token',
  'socketToken',
  'channelToken',
  'authorization',
  'Authorization',
  'password',
  'secret',
  'code',
  'donor',
  'donorName',
  'username',
  'email',
  'recipient_name',
];

export const REDACT_PATHS: string[] = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.${key}`),
  'req.headers.authorization',
  'req.headers.cookie',
];

export interface LoggerOptions {
  level?: string;
  /** Where lines go; default stderr (pretty-printed when it is a terminal). */
  destination?: DestinationStream;
  extraRedactPaths?: string[];
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const redact = { paths: [...REDACT_PATHS, ...(options.extraRedactPaths ?? [])], censor: '[redacted]' };
  const level = options.level ?? 'info';
  if (options.destination) return pino({ level, redact }, options.destination);
  if (process.stderr.isTTY) {
    return pino({ level, redact, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
  }
  return pino({ level, redact }, pino.destination({ dest: 2, sync: false }));
}

/**
 * A short, stable, non-reversible label for a donor, for logs: the one every part uses, so a
 * donor has one label everywhere. NFC first: the same name typed on two keyboards is one donor.
 */
export function donorHash(donor: string): string {
  return createHash('sha256').update(donor.normalize('NFC')).digest('hex').slice(0, 10);
}

export type { Logger };
