// A small GIF89a decoder for tests: reads every frame (LZW, sub-rectangles, transparency,
// disposal 0/1/2/3) and composes what a viewer shows after each one. Shared by the gallery
// and `drawstream render --gif` tests.

export interface DecodedFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  delayMs: number;
  disposal: number;
  transparentIndex: number | null;
  /** The whole screen after this frame, RGBA (alpha 0 where nothing was ever drawn). */
  screen: Uint8Array;
}

export interface DecodedGif {
  version: string;
  width: number;
  height: number;
  /** Global colour table as [r, g, b] entries (its full, power-of-two length). */
  palette: number[][];
  loopCount: number | null;
  frames: DecodedFrame[];
}

function lzwDecode(minCodeSize: number, data: Uint8Array, pixelCount: number): Uint8Array {
  const out = new Uint8Array(pixelCount);
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let i = 0; i < clear; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    first[i] = i;
    length[i] = 1;
  }
  let codeSize = minCodeSize + 1;
  let next = clear + 2;
  let previous = -1;
  let written = 0;
  let bits = 0;
  let bitCount = 0;
  let pos = 0;
  const emit = (code: number): void => {
    const n = length[code];
    let at = written + n - 1;
    for (let c = code; c >= 0; c = prefix[c]) {
      if (at < pixelCount) out[at] = suffix[c];
      at--;
    }
    written += n;
  };
  for (;;) {
    while (bitCount < codeSize) {
      if (pos >= data.length) throw new Error('GIF: LZW data ended without an end code');
      bits |= data[pos++] << bitCount;
      bitCount += 8;
    }
    const code = bits & ((1 << codeSize) - 1);
    bits >>>= codeSize;
    bitCount -= codeSize;
    if (code === clear) {
      codeSize = minCodeSize + 1;
      next = clear + 2;
      previous = -1;
      continue;
    }
    if (code === end) break;
    if (previous === -1) {
      if (code >= clear) throw new Error('GIF: first LZW code is not a literal');
      emit(code);
      previous = code;
      continue;
    }
    const known = code < next;
    if (!known && code !== next) throw new Error(`GIF: LZW code ${code} out of range`);
    // A code one past the table (KwKwK) is the previous string plus its own first byte.
    const firstOfCode = known ? first[code] : first[previous];
    if (known) emit(code);
    if (next < 4096) {
      prefix[next] = previous;
      suffix[next] = firstOfCode;
      first[next] = first[previous];
      length[next] = length[previous] + 1;
      next++;
    }
    if (!known) emit(code);
    previous = code;
    if (next === 1 << codeSize && codeSize < 12) codeSize++;
  }
  if (written !== pixelCount) throw new Error(`GIF: ${written} of ${pixelCount} pixels in the frame`);
  return out;
}

export function decodeGif(bytes: Uint8Array): DecodedGif {
  let pos = 0;
  const u8 = (): number => {
    if (pos >= bytes.length) throw new Error('GIF: unexpected end of file');
    return bytes[pos++];
  };
  const u16 = (): number => u8() | (u8() << 8);
  const subBlocks = (): Uint8Array => {
    const parts: number[] = [];
    for (let size = u8(); size !== 0; size = u8()) for (let i = 0; i < size; i++) parts.push(u8());
    return Uint8Array.from(parts);
  };
  const colorTable = (size: number): number[][] => {
    const table: number[][] = [];
    for (let i = 0; i < size; i++) table.push([u8(), u8(), u8()]);
    return table;
  };

  const version = String.fromCharCode(...bytes.subarray(0, 6));
  if (version !== 'GIF89a' && version !== 'GIF87a') throw new Error('GIF: bad signature');
  pos = 6;
  const width = u16();
  const height = u16();
  const packed = u8();
  u8(); // background colour index
  u8(); // pixel aspect ratio
  const palette = packed & 0x80 ? colorTable(1 << ((packed & 7) + 1)) : [];
  const screen = new Uint8Array(width * height * 4);
  const frames: DecodedFrame[] = [];
  let loopCount: number | null = null;
  let control = { delayMs: 0, disposal: 0, transparentIndex: null as number | null };

  for (;;) {
    const block = u8();
    if (block === 0x3b) break;
    if (block === 0x21) {
      const label = u8();
      const body = subBlocks();
      if (label === 0xf9) {
        control = {
          disposal: (body[0] >> 2) & 7,
          delayMs: (body[1] | (body[2] << 8)) * 10,
          transparentIndex: body[0] & 1 ? body[3] : null,
        };
      } else if (label === 0xff && body.length >= 14 && String.fromCharCode(...body.subarray(0, 11)) === 'NETSCAPE2.0') {
        loopCount = body[12] | (body[13] << 8);
      }
      continue;
    }
    if (block !== 0x2c) throw new Error(`GIF: unknown block 0x${block.toString(16)}`);
    const x = u16();
    const y = u16();
    const w = u16();
    const h = u16();
    const flags = u8();
    if (flags & 0x40) throw new Error('GIF: interlaced frames are not expected here');
    const table = flags & 0x80 ? colorTable(1 << ((flags & 7) + 1)) : palette;
    const minCodeSize = u8();
    const indices = lzwDecode(minCodeSize, subBlocks(), w * h);
    if (x + w > width || y + h > height) throw new Error('GIF: frame outside the screen');
    const before = control.disposal === 3 ? screen.slice() : null;
    for (let r = 0; r < h; r++) {
      for (let c = 0; c < w; c++) {
        const index = indices[r * w + c];
        if (index === control.transparentIndex) continue;
        const rgb = table[index];
        if (rgb === undefined) throw new Error(`GIF: colour index ${index} outside the table`);
        const o = ((y + r) * width + (x + c)) * 4;
        screen[o] = rgb[0];
        screen[o + 1] = rgb[1];
        screen[o + 2] = rgb[2];
        screen[o + 3] = 255;
      }
    }
    frames.push({ x, y, width: w, height: h, ...control, screen: screen.slice() });
    if (control.disposal === 2) {
      for (let r = 0; r < h; r++) screen.fill(0, ((y + r) * width + x) * 4, ((y + r) * width + x + w) * 4);
    } else if (control.disposal === 3 && before !== null) {
      screen.set(before);
    }
    control = { delayMs: 0, disposal: 0, transparentIndex: null };
  }
  return { version, width, height, palette, loopCount, frames };
}
