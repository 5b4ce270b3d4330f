// REST catch-up of the Donation Alerts source (README.md, "REST: polling and backfill" and
// "Watermark"): polling while the socket is not subscribed, a backfill after every subscribe,
// and the first-run watermark that keeps an account's history from being replayed.
import type { Logger } from 'pino';
import type { Clock, IncomingDonation } from '../core/index.js';
import type { ConnectionStatus } from './connection-status.js';
import { ReconnectNeededError } from './da-auth.js';
import type { DonationAlertsRest, DaDonationPage } from './da-rest-client.js';
import type { KnownAccount } from './donation-alerts-config.js';
import type { DonationDelivery } from './donation-delivery.js';
import { daTimeMs, isNormaliseError, normaliseDonationAlertsDonation } from './normalise.js';
import { isBeforeWatermark, parseWatermark, readJsonFile, WATERMARK_FILE, writeJsonAtomic, type Watermark } from './persisted-state.js';
import { AbortedError } from './retry-policy.js';
import { safeReason } from './safe-log-text.js';

export interface RestCatchUpDeps {
  rest: DonationAlertsRest;
  clock: Clock;
  log: Logger;
  status: ConnectionStatus;
  delivery: DonationDelivery;
  account: KnownAccount;
  /** DATA_DIR/donationalerts-watermark.json. */
  watermarkFile: string;
  pollIntervalSec: number;
  backfillMaxPages: number;
  /** The running session's abort signal; undefined when no session runs (nothing is fetched then). */
  sessionSignal: () => AbortSignal | undefined;
  /** A refused token: the facade pauses everything until the panel reconnects. */
  onReconnectNeeded: (reason: string) => void;
}

export class RestCatchUp {
  /** The last catch-up's failure, for the health detail; cleared by a catch-up that worked. */
  lastSyncError: string | undefined;
  private watermark: Watermark | undefined;
  private syncChain: Promise<void> = Promise.resolve();
  private pollTimer: unknown;
  private loggedAscending = false;
  private readonly rest: DonationAlertsRest;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly status: ConnectionStatus;

  constructor(private readonly deps: RestCatchUpDeps) {
    this.rest = deps.rest;
    this.clock = deps.clock;
    this.log = deps.log;
    this.status = deps.status;
  }

  /** Reads the stored watermark; an unreadable one is dropped and recorded anew. */
  async loadWatermark(): Promise<void> {
    const { value, corrupt } = await readJsonFile(this.deps.watermarkFile);
    if (corrupt) this.log.warn({ file: WATERMARK_FILE }, 'backfill watermark unreadable; a new one will be recorded');
    this.watermark = value === undefined ? undefined : parseWatermark(value);
  }

  /** Whether this account's history is already recorded (else the next catch-up records it). */
  hasWatermarkFor(accountId: number): boolean {
    return this.watermark !== undefined && this.watermark.accountId === accountId;
  }

  /** Resolves once the catch-up under way (if any) has finished. */
  settled(): Promise<void> {
    return this.syncChain;
  }

  startPolling(immediate = true): void {
    if (this.pollTimer !== undefined || this.deps.sessionSignal() === undefined) return;
    // Polling starts with an immediate catch-up, then runs every DA_POLL_INTERVAL_SEC.
    const tick = (): void => {
      this.pollTimer = this.clock.setTimeout(() => {
        if (
          this.status.state !== 'polling' &&
          this.status.state !== 'connecting' &&
          !(this.status.state === 'live' && this.status.unconfirmed)
        ) {
          this.pollTimer = undefined;
          return;
        }
        void this.sync('poll').finally(() => {
          if (this.pollTimer !== undefined) tick();
        });
      }, this.deps.pollIntervalSec * 1000);
    };
    tick();
    if (immediate) void this.sync('poll (socket down)');
  }

