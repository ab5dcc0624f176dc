// Draws Steady's app icons (a sun rising over calm water) and writes them as PNGs into
// src/web/public/icons. Built-in modules only, so the icons can be regenerated anywhere without
// a download: `node src/web/tools/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../public/icons/', import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TOP = [62, 128, 118]; // soft teal
const BOTTOM = [44, 100, 94];
const CREAM = [246, 241, 231];

/** Colour at (x, y) in unit coordinates; `scale` shrinks the drawing toward the centre (maskable safe zone). */
function sample(x, y, { scale, rounded }) {
  if (rounded) {
    // Rounded square: transparent outside a corner radius of 22%.
    const r = 0.22;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  }
  const bg = TOP.map((t, i) => t + (BOTTOM[i] - t) * y);
  const u = 0.5 + (x - 0.5) / scale;
  const v = 0.5 + (y - 0.5) / scale;
  // A sun rising over calm water: the disc is cut off just above the first wave.
  if ((u - 0.5) ** 2 + (v - 0.49) ** 2 < 0.2 ** 2 && v < 0.53) return CREAM;
  // Two waves: thick sine strokes with round ends, the lower one shorter.
  const half = 0.03;
  for (const [x0, x1, base] of [
    [0.22, 0.78, 0.6],
    [0.32, 0.68, 0.71],
  ]) {
    const wave = (t) => base + 0.022 * Math.sin(((t - x0) / (x1 - x0)) * Math.PI * 2);
    if (u >= x0 && u <= x1 && Math.abs(v - wave(u)) < half) return CREAM;
    for (const end of [x0, x1]) if ((u - end) ** 2 + (v - wave(end)) ** 2 < half * half) return CREAM;
  }
  return bg;
}

function draw(size, opts) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 4; // 4×4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, opts);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return encodePng(size, rgba);
}

mkdirSync(OUT, { recursive: true });
const files = {
  'icon-192.png': draw(192, { scale: 1, rounded: true }),
  'icon-512.png': draw(512, { scale: 1, rounded: true }),
  // Maskable icons are cropped by the launcher; keep the drawing inside the central safe circle.
  'icon-maskable-192.png': draw(192, { scale: 0.8, rounded: false }),
  'icon-maskable-512.png': draw(512, { scale: 0.8, rounded: false }),
  'apple-touch-icon.png': draw(180, { scale: 0.9, rounded: false }),
  'favicon-32.png': draw(32, { scale: 1.1, rounded: true }),
};
for (const [name, png] of Object.entries(files)) writeFileSync(OUT + name, png);
process.stdout.write(`Wrote ${Object.keys(files).length} icons to ${OUT}\n`);
