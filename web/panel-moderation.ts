// The panel's moderation desk: the pending list (Approve / Reject / Approve all), a Remove
// button on every waiting job (wired through QueueList), "Allow and draw" on blocked history
// entries with the gate's category, the bans list, and keyboard shortcuts (A approve the
// oldest pending job, R reject it, S skip the current one; never while typing). Every donor
// text is set with textContent; rows are kept by job id, never rebuilt.
import type { Ban, HistoryEntry, JobView, StageSnapshot } from '../src/core/index.js';
import { renderKeyedRows } from './keyed-rows.js';
import { byId, el } from './panel-kit.js';
import { formatAmount, setText, truncate } from './text.js';

export interface Answer {
  ok: boolean;
  status: number;
  data: Record<string, unknown>;
}
export type Request = (method: 'POST' | 'DELETE', path: string, body?: unknown) => Promise<Answer>;

interface PendingRow {
  item: HTMLLIElement;
  donor: HTMLElement;
  amount: HTMLElement;
  message: HTMLElement;
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', className, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** Is the operator typing somewhere (shortcuts must not fire)? */
function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.tagName !== 'string') return false;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) || element.isContentEditable;
}

export class ModerationDesk {
  private readonly rows = new Map<string, PendingRow>();
  private pending: JobView[] = [];
  private readonly list = byId('pending-list');
  private readonly result = byId('moderation-result');

  constructor(
    private readonly request: Request,
    private readonly describeError: (answer: Answer) => string,
    /** Reloads the history (after allow, remove, ban). */
    private readonly historyChanged: () => void,
  ) {}