  stopPolling(): void {
    this.clock.clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  /** Serialised: one sync at a time, so backfill and poll never deliver the same page twice. */
  sync(reason: string): Promise<void> {
    const run = this.syncChain.then(() => this.doSync(reason));
    this.syncChain = run.catch(() => undefined);
    return run;
  }

  private async doSync(reason: string): Promise<void> {
    const signal = this.deps.sessionSignal();
    if (!signal || signal.aborted) return;
    try {
      if (!this.deps.account.user) {
        const u = await this.rest.getUser(signal);
        this.deps.account.user = { id: u.id, name: u.name };
      }
      const accountId = this.deps.account.user.id;
      if (!this.watermark || this.watermark.accountId !== accountId) {
        await this.recordWatermark(accountId, signal);
        return;
      }
      const found = await this.collectNew(this.watermark, signal);
      found.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : Number(a.id) - Number(b.id)));
      for (const d of found) this.deps.delivery.deliver(d, reason.startsWith('poll') ? 'poll' : 'backfill');
      if (found.length > 0) this.log.info({ reason, delivered: found.length }, 'REST catch-up delivered donations');
      this.lastSyncError = undefined;
    } catch (err) {
      if (signal.aborted || err instanceof AbortedError) return;
      if (err instanceof ReconnectNeededError) return this.deps.onReconnectNeeded(err.message);
      this.lastSyncError = safeReason(err);
      this.log.warn({ reason, err: this.lastSyncError }, 'REST catch-up failed; will try again');
    }
  }

  /**
   * First meeting with an account: everything currently listed on the newest page is history,
   * not news. Recording it (instead of replaying it) keeps a fresh install from drawing last
   * month's donations. DA's list order is undocumented, so when there is more than one page
   * the last page is read too: whichever end is the newest, it is in the baseline.
   */
  private async recordWatermark(accountId: number, signal: AbortSignal): Promise<void> {
    const first = await this.rest.listDonations(1, signal);
    const pages = [first];
    if (first.lastPage > 1) pages.push(await this.rest.listDonations(first.lastPage, signal));
    const ids: string[] = [];
    let newest: string | null = null;
    let newestMs = Number.NEGATIVE_INFINITY;
    let maxId = 0;
    for (const page of pages) {
      for (const raw of page.data) {
        const r = raw as { id?: unknown; created_at?: unknown } | null;
        if (!r || (typeof r.id !== 'number' && typeof r.id !== 'string')) continue;
        ids.push(String(r.id).trim());
        maxId = Math.max(maxId, Number(r.id) || 0);
        const at = daTimeMs(r.created_at);
        if (at !== undefined && at > newestMs) {
          newestMs = at;
          newest = String(r.created_at).trim();
        }
      }
    }
    this.watermark = { accountId, newestCreatedAt: newest, ids, maxId, establishedAt: new Date(this.clock.now()).toISOString() };
    try {
      await writeJsonAtomic(this.deps.watermarkFile, this.watermark);
    } catch (err) {
      this.log.error({ errCode: (err as NodeJS.ErrnoException).code }, 'could not save the backfill watermark');
    }
    this.log.info(
      { existing: ids.length, pagesRead: pages.length },
      'first run for this account: existing donations recorded as history, not replayed',
    );
  }

  private async collectNew(w: Watermark, signal: AbortSignal): Promise<IncomingDonation[]> {
    const maxPages = Math.max(1, this.deps.backfillMaxPages);
    const found = new Map<string, IncomingDonation>();
    const first = await this.rest.listDonations(1, signal);
    let fresh = this.freshOnPage(first, w, found);
    // DA's list order is undocumented (probably newest first). Page 1 of a newest-first list
    // always reaches the baseline's newest donation; if it is entirely older than that, the
    // list runs oldest-first and new donations sit on the last pages: walk back from there.
    // (Judged by the page's newest entry, not its first/last, so a shuffled page is fine.)
    if (first.lastPage > 1 && isOlderThanWatermark(first.data, w)) {
      if (!this.loggedAscending)
        this.log.warn({ lastPage: first.lastPage }, 'donation list looks oldest-first; backfilling from the last page');
      this.loggedAscending = true;
      for (let p = first.lastPage, n = 1; p > 1 && n < maxPages; p--, n++) {
        const page = await this.rest.listDonations(p, signal);
        if (this.freshOnPage(page, w, found) === 0) break;
      }
      return [...found.values()];
    }
    let current = first;
    // Pagination: stop once current_page >= last_page (or after maxPages, or a page with nothing new).
    for (let n = 1; n < maxPages && fresh > 0 && current.currentPage < current.lastPage; n++) {
      current = await this.rest.listDonations(current.currentPage + 1, signal);
      fresh = this.freshOnPage(current, w, found);
    }
    return [...found.values()];
  }

  /** Adds the page's unknown, post-watermark donations to `found`; returns how many. */
  private freshOnPage(page: DaDonationPage, w: Watermark, found: Map<string, IncomingDonation>): number {
    let fresh = 0;
    for (const raw of page.data) {
      const d = normaliseDonationAlertsDonation(raw, () => this.clock.now());
      if (isNormaliseError(d)) {
        this.log.warn({ reason: d.error }, 'unusable donation in the REST list; skipped');
        continue;
      }
      if (this.deps.delivery.isKnown(d.id)) continue;
      if (isBeforeWatermark(w, d.id, (raw as { created_at?: unknown }).created_at)) continue;
      if (!found.has(d.id)) {
        fresh++;
        this.deps.delivery.noteOddFields(raw, d.id, 'rest');
      }
      found.set(d.id, d);
    }
    return fresh;
  }
}

/** Is every donation on this page older than the baseline's newest (by created_at, else by id)? */
function isOlderThanWatermark(data: unknown[], w: Watermark): boolean {
  if (data.length === 0) return false;
  const newest = daTimeMs(w.newestCreatedAt);
  let maxAt = Number.NEGATIVE_INFINITY;
  let maxId = 0;
  let allTimed = true;
  for (const raw of data) {
    const r = raw as { id?: unknown; created_at?: unknown } | null;
    const at = daTimeMs(r?.created_at);
    if (at === undefined) allTimed = false;
    else maxAt = Math.max(maxAt, at);
    maxId = Math.max(maxId, Number(r?.id) || 0);
  }
  if (newest !== undefined && allTimed) return maxAt < newest;
  return w.maxId > 0 && maxId < w.maxId;
}
