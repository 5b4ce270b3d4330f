import { createHash } from 'node:crypto';

const SECRET_KEYS = [
  'access_token',
  'accessToken',
  'refresh_token',
  'refreshToken',
  'client_secret',
  'clientSecret',
  'socket_connection_token',
  'socketToken',
  'channelToken',
  'token',
  'authorization',
  'Authorization',
  'password',
];
const PERSONAL_KEYS = ['donor', 'username', 'email'];

/**
 * pino `redact` paths for everything secret or personal this part (and the server) might
 * carry in a log object. The lead can pass them to the main logger:
 * `pino({ redact: { paths: logRedactPaths, censor: '[redacted]' } })`.
 * Defence in depth only: the donations code never hands secrets or donor names to a logger.
 */
export const logRedactPaths: readonly string[] = [
  ...[...SECRET_KEYS, ...PERSONAL_KEYS].flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
];

/** A short, stable, non-reversible tag for a donor name (logs refer to donors only by this). */
export function donorHash(name: string): string {
  return createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 10);
}
