// The OBS Browser Source page. It animates the current plan locally from the plan and the
// server's drawStartedAt (aligned with the server clock), so every overlay shows the same
// frame at the same moment and a reload (OBS switches scenes) resumes mid-drawing.
// CPU rules: a timer loop only while drawing (the canvas is desynchronized, so a frame needs
// no main-frame update); during the show the countdown is a CSS transition; idle runs nothing. Donor texts go through textContent only.
import './overlay.css';
import { ANONYMOUS, type JobView, type StageSnapshot } from '../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS, type RendererSettings } from '../src/dsl/index.js';
import { PlanAnimator } from './art.js';
import { LiveConnection, type LiveUpdate } from './live.js';
import { formatAmount, setText, truncate } from './text.js';

interface OverlayConfig {
  renderer: RendererSettings;
  scale: number;
  layout: 'landscape' | 'portrait';
  transparent: boolean;
  freezeMs: number | null;
  maxFps: number;
}

type Mode = 'idle' | 'planning' | 'drawing' | 'showing';

const DONOR_MAX = 28;
/** Shown instead of a message that has not passed every check yet (the server never sent it). */
const HIDDEN_MESSAGE = '…';
const MESSAGE_MAX = 110;
const FPS_REPORT_MS = 5000;
const PROGRESS_STEP_MS = 250;
/** One display frame at 60 Hz. */
const DISPLAY_FRAME_MS = 1000 / 60;
/** How long the loop trusts its last look at the display's frame phase (an animation frame). */
const VSYNC_RESYNC_MS = 1000;

function readConfig(): OverlayConfig {
  let raw: Partial<OverlayConfig> = {};
  try {
    raw = JSON.parse(document.getElementById('drawstream-config')?.textContent ?? '{}');
  } catch {
    // defaults below
  }
  const scale = Number.isInteger(raw.scale) && (raw.scale as number) >= 1 && (raw.scale as number) <= 32 ? (raw.scale as number) : 8;
  return {
    renderer: { ...DEFAULT_RENDERER_SETTINGS, ...(raw.renderer ?? {}) },
    scale,
    layout: raw.layout === 'portrait' ? 'portrait' : 'landscape',
    transparent: raw.transparent === true,
    freezeMs: typeof raw.freezeMs === 'number' && raw.freezeMs >= 0 ? raw.freezeMs : null,
    maxFps: Number.isInteger(raw.maxFps) && (raw.maxFps as number) >= 1 && (raw.maxFps as number) <= 60 ? (raw.maxFps as number) : 30,
  };
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`overlay markup is missing #${id}`);
  return element as T;
}

function modeOf(job: JobView | null): Mode {
  if (!job) return 'idle';
  if (job.phase === 'showing' && job.plan) return 'showing';
  if (job.phase === 'drawing' && job.plan && typeof job.drawStartedAt === 'number') return 'drawing';
  return 'planning';
}

class Overlay {
  private readonly config = readConfig();
  private readonly live: LiveConnection;
  private readonly animator: PlanAnimator;
  private readonly stage = byId<HTMLElement>('stage');
  private readonly canvas = byId<HTMLCanvasElement>('art');
  /** The renderer settings in force (CANVAS_W/H decide when a plan is oversized). */
  private renderer = this.config.renderer;
  private readonly progressFill = byId<HTMLElement>('progress').firstElementChild as HTMLElement;
  private readonly countdownFill = byId<HTMLElement>('countdown').firstElementChild as HTMLElement;
  private snapshot: StageSnapshot | null = null;
  private mode: Mode = 'idle';
  private planKey: string | null = null;
  /** What the "Next up" list shows now (ids and texts), to skip rebuilding it. */
  private nextKey = '';
  /** The loop's pending first frame (0: none). */
  private rafId = 0;
  /** A pending animation frame that only reads the display's frame phase (0: none). */
  private vsyncRafId = 0;
  private frames = 0;
  private fpsWindowStart = 0;
  private renders = 0;
  private progressShownAt = 0;
  private waitTimer: ReturnType<typeof setTimeout> | null = null;
  /** Timestamp of the last animation frame seen: the display's frame phase. */
  private vsyncAt = -Infinity;
  /** The display frame (performance.now time) the pending timer draws for. */
  private nextFrameAt = 0;

