/**
 * A fake Donation Alerts (REST + OAuth + Centrifugo v2 WebSocket) on 127.0.0.1:0, following
 * shared/docs/donation-alerts.md. Reusable by any test: start it, point DA_API_URL at `apiUrl`
 * and DA_WS_URL at `wsUrl`, then drive it with publish(), dropSocket(), setRestFailure()...
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { WebSocketServer, WebSocket } from 'ws';

export interface FakeDaDonation {
  id: number;
  name: string;
  username: string | null;
  message_type: 'text' | 'audio';
  message: string;
  amount: number;
  currency: string;
  is_shown: 0 | 1;
  amount_in_user_currency: number;
  recipient_name: string;
  payin_system: string | null;
  created_at: string;
  shown_at: string | null;
}

export interface FakeDonationAlertsOptions {
  clientId?: string;
  clientSecret?: string;
  user?: { id?: number; code?: string; name?: string; email?: string };
  /** Lifetime of issued access tokens (s). Default 3600. */
  expiresIn?: number;
  perPage?: number;
  /** When the join push is sent relative to the subscribe reply. Default 'after-reply'. */
  joinPush?: 'none' | 'before-reply' | 'after-reply';
  /** Send the subscribe reply at all. Default true. */
  subscribeReply?: boolean;
  /** Put reply and join push into one frame separated by '\n'. Default true. */
  batchFrames?: boolean;
  /** Answer ping (method 7). Default true. */
  answerPings?: boolean;
  /** A refresh returns a new refresh token (and the old one stops working). Default true. */
  rotateRefreshToken?: boolean;
  /** Donations that exist before the test starts (oldest first). */
  history?: Array<Partial<FakeDaDonation>>;
  /** First donation id. Default 171204000. */
  firstDonationId?: number;
  /** Order of the REST list (DA's is undocumented). Default 'newest-first'. */
  listOrder?: ListOrder;
  /** An empty donation page is answered 204 with no body. Default false. */
  emptyListAs204?: boolean;
  /** Shape of the HTTP subscribe answer: the documented array, or a map channel → token. Default 'array'. */
  subscribeShape?: 'array' | 'map';
  /** How pings are answered when answerPings is on. Default 'result'. */
  pingReply?: 'result' | 'error';
}

export type ListOrder = 'newest-first' | 'oldest-first' | 'shuffled';

/** One POST to /oauth/token as the fake received it (values of secret fields are not kept). */
export interface FakeTokenForm {
  contentType: string;
  grantType: string;
  /** Field names in the order sent. */
  keys: string[];
  scope: string | null;
  redirectUri: string | null;
}

/** A one-off misbehaviour of the Centrifugo side for the next `times` commands of a kind. */
export interface FakeWsFault {
  /** Which command: connect (0) or subscribe (1). */
  on: 'connect' | 'subscribe';
  /** Reply with a Centrifugo error, or close the socket with this code/reason. */
  error?: { code: number; message: string };
  close?: { code: number; reason: string };
  times?: number;
}

export interface FakeRequest {
  at: number;
  kind: 'oauth' | 'rest' | 'ws';
  method: string;
  path: string;
  query: string;
  status: number;
  /** For OAuth: the grant_type; for ws: the command method name. */
  detail?: string;
}

export interface RestFailure {
  status: number;
  retryAfter?: string | number;
  /** How many requests fail before the API heals. Default: until clearRestFailure(). */
  times?: number;
  /** Only paths starting with this (e.g. '/api/v1/alerts/donations'). Default: all /api/v1. */
  pathPrefix?: string;
  /** Raw body instead of the JSON message (e.g. an HTML error page), sent as text/html. */
  body?: string;
  /** Wait this long before answering (to trip client timeouts). With status 0: never answer. */
  stallMs?: number;
}

interface ClientState {
  ws: WebSocket;
  clientId?: string;
  subscribed: Set<string>;
}

