// The operator panel: what is on stream now, the queue, the controls, a test donation,
// history with thumbnails, component health and the OBS URLs. Every donor text is set
// with textContent. POSTs carry the panel token saved in this browser (localStorage).
import './panel.css';
import type { GalleryListItem, HistoryEntry, JobView, StageSnapshot } from '../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS, type Plan, type RendererSettings } from '../src/dsl/index.js';
import { compilePlan, frameAt } from '../src/raster/index.js';
import { PlanAnimator } from './art.js';
import { ModerationDesk } from './panel-moderation.js';
import { LiveConnection, type LiveUpdate } from './live.js';
import { QueueList } from './queue-list.js';
import { formatAmount, setText, truncate } from './text.js';

interface PanelConfig {
  renderer: RendererSettings;
  scale: number;
  layouts: Record<'landscape' | 'portrait', { width: number; height: number }>;
  tokenRequired: boolean;
  daConnect: boolean;
}

const TOKEN_KEY = 'drawstream.panelToken';
const HEALTH_EVERY_MS = 5000;
const FINAL_EVENTS = new Set(['done', 'skipped', 'cleared', 'error']);
const GALLERY_LIMIT = 24;
/** The gallery renders PNG + GIF after `done`; look again a few times until the drawing is listed. */
const GALLERY_RETRY_MS = 1500;
const GALLERY_RETRIES = 6;

function isGalleryItem(value: unknown): value is GalleryListItem {
  const v = value as Partial<GalleryListItem> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.pngUrl === 'string' &&
    typeof v.gifUrl === 'string' &&
    v.pngUrl.startsWith('/gallery/') &&
    v.gifUrl.startsWith('/gallery/')
  );
}

