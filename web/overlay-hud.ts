// The overlay's text and bars around the canvas: who is drawn now, "Next up", the queue
// count, the progress bar (stepped from the drawing loop) and the show's countdown (one CSS
// transition). Donor texts go through textContent only; nothing is rebuilt when unchanged.
import { ANONYMOUS, type JobView, type StageSnapshot } from '../src/core/index.js';
import { byId, type Mode, type OverlayConfig } from './overlay-config.js';
import { formatAmount, setText, truncate } from './text.js';

const DONOR_MAX = 28;
/** Shown instead of a message that has not passed every check yet (the server never sent it). */
const HIDDEN_MESSAGE = '…';
const MESSAGE_MAX = 110;
const PROGRESS_STEP_MS = 250;

export class Hud {
  private readonly progressFill = byId<HTMLElement>('progress').firstElementChild as HTMLElement;
  private readonly countdownFill = byId<HTMLElement>('countdown').firstElementChild as HTMLElement;
  /** What the "Next up" list shows now (ids and texts), to skip rebuilding it. */
  private nextKey = '';
  private progressShownAt = 0;

  constructor(private readonly layout: OverlayConfig['layout']) {}

  render(snapshot: StageSnapshot, mode: Mode): void {
    const current = snapshot.current;
    if (current) {
      // "Drawing:" while planning and drawing; during the show the donor is still named.
      setText(byId('now-label'), mode === 'showing' ? 'From:' : 'Drawing:');
      setText(byId('now-donor'), truncate(current.donor, DONOR_MAX) || ANONYMOUS);
      const message = current.messageHidden ? HIDDEN_MESSAGE : truncate(current.message, MESSAGE_MAX);
      setText(byId('now-sep'), message ? ' — ' : '');
      setText(byId('now-message'), message);
      setText(byId('now-amount'), formatAmount(current.amount, current.currency));
    } else {
      for (const id of ['now-donor', 'now-sep', 'now-message', 'now-amount']) setText(byId(id), '');
    }
    byId('thinking').hidden = mode !== 'planning';
    byId('caption').hidden = mode !== 'showing';

    const waiting = snapshot.queue;
    const total = snapshot.queueCount ?? waiting.length;
    const limit = this.layout === 'portrait' ? 3 : 5;
    const shown = waiting.slice(0, limit);
    // Updates come up to 10 times a second in a raid: the list is rebuilt only when what it
    // shows changes (the rest of the HUD is set with setText, which skips equal text).
    const nextKey = JSON.stringify(shown.map((job) => [job.id, job.donor, job.amount, job.currency, job.message, job.messageHidden]));
    if (nextKey !== this.nextKey) {
      this.nextKey = nextKey;
      byId<HTMLOListElement>('next-list').replaceChildren(...shown.map((job) => nextItem(job)));
    }
    byId('next-title').hidden = total === 0;
    setText(byId('queue-count'), `Queue: ${total}`);
    byId('queue-box').hidden = total === 0 && !current;
    byId('idle').hidden = mode !== 'idle';
    setText(byId('idle'), snapshot.paused ? 'Paused' : 'Waiting for donations');
  }

  /** A new drawing (or a resumed one): the next progress step is shown at once. */
  resetProgress(): void {
    this.progressShownAt = 0;
  }

  /**
   * The progress bar moves in steps a few times a second from the drawing loop: a CSS
   * transition would recalculate style on every frame when the compositor runs in software.
   */
  updateProgress(t: number, totalMs: number): void {
    const now = performance.now();
    const done = totalMs <= 0 || t >= totalMs;
    if (!done && now - this.progressShownAt < PROGRESS_STEP_MS) return;
    this.progressShownAt = now;
    const fraction = done ? 1 : Math.floor((t / totalMs) * 200) / 200;
    const transform = `scaleX(${fraction})`;
    if (this.progressFill.style.transform !== transform) {
      this.progressFill.style.transition = 'none';
      this.progressFill.style.transform = transform;
    }
  }

  /**
   * The countdown bar shrinks to nothing at showEndsAt, by CSS transition: no timers.
   * `now` is the server time; `holdMs` the plan's show length (the bar's full width).
   */
  startCountdown(job: JobView, now: number, holdMs: number): void {
    if (typeof job.showEndsAt !== 'number') {
      animateBar(this.countdownFill, 1, 1, 0);
      return;
    }
    const remaining = Math.max(0, job.showEndsAt - now);
    const total = Math.max(remaining, holdMs);
    animateBar(this.countdownFill, remaining / total, 0, remaining);
  }

  /** A transition keeps ticking on a hidden element: stop it so idle is really idle. */
  stopCountdown(): void {
    animateBar(this.countdownFill, 1, 1, 0);
  }
}

/** One "Next up" line; donor texts go through textContent only. */
function nextItem(job: JobView): HTMLLIElement {
  const item = document.createElement('li');
  const donor = document.createElement('span');
  donor.className = 'next-donor';
  donor.textContent = truncate(job.donor, 20) || ANONYMOUS;
  const amount = document.createElement('span');
  amount.className = 'next-amount';
  amount.textContent = formatAmount(job.amount, job.currency);
  const message = document.createElement('div');
  message.className = 'next-message';
  message.textContent = job.messageHidden ? HIDDEN_MESSAGE : truncate(job.message, 40);
  item.append(donor, ' ', amount, message);
  return item;
}

function animateBar(fill: HTMLElement, from: number, to: number, durationMs: number): void {
  fill.style.transition = 'none';
  fill.style.transform = `scaleX(${from})`;
  if (durationMs <= 0 || from === to) {
    fill.style.transform = `scaleX(${to})`;
    return;
  }
  void fill.offsetWidth; // commit the start value before the transition begins
  fill.style.transition = `transform ${Math.round(durationMs)}ms linear`;
  fill.style.transform = `scaleX(${to})`;
}
