// Draws a plan into a <canvas> at the plan's own size with the shared raster code, the
// same code Node uses for `drawstream render`, so every frame matches byte for byte.
// Only the region that changed since the last frame is copied (putImageData's dirty rect).
import { compilePlan, FramePlayer, frameAt, type CompiledPlan, type DirtyRect } from '../src/raster/index.js';
import type { Plan, RendererSettings } from '../src/dsl/index.js';

/** Clamps the player's dirty rectangle to the canvas (null: nothing to copy). */
function clampBox(dirty: DirtyRect | null, width: number, height: number): DirtyRect | null {
  if (!dirty) return null;
  const x = Math.max(0, dirty.x);
  const y = Math.max(0, dirty.y);
  const w = Math.min(width - x, dirty.w);
  const h = Math.min(height - y, dirty.h);
  return w > 0 && h > 0 ? { x, y, w, h } : null;
}

export class PlanAnimator {
  private readonly context: CanvasRenderingContext2D;
  private compiled: CompiledPlan | null = null;
  private player: FramePlayer | null = null;
  private image: ImageData | null = null;
  private key: string | null = null;
  /** Drawing time (ms) of the frame now on the canvas; null when nothing is drawn. */
  frameTime: number | null = null;

  /**
   * `desynchronized`: a canvas update goes to the compositor straight from the canvas, without
   * a main-frame update (style, paint, commit) for each frame; it about halves the overlay's
   * main-thread time while drawing (bench/overlay.ts). A browser without it ignores the hint.
   */
  constructor(
    readonly canvas: HTMLCanvasElement,
    private settings: RendererSettings,
    options: { desynchronized?: boolean } = {},
  ) {
    const context = canvas.getContext('2d', { alpha: false, desynchronized: options.desynchronized === true, willReadFrequently: false });
    if (!context) throw new Error('2D canvas is not available');
    this.context = context;
    this.context.imageSmoothingEnabled = false;
  }

  get totalMs(): number {
    return this.compiled ? this.compiled.totalMs : 0;
  }

  /** How long the final frame is held (a text card's duration_sec, else SHOW_DURATION_SEC). */
  get holdMs(): number {
    return this.compiled ? this.compiled.holdMs : this.settings.showDurationSec * 1000;
  }

  get width(): number {
    return this.compiled ? this.compiled.width : this.canvas.width;
  }

  get height(): number {
    return this.compiled ? this.compiled.height : this.canvas.height;
  }

  get currentSettings(): RendererSettings {
    return this.settings;
  }

  setSettings(settings: RendererSettings): void {
    if (JSON.stringify(settings) !== JSON.stringify(this.settings)) {
      this.settings = settings;
      this.key = null;
    }
  }

  /**
   * Compiles `plan` unless it is the one already loaded (same key). Returns true on a new plan.
   * `arrivals` (JobView.stepArrivals) times a plan that streamed in while it was drawn.
   */
  load(key: string, plan: Plan, arrivals?: readonly number[]): boolean {
    if (key === this.key && this.compiled) return false;
    this.compiled = compilePlan(plan, this.settings, arrivals ? { arrivals } : undefined);
    this.key = key;
    this.player = null;
    this.image = null;
    this.frameTime = null;
    if (this.canvas.width !== this.compiled.width) this.canvas.width = this.compiled.width;
    if (this.canvas.height !== this.compiled.height) this.canvas.height = this.compiled.height;
    this.context.imageSmoothingEnabled = false;
    return true;
  }

  unload(): void {
    this.compiled = null;
    this.player = null;
    this.image = null;
    this.key = null;
    this.frameTime = null;
  }

  get loadedKey(): string | null {
    return this.key;
  }

  /** Advances to drawing time t (ms); copies the changed region only. */
  renderAt(t: number): void {
    const compiled = this.compiled;
    if (!compiled) return;
    const time = Math.max(0, Math.floor(t));
    if (!this.player) {
      this.player = new FramePlayer(compiled);
      this.image = null;
      this.player.advanceTo(time);
      this.frameTime = time;
      this.putAll();
      return;
    }
    const changed = this.player.advanceTo(time);
    this.frameTime = time;
    if (!changed && this.image) return;
    const box = clampBox(this.player.dirty, compiled.width, compiled.height);
    if (!this.image || (this.image.data as Uint8ClampedArray) !== this.player.pixels) {
      this.putAll();
      return;
    }
    if (box) this.context.putImageData(this.image, 0, 0, box.x, box.y, box.w, box.h);
  }

  /** The final frame (t = totalMs). */
  renderFinal(): void {
    this.renderAt(Math.max(this.totalMs, this.frameTime ?? 0));
  }

  /** Draws exactly frameAt(t) with no player state (the frozen debug view, thumbnails). */
  renderExact(t: number): void {
    const compiled = this.compiled;
    if (!compiled) return;
    const time = Math.max(0, Math.floor(t));
    const pixels = frameAt(compiled, time);
    this.player = null;
    this.image = null;
    this.context.putImageData(new ImageData(new Uint8ClampedArray(pixels), compiled.width, compiled.height), 0, 0);
    this.frameTime = time;
  }

  private putAll(): void {
    const compiled = this.compiled;
    if (!compiled || !this.player) return;
    this.image = new ImageData(this.player.pixels as Uint8ClampedArray<ArrayBuffer>, compiled.width, compiled.height);
    this.context.putImageData(this.image, 0, 0);
  }

  /** The canvas's own pixels (what the browser test compares with Node's frameAt). */
  readPixels(): Uint8ClampedArray {
    return this.context.getImageData(0, 0, this.canvas.width, this.canvas.height).data;
  }
}
