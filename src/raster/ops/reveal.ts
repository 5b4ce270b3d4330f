// pixel_reveal (§5): dedup to one event per pixel, row-major, then a seeded shuffle.
import type { Painter } from './painter.js';

/** mulberry32 exactly as canvas-dsl.md §5 writes it; all values unsigned 32-bit. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t = t ^ (t + Math.imul(t ^ (t >>> 7), t | 61));
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** The shuffle state of the i-th drawn step: seed XOR (i·0x9E3779B1 mod 2³²). */
export function revealSeed(seed: number, stepIndex: number): number {
  return (seed ^ Math.imul(stepIndex, 0x9e3779b1)) >>> 0;
}

/**
 * pixel_reveal (§5): the events from `start` on (stroke order) reduced to one per distinct
 * pixel with its last colour, listed row-major, then shuffled by mulberry32.
 */
export function reveal(c: Painter, start: number, seed: number): void {
  const events = c.events;
  const end = events.length;
  c.generation++;
  const gen = c.generation;
  const mark = c.pathMark;
  const last = c.lastColor;
  const a = events.data;
  // Row-major = ascending pixel index: mark the pixels, then read the marked range in order.
  let minP = c.size;
  let maxP = -1;
  for (let k = start; k < end; k++) {
    const e = a[k];
    const p = e & 0xffff;
    mark[p] = gen;
    last[p] = e >>> 16;
    if (p < minP) minP = p;
    if (p > maxP) maxP = p;
  }
  let n = start;
  for (let p = minP; p <= maxP; p++) if (mark[p] === gen) a[n++] = (last[p] << 16) | p;
  const count = n - start;
  // mulberry32, inlined (same arithmetic as mulberry32() above).
  let s = seed >>> 0;
  for (let j = count - 1; j >= 1; j--) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t = t ^ (t + Math.imul(t ^ (t >>> 7), t | 61));
    const r = ((t ^ (t >>> 14)) >>> 0) % (j + 1);
    const tmp = a[start + j];
    a[start + j] = a[start + r];
    a[start + r] = tmp;
  }
  events.length = n;
}
