import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
const [file, x, y, w, h, out] = process.argv.slice(2);
const src = PNG.sync.read(readFileSync(file));
const dst = new PNG({ width: +w, height: +h });
PNG.bitblt(src, dst, +x, +y, +w, +h, 0, 0);
writeFileSync(out, PNG.sync.write(dst));
