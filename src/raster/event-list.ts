// The packed event list and colour table every compiled plan shares (canvas-dsl.md §4–§5).
// An event is packed in a uint32 as (colourIndex << 16) | (y·width + x): the canvas is at
// most 256×256, so a pixel index fits 16 bits, and a plan has far fewer than 65 536 colours.

/** Growable packed event list. */
export class EventList {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.data = new Uint32Array(Math.max(capacity, 1024));
  }

  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.data.length) return;
    let capacity = this.data.length;
    while (capacity < needed) capacity *= 2;
    const next = new Uint32Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  push(pixel: number, color: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = (color << 16) | pixel;
  }
}

/** Colour table of a compiled plan: "#rrggbb" → index. */
export class ColorTable {
  readonly colors: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(hex: string): number {
    let i = this.index.get(hex);
    if (i === undefined) {
      i = this.colors.length;
      this.colors.push(hex);
      this.index.set(hex, i);
    }
    return i;
  }
}