  constructor() {
    // ?desync=0: the plain canvas path, in case a capture setup ever misses desynchronized updates.
    const desynchronized = new URLSearchParams(location.search).get('desync') !== '0';
    this.animator = new PlanAnimator(this.canvas, this.config.renderer, { desynchronized });
    this.live = new LiveConnection({
      view: 'overlay',
      onUpdate: (update) => this.apply(update),
      onConnection: (connected) => this.stage.classList.toggle('offline', !connected),
    });
    this.sizeCanvas();
    // OBS may resize the Browser Source: an oversized plan is fitted again.
    window.addEventListener('resize', () => this.sizeCanvas());
  }

  start(): void {
    this.live.start();
    this.exposeTestHook();
  }

  private sizeCanvas(): void {
    // w·scale × h·scale CSS px; the browser upscales nearest-neighbour (pixelated).
    const scale = this.displayScale(this.animator.width, this.animator.height);
    const width = `${Math.round(this.animator.width * scale)}px`;
    const height = `${Math.round(this.animator.height * scale)}px`;
    if (this.canvas.style.width !== width) this.canvas.style.width = width;
    if (this.canvas.style.height !== height) this.canvas.style.height = height;
    this.stage.style.setProperty('--art-width', width);
  }

  /**
   * The configured ?scale= for plans of CANVAS_W×CANVAS_H or less (the size the layout is
   * designed around). A larger plan (up to 256×256) would push the HUD off the page, so it is
   * fitted into the box a CANVAS_W×CANVAS_H plan would get, and into the space the layout
   * actually leaves: the largest whole scale that fits, a fraction only below 1×.
   */
  private displayScale(w: number, h: number): number {
    const { canvasW, canvasH } = this.renderer;
    if (w <= canvasW && h <= canvasH) return this.config.scale;
    const space = this.artSpace();
    const fit = Math.min(Math.min(canvasW * this.config.scale, space.width) / w, Math.min(canvasH * this.config.scale, space.height) / h);
    if (!(fit > 0)) return 1 / Math.max(w, h);
    return fit >= 1 ? Math.floor(fit) : fit;
  }

  /**
   * The CSS px the layout leaves for the canvas, measured with the canvas collapsed and the
   * caption shown (it appears when the drawing is done and must fit then too). Only for
   * oversized plans, so the forced layouts here never run in the common case.
   */
  private artSpace(): { width: number; height: number } {
    const caption = byId('caption');
    const saved = {
      width: this.canvas.style.width,
      height: this.canvas.style.height,
      art: this.stage.style.getPropertyValue('--art-width'),
      captionHidden: caption.hidden,
    };
    this.canvas.style.width = '0px';
    this.canvas.style.height = '0px';
    this.stage.style.setProperty('--art-width', '0px');
    caption.hidden = false;
    const style = getComputedStyle(this.stage);
    const box = this.stage.getBoundingClientRect();
    const contentBottom = box.bottom - parseFloat(style.paddingBottom);
    const contentWidth = this.stage.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    let space: { width: number; height: number };
    const layout = this.config.layout;
    switch (layout) {
      case 'landscape': {
        // Art column beside the queue column, whose box keeps its min-width.
        const queueMin = parseFloat(getComputedStyle(byId('queue-box')).minWidth) || 0;
        const columnGap = parseFloat(style.columnGap) || 0;
        space = { width: contentWidth - columnGap - queueMin, height: contentBottom - byId('art-box').getBoundingClientRect().bottom };
        break;
      }
      case 'portrait': {
        // One column: everything in the flow (HUD, art, queue) stacks above the safe bottom.
        let lowest = box.top;
        for (const child of Array.from(this.stage.children)) {
          if (getComputedStyle(child).position === 'fixed' || (child as HTMLElement).hidden) continue;
          lowest = Math.max(lowest, child.getBoundingClientRect().bottom);
        }
        space = { width: contentWidth, height: contentBottom - lowest };
        break;
      }
      default: {
        const never: never = layout;
        throw new Error(`unknown layout ${String(never)}`);
      }
    }
    this.canvas.style.width = saved.width;
    this.canvas.style.height = saved.height;
    this.stage.style.setProperty('--art-width', saved.art);
    caption.hidden = saved.captionHidden;
    return { width: Math.max(0, space.width), height: Math.max(0, space.height) };
  }