  start(): void {
    byId('btn-approve-all').addEventListener(
      'click',
      () => void this.act('POST', '/api/pending/approve-all', (d) => `Approved ${Number(d.approved ?? 0)}.`),
    );
    const form = byId<HTMLFormElement>('ban-form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const donor = String(data.get('donor') ?? '').trim();
      const source = String(data.get('source') ?? '').trim();
      void this.act(
        'POST',
        '/api/bans',
        (d) => `Banned; ${Number(d.removed ?? 0)} waiting job(s) removed.`,
        source ? { donor, source } : { donor },
      ).then((ok) => {
        if (ok) form.reset();
      });
    });
    document.addEventListener('keydown', (event) => this.onKey(event));
    void this.refreshBans();
  }

  /** The snapshot's pending part: keyed rows, oldest first. */
  render(snapshot: StageSnapshot): void {
    const mode = snapshot.moderation ?? 'auto';
    const pill = byId('moderation-mode');
    setText(pill, mode === 'manual' ? 'manual approval' : 'auto');
    pill.className = `pill ${mode === 'manual' ? 'warn' : 'ok'}`;
    const pending = snapshot.pending ?? [];
    this.pending = pending;
    const total = snapshot.pendingCount ?? pending.length;
    setText(byId('pending-count'), `(${total})`);
    byId<HTMLButtonElement>('btn-approve-all').disabled = total === 0;
    renderKeyedRows(
      this.list,
      this.rows,
      pending,
      (id) => this.row(id),
      (row, job) => {
        setText(row.donor, truncate(job.donor, 40));
        setText(row.amount, formatAmount(job.amount, job.currency));
        setText(row.message, truncate(job.message, 200));
      },
    );
    const empty = byId('pending-empty');
    empty.hidden = pending.length > 0;
    setText(empty, mode === 'manual' ? 'nothing waiting for approval' : 'MODERATION=auto: donations are queued without approval');
    if (total > pending.length) setText(byId('pending-more'), `… and ${total - pending.length} more`);
    else setText(byId('pending-more'), '');
  }

  private row(id: string): PendingRow {
    const item = el('li', 'pending-item');
    item.dataset.id = id;
    const row: PendingRow = { item, donor: el('span', 'donor'), amount: el('span', 'amount'), message: el('div', 'message') };
    const actions = el('div', 'row-actions');
    const path = `/api/jobs/${encodeURIComponent(id)}`;
    actions.append(
      button('Approve', 'approve', () => void this.act('POST', `${path}/approve`, () => 'Approved.')),
      button('Reject', 'reject', () => void this.act('POST', `${path}/reject`, () => 'Rejected.')),
    );
    item.append(row.donor, ' ', row.amount, row.message, actions);
    return row;
  }

  /** The Remove button QueueList puts on every waiting job. */
  removeJob(id: string): void {
    void this.act('POST', `/api/jobs/${encodeURIComponent(id)}/remove`, () => 'Removed.');
  }

  /** Adds the gate's category and "Allow and draw" to a blocked history entry, the reason to others. */
  decorateHistory(entry: HistoryEntry, text: HTMLElement): void {
    if (entry.reason && entry.blockedCategory === undefined) text.append(el('div', 'muted reason', truncate(entry.reason, 120)));
    if (entry.allowedFrom) text.append(el('div', 'muted', 'allowed by the operator'));
    if (entry.blockedCategory === undefined) return;
    const line = el('div', 'blocked');
    line.append(el('span', 'pill warn category', `18+ ${entry.blockedCategory ?? 'blocked'}`), ' ');
    if (entry.allowedAs) line.append(el('span', 'muted', 'allowed and queued again'));
    else if (entry.status !== 'rejected') {
      line.append(
        button(
          'Allow and draw',
          'allow',
          () => void this.act('POST', `/api/history/${encodeURIComponent(entry.id)}/allow`, () => 'Allowed: queued at the end.'),
        ),
      );
    }
    text.append(line);
  }

  async refreshBans(): Promise<void> {
    let bans: Ban[];
    try {
      const response = await fetch('/api/bans', { cache: 'no-store' });
      if (!response.ok) return;
      const body: unknown = await response.json();
      if (!Array.isArray(body)) return;
      bans = body as Ban[];
    } catch {
      return;
    }
    const items = bans.map((ban) => {
      const item = el('li', 'ban-item');
      item.dataset.id = ban.id;
      item.append(
        el('span', 'donor', truncate(ban.donor, 40)),
        ' ',
        el('span', 'muted', ban.source ? `(${ban.source})` : '(every source)'),
        ' ',
      );
      item.append(button('Unban', 'unban', () => void this.act('DELETE', `/api/bans/${encodeURIComponent(ban.id)}`, () => 'Unbanned.')));
      return item;
    });
    if (items.length === 0) items.push(el('li', 'muted', 'nobody is banned'));
    byId('bans-list').replaceChildren(...items);
  }

  /** Events that change the bans or the history. */
  onEvents(types: string[]): void {
    if (types.includes('banned')) void this.refreshBans();
    if (types.some((t) => t === 'removed' || t === 'rejected' || t === 'banned')) this.historyChanged();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || typing(event.target)) return;
    const key = event.key.toLowerCase();
    const oldest = this.pending[0];
    if (key === 'a' && oldest) void this.act('POST', `/api/jobs/${encodeURIComponent(oldest.id)}/approve`, () => 'Approved the oldest.');
    else if (key === 'r' && oldest)
      void this.act('POST', `/api/jobs/${encodeURIComponent(oldest.id)}/reject`, () => 'Rejected the oldest.');
    else if (key === 's') void this.act('POST', '/api/skip', (d) => (d.skipped ? 'Skipped.' : 'Nothing to skip.'));
    else return;
    event.preventDefault();
  }

  private async act(
    method: 'POST' | 'DELETE',
    path: string,
    describe: (data: Record<string, unknown>) => string,
    body?: unknown,
  ): Promise<boolean> {
    const answer = await this.request(method, path, body);
    setText(this.result, answer.ok ? describe(answer.data) : this.describeError(answer));
    if (answer.ok && (path.startsWith('/api/bans') || path.startsWith('/api/history'))) {
      void this.refreshBans();
      this.historyChanged();
    }
    return answer.ok;
  }
}