function readConfig(): PanelConfig {
  let raw: Partial<PanelConfig> = {};
  try {
    raw = JSON.parse(document.getElementById('drawstream-config')?.textContent ?? '{}');
  } catch {
    // defaults below
  }
  return {
    renderer: { ...DEFAULT_RENDERER_SETTINGS, ...(raw.renderer ?? {}) },
    scale: typeof raw.scale === 'number' ? raw.scale : 8,
    layouts: raw.layouts ?? { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } },
    tokenRequired: raw.tokenRequired === true,
    daConnect: raw.daConnect === true,
  };
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`panel markup is missing #${id}`);
  return element as T;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function token(): string {
  try {
    return localStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

function post(path: string, body?: unknown): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  return request('POST', path, body);
}

async function request(
  method: 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  const saved = token();
  if (saved) headers.Authorization = `Bearer ${saved}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    let data: Record<string, unknown> = {};
    try {
      data = (await response.json()) as Record<string, unknown>;
    } catch {
      // a non-JSON answer: status says enough
    }
    return { ok: response.ok, status: response.status, data };
  } catch {
    return { ok: false, status: 0, data: { error: 'The service is not reachable.' } };
  }
}

function describeError(result: { status: number; data: Record<string, unknown> }): string {
  const message = typeof result.data.error === 'string' ? result.data.error : `HTTP ${result.status}`;
  if (result.status === 401 || result.status === 403) return `${message} (paste the panel token below)`;
  return message;
}

function timeText(ms: number): string {
  return new Date(ms).toLocaleTimeString();
}

class Panel {
  private readonly config = readConfig();
  private readonly live: LiveConnection;
  private readonly preview: PlanAnimator;
  private snapshot: StageSnapshot | null = null;
  private previewKey: string | null = null;
  private rafId = 0;
  private historyTimer: ReturnType<typeof setTimeout> | null = null;
  private galleryTimer: ReturnType<typeof setTimeout> | null = null;
  private galleryIds = new Set<string>();
  private readonly moderation = new ModerationDesk(request, describeError, () => this.scheduleHistory());
  private readonly queue = new QueueList(byId('queue-list'), byId('queue-count'), (id) => this.moderation.removeJob(id));

  constructor() {
    this.preview = new PlanAnimator(byId<HTMLCanvasElement>('preview'), this.config.renderer);
    this.live = new LiveConnection({
      onUpdate: (update) => this.apply(update),
      onConnection: (connected) => {
        const pill = byId('conn');
        setText(pill, connected ? 'live' : 'reconnecting…');
        pill.className = `pill ${connected ? 'ok' : 'bad'}`;
      },
    });
  }

  start(): void {
    this.wireControls();
    this.moderation.start();
    this.renderOverlayUrls();
    this.live.start();
    void this.refreshHistory();
    void this.refreshGallery();
    void this.refreshHealth();
  }

  private apply(update: LiveUpdate): void {
    if (update.renderer) this.preview.setSettings({ ...DEFAULT_RENDERER_SETTINGS, ...update.renderer });
    this.snapshot = update.snapshot;
    byId('paused-pill').hidden = !update.snapshot.paused;
    this.renderCurrent(update.snapshot.current);
    this.queue.render(update.snapshot.queue, update.snapshot.queueCount ?? update.snapshot.queue.length);
    this.moderation.render(update.snapshot);
    this.moderation.onEvents(update.events.map((event) => event.type));
    // Updates are coalesced: look at every event since the last one. After a resync some
    // may be missing, so the lists built from them are reloaded.
    if (update.resync || update.events.some((event) => FINAL_EVENTS.has(event.type))) this.scheduleHistory();
    const done = update.events.filter((event) => event.type === 'done');
    if (done.length > 0) this.scheduleGallery(done[done.length - 1].jobId, GALLERY_RETRIES);
    else if (update.resync && !this.galleryTimer) this.scheduleGallery(undefined, 0);
  }

  private renderCurrent(job: JobView | null): void {
    setText(byId('current-phase'), job ? job.phase : 'idle');
    setText(byId('current-donor'), job ? job.donor : '');
    setText(byId('current-amount'), job ? formatAmount(job.amount, job.currency) : '');
    setText(byId('current-message'), job ? job.message : '');
    const hidden = job?.messageHidden ? 'message hidden on stream' : '';
    const notes = [job?.planSource ? `plan: ${job.planSource}` : '', job?.planNote ?? '', job?.screenNote ?? '', hidden].filter(Boolean);
    setText(byId('current-note'), [...new Set(notes)].join(' — '));
    setText(
      byId('current-time'),
      job?.showEndsAt ? `show ends ${timeText(job.showEndsAt)}` : job?.drawStartedAt ? `drawing since ${timeText(job.drawStartedAt)}` : '',
    );

    const canvas = byId<HTMLCanvasElement>('preview');
    if (job?.plan && (job.phase === 'drawing' || job.phase === 'showing')) {
      const key = `${job.id}|${JSON.stringify(job.plan)}`;
      if (key !== this.previewKey) {
        this.previewKey = key;
        this.preview.load(key, job.plan);
      }
      canvas.style.visibility = 'visible';
      if (job.phase === 'showing') {
        this.stopPreview();
        this.preview.renderExact(this.preview.totalMs);
      } else {
        this.startPreview();
      }
    } else {
      this.previewKey = null;
      this.preview.unload();
      this.stopPreview();
      canvas.style.visibility = 'hidden';
    }
  }

  private startPreview(): void {
    if (this.rafId) return;
    const tick = (): void => {
      this.rafId = 0;
      const job = this.snapshot?.current;
      if (!job || job.phase !== 'drawing' || typeof job.drawStartedAt !== 'number') return;
      const t = Math.max(0, Math.floor(this.live.clock.now() - job.drawStartedAt));
      this.preview.renderAt(t);
      if (t < this.preview.totalMs) this.rafId = requestAnimationFrame(tick);
    };
    this.rafId = requestAnimationFrame(tick);
  }

  private stopPreview(): void {
    if (this.rafId) cancelAnimationFrame(this.rafId);
    this.rafId = 0;
  }

  private scheduleHistory(): void {
    if (this.historyTimer) return;
    this.historyTimer = setTimeout(() => {
      this.historyTimer = null;
      void this.refreshHistory();
    }, 300);
  }

  private async refreshHistory(): Promise<void> {
    let entries: HistoryEntry[];
    try {
      const response = await fetch('/api/history?limit=20', { cache: 'no-store' });
      if (!response.ok) return;
      entries = (await response.json()) as HistoryEntry[];
      if (!Array.isArray(entries)) return;
    } catch {
      return;
    }
    const items = entries.map((entry) => {
      const item = el('li', `history-${entry.status}`);
      const thumb = this.thumbnail(entry.plan);
      const text = el('div');
      text.append(
        el('span', 'donor', truncate(entry.donor, 40)),
        ' ',
        el('span', 'amount', formatAmount(entry.amount, entry.currency)),
        ' ',
        el('span', `status status-${entry.status}`, entry.status),
        ' ',
        el('span', 'muted', Number.isFinite(entry.finishedAt) ? timeText(entry.finishedAt) : ''),
        el('div', 'message', truncate(entry.message, 200)),
      );
      this.moderation.decorateHistory(entry, text);
      item.append(thumb, text);
      return item;
    });
    if (items.length === 0) items.push(el('li', 'muted', 'nothing yet'));
    byId('history-list').replaceChildren(...items);
  }

  /** The final frame of a finished job's plan, drawn client-side with the shared raster code. */
  private thumbnail(plan: Plan | undefined): HTMLElement {
    if (!plan) return el('div', 'thumb thumb-empty', '—');
    try {
      const compiled = compilePlan(plan, this.preview.currentSettings);
      const canvas = el('canvas', 'thumb');
      canvas.width = compiled.width;
      canvas.height = compiled.height;
      const context = canvas.getContext('2d');
      context?.putImageData(
        new ImageData(new Uint8ClampedArray(frameAt(compiled, compiled.totalMs)), compiled.width, compiled.height),
        0,
        0,
      );
      return canvas;
    } catch {
      return el('div', 'thumb thumb-empty', '?');
    }
  }

  /** Refreshes the gallery soon, and again until `jobId` shows up in it (saving takes a moment). */
  private scheduleGallery(jobId: string | undefined, retries: number): void {
    if (this.galleryTimer) clearTimeout(this.galleryTimer);
    this.galleryTimer = setTimeout(async () => {
      this.galleryTimer = null;
      await this.refreshGallery();
      if (jobId !== undefined && !this.galleryIds.has(jobId) && retries > 0) this.scheduleGallery(jobId, retries - 1);
    }, GALLERY_RETRY_MS);
  }

  private async refreshGallery(): Promise<void> {
    let entries: GalleryListItem[];
    try {
      const response = await fetch(`/api/gallery?limit=${GALLERY_LIMIT}`, { cache: 'no-store' });
      if (!response.ok) return;
      const body: unknown = await response.json();
      if (!Array.isArray(body)) return;
      entries = body.filter(isGalleryItem);
    } catch {
      return;
    }
    this.galleryIds = new Set(entries.map((entry) => entry.id));
    const items = entries.map((entry) => this.galleryItem(entry));
    if (items.length === 0) items.push(el('li', 'muted', 'nothing yet: every drawing shown to the end is kept here'));
    byId('gallery-list').replaceChildren(...items);
  }

  private galleryItem(entry: GalleryListItem): HTMLElement {
    const item = el('li', 'gallery-item');
    item.dataset.id = entry.id;
    const image = el('img', 'thumb');
    image.src = entry.pngUrl;
    image.alt = `drawing for ${truncate(entry.donor, 40)}`;
    image.loading = 'lazy';
    image.width = 96;
    image.height = 96;
    const view = el('a', 'thumb-link');
    view.href = entry.pngUrl;
    view.target = '_blank';
    view.rel = 'noopener';
    view.append(image);

    const replay = el('button', 'gallery-replay', 'Replay');
    replay.type = 'button';
    replay.addEventListener('click', async () => {
      replay.disabled = true;
      const answer = await post(`/api/gallery/${encodeURIComponent(entry.id)}/replay`);
      replay.disabled = false;
      setText(
        byId('gallery-result'),
        answer.ok ? `Replay of ${truncate(entry.donor, 40)} queued as ${String(answer.data.id)}.` : describeError(answer),
      );
    });
    const download = (label: string, url: string, kind: string): HTMLAnchorElement => {
      const link = el('a', `gallery-download gallery-${kind}`, label);
      link.href = `${url}?download=1`;
      link.download = `drawstream-${entry.id}.${kind}`;
      return link;
    };

    const text = el('div', 'gallery-text');
    text.append(
      el('span', 'donor', truncate(entry.donor, 40)),
      ' — ',
      el('span', 'message', truncate(entry.message, 120)),
      el(
        'div',
        'muted',
        [formatAmount(entry.amount, entry.currency), Number.isFinite(entry.finishedAt) ? timeText(entry.finishedAt) : '']
          .filter(Boolean)
          .join(' · '),
      ),
    );
    const actions = el('div', 'gallery-actions');
    actions.append(replay, ' ', download('PNG', entry.pngUrl, 'png'), ' ', download('GIF', entry.gifUrl, 'gif'));
    text.append(actions);
    item.append(view, text);
    return item;
  }

  /** A link to the latest `drawstream model-check` report under the health list, when there is one. */
  private async showModelCheckLink(): Promise<void> {
    const response = await fetch('/api/model-check/latest', { cache: 'no-store' }).catch(() => null);
    const latest = response?.ok ? ((await response.json()) as { name?: string; report?: string }) : null;
    let link = document.getElementById('model-check-link') as HTMLAnchorElement | null;
    if (!latest?.report) return link?.remove();
    if (!link) {
      link = el('a') as HTMLAnchorElement;
      link.id = 'model-check-link';
      link.target = '_blank';
      link.rel = 'noopener';
      byId('health-list').after(link);
    }
    link.href = latest.report;
    setText(link, `Latest model check (${String(latest.name ?? '')})`);
  }

  private async refreshHealth(): Promise<void> {
    try {
      const response = await fetch('/health', { cache: 'no-store' });
      const body = (await response.json()) as {
        status?: string;
        components?: Record<string, Record<string, unknown>>;
        queueLength?: number;
      };
      const status = byId('health-status');
      setText(status, String(body.status ?? 'unknown'));
      status.className = `pill ${body.status === 'ok' ? 'ok' : 'warn'}`;
      const items = Object.entries(body.components ?? {}).map(([name, component]) => {
        const item = el('li');
        const state = String(component.state ?? 'unknown');
        item.append(
          el('span', 'component', name),
          ' ',
          el('span', `pill state-${state}`, state),
          ' ',
          el('span', 'muted', String(component.detail ?? '')),
        );
        return item;
      });
      byId('health-list').replaceChildren(...items);
      const da = Object.entries(body.components ?? {}).find(([name]) => /donation/i.test(name))?.[1];
      setText(byId('da-state'), da ? `${String(da.state ?? '')}: ${String(da.detail ?? '')}` : '');
      byId('da-connect').hidden = !this.config.daConnect;
      void this.showModelCheckLink();
    } catch {
      setText(byId('health-status'), 'unreachable');
      byId('health-status').className = 'pill bad';
    } finally {
      setTimeout(() => void this.refreshHealth(), HEALTH_EVERY_MS);
    }
  }

  private renderOverlayUrls(): void {
    const origin = location.origin;
    const rows: Array<[string, string, { width: number; height: number }]> = [
      ['Landscape', `${origin}/overlay`, this.config.layouts.landscape],
      ['Landscape, transparent', `${origin}/overlay?transparent=1`, this.config.layouts.landscape],
      ['Portrait (TikTok 9:16)', `${origin}/overlay?layout=portrait`, this.config.layouts.portrait],
      ['Portrait, transparent', `${origin}/overlay?layout=portrait&transparent=1`, this.config.layouts.portrait],
    ];
    const table = byId('overlay-urls');
    const header = el('tr');
    header.append(el('th', undefined, 'Layout'), el('th', undefined, 'URL'), el('th', undefined, 'Width × Height'));
    table.replaceChildren(
      header,
      ...rows.map(([name, url, size]) => {
        const row = el('tr');
        const link = el('code', undefined, url);
        row.append(el('td', undefined, name), el('td'), el('td', undefined, `${size.width} × ${size.height}`));
        row.children[1].append(link);
        return row;
      }),
    );
  }

  private wireControls(): void {
    const result = byId('action-result');
    const action = (id: string, path: string, describe: (data: Record<string, unknown>) => string): void => {
      byId<HTMLButtonElement>(id).addEventListener('click', async () => {
        const answer = await post(path);
        setText(result, answer.ok ? describe(answer.data) : describeError(answer));
      });
    };
    action('btn-skip', '/api/skip', (d) => (d.skipped ? 'Skipped.' : 'Nothing to skip.'));
    action('btn-clear', '/api/clear', (d) => `Cleared ${Number(d.cleared ?? 0)} waiting.`);
    action('btn-pause', '/api/pause', () => 'Paused.');
    action('btn-resume', '/api/resume', () => 'Resumed.');

    const form = byId<HTMLFormElement>('donation-form');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const body = {
        source: 'panel',
        donor: String(data.get('donor') ?? ''),
        message: String(data.get('message') ?? ''),
        amount: Number(data.get('amount')),
        currency: String(data.get('currency') ?? '').toUpperCase(),
      };
      const answer = await post('/api/donations', body);
      setText(
        byId('donation-result'),
        answer.ok ? `Queued as ${String(answer.data.id)} (${String(answer.data.status ?? 'queued')}).` : describeError(answer),
      );
    });

    const input = byId<HTMLInputElement>('token');
    input.value = token();
    byId('token-save').addEventListener('click', () => {
      try {
        if (input.value) localStorage.setItem(TOKEN_KEY, input.value.trim());
        else localStorage.removeItem(TOKEN_KEY);
        setText(byId('action-result'), 'Token saved in this browser.');
      } catch {
        setText(byId('action-result'), 'This browser does not allow saving the token.');
      }
    });
    if (this.config.tokenRequired && !token()) setText(result, 'This service needs the panel token: paste it below.');
  }
}

new Panel().start();
