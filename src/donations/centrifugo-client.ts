import WebSocket from 'ws';
import type { Logger } from 'pino';
import type { Clock } from '../core/index.js';

/** Centrifugo v2 JSON protocol method ids (the subset we speak). */
export const CentrifugoMethod = { CONNECT: 0, SUBSCRIBE: 1, PING: 7 } as const;
/** v2 push types (`result.type`; 0 = publication is usually omitted). */
export const CentrifugoPush = { PUBLICATION: 0, JOIN: 1, LEAVE: 2, UNSUBSCRIBE: 3, MESSAGE: 4, SUBSCRIBE: 5 } as const;

export type WebSocketConstructor = typeof WebSocket;

export interface CentrifugoCloseInfo {
  code: number;
  reason: string;
  /** From a JSON close reason `{"reason","reconnect"}`, when the server sent one. */
  reconnect?: boolean;
}

export interface CentrifugoHandlers {
  /** `data` is the publication's payload (for DA: the donation object at `result.data.data`). */
  onPublication(channel: string, data: unknown, seq: number | undefined): void;
  /** A subscription that `subscribe()` reported as unconfirmed was confirmed later (late reply, join push, publication). */
  onLateConfirm?(channel: string, how: string): void;
}

/** How a subscribe command ended up: confirmed by the server, or assumed after no reply at all. */
export type SubscribeOutcome = 'confirmed' | 'unconfirmed';

export interface CentrifugoOptions {
  url: string;
  WebSocketImpl: WebSocketConstructor;
  logger: Logger;
  clock: Clock;
  pingIntervalMs: number;
  pongTimeoutMs: number;
  commandTimeoutMs: number;
}

export class CentrifugoError extends Error {
  constructor(
    message: string,
    readonly code?: number,
    /** No reply within the command timeout (as opposed to an error reply or a closed socket). */
    readonly timedOut = false,
  ) {
    super(message);
    this.name = 'CentrifugoError';
  }
}

/**
 * Splits one WebSocket text frame into its JSON messages: the v2 JSON encoder batches several
 * objects per frame, one per line. Unparseable lines are counted, not thrown.
 */
export function parseCentrifugoFrame(frame: string): { messages: unknown[]; malformed: number } {
  const messages: unknown[] = [];
  let malformed = 0;
  for (const line of frame.split('\n')) {
    const text = line.trim();
    if (text === '') continue;
    try {
      messages.push(JSON.parse(text));
    } catch {
      malformed++;
    }
  }
  return { messages, malformed };
}

/** Close reasons are plain text or JSON `{"reason","reconnect"}`. */
export function parseCloseReason(code: number, raw: string): CentrifugoCloseInfo {
  try {
    const parsed = JSON.parse(raw) as { reason?: unknown; reconnect?: unknown };
    if (parsed && typeof parsed === 'object') {
      return {
        code,
        reason: typeof parsed.reason === 'string' ? parsed.reason : raw,
        reconnect: typeof parsed.reconnect === 'boolean' ? parsed.reconnect : undefined,
      };
    }
  } catch {
    /* plain text */
  }
  return { code, reason: raw };
}

interface Pending {
  resolve(result: unknown): void;
  reject(err: Error): void;
  timer: unknown;
  method: number;
}

/**
 * One Centrifugo v2 connection over `ws`: connect, subscribe, client pings, publications.
 * No reconnect logic here — one instance per socket; the source decides what happens next.
 * Frame contents are never logged (they carry tokens and donor names), only their shape.
 */
export class CentrifugoConnection {
  readonly closed: Promise<CentrifugoCloseInfo>;
  private resolveClosed!: (info: CentrifugoCloseInfo) => void;
  private ws: WebSocket | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Channels whose subscription is waiting for a reply, a join push or a first publication. */
  private readonly awaitingSubscribe = new Map<string, number>();
  /** Subscriptions that timed out without any confirmation: a late sign of life confirms them. */
  private readonly unconfirmed = new Map<string, number>();
  private pingTimer: unknown;
  private pongTimer: unknown;
  private isClosed = false;
  /** Set (synchronously) once the socket has closed. */
  closeInfo: CentrifugoCloseInfo | undefined;

  constructor(
    private readonly opts: CentrifugoOptions,
    private readonly handlers: CentrifugoHandlers,
  ) {
    this.closed = new Promise((resolve) => {
      this.resolveClosed = resolve;
    });
  }