/** "YYYY-MM-DD HH:MM:SS" in UTC, DA's created_at format. */
export function daTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export class FakeDonationAlerts {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly userId: number;
  readonly userName: string;
  readonly requests: FakeRequest[] = [];
  readonly tokenForms: FakeTokenForm[] = [];
  /** Newest first, like DA's list. */
  readonly donations: FakeDaDonation[] = [];

  apiUrl = '';
  wsUrl = '';

  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly clients = new Set<ClientState>();
  private readonly accessTokens = new Map<string, number>(); // token → expiresAt (ms)
  private readonly refreshTokens = new Set<string>();
  private readonly socketTokens = new Set<string>();
  private readonly channelTokens = new Map<string, { client: string; channel: string }>();
  private readonly codes = new Map<string, string>(); // code → redirect_uri
  private readonly allSecrets = new Set<string>();
  private nextDonationId: number;
  private seq = 0;
  private restFailure: (RestFailure & { left: number }) | undefined;
  private refuseSocketsFlag = false;
  private wsFault: (FakeWsFault & { left: number }) | undefined;
  private opts: Required<Omit<FakeDonationAlertsOptions, 'user' | 'history' | 'clientId' | 'clientSecret' | 'firstDonationId'>>;
  private readonly stalled = new Set<http.ServerResponse>();

  constructor(options: FakeDonationAlertsOptions = {}) {
    this.clientId = options.clientId ?? '9137';
    this.clientSecret = options.clientSecret ?? `fake-client-secret-${randomBytes(8).toString('hex')}`;
    this.allSecrets.add(this.clientSecret);
    this.userId = options.user?.id ?? 4827193;
    this.userName = options.user?.name ?? 'LunarFoxTV';
    this.userCode = options.user?.code ?? 'lunarfoxtv';
    this.userEmail = options.user?.email ?? 'lunarfox.stream@example.com';
    this.nextDonationId = options.firstDonationId ?? 171204000;
    this.opts = {
      expiresIn: options.expiresIn ?? 3600,
      perPage: options.perPage ?? 30,
      joinPush: options.joinPush ?? 'after-reply',
      subscribeReply: options.subscribeReply ?? true,
      batchFrames: options.batchFrames ?? true,
      answerPings: options.answerPings ?? true,
      rotateRefreshToken: options.rotateRefreshToken ?? true,
      listOrder: options.listOrder ?? 'newest-first',
      emptyListAs204: options.emptyListAs204 ?? false,
      subscribeShape: options.subscribeShape ?? 'array',
      pingReply: options.pingReply ?? 'result',
    };
    const t0 = Date.now() - 3600_000;
    (options.history ?? []).forEach((d, i) => this.addDonation({ created_at: daTime(t0 + i * 60_000), ...d }));
    this.server = http.createServer((req, res) => {
      this.handleHttp(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end('{"message":"Server Error"}');
      });
    });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      // A client that gives up on a refused upgrade resets the connection: not our error.
      socket.on('error', () => undefined);
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname !== '/connection/websocket' || this.refuseSocketsFlag) {
        this.log('ws', 'GET', url.pathname, '', 503, 'upgrade refused');
        socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.handleSocket(ws));
    });
  }

  private readonly userCode: string;
  private readonly userEmail: string;

  get channel(): string {
    return `$alerts:donation_${this.userId}`;
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.apiUrl = `http://127.0.0.1:${port}`;
    this.wsUrl = `ws://127.0.0.1:${port}/connection/websocket`;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.stalled) res.destroy();
    for (const c of this.clients) c.ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- controls -------------------------------------------------------------------------

  /** Simulates the user approving the app in the browser: validates the authorize URL and returns the callback query. */
  approve(authorizeUrl: string): { code: string; state: string | null; redirectUri: string } {
    const u = new URL(authorizeUrl);
    if (u.pathname !== '/oauth/authorize') throw new Error(`authorize URL has path ${u.pathname}`);
    const q = u.searchParams;
    if (q.get('client_id') !== this.clientId) throw new Error('authorize URL has the wrong client_id');
    if (q.get('response_type') !== 'code') throw new Error('authorize URL must use response_type=code');
    const scopes = (q.get('scope') ?? '').split(' ');
    for (const s of ['oauth-user-show', 'oauth-donation-index', 'oauth-donation-subscribe']) {
      if (!scopes.includes(s)) throw new Error(`authorize URL lacks scope ${s}`);
    }
    const redirectUri = q.get('redirect_uri') ?? '';
    const code = this.secret('fake-code');
    this.codes.set(code, redirectUri);
    return { code, state: q.get('state'), redirectUri };
  }

  /** Issue a token pair directly (a ready DA_API_TOKEN, or tokens to pre-seed the store with). */
  issueTokens(expiresInSec = this.opts.expiresIn): {
    access_token: string;
    refresh_token: string;
    expires_in: number;
    token_type: 'Bearer';
  } {
    const access = this.secret('fake-access');
    const refresh = this.secret('fake-refresh');
    this.accessTokens.set(access, Date.now() + expiresInSec * 1000);
    this.refreshTokens.add(refresh);
    return { access_token: access, refresh_token: refresh, expires_in: expiresInSec, token_type: 'Bearer' };
  }

  /** A new donation: in the REST list, and pushed to every subscribed socket. */
  publish(partial: Partial<FakeDaDonation> = {}): FakeDaDonation {
    const d = this.addDonation(partial);
    const frame = JSON.stringify({ result: { channel: this.channel, data: { seq: ++this.seq, data: d } } });
    for (const c of this.clients) if (c.subscribed.has(this.channel) && c.ws.readyState === WebSocket.OPEN) c.ws.send(frame);
    return d;
  }

  /** Several new donations pushed in ONE WebSocket frame, separated by '\n' (v2 batching). */
  publishMany(partials: Array<Partial<FakeDaDonation>>): FakeDaDonation[] {
    const ds = partials.map((p) => this.addDonation(p));
    const frame = ds.map((d) => JSON.stringify({ result: { channel: this.channel, data: { seq: ++this.seq, data: d } } })).join('\n');
    for (const c of this.clients) if (c.subscribed.has(this.channel) && c.ws.readyState === WebSocket.OPEN) c.ws.send(frame);
    return ds;
  }

  /** A donation in the REST list only (made while nobody listened). */
  addDonation(partial: Partial<FakeDaDonation> = {}): FakeDaDonation {
    const id = partial.id ?? this.nextDonationId++;
    if (id >= this.nextDonationId) this.nextDonationId = id + 1;
    const d: FakeDaDonation = {
      id,
      name: 'Donations',
      username: 'viewer',
      message_type: 'text',
      message: 'hello',
      amount: 100,
      currency: 'RUB',
      is_shown: 0,
      amount_in_user_currency: partial.amount ?? 100,
      recipient_name: this.userName,
      payin_system: null,
      created_at: daTime(Date.now()),
      shown_at: null,
      ...partial,
    };
    this.donations.unshift(d);
    this.donations.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
    return d;
  }

  /** Kill every live socket. `code` given → a close frame; otherwise an abrupt TCP drop. */
  dropSocket(code?: number, reason = ''): void {
    for (const c of this.clients) {
      if (code === undefined) c.ws.terminate();
      else c.ws.close(code, reason);
    }
  }

  /** While true, WebSocket upgrades are refused with 503. */
  refuseSockets(on: boolean): void {
    this.refuseSocketsFlag = on;
  }

  setRestFailure(status: number, options: Omit<RestFailure, 'status'> = {}): void {
    this.restFailure = { status, ...options, left: options.times ?? Number.POSITIVE_INFINITY };
  }

  clearRestFailure(): void {
    this.restFailure = undefined;
  }

  /** Every access token issued so far now gets 401; refresh tokens keep working. */
  expireToken(): void {
    for (const t of this.accessTokens.keys()) this.accessTokens.set(t, 0);
  }

  /** The app's access is revoked: access and refresh tokens all stop working. */
  revoke(): void {
    this.expireToken();
    this.refreshTokens.clear();
  }

  /** Send a raw text frame to every connected socket. */
  sendMalformed(frame: string): void {
    for (const c of this.clients) if (c.ws.readyState === WebSocket.OPEN) c.ws.send(frame);
  }

  setAnswerPings(on: boolean): void {
    this.opts.answerPings = on;
  }

  setListOrder(order: ListOrder): void {
    this.opts.listOrder = order;
  }

  /** The next `times` (default 1) connect or subscribe commands get an error reply or a close. */
  setWsFault(fault: FakeWsFault): void {
    this.wsFault = { ...fault, left: fault.times ?? 1 };
  }

  clearWsFault(): void {
    this.wsFault = undefined;
  }

  /** Every token/secret the fake has handed out (for log-leak checks). */
  issuedSecrets(): string[] {
    return [...this.allSecrets];
  }

  /** Sockets that completed connect and subscribed to the donation channel. */
  subscribedCount(): number {
    let n = 0;
    for (const c of this.clients) if (c.subscribed.has(this.channel) && c.ws.readyState === WebSocket.OPEN) n++;
    return n;
  }

  count(filter: { kind?: FakeRequest['kind']; path?: string; detail?: string }): number {
    return this.requests.filter(
      (r) =>
        (!filter.kind || r.kind === filter.kind) &&
        (!filter.path || r.path === filter.path) &&
        (!filter.detail || r.detail === filter.detail),
    ).length;
  }

  // ---- HTTP -----------------------------------------------------------------------------

  private secret(prefix: string): string {
    const s = `${prefix}-${randomBytes(12).toString('hex')}`;
    this.allSecrets.add(s);
    return s;
  }

  private log(kind: FakeRequest['kind'], method: string, path: string, query: string, status: number, detail?: string): void {
    this.requests.push({ at: Date.now(), kind, method, path, query, status, detail });
  }

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = await readBody(req);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}, detail?: string): void => {
      this.log(url.pathname.startsWith('/oauth') ? 'oauth' : 'rest', req.method ?? 'GET', url.pathname, url.search, status, detail);
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(status === 204 ? undefined : JSON.stringify(json));
    };

    if (url.pathname === '/oauth/token' && req.method === 'POST') {
      const form = new URLSearchParams(body);
      const grant = form.get('grant_type') ?? '';
      this.tokenForms.push({
        contentType: String(req.headers['content-type'] ?? ''),
        grantType: grant,
        keys: [...form.keys()],
        scope: form.get('scope'),
        redirectUri: form.get('redirect_uri'),
      });
      if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
        return send(400, { error: 'invalid_request' }, {}, grant);
      }
      if (form.get('client_id') !== this.clientId || form.get('client_secret') !== this.clientSecret) {
        return send(401, { error: 'invalid_client' }, {}, grant);
      }
      if (grant === 'authorization_code') {
        const code = form.get('code') ?? '';
        const redirect = this.codes.get(code);
        if (redirect === undefined || redirect !== (form.get('redirect_uri') ?? ''))
          return send(400, { error: 'invalid_grant' }, {}, grant);
        this.codes.delete(code);
        return send(200, this.issueTokens(), {}, grant);
      }
      if (grant === 'refresh_token') {
        const rt = form.get('refresh_token') ?? '';
        if (!this.refreshTokens.has(rt)) return send(400, { error: 'invalid_grant' }, {}, grant);
        const access = this.secret('fake-access');
        this.accessTokens.set(access, Date.now() + this.opts.expiresIn * 1000);
        const out: Record<string, unknown> = { token_type: 'Bearer', expires_in: this.opts.expiresIn, access_token: access };
        if (this.opts.rotateRefreshToken) {
          this.refreshTokens.delete(rt);
          const refresh = this.secret('fake-refresh');
          this.refreshTokens.add(refresh);
          out.refresh_token = refresh;
        }
        return send(200, out, {}, grant);
      }
      return send(400, { error: 'unsupported_grant_type' }, {}, grant);
    }

    if (!url.pathname.startsWith('/api/v1/')) return send(404, { message: 'Not Found' });

    const f = this.restFailure;
    if (f && f.left > 0 && (!f.pathPrefix || url.pathname.startsWith(f.pathPrefix))) {
      f.left--;
      const headers: Record<string, string> = f.retryAfter === undefined ? {} : { 'Retry-After': String(f.retryAfter) };
      if (f.stallMs !== undefined) {
        this.log('rest', req.method ?? 'GET', url.pathname, url.search, f.status, 'stalled');
        this.stalled.add(res);
        res.on('close', () => this.stalled.delete(res));
        if (f.status === 0) return; // never answers
        await new Promise((r) => setTimeout(r, f.stallMs));
        if (res.destroyed) return;
      }
      if (f.body !== undefined) {
        this.log('rest', req.method ?? 'GET', url.pathname, url.search, f.status);
        res.writeHead(f.status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
        res.end(f.body);
        return;
      }
      // A stall on a healthy status (200) only delays the real answer below.
      if (f.status < 200 || f.status >= 300)
        return send(f.status, { message: f.status === 429 ? 'Too Many Attempts.' : 'Server Error' }, headers);
    }

    const auth = req.headers.authorization ?? '';
    const bearer = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const exp = this.accessTokens.get(bearer);
    if (exp === undefined || exp <= Date.now()) return send(401, { message: 'Unauthenticated.' });

    if (url.pathname === '/api/v1/user/oauth' && req.method === 'GET') {
      const socketToken = this.secret('fake-socket');
      this.socketTokens.add(socketToken);
      return send(200, {
        data: {
          id: this.userId,
          code: this.userCode,
          name: this.userName,
          avatar: 'https://example.invalid/avatar.png',
          email: this.userEmail,
          language: 'ru_RU',
          socket_connection_token: socketToken,
        },
      });
    }

    if (url.pathname === '/api/v1/alerts/donations' && req.method === 'GET') {
      const per = this.opts.perPage;
      const total = this.donations.length;
      const lastPage = Math.max(1, Math.ceil(total / per));
      const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
      const ordered = this.opts.listOrder === 'oldest-first' ? [...this.donations].reverse() : this.donations;
      const slice = ordered.slice((page - 1) * per, page * per);
      if (this.opts.listOrder === 'shuffled') slice.sort(() => Math.random() - 0.5);
      if (slice.length === 0 && this.opts.emptyListAs204) return send(204, null);
      const base = `${this.apiUrl}/api/v1/alerts/donations`;
      return send(200, {
        data: slice,
        links: {
          first: `${base}?page=1`,
          last: `${base}?page=${lastPage}`,
          prev: page > 1 ? `${base}?page=${page - 1}` : null,
          next: page < lastPage ? `${base}?page=${page + 1}` : null,
        },
        meta: {
          current_page: page,
          from: slice.length ? (page - 1) * per + 1 : null,
          last_page: lastPage,
          path: base,
          per_page: per,
          to: slice.length ? (page - 1) * per + slice.length : null,
          total,
        },
      });
    }

    if (url.pathname === '/api/v1/centrifuge/subscribe' && req.method === 'POST') {
      let parsed: { channels?: unknown; client?: unknown };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        return send(400, { message: 'Bad Request' });
      }
      const client = typeof parsed.client === 'string' ? parsed.client : '';
      const known = [...this.clients].some((c) => c.clientId === client);
      if (!known || !Array.isArray(parsed.channels)) return send(400, { message: 'Unknown client' });
      const channels = parsed.channels
        .filter((ch): ch is string => ch === this.channel)
        .map((channel) => {
          const token = this.secret('fake-channel');
          this.channelTokens.set(token, { client, channel });
          return { channel, token };
        });
      if (this.opts.subscribeShape === 'map') return send(200, { channels: Object.fromEntries(channels.map((c) => [c.channel, c.token])) });
      return send(200, { channels });
    }

    return send(404, { message: 'Not Found' });
  }

  // ---- Centrifugo v2 --------------------------------------------------------------------

  private handleSocket(ws: WebSocket): void {
    const state: ClientState = { ws, subscribed: new Set() };
    this.clients.add(state);
    ws.on('close', () => this.clients.delete(state));
    ws.on('error', () => undefined);
    ws.on('message', (data) => {
      for (const line of data.toString().split('\n')) {
        if (!line.trim()) continue;
        let cmd: { id?: unknown; method?: unknown; params?: Record<string, unknown> };
        try {
          cmd = JSON.parse(line) as typeof cmd;
        } catch {
          ws.close(3003, 'bad request');
          return;
        }
        this.handleCommand(state, cmd);
      }
    });
  }

  private handleCommand(c: ClientState, cmd: { id?: unknown; method?: unknown; params?: Record<string, unknown> }): void {
    const id = typeof cmd.id === 'number' ? cmd.id : 0;
    const method = typeof cmd.method === 'number' ? cmd.method : 0;
    const reply = (obj: unknown): void => {
      if (c.ws.readyState === WebSocket.OPEN) c.ws.send(typeof obj === 'string' ? obj : JSON.stringify(obj));
    };
    const fault = this.wsFault;
    if (fault && fault.left > 0 && ((fault.on === 'connect' && method === 0) || (fault.on === 'subscribe' && method === 1))) {
      fault.left--;
      this.log('ws', 'WS', '/connection/websocket', '', 0, method === 0 ? 'connect' : 'subscribe');
      if (fault.close) return void c.ws.close(fault.close.code, fault.close.reason);
      return reply({ id, error: fault.error ?? { code: 100, message: 'internal server error' } });
    }
    if (method === 0) {
      this.log('ws', 'WS', '/connection/websocket', '', 0, 'connect');
      const token = cmd.params?.token;
      if (!cmd.params || typeof token !== 'string') return void c.ws.close(3003, 'bad request');
      if (!this.socketTokens.has(token)) return void c.ws.close(3500, JSON.stringify({ reason: 'invalid token', reconnect: false }));
      c.clientId = randomUUID();
      return reply({ id, result: { client: c.clientId, version: '2.2.1' } });
    }
    if (!c.clientId) return void c.ws.close(3003, 'bad request');
    if (method === 1) {
      this.log('ws', 'WS', '/connection/websocket', '', 0, 'subscribe');
      const channel = cmd.params?.channel;
      const token = cmd.params?.token;
      const grant = typeof token === 'string' ? this.channelTokens.get(token) : undefined;
      if (typeof channel !== 'string' || !grant || grant.client !== c.clientId || grant.channel !== channel) {
        return reply({ id, error: { code: 103, message: 'permission denied' } });
      }
      c.subscribed.add(channel);
      const ok = JSON.stringify({ id, result: {} });
      const join = JSON.stringify({ result: { type: 1, channel, data: { info: { user: String(this.userId), client: c.clientId } } } });
      const parts: string[] = [];
      if (this.opts.joinPush === 'before-reply') parts.push(join);
      if (this.opts.subscribeReply) parts.push(ok);
      if (this.opts.joinPush === 'after-reply') parts.push(join);
      if (this.opts.batchFrames) reply(parts.join('\n'));
      else parts.forEach(reply);
      return;
    }
    if (method === 7) {
      this.log('ws', 'WS', '/connection/websocket', '', 0, 'ping');
      if (this.opts.answerPings)
        reply(this.opts.pingReply === 'error' ? { id, error: { code: 104, message: 'method not found' } } : { id, result: {} });
      return;
    }
    reply({ id, error: { code: 104, message: 'method not found' } });
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeDonationAlerts(options: FakeDonationAlertsOptions = {}): Promise<FakeDonationAlerts> {
  return new FakeDonationAlerts(options).listen();
}