  private apply(update: LiveUpdate): void {
    if (update.renderer) {
      this.renderer = { ...DEFAULT_RENDERER_SETTINGS, ...update.renderer };
      this.animator.setSettings(this.renderer);
    }
    this.snapshot = update.snapshot;
    const current = update.snapshot.current;
    const mode = modeOf(current);
    this.renderHud(update.snapshot, mode);

    if (current && current.plan && (mode === 'drawing' || mode === 'showing')) {
      // A streamed plan grows while it is drawn: each longer prefix (or new arrivals) is
      // compiled again and the player rebuilt at the current time. Appending a step never
      // moves earlier ones, so the picture goes on without a jump (src/dsl/README.md).
      const arrivals = Array.isArray(current.stepArrivals) ? current.stepArrivals : undefined;
      const key = `${current.id}|${JSON.stringify(current.plan)}|${arrivals ? arrivals.join(',') : ''}`;
      if (key !== this.planKey || this.animator.loadedKey === null) {
        this.planKey = key;
        this.animator.load(key, current.plan, arrivals);
        this.sizeCanvas();
      }
    } else {
      this.planKey = null;
      this.animator.unload();
    }
    this.mode = mode;
    this.stage.className = `phase-${mode}${this.live.connected ? '' : ' offline'}`;

    if (this.config.freezeMs !== null) {
      this.stopLoop();
      if (this.animator.loadedKey !== null) this.animator.renderExact(this.config.freezeMs);
      this.renders += 1;
      return;
    }

    if (mode === 'drawing') {
      this.progressShownAt = 0;
      this.startLoop();
    } else {
      this.stopLoop();
    }
    if (mode === 'showing') {
      this.animator.renderExact(this.animator.totalMs);
      this.renders += 1;
      this.startCountdown(current as JobView, update.serverTime);
    } else {
      // A transition keeps ticking on a hidden element: stop it so idle is really idle.
      animateBar(this.countdownFill, 1, 1, 0);
    }
  }

