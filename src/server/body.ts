// Request bodies that do not match their Content-Length, and requests Node's HTTP parser
// refuses: both answered with the service's one-sentence `{"error"}`, never a hang or
// Fastify's own error format.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';

/**
 * A body shorter than its Content-Length would otherwise keep the request open until Node's
 * 5-minute requestTimeout, which then answers without our `{error}`. Bodies are ≤ 64 KiB from
 * loopback or a webhook: 10 s is plenty.
 */
export const BODY_TIMEOUT_MS = 10_000;

function errorBody(message: string): { error: string } {
  return { error: message };
}

/** Read by the server's error handler like any 4xx: status and message shown as they are. */
function bodyError(message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode: 400 });
}

/**
 * What a request Node's HTTP parser refused gets (Fastify's default is its own format). The
 * parser cannot tell "bytes after the declared body" from any other garbage, so the sentence
 * names the usual cause. The socket is closed: what follows on it cannot be trusted.
 */
function clientErrorReply(code: string | undefined): { status: number; message: string } {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: 'The request took too long to arrive.' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, message: 'The request headers are too large.' };
    case 'HPE_INVALID_CONTENT_LENGTH':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
      return { status: 400, message: 'The Content-Length header is invalid.' };
    default:
      return { status: 400, message: 'The request is not valid HTTP (is the body longer than its Content-Length?).' };
  }
}

export function onClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset socket has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, message } = clientErrorReply(error.code);
  const body = JSON.stringify(errorBody(message));
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  // end(): the answer is flushed before the FIN (destroy() could drop it).
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function guardBodyArrival(app: FastifyInstance, bodyTimeoutMs: number): void {
  // A body that stops short of its Content-Length: answered with the usual 400 {error} after
  // bodyTimeoutMs instead of hanging. The error goes through the body reader's own 'error'
  // path, so Fastify answers it like any parse error; the connection is closed after it.
  app.addHook('preParsing', async (request, reply, payload) => {
    const headers = request.headers;
    if (headers['content-length'] === undefined && headers['transfer-encoding'] === undefined) return payload;
    const timer = setTimeout(() => {
      if (request.raw.complete || reply.sent) return;
      reply.header('Connection', 'close');
      payload.emit('error', bodyError('The request body is shorter than its Content-Length (it did not arrive in time).'));
    }, bodyTimeoutMs);
    timer.unref();
    const clear = (): void => clearTimeout(timer);
    payload.once('end', clear);
    payload.once('error', clear);
    payload.once('close', clear);
    return payload;
  });
}
