// Who may call what. Control calls (POST) need the panel token when one is set; a service
// reachable from the network must have one. Browsers are a second threat: any web page the
// streamer opens could POST to 127.0.0.1 (CSRF) or rebind a DNS name to it, so requests from
// another origin and (on loopback) foreign Host names are refused.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

/** Refuses to expose the control API to the network without a token (design.md, HTTP API). */
export function assertSafeBinding(host: string, panelToken: string | undefined): void {
  if (!isLoopbackHost(host) && !panelToken) {
    throw new ServerConfigError(
      `HOST=${host} is reachable from the network: set PANEL_TOKEN to protect the control API, or bind to 127.0.0.1`,
    );
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export type TokenCheck = 'ok' | 'missing' | 'wrong';

/** Compares in constant time (both sides hashed to the same length first). */
export function checkBearer(header: string | string[] | undefined, token: string): TokenCheck {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return 'missing';
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(value);
  if (!match) return 'missing';
  return timingSafeEqual(digest(match[1]), digest(token)) ? 'ok' : 'wrong';
}

/** The host part of a Host header ("127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "::1"). */
export function hostName(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.lastIndexOf(':');
  return colon > 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}

/** A browser request from a page of another origin (absent Origin: not a browser, or same-origin GET). */
export function isCrossOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host.toLowerCase() !== (hostHeader ?? '').trim().toLowerCase();
  } catch {
    return true;
  }
}

/**
 * A browser request started by another site: a cross-origin Origin, or a Sec-Fetch-Site of
 * `cross-site`/`same-site` (another port on localhost is "same-site" yet another program). A
 * top-level navigation sends no Origin on GET, so Sec-Fetch-Site is what catches a link or a
 * redirect from a foreign page. `none` (typed URL, bookmark) and absent (not a browser) pass.
 */
export function isFromOtherSite(origin: string | undefined, hostHeader: string | undefined, secFetchSite: string | undefined): boolean {
  if (isCrossOrigin(origin, hostHeader)) return true;
  const site = secFetchSite?.trim().toLowerCase();
  return site === 'cross-site' || site === 'same-site';
}
