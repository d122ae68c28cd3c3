// Draws the app icon — two overlapping rings (共, "together") whose shared lens is filled, in the
// Digital Agency brand blue on a white rounded square — and writes icon.png (512×512, Linux),
// icon.ico (Windows) and icon.icns (macOS). Pure Node (zlib only), so it runs offline:
//   node build/make-icons.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const BLUE = [0x00, 0x17, 0xc1];
const WHITE = [0xff, 0xff, 0xff];
const EDGE = [0xd8, 0xdc, 0xf0];

/** Signed distance to a rounded square centred at 0.5 (negative inside). */
function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

const RING_R = 0.235;
const RING_W = 0.058;
const LEFT = [0.395, 0.5];
const RIGHT = [0.605, 0.5];

/** Colour of the icon at unit coordinates, or null for transparent. */
function shade(x, y) {
  const plate = roundedSquare(x, y, 0.44, 0.1);
  if (plate > 0) return null;
  const dl = Math.hypot(x - LEFT[0], y - LEFT[1]);
  const dr = Math.hypot(x - RIGHT[0], y - RIGHT[1]);
  const inLens = dl < RING_R && dr < RING_R;
  const onRing = Math.abs(dl - RING_R) < RING_W / 2 || Math.abs(dr - RING_R) < RING_W / 2;
  if (inLens || onRing) return BLUE;
  return plate > -0.008 ? EDGE : WHITE;
}

/** RGBA pixels at `size`, 4×4 supersampled for smooth edges. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (c === null) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, i) => {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (filter 0 on every row; zlib does the rest). */
function png(size) {
  const pixels = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows .ico with PNG-compressed entries (supported since Vista). */
function ico(sizes, pngs) {
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const e = 6 + i * 16;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4); // planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(pngs[i].length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += pngs[i].length;
  });
  return Buffer.concat([header, ...pngs]);
}

/** A macOS .icns with PNG entries (ic07–ic14 cover 128–1024 px including @2x). */
function icns(entries) {
  const parts = entries.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const cache = new Map();
const pngOf = (size) => cache.get(size) ?? cache.set(size, png(size)).get(size);

const icoSizes = [16, 24, 32, 48, 64, 128, 256];
writeFileSync(path.join(here, 'icon.png'), pngOf(512));
writeFileSync(path.join(here, 'icon.ico'), ico(icoSizes, icoSizes.map(pngOf)));
writeFileSync(
  path.join(here, 'icon.icns'),
  icns([
    ['ic11', pngOf(32)],
    ['ic12', pngOf(64)],
    ['ic07', pngOf(128)],
    ['ic13', pngOf(256)],
    ['ic08', pngOf(256)],
    ['ic14', pngOf(512)],
    ['ic09', pngOf(512)],
    ['ic10', pngOf(1024)],
  ]),
);
process.stdout.write('build: wrote icon.png, icon.ico, icon.icns\n');
