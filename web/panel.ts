// The operator panel: what is on stream now, the queue, the controls, a test donation,
// history with thumbnails, the gallery, component health and the OBS URLs. This file wires
// the cards (one file each) to the live connection. Every donor text is set with textContent.
// POSTs carry the panel token saved in this browser (localStorage; see panel-kit.ts).
import './panel.css';
import { LiveConnection, type LiveUpdate } from './live.js';
import { wireControls, renderOverlayUrls } from './panel-controls.js';
import { CurrentCard } from './panel-current.js';
import { GalleryCard } from './panel-gallery.js';
import { HealthCard } from './panel-health.js';
import { HistoryCard } from './panel-history.js';
import { byId, describeError, readConfig, request } from './panel-kit.js';
import { ModerationDesk } from './panel-moderation.js';
import { TwitchCard } from './panel-twitch.js';
import { QueueList } from './queue-list.js';
import { setText } from './text.js';

/** Events after which the history list has a new entry. */
const FINAL_EVENTS = new Set(['done', 'skipped', 'cleared', 'error']);

class Panel {
  private readonly config = readConfig();
  private readonly moderation = new ModerationDesk(request, describeError, () => this.history.schedule());
  private readonly queue = new QueueList(byId('queue-list'), byId('queue-count'), (id) => this.moderation.removeJob(id));
  private readonly history = new HistoryCard(this.moderation, () => this.current.settings);
  private readonly gallery = new GalleryCard();
  private readonly health = new HealthCard(this.config.daConnect);
  private readonly twitch = new TwitchCard(this.config.twitch);
  private readonly current: CurrentCard;
  private readonly live: LiveConnection;

  constructor() {
    this.live = new LiveConnection({
      onUpdate: (update) => this.apply(update),
      onConnection: (connected) => {
        const pill = byId('conn');
        setText(pill, connected ? 'live' : 'reconnecting…');
        pill.className = `pill ${connected ? 'ok' : 'bad'}`;
      },
    });
    this.current = new CurrentCard(this.config.renderer, this.live.clock);
  }

  start(): void {
    wireControls(this.config);
    this.moderation.start();
    renderOverlayUrls(this.config);
    this.live.start();
    void this.history.refresh();
    void this.gallery.refresh();
    void this.health.refresh();
    this.twitch.start();
  }

  private apply(update: LiveUpdate): void {
    if (update.renderer) this.current.setRenderer(update.renderer);
    byId('paused-pill').hidden = !update.snapshot.paused;
    this.current.render(update.snapshot.current);
    this.queue.render(update.snapshot.queue, update.snapshot.queueCount ?? update.snapshot.queue.length);
    this.moderation.render(update.snapshot);
    this.moderation.onEvents(update.events.map((event) => event.type));
    // Updates are coalesced: look at every event since the last one. After a resync some
    // may be missing, so the lists built from them are reloaded.
    if (update.resync || update.events.some((event) => FINAL_EVENTS.has(event.type))) this.history.schedule();
    const done = update.events.filter((event) => event.type === 'done');
    this.gallery.onUpdate(done.length > 0 ? done[done.length - 1] : undefined, update.resync);
  }
}

new Panel().start();