  private renderHud(snapshot: StageSnapshot, mode: Mode): void {
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
    const limit = this.config.layout === 'portrait' ? 3 : 5;
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

  // ---- drawing: one timer loop, only while drawing ----

  private drawingTime(): number {
    const startedAt = this.snapshot?.current?.drawStartedAt ?? 0;
    return Math.max(0, Math.floor(this.live.clock.now() - startedAt));
  }

  private startLoop(): void {
    if (this.rafId !== 0 || this.waitTimer !== null) return;
    this.frames = 0;
    this.fpsWindowStart = performance.now();
    this.rafId = requestAnimationFrame(this.onAnimationFrame);
  }

  private stopLoop(): void {
    if (this.rafId !== 0) cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    if (this.vsyncRafId !== 0) cancelAnimationFrame(this.vsyncRafId);
    this.vsyncRafId = 0;
    if (this.waitTimer !== null) clearTimeout(this.waitTimer);
    this.waitTimer = null;
  }

  /** The loop's first frame: drawn at once, and it gives the display's frame phase. */
  private readonly onAnimationFrame = (frameStart: number): void => {
    this.rafId = 0;
    this.vsyncAt = frameStart;
    this.drawFrame(frameStart);
  };

  /** A later animation frame only re-reads the display's frame phase; it draws nothing. */
  private readonly onVsync = (frameStart: number): void => {
    this.vsyncRafId = 0;
    this.vsyncAt = frameStart;
  };

  private readonly onTimer = (): void => {
    this.waitTimer = null;
    this.drawFrame(this.nextFrameAt);
  };

  /** Draws the canvas for the display frame at `frameTime`, then schedules the next one. */
  private drawFrame(frameTime: number): void {
    if (this.mode !== 'drawing') return;
    const t = this.drawingTime();
    this.animator.renderAt(t);
    this.renders += 1;
    this.frames += 1;
    this.updateProgress(t);
    const elapsed = performance.now() - this.fpsWindowStart;
    if (elapsed >= FPS_REPORT_MS) {
      this.live.send({ type: 'fps', fps: Math.round((this.frames * 1000 * 10) / elapsed) / 10 });
      this.frames = 0;
      this.fpsWindowStart = performance.now();
    }
    // After the last stroke the frame is final: wait for the server's "showing".
    if (t >= this.animator.totalMs) return;
    this.scheduleNext(frameTime + 1000 / this.config.maxFps);
  }

  /**
   * The canvas is desynchronized (art.ts): an update reaches the screen without a main-frame
   * update, so frames are drawn from a timer, not from requestAnimationFrame (each animation
   * frame costs a full main-frame update; measured in bench/overlay.ts). The timer fires half
   * a display frame before the wanted one, on the display's frame grid, so updates stay evenly
   * paced (±8 ms of timer slack). Once a second one animation frame re-reads the display's
   * frame phase (it drifts: a display is never exactly 60 Hz).
   */
  private scheduleNext(wanted: number): void {
    const now = performance.now();
    let target = this.vsyncAt + Math.round((wanted - this.vsyncAt) / DISPLAY_FRAME_MS) * DISPLAY_FRAME_MS;
    while (target - DISPLAY_FRAME_MS / 2 < now) target += DISPLAY_FRAME_MS; // late: the next frame we can still make
    this.nextFrameAt = target;
    this.waitTimer = setTimeout(this.onTimer, target - DISPLAY_FRAME_MS / 2 - now);
    if (now - this.vsyncAt >= VSYNC_RESYNC_MS && this.vsyncRafId === 0) this.vsyncRafId = requestAnimationFrame(this.onVsync);
  }

  /**
   * The progress bar moves in steps a few times a second from the drawing loop: a CSS
   * transition would recalculate style on every frame when the compositor runs in software.
   */
  private updateProgress(t: number): void {
    const now = performance.now();
    const total = this.animator.totalMs;
    const done = total <= 0 || t >= total;
    if (!done && now - this.progressShownAt < PROGRESS_STEP_MS) return;
    this.progressShownAt = now;
    const fraction = done ? 1 : Math.floor((t / total) * 200) / 200;
    const transform = `scaleX(${fraction})`;
    if (this.progressFill.style.transform !== transform) {
      this.progressFill.style.transition = 'none';
      this.progressFill.style.transform = transform;
    }
  }

  /** The countdown bar shrinks to nothing at showEndsAt, by CSS transition: no timers. */
  private startCountdown(job: JobView, serverTime: number): void {
    if (typeof job.showEndsAt !== 'number') {
      animateBar(this.countdownFill, 1, 1, 0);
      return;
    }
    const now = Math.max(serverTime, this.live.clock.now());
    const remaining = Math.max(0, job.showEndsAt - now);
    const total = Math.max(remaining, this.animator.holdMs);
    animateBar(this.countdownFill, remaining / total, 0, remaining);
  }

  private exposeTestHook(): void {
    const hook = {
      frameTime: (): number | null => this.animator.frameTime,
      canvasPixels: (): number[] => Array.from(this.animator.readPixels()),
      canvasSize: (): { width: number; height: number; cssWidth: string; cssHeight: string } => ({
        width: this.canvas.width,
        height: this.canvas.height,
        cssWidth: this.canvas.style.width,
        cssHeight: this.canvas.style.height,
      }),
      mode: (): Mode => this.mode,
      looping: (): boolean => this.rafId !== 0 || this.waitTimer !== null || this.vsyncRafId !== 0,
      renders: (): number => this.renders,
      clockOffset: (): number => this.live.clock.getOffset(),
      connected: (): boolean => this.live.connected,
      currentId: (): string | null => this.snapshot?.current?.id ?? null,
    };
    (window as unknown as { __drawstream: typeof hook }).__drawstream = hook;
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

new Overlay().start();
