// The history card: the last 20 finished jobs with a thumbnail of each final frame, drawn
// client-side with the shared raster code. Reloads are debounced (300 ms) because a burst of
// events (a clear, a resync) would otherwise fetch the list once per event.
import type { HistoryEntry } from '../src/core/index.js';
import type { Plan, RendererSettings } from '../src/dsl/index.js';
import { compilePlan, frameAt } from '../src/raster/index.js';
import { byId, el, timeText } from './panel-kit.js';
import type { ModerationDesk } from './panel-moderation.js';
import { formatAmount, truncate } from './text.js';

const RELOAD_DELAY_MS = 300;

export class HistoryCard {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /** Adds "Allow and draw" and the gate's category to blocked entries. */
    private readonly moderation: ModerationDesk,
    /** The renderer settings thumbnails are drawn with (the preview's). */
    private readonly settings: () => RendererSettings,
  ) {}

  /** Reloads soon; calls until then share the one reload. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, RELOAD_DELAY_MS);
  }

  async refresh(): Promise<void> {
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
      const compiled = compilePlan(plan, this.settings());
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
}
