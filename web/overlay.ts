// The OBS Browser Source page. It animates the current plan locally from the plan and the
// server's drawStartedAt (aligned with the server clock), so every overlay shows the same
// frame at the same moment and a reload (OBS switches scenes) resumes mid-drawing.
// CPU rules: a timer loop only while drawing (overlay-loop.ts; the canvas is desynchronized,
// so a frame needs no main-frame update); during the show the countdown is a CSS transition
// (overlay-hud.ts); idle runs nothing. Donor texts go through textContent only. This file
// turns each live update into a mode and hands the work to the HUD, the sizer and the loop.
import './overlay.css';
import type { JobView, StageSnapshot } from '../src/core/index.js';
import { DEFAULT_RENDERER_SETTINGS } from '../src/dsl/index.js';
import { PlanAnimator } from './art.js';
import { LiveConnection, type LiveUpdate } from './live.js';
import { byId, modeOf, readConfig, type Mode } from './overlay-config.js';
import { Hud } from './overlay-hud.js';
import { DrawLoop } from './overlay-loop.js';
import { CanvasSizer } from './overlay-sizing.js';

class Overlay {
  private readonly config = readConfig();
  private readonly live: LiveConnection;
  private readonly animator: PlanAnimator;
  private readonly stage = byId<HTMLElement>('stage');
  private readonly canvas = byId<HTMLCanvasElement>('art');
  /** The renderer settings in force (CANVAS_W/H decide when a plan is oversized). */
  private renderer = this.config.renderer;
  private readonly hud = new Hud(this.config.layout);
  private readonly sizer = new CanvasSizer(this.canvas, this.stage, this.config, () => this.renderer);
  private readonly loop = new DrawLoop(this.config.maxFps, {
    paint: () => this.paint(),
    reportFps: (fps) => this.live.send({ type: 'fps', fps }),
  });
  private snapshot: StageSnapshot | null = null;
  private mode: Mode = 'idle';
  private planKey: string | null = null;
  private renders = 0;

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
    this.sizer.size(this.animator.width, this.animator.height);
  }

  private apply(update: LiveUpdate): void {
    if (update.renderer) {
      this.renderer = { ...DEFAULT_RENDERER_SETTINGS, ...update.renderer };
      this.animator.setSettings(this.renderer);
    }
    this.snapshot = update.snapshot;
    const current = update.snapshot.current;
    const mode = modeOf(current);
    this.hud.render(update.snapshot, mode);

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
      this.loop.stop();
      if (this.animator.loadedKey !== null) this.animator.renderExact(this.config.freezeMs);
      this.renders += 1;
      return;
    }

    if (mode === 'drawing') {
      this.hud.resetProgress();
      this.loop.start();
    } else {
      this.loop.stop();
    }
    if (mode === 'showing') {
      this.animator.renderExact(this.animator.totalMs);
      this.renders += 1;
      const job = current as JobView;
      this.hud.startCountdown(job, Math.max(update.serverTime, this.live.clock.now()), this.animator.holdMs);
    } else {
      this.hud.stopCountdown();
    }
  }

  private drawingTime(): number {
    const startedAt = this.snapshot?.current?.drawStartedAt ?? 0;
    return Math.max(0, Math.floor(this.live.clock.now() - startedAt));
  }

  /** One frame of the drawing loop (see LoopHooks.paint). */
  private paint(): 'none' | 'more' | 'final' {
    if (this.mode !== 'drawing') return 'none';
    const t = this.drawingTime();
    this.animator.renderAt(t);
    this.renders += 1;
    this.hud.updateProgress(t, this.animator.totalMs);
    return t >= this.animator.totalMs ? 'final' : 'more';
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
      looping: (): boolean => this.loop.looping,
      renders: (): number => this.renders,
      clockOffset: (): number => this.live.clock.getOffset(),
      connected: (): boolean => this.live.connected,
      currentId: (): string | null => this.snapshot?.current?.id ?? null,
    };
    (window as unknown as { __drawstream: typeof hook }).__drawstream = hook;
  }
}

new Overlay().start();
