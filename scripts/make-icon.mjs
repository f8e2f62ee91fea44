#!/usr/bin/env node
// Draws media/icon.png (128×128): lines of text, one highlighted, under a magnifying lens. No dependencies: the
// shapes are signed-distance functions, antialiased by coverage, and the PNG is written with node:zlib.
// usage: node scripts/make-icon.mjs [out.png]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const size = 128;
const out = path.resolve(process.argv[2] ?? 'media/icon.png');

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const background = hex('#1e3a5f');
const paper = hex('#f4f1ea');
const ink = hex('#9aa7b8');
const highlight = hex('#f2b33d');
const lensRim = hex('#ffffff');
const lensGlass = hex('#cfe6ff');

const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by, r) => {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
};
const cover = (d) => Math.max(0, Math.min(1, 0.5 - d)); // signed distance → pixel coverage

// Layers, bottom to top: [signed distance at (x, y), colour, opacity].
const lens = { cx: 76, cy: 70, r: 30 };
const lines = [
  [30, 34, 98],
  [30, 50, 84],
  [30, 66, 98],
  [30, 82, 72],
  [30, 98, 90],
];
const layers = [
  [(x, y) => roundedBox(x, y, 64, 64, 62, 62, 22), background, 1],
  [(x, y) => roundedBox(x, y, 62, 64, 42, 48, 6), paper, 1],
  ...lines.map(([x0, y0, x1]) => [(x, y) => segment(x, y, x0, y0, x1, y0, 3), ink, 1]),
  [(x, y) => roundedBox(x, y, 63, 66, 37, 7, 3), highlight, 0.9],
  [(x, y) => segment(x, y, 30, 66, 98, 66, 3), hex('#7a4f00'), 1],
  [(x, y) => Math.hypot(x - lens.cx, y - lens.cy) - lens.r, lensGlass, 0.35],
  [(x, y) => Math.abs(Math.hypot(x - lens.cx, y - lens.cy) - lens.r) - 4.5, lensRim, 1],
  [(x, y) => segment(x, y, 98, 92, 116, 110, 7), lensRim, 1],
];

const rgba = Buffer.alloc(size * size * 4);
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (const [sdf, colour, opacity] of layers) {
      // 4×4 supersampling for smooth edges
      let c = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) c += cover(sdf(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4) * 1);
      const alpha = (c / 16) * opacity;
      if (alpha === 0) continue;
      const outA = alpha + a * (1 - alpha);
      [r, g, b] = [0, 1, 2].map((i) => (colour[i] * alpha + [r, g, b][i] * a * (1 - alpha)) / outA);
      a = outA;
    }
    rgba.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (y * size + x) * 4);
  }
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
