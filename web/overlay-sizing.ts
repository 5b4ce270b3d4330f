// The canvas's size on the page: w·scale × h·scale CSS px, upscaled nearest-neighbour by the
// browser (image-rendering: pixelated). A plan larger than CANVAS_W×CANVAS_H is fitted into
// the space the layout leaves, so the HUD never leaves the page.
import type { RendererSettings } from '../src/dsl/index.js';
import { byId, type OverlayConfig } from './overlay-config.js';

export class CanvasSizer {
  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly stage: HTMLElement,
    private readonly config: Pick<OverlayConfig, 'scale' | 'layout'>,
    /** The renderer settings in force (CANVAS_W/H decide when a plan is oversized). */
    private readonly renderer: () => RendererSettings,
  ) {}

  /** Sizes the canvas for a plan of `width`×`height` pixels. */
  size(width: number, height: number): void {
    // w·scale × h·scale CSS px; the browser upscales nearest-neighbour (pixelated).
    const scale = this.displayScale(width, height);
    const cssWidth = `${Math.round(width * scale)}px`;
    const cssHeight = `${Math.round(height * scale)}px`;
    if (this.canvas.style.width !== cssWidth) this.canvas.style.width = cssWidth;
    if (this.canvas.style.height !== cssHeight) this.canvas.style.height = cssHeight;
    this.stage.style.setProperty('--art-width', cssWidth);
  }

  /**
   * The configured ?scale= for plans of CANVAS_W×CANVAS_H or less (the size the layout is
   * designed around). A larger plan (up to 256×256) would push the HUD off the page, so it is
   * fitted into the box a CANVAS_W×CANVAS_H plan would get, and into the space the layout
   * actually leaves: the largest whole scale that fits, a fraction only below 1×.
   */
  private displayScale(w: number, h: number): number {
    const { canvasW, canvasH } = this.renderer();
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
}
