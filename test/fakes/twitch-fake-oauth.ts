// The fake's id.twitch.tv/oauth2 side (doc section 4): device code flow for a public client,
// single-use refresh tokens, /validate. Bodies are read as a form (URL-encoded) or query string.
import { randomBytes } from 'node:crypto';
import type { FakeTwitchState } from './twitch-fake-state.js';

export interface FakeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const oauthError = (status: number, message: string): FakeReply => ({ status, body: { status, message } });

/** Form fields from a URL-encoded body, falling back to the query (twurple sends a query). */
export function formFields(body: string, query: URLSearchParams): URLSearchParams {
  const fields = new URLSearchParams(body);
  for (const [k, v] of query) if (!fields.has(k)) fields.set(k, v);
  return fields;
}

export function handleOauth(
  state: FakeTwitchState,
  method: string,
  path: string,
  fields: URLSearchParams,
  auth: string | undefined,
): FakeReply {
  if (method === 'POST' && path === '/device') return device(state, fields);
  if (method === 'POST' && path === '/token') {
    const grant = fields.get('grant_type');
    if (grant === DEVICE_GRANT) return deviceToken(state, fields);
    if (grant === 'refresh_token') return refresh(state, fields);
    return oauthError(400, 'unsupported grant type');
  }
  if (method === 'GET' && path === '/validate') {
    const token = state.tokenFrom(auth, 'OAuth');
    if (!token) return oauthError(401, 'invalid access token');
    return {
      status: 200,
      body: {
        client_id: token.clientId,
        login: state.broadcaster.login,
        scopes: token.scopes,
        user_id: token.userId,
        expires_in: Math.max(0, Math.floor((token.expiresAt - Date.now()) / 1000)),
      },
    };
  }
  return oauthError(404, 'not found');
}

function device(state: FakeTwitchState, fields: URLSearchParams): FakeReply {
  if (fields.get('client_id') !== state.clientId) return oauthError(400, 'invalid client');
  const scopes = (fields.get('scopes') ?? '').split(' ').filter(Boolean);
  const deviceCode = randomBytes(20).toString('hex');
  const userCode = randomBytes(4).toString('hex').toUpperCase().slice(0, 8);
  state.devices.set(deviceCode, {
    deviceCode,
    userCode,
    clientId: state.clientId,
    scopes,
    status: 'pending',
    expiresAt: Date.now() + state.opts.deviceExpiresInSec * 1000,
    intervalMs: state.opts.deviceIntervalSec * 1000,
    spent: false,
  });
  return {
    status: 200,
    body: {
      device_code: deviceCode,
      expires_in: state.opts.deviceExpiresInSec,
      interval: state.opts.deviceIntervalSec,
      user_code: userCode,
      verification_uri: `https://www.twitch.tv/activate?public=true&device-code=${userCode}`,
    },
  };
}

function deviceToken(state: FakeTwitchState, fields: URLSearchParams): FakeReply {
  const d = state.devices.get(fields.get('device_code') ?? '');
  if (!d || d.spent || fields.get('client_id') !== d.clientId) return oauthError(400, 'invalid device code');
  const now = Date.now();
  const tooFast = d.lastPollAt !== undefined && now - d.lastPollAt < d.intervalMs * 0.9;
  d.lastPollAt = now;
  // `slow_down` and `expired_token` are not documented by Twitch [U]: the fake answers them the
  // way RFC 8628 names them, in the documented `{status, message}` body.
  if (now >= d.expiresAt) return oauthError(400, 'expired_token');
  if (tooFast) state.tooFastPolls += 1;
  if (tooFast || state.slowDownNextPoll) {
    state.slowDownNextPoll = false;
    d.intervalMs += state.opts.slowDownStepSec * 1000;
    return oauthError(400, 'slow_down');
  }
  if (d.status === 'pending') return oauthError(400, 'authorization_pending');
  if (d.status === 'denied') {
    d.spent = true;
    return oauthError(400, 'access_denied');
  }
  d.spent = true;
  const t = state.issueTokens(d.scopes, d.clientId);
  return { status: 200, body: { ...t, scope: d.scopes, token_type: 'bearer' } };
}

function refresh(state: FakeTwitchState, fields: URLSearchParams): FakeReply {
  const old = state.refreshTokens.get(fields.get('refresh_token') ?? '');
  if (!old || old.used || fields.get('client_id') !== old.clientId) return oauthError(400, 'Invalid refresh token');
  // Public clients: refresh tokens are single use (doc section 4).
  old.used = true;
  const t = state.issueTokens(old.scopes, old.clientId);
  return { status: 200, body: { ...t, scope: old.scopes, token_type: 'bearer' } };
}
