// Paint events of one drawing step (canvas-dsl.md §4–§5), clipped to the canvas: the
// dispatch over ops. Each op's painting and counting lives in ops/<op>.ts and writes through
// the shared Painter state (ops/painter.ts); events are packed as event-list.ts describes.
// Both switches below end in a `never` check: an op added to the DSL's table (src/dsl/ops)
// without a case here is a compile error rather than a step that silently draws nothing.
import type { AnimateMode, DrawingStep, FontName } from '../dsl/index.js';
import { EventList } from './event-list.js';
import { countCircle, paintCircle } from './ops/circle.js';
import { paintLine } from './ops/line.js';
import { Painter } from './ops/painter.js';
import { paintPixels } from './ops/pixels.js';
import { countPolygon, paintPolygon } from './ops/polygon.js';
import { countRect, paintRect } from './ops/rect.js';
import { reveal, revealSeed } from './ops/reveal.js';
import { paintText, text } from './ops/text.js';

// Re-exported: compile.ts, the tests and src/raster/index.ts import them from here.
export { ColorTable, EventList } from './event-list.js';
export { mulberry32, revealSeed } from './ops/reveal.js';
export { defaultMode } from '../dsl/index.js';

/** Compiles steps of one canvas into a shared event list (`events`, from Painter). */
export class StepCompiler extends Painter {
  private scratch: EventList | null = null;

  /** Appends the events of `step` (the i-th drawn step) in the order of `mode`; returns their count. */
  compile(step: DrawingStep, mode: AnimateMode, stepIndex: number, seed: number): number {
    const start = this.events.length;
    // pixel_reveal starts from the stroke order (§5).
    const order: 'stroke' | 'fill' = mode === 'fill' ? 'fill' : 'stroke';
    switch (step.op) {
      case 'rect':
        paintRect(this, step, order);
        break;
      case 'circle':
        paintCircle(this, step, order);
        break;
      case 'polygon':
        paintPolygon(this, step, order);
        break;
      case 'line':
        paintLine(this, step);
        break;
      case 'text':
        paintText(this, step);
        break;
      case 'pixels':
        paintPixels(this, step);
        break;
      default:
        // Exhaustive. At run time (only a hand-built plan could get here) it draws nothing, as before.
        step satisfies never;
    }
    if (mode === 'pixel_reveal') reveal(this, start, revealSeed(seed, stepIndex));
    return this.events.length - start;
  }

  /**
   * N of `step` in `mode`: exactly the number of events `compile` would append, without the
   * ordering work (circle path sort, pixel_reveal dedup + shuffle) and, for rect, circle and
   * polygon, without listing the pixels. Registers the step's colours in the same order as
   * `compile`, so the colour table is complete and identical either way.
   */
  count(step: DrawingStep, mode: AnimateMode): number {
    switch (step.op) {
      case 'rect':
      case 'circle':
      case 'polygon': {
        const fill = step.fill === undefined ? -1 : this.colors.indexOf(step.fill);
        const outline = step.outline === undefined ? -1 : this.colors.indexOf(step.outline);
        const [path, covered] =
          step.op === 'rect' ? countRect(this, step) : step.op === 'circle' ? countCircle(this, step) : countPolygon(this, step);
        // stroke: path, then covered minus path; pixel_reveal: the distinct pixels of that.
        if (mode !== 'fill') return fill >= 0 ? covered : path;
        return (fill >= 0 ? covered : 0) + (outline >= 0 ? path : 0);
      }
      case 'line':
      case 'text':
      case 'pixels': {
        // Cheap to list: list them into a scratch buffer.
        const saved = this.events;
        const scratch = (this.scratch ??= new EventList());
        scratch.length = 0;
        this.events = scratch;
        try {
          this.compile(step, mode === 'pixel_reveal' ? 'stroke' : mode, 0, 0);
        } finally {
          this.events = saved;
        }
        return mode === 'pixel_reveal' ? this.distinctPixels(scratch.data, scratch.length) : scratch.length;
      }
      default:
        step satisfies never;
        return 0;
    }
  }

  /** Draws `value` like the `text` op (used by text cards too). */
  text(x0: number, y0: number, value: string, font: FontName, size: number, color: number): void {
    text(this, x0, y0, value, font, size, color);
  }
}
