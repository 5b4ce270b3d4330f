// What the logger must never print from this part; donor names are logged only as
// `donorHash` (src/logging), one label per donor across the service.
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
