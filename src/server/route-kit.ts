// What every route group shares: the one error type whose message reaches the caller, the
// `{error}` body, the guard signature, and the query readers. The error handler in server.ts
// recognises HttpError by class, so every group must throw this one.
import type { FastifyReply, FastifyRequest } from 'fastify';

/** An error whose message is safe to show to the caller. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** An `onRequest` hook that answers (and so stops) a request it refuses. */
export type Guard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export function errorBody(message: string): { error: string } {
  return { error: message };
}

/** A query or header value as one string: repeated keys (`?a=1&a=2`) keep the first. */
export function firstString(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstString(value[0]);
  return typeof value === 'string' ? value : undefined;
}

/** `?limit=` of a list route: a whole number in 1..max, or the default when absent. */
export function limitFromQuery(query: unknown, fallback: number, max: number): number {
  const raw = firstString((query as Record<string, unknown> | undefined)?.limit);
  if (raw === undefined) return fallback;
  if (!/^\d{1,4}$/.test(raw.trim()) || Number(raw) < 1 || Number(raw) > max) {
    throw new HttpError(400, `limit must be a whole number from 1 to ${max}.`);
  }
  return Number(raw);
}
