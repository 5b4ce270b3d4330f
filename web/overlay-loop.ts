// The drawing loop: runs only while drawing, and only for the frames it draws. The canvas is
// desynchronized (art.ts), so frames come from a timer on the display's frame grid, not from
// requestAnimationFrame (each animation frame costs a full main-frame update; measured in
// bench/overlay.ts). It also reports the frames per second it achieved to the server.
const FPS_REPORT_MS = 5000;
/** One display frame at 60 Hz. */
const DISPLAY_FRAME_MS = 1000 / 60;
/** How long the loop trusts its last look at the display's frame phase (an animation frame). */
const VSYNC_RESYNC_MS = 1000;

export interface LoopHooks {
  /**
   * Draws the frame for now: `none` when there is nothing to draw (no longer drawing, nothing
   * counted), `more` when frames follow, `final` after the last stroke (the loop then waits for
   * the server's "showing").
   */
  paint(): 'none' | 'more' | 'final';
  /** Frames per second over the last few seconds (the server's FPS gauge). */
  reportFps(fps: number): void;
}

export class DrawLoop {
  /** The loop's pending first frame (0: none). */
  private rafId = 0;
  /** A pending animation frame that only reads the display's frame phase (0: none). */
  private vsyncRafId = 0;
  private waitTimer: ReturnType<typeof setTimeout> | null = null;
  private frames = 0;
  private fpsWindowStart = 0;
  /** Timestamp of the last animation frame seen: the display's frame phase. */
  private vsyncAt = -Infinity;
  /** The display frame (performance.now time) the pending timer draws for. */
  private nextFrameAt = 0;

  constructor(
    private readonly maxFps: number,
    private readonly hooks: LoopHooks,
  ) {}

  /** Anything pending (test hook: idle must run nothing). */
  get looping(): boolean {
    return this.rafId !== 0 || this.waitTimer !== null || this.vsyncRafId !== 0;
  }

  start(): void {
    if (this.rafId !== 0 || this.waitTimer !== null) return;
    this.frames = 0;
    this.fpsWindowStart = performance.now();
    this.rafId = requestAnimationFrame(this.onAnimationFrame);
  }

  stop(): void {
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
    const painted = this.hooks.paint();
    if (painted === 'none') return;
    this.frames += 1;
    const elapsed = performance.now() - this.fpsWindowStart;
    if (elapsed >= FPS_REPORT_MS) {
      this.hooks.reportFps(Math.round((this.frames * 1000 * 10) / elapsed) / 10);
      this.frames = 0;
      this.fpsWindowStart = performance.now();
    }
    // After the last stroke the frame is final: wait for the server's "showing".
    if (painted === 'final') return;
    this.scheduleNext(frameTime + 1000 / this.maxFps);
  }

  /**
   * The timer fires half a display frame before the wanted one, on the display's frame grid,
   * so updates stay evenly paced (±8 ms of timer slack). Once a second one animation frame
   * re-reads the display's frame phase (it drifts: a display is never exactly 60 Hz).
   */
  private scheduleNext(wanted: number): void {
    const now = performance.now();
    let target = this.vsyncAt + Math.round((wanted - this.vsyncAt) / DISPLAY_FRAME_MS) * DISPLAY_FRAME_MS;
    while (target - DISPLAY_FRAME_MS / 2 < now) target += DISPLAY_FRAME_MS; // late: the next frame we can still make
    this.nextFrameAt = target;
    this.waitTimer = setTimeout(this.onTimer, target - DISPLAY_FRAME_MS / 2 - now);
    if (now - this.vsyncAt >= VSYNC_RESYNC_MS && this.vsyncRafId === 0) this.vsyncRafId = requestAnimationFrame(this.onVsync);
  }
}