  /** Opens the socket; rejects if it does not open within commandTimeoutMs. */
  open(signal?: AbortSignal): Promise<void> {
    const { clock, logger } = this.opts;
    return new Promise((resolve, reject) => {
      let settled = false;
      const ws = new this.opts.WebSocketImpl(this.opts.url, { handshakeTimeout: this.opts.commandTimeoutMs, maxPayload: 4 * 1024 * 1024 });
      this.ws = ws;
      const timer = clock.setTimeout(() => fail(new CentrifugoError('WebSocket did not open in time')), this.opts.commandTimeoutMs);
      const onAbort = (): void => fail(new CentrifugoError('aborted'));
      signal?.addEventListener('abort', onAbort, { once: true });
      const fail = (err: Error): void => {
        if (settled) return;
        settled = true;
        clock.clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        ws.terminate();
        reject(err);
      };
      ws.on('open', () => {
        if (settled) return;
        settled = true;
        clock.clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      ws.on('error', (err: NodeJS.ErrnoException) => {
        logger.debug({ err: err.code ?? err.name }, 'Centrifugo socket error');
        fail(new CentrifugoError(`WebSocket error (${err.code ?? err.name})`));
      });
      ws.on('message', (data, isBinary) => this.onFrame(isBinary ? null : data.toString()));
      ws.on('close', (code, reasonBuf) => {
        fail(new CentrifugoError(`WebSocket closed before open (${code})`));
        this.finish(parseCloseReason(code, reasonBuf.toString()));
      });
    });
  }

  /** Connect command: `{"params":{"token":…},"id":N}` (DA closes with 3003 without `params`). */
  async connect(token: string): Promise<{ client: string; version?: string }> {
    const result = (await this.command(CentrifugoMethod.CONNECT, { token })) as { client?: unknown; version?: unknown } | undefined;
    if (!result || typeof result.client !== 'string') throw new CentrifugoError('connect reply has no client id');
    this.schedulePing();
    return { client: result.client, version: typeof result.version === 'string' ? result.version : undefined };
  }

  /**
   * Subscribe command `{"params":{channel,token},"method":1,"id":N}`. Confirmed by whichever
   * comes first: the reply, a join push for the channel or a publication on it (DA's order of
   * reply and join push is unknown). Neither within the command timeout → 'unconfirmed': we do
   * not depend on either, publications are still delivered, and a late reply, join push or
   * publication is reported through `onLateConfirm`. An error reply or a close rejects.
   */
  subscribe(channel: string, token: string): Promise<SubscribeOutcome> {
    const id = this.nextId;
    this.awaitingSubscribe.set(channel, id);
    return this.command(CentrifugoMethod.SUBSCRIBE, { channel, token }).then(
      (): SubscribeOutcome => {
        this.awaitingSubscribe.delete(channel);
        return 'confirmed';
      },
      (err: Error): SubscribeOutcome => {
        this.awaitingSubscribe.delete(channel);
        if (err instanceof CentrifugoError && err.timedOut && !this.isClosed) {
          this.unconfirmed.set(channel, id);
          this.opts.logger.warn(
            { channel, waitedMs: this.opts.commandTimeoutMs },
            'no subscribe reply and no join push from Centrifugo; assuming subscribed',
          );
          return 'unconfirmed';
        }
        throw err;
      },
    );
  }

  close(code = 1000, reason = 'client closing'): void {
    if (!this.ws) return this.finish({ code, reason });
    try {
      if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
    // A peer that never answers the close handshake must not keep us waiting.
    const t = this.opts.clock.setTimeout(() => this.ws?.terminate(), 2_000);
    void this.closed.then(() => this.opts.clock.clearTimeout(t));
  }

  private command(method: number, params: Record<string, unknown> | undefined): Promise<unknown> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.reject(new CentrifugoError('socket is not open'));
    const id = this.nextId++;
    const frame: Record<string, unknown> = { id };
    if (method !== CentrifugoMethod.CONNECT) frame.method = method;
    if (params) frame.params = params;
    return new Promise((resolve, reject) => {
      const timer = this.opts.clock.setTimeout(
        () => {
          this.pending.delete(id);
          reject(new CentrifugoError(`no reply to method ${method} in time`, undefined, true));
        },
        method === CentrifugoMethod.PING ? this.opts.pongTimeoutMs : this.opts.commandTimeoutMs,
      );
      this.pending.set(id, { resolve, reject, timer, method });
      ws.send(JSON.stringify(frame), (err) => {
        if (!err) return;
        const p = this.pending.get(id);
        if (!p) return;
        this.pending.delete(id);
        this.opts.clock.clearTimeout(p.timer);
        p.reject(new CentrifugoError('send failed'));
      });
    });
  }

  private schedulePing(): void {
    if (this.isClosed) return;
    this.pingTimer = this.opts.clock.setTimeout(() => {
      this.command(CentrifugoMethod.PING, undefined).then(
        () => this.schedulePing(),
        (err: Error) => {
          if (this.isClosed) return;
          this.opts.logger.warn({ reason: err.message }, 'Centrifugo ping unanswered; dropping the connection');
          this.ws?.terminate();
        },
      );
    }, this.opts.pingIntervalMs);
  }

  private onFrame(frame: string | null): void {
    const { logger } = this.opts;
    if (frame === null) {
      logger.warn('Centrifugo sent a binary frame; skipped');
      return;
    }
    const { messages, malformed } = parseCentrifugoFrame(frame);
    if (malformed > 0) logger.warn({ malformed, frameBytes: frame.length }, 'Centrifugo frame had unparseable lines; skipped them');
    for (const msg of messages) {
      try {
        this.onMessage(msg);
      } catch (err) {
        logger.error({ err: (err as Error).name }, 'handling a Centrifugo message failed; skipped');
      }
    }
  }

  private onMessage(msg: unknown): void {
    const { logger } = this.opts;
    if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
      logger.warn({ kind: typeof msg }, 'Centrifugo message is not an object; skipped');
      return;
    }
    const m = msg as { id?: unknown; result?: unknown; error?: unknown };
    const id = typeof m.id === 'number' ? m.id : 0;
    if (id > 0) {
      const p = this.pending.get(id);
      if (!p) {
        const late = [...this.unconfirmed].find(([, subId]) => subId === id);
        if (late && (m.error === undefined || m.error === null)) this.lateConfirm(late[0], 'late reply');
        else if (late)
          logger.warn(
            { channel: late[0], code: (m.error as { code?: unknown })?.code },
            'late error reply to subscribe; ignored (publications decide)',
          );
        else logger.debug({ id }, 'Centrifugo reply for an unknown command id');
        return;
      }
      this.pending.delete(id);
      this.opts.clock.clearTimeout(p.timer);
      if (p.method === CentrifugoMethod.PING) {
        // Any answer to a ping proves the connection is alive, an error reply included.
        if (m.error !== undefined && m.error !== null) logger.debug({ id }, 'Centrifugo answered a ping with an error; connection alive');
        p.resolve(m.result);
        return;
      }
      if (m.error !== undefined && m.error !== null) {
        const e = m.error as { code?: unknown; message?: unknown };
        const code = typeof e?.code === 'number' ? e.code : undefined;
        const text = typeof e?.message === 'string' ? e.message.slice(0, 100) : 'error';
        p.reject(new CentrifugoError(`Centrifugo refused method ${p.method}: ${text}`, code));
      } else {
        logger.trace({ id, method: p.method }, 'Centrifugo reply');
        p.resolve(m.result);
      }
      return;
    }
    if (typeof m.result !== 'object' || m.result === null) {
      // `{}` is the newer Centrifugo's server ping; v2 (DA) is not known to send it.
      logger.debug({ keys: Object.keys(m).slice(0, 5) }, 'Centrifugo message without id or result; ignored');
      return;
    }
    const r = m.result as { type?: unknown; channel?: unknown; data?: unknown };
    const type = typeof r.type === 'number' ? r.type : CentrifugoPush.PUBLICATION;
    const channel = typeof r.channel === 'string' ? r.channel : '';
    switch (type) {
      case CentrifugoPush.PUBLICATION: {
        this.confirmSubscription(channel, 'publication');
        const pub = r.data as { seq?: unknown; data?: unknown; id?: unknown } | undefined;
        if (!pub || typeof pub !== 'object') {
          logger.warn({ channel, dataType: typeof r.data }, 'Centrifugo publication without data; skipped');
          return;
        }
        let payload = pub.data;
        if ((typeof payload !== 'object' || payload === null) && pub.id !== undefined) {
          // Documented path is result.data.data; a donation sitting directly at result.data is taken too.
          logger.warn({ channel }, 'Centrifugo publication has no result.data.data; using result.data');
          payload = pub;
        }
        this.handlers.onPublication(channel, payload, typeof pub.seq === 'number' ? pub.seq : undefined);
        return;
      }
      case CentrifugoPush.JOIN:
        logger.debug({ channel }, 'Centrifugo join push');
        this.confirmSubscription(channel, 'join push');
        return;
      case CentrifugoPush.UNSUBSCRIBE:
        logger.warn({ channel }, 'Centrifugo unsubscribed us from the channel; reconnecting');
        this.ws?.close(3000, 'unsubscribed');
        return;
      default:
        logger.info({ type, channel }, 'Centrifugo push of a type we do not use; ignored');
    }
  }

  private lateConfirm(channel: string, how: string): void {
    this.unconfirmed.delete(channel);
    this.opts.logger.info({ channel, how }, 'Centrifugo subscription confirmed late');
    this.handlers.onLateConfirm?.(channel, how);
  }

  private confirmSubscription(channel: string, how: string): void {
    if (this.unconfirmed.has(channel)) return this.lateConfirm(channel, how);
    const id = this.awaitingSubscribe.get(channel);
    if (id === undefined) return;
    const p = this.pending.get(id);
    if (!p) return;
    this.opts.logger.debug({ channel, how }, 'Centrifugo subscription confirmed before its reply');
    this.pending.delete(id);
    this.opts.clock.clearTimeout(p.timer);
    p.resolve({});
  }

  private finish(info: CentrifugoCloseInfo): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.closeInfo = info;
    this.opts.clock.clearTimeout(this.pingTimer);
    this.opts.clock.clearTimeout(this.pongTimer);
    for (const [, p] of this.pending) {
      this.opts.clock.clearTimeout(p.timer);
      p.reject(new CentrifugoError(`socket closed (${info.code})`));
    }
    this.pending.clear();
    this.resolveClosed(info);
  }
}
