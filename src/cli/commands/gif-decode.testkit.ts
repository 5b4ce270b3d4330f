// A minimal GIF decoder for tests: enough to read back what `render --gif` wrote
// (global/local colour tables, graphic control delays, LZW image data, no interlace).

export interface GifFrame {
  delayMs: number;
  /** RGB triples, width·height·3. */
  rgb: Uint8Array;
}

export interface DecodedGif {
  width: number;
  height: number;
  frames: GifFrame[];
}

function lzw(minCodeSize: number, data: Uint8Array, pixels: number): Uint8Array {
  const out = new Uint8Array(pixels);
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  let size = minCodeSize + 1;
  let dict: number[][] = [];
  const reset = (): void => {
    dict = [];
    for (let i = 0; i < clear; i++) dict.push([i]);
    dict.push([], []);
    size = minCodeSize + 1;
  };
  reset();
  let bit = 0;
  let n = 0;
  let previous: number[] | null = null;
  while (bit + size <= data.length * 8) {
    let code = 0;
    for (let i = 0; i < size; i++, bit++) code |= ((data[bit >> 3] >> (bit & 7)) & 1) << i;
    if (code === clear) {
      reset();
      previous = null;
      continue;
    }
    if (code === end) break;
    let entry: number[];
    if (code < dict.length) entry = dict[code];
    else if (previous !== null) entry = [...previous, previous[0]];
    else throw new Error('bad LZW code');
    if (previous !== null && dict.length < 4096) dict.push([...previous, entry[0]]);
    for (const v of entry) if (n < pixels) out[n++] = v;
    previous = entry;
    if (dict.length === 1 << size && size < 12) size++;
  }
  if (n !== pixels) throw new Error(`LZW gave ${n} of ${pixels} pixels`);
  return out;
}

export function decodeGif(bytes: Uint8Array): DecodedGif {
  const text = String.fromCharCode(...bytes.subarray(0, 6));
  if (text !== 'GIF89a' && text !== 'GIF87a') throw new Error('not a GIF');
  const u16 = (o: number): number => bytes[o] | (bytes[o + 1] << 8);
  const width = u16(6);
  const height = u16(8);
  let p = 13;
  let globalTable: Uint8Array | null = null;
  if (bytes[10] & 0x80) {
    const length = 3 * (1 << ((bytes[10] & 7) + 1));
    globalTable = bytes.subarray(p, p + length);
    p += length;
  }
  const frames: GifFrame[] = [];
  let delayMs = 0;
  const subBlocks = (): Uint8Array => {
    const parts: number[] = [];
    while (bytes[p] !== 0) {
      const length = bytes[p++];
      for (let i = 0; i < length; i++) parts.push(bytes[p++]);
    }
    p++;
    return Uint8Array.from(parts);
  };
  for (;;) {
    const marker = bytes[p++];
    if (marker === 0x3b) break;
    if (marker === 0x21) {
      const label = bytes[p++];
      const body = subBlocks();
      if (label === 0xf9) delayMs = (body[1] | (body[2] << 8)) * 10;
      continue;
    }
    if (marker !== 0x2c) throw new Error(`unexpected block 0x${marker.toString(16)}`);
    const [x, y, w, h] = [u16(p), u16(p + 2), u16(p + 4), u16(p + 6)];
    const packed = bytes[p + 8];
    p += 9;
    if (x !== 0 || y !== 0 || w !== width || h !== height) throw new Error('partial frames are not supported');
    if (packed & 0x40) throw new Error('interlace is not supported');
    let table = globalTable;
    if (packed & 0x80) {
      const length = 3 * (1 << ((packed & 7) + 1));
      table = bytes.subarray(p, p + length);
      p += length;
    }
    if (table === null) throw new Error('no colour table');
    const minCodeSize = bytes[p++];
    const indices = lzw(minCodeSize, subBlocks(), w * h);
    const rgb = new Uint8Array(w * h * 3);
    for (let i = 0; i < indices.length; i++) rgb.set(table.subarray(indices[i] * 3, indices[i] * 3 + 3), i * 3);
    frames.push({ delayMs, rgb });
    delayMs = 0;
  }
  return { width, height, frames };
}
