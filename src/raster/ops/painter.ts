// The shared state and emitters the per-op painters (ops/*.ts) write through: the event
// list, scratch buffers sized for the canvas once and reused (marks use a generation counter
// instead of clearing), and the path/cover emitters of shapes (§4: a shape is its ordered
// path plus its covered pixels). Fields are public so the op files can reach them; nothing
// outside src/raster sees this class.
import { EventList, type ColorTable } from '../event-list.js';

export class Painter {
  /** Where events are written; StepCompiler.count points it at a scratch list for a moment. */
  events = new EventList();
  readonly size: number;
  readonly pathMark: Uint32Array;
  readonly coverMark: Uint32Array;
  readonly lastColor: Uint16Array;
  generation = 0;
  readonly path: Int32Array;
  pathLength = 0;
  readonly linePoints: Int32Array;
  /** Per-row bitmap of a polygon's path pixels for counting (32 pixels a word), made on first use. */
  rowBits: Int32Array | null = null;
  readonly rowWords: number;
  edgeScratch: Float64Array | null = null;
  edgeOrder: Int32Array | null = null;
  /** Colour and mode of the cover being emitted (set by emitCovered, read by coverSpan and polygonCover). */
  coverColor = 0;
  coverSkipPath = false;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly colors: ColorTable,
    readonly palette: readonly string[],
  ) {
    this.size = width * height;
    this.pathMark = new Uint32Array(this.size);
    this.coverMark = new Uint32Array(this.size);
    this.lastColor = new Uint16Array(this.size);
    this.path = new Int32Array(this.size);
    this.linePoints = new Int32Array(2 * (Math.max(width, height) + 40));
    this.rowWords = (width + 31) >> 5;
  }

  distinctPixels(data: Uint32Array, length: number): number {
    this.generation++;
    const gen = this.generation;
    const mark = this.pathMark;
    let distinct = 0;
    for (let k = 0; k < length; k++) {
      const p = data[k] & 0xffff;
      if (mark[p] !== gen) {
        mark[p] = gen;
        distinct++;
      }
    }
    return distinct;
  }

  // ---- shapes: path (ordered, deduplicated, clipped) + covered pixels ----

  beginPath(): void {
    this.generation++;
    this.pathLength = 0;
  }

  addPathPixel(x: number, y: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const p = y * this.width + x;
    if (this.pathMark[p] === this.generation) return;
    this.pathMark[p] = this.generation;
    this.path[this.pathLength++] = p;
  }

  shape(order: 'stroke' | 'fill', fill: string | undefined, outline: string | undefined, cover: () => void): void {
    const fillColor = fill === undefined ? -1 : this.colors.indexOf(fill);
    const outlineColor = outline === undefined ? -1 : this.colors.indexOf(outline);
    if (order === 'stroke') {
      this.emitPath(outlineColor >= 0 ? outlineColor : fillColor);
      if (fillColor >= 0) this.emitCovered(cover, fillColor, true);
    } else {
      if (fillColor >= 0) this.emitCovered(cover, fillColor, false);
      if (outlineColor >= 0) this.emitPath(outlineColor);
    }
  }

  emitPath(color: number): void {
    const events = this.events;
    const count = this.pathLength;
    events.reserve(count);
    const data = events.data;
    const path = this.path;
    const word = color << 16;
    let n = events.length;
    for (let k = 0; k < count; k++) data[n++] = word | path[k];
    events.length = n;
  }

  emitCovered(cover: () => void, color: number, skipPath: boolean): void {
    this.coverColor = color;
    this.coverSkipPath = skipPath;
    cover();
  }

  /** Emits covered pixels of row y, columns x0..x1 (already clipped), left to right. */
  coverSpan(y: number, x0: number, x1: number): void {
    if (x1 < x0) return;
    const events = this.events;
    events.reserve(x1 - x0 + 1);
    const data = events.data;
    let n = events.length;
    const from = y * this.width + x0;
    const to = y * this.width + x1;
    const word = this.coverColor << 16;
    if (this.coverSkipPath) {
      const mark = this.pathMark;
      const gen = this.generation;
      for (let p = from; p <= to; p++) if (mark[p] !== gen) data[n++] = word | p;
    } else {
      for (let p = from; p <= to; p++) data[n++] = word | p;
    }
    events.length = n;
  }
}
