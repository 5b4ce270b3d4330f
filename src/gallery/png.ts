// Still image of a frame: 8-bit RGBA PNG (colour type 6, non-interlaced, every pixel opaque),
// upscaled nearest-neighbour — the same file `drawstream render --png` describes.
import { PNG, type PackerOptions } from 'pngjs';
import { upscaleNearest } from '../raster/index.js';

const MAX_SCALE = 32;
// Paeth alone compresses upscaled pixel art as well as the adaptive choice (within 1%) at a third of the CPU.
const PNG_OPTIONS: PackerOptions = { colorType: 6, inputColorType: 6, bitDepth: 8, inputHasAlpha: true, filterType: 4 };

function upscaledOpaque(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  scale: number,
): { data: Buffer; width: number; height: number } {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`PNG size must be positive whole numbers (got ${width}x${height})`);
  }
  if (rgba.length < width * height * 4) throw new RangeError(`PNG pixels: need ${width * height * 4} bytes, got ${rgba.length}`);
  if (!Number.isFinite(scale)) throw new RangeError(`PNG scale must be a number (got ${scale})`);
  const s = Math.min(MAX_SCALE, Math.max(1, Math.floor(scale)));
  // A private copy: upscaleNearest reads through a Uint32Array view, which needs an aligned buffer.
  const source = new Uint8ClampedArray(width * height * 4);
  source.set(rgba.subarray(0, width * height * 4));
  const big = upscaleNearest(source, width, height, s);
  for (let i = 3; i < big.length; i += 4) big[i] = 255;
  return { data: Buffer.from(big.buffer, big.byteOffset, big.byteLength), width: width * s, height: height * s };
}

/** PNG bytes of an RGBA image upscaled `scale` times (integer 1..32). Throws RangeError on a bad size. */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, scale: number): Buffer {
  const image = upscaledOpaque(rgba, width, height, scale);
  const png = new PNG({ width: image.width, height: image.height, ...PNG_OPTIONS });
  png.data = image.data;
  return PNG.sync.write(png, PNG_OPTIONS);
}

/** Same image as encodePng; the deflate runs on libuv's thread pool instead of the event loop. */
export function encodePngAsync(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, scale: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const image = upscaledOpaque(rgba, width, height, scale);
    const png = new PNG({ width: image.width, height: image.height, ...PNG_OPTIONS });
    png.data = image.data;
    const chunks: Buffer[] = [];
    const stream = png.pack();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
