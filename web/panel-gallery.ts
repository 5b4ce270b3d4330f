// The gallery card: the last 24 saved drawings (PNG thumbnail, Replay, PNG/GIF downloads).
// A drawing is saved a moment after its show ends (PNG + GIF encoding), so after a `done`
// the list is fetched again every 1.5 s until that job appears, at most 6 more times.
import type { GalleryListItem } from '../src/core/index.js';
import { byId, describeError, el, post, timeText } from './panel-kit.js';
import { formatAmount, setText, truncate } from './text.js';

const GALLERY_LIMIT = 24;
const GALLERY_RETRY_MS = 1500;
const GALLERY_RETRIES = 6;

/** Only entries whose links stay under /gallery/ are shown (the server's answer is not trusted blindly). */
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

export class GalleryCard {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ids = new Set<string>();

  /**
   * After a live update: the drawing of `lastDone` (the update's last `done` event) is awaited;
   * otherwise, after a resync (events may be missing), the list is reloaded once unless a
   * reload is already due.
   */
  onUpdate(lastDone: { jobId?: string } | undefined, resync: boolean): void {
    if (lastDone) this.schedule(lastDone.jobId, GALLERY_RETRIES);
    else if (resync && !this.timer) this.schedule(undefined, 0);
  }

  /** Refreshes the gallery soon, and again until `jobId` shows up in it (saving takes a moment). */
  private schedule(jobId: string | undefined, retries: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      this.timer = null;
      await this.refresh();
      if (jobId !== undefined && !this.ids.has(jobId) && retries > 0) this.schedule(jobId, retries - 1);
    }, GALLERY_RETRY_MS);
  }

  async refresh(): Promise<void> {
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
    this.ids = new Set(entries.map((entry) => entry.id));
    const items = entries.map((entry) => this.item(entry));
    if (items.length === 0) items.push(el('li', 'muted', 'nothing yet: every drawing shown to the end is kept here'));
    byId('gallery-list').replaceChildren(...items);
  }

  private item(entry: GalleryListItem): HTMLElement {
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
}
