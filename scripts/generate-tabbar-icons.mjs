// Draws the four tab bar icons (normal and selected) as 81x81 PNGs into src/assets/tabbar/.
// WeChat needs local PNG files of at most 40 KB for tab icons; drawing them here keeps the repo
// free of binary design sources and of image dependencies. Run: node scripts/generate-tabbar-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const SUPERSAMPLE = 4
const COLORS = { normal: [0x8a, 0x94, 0xa6], active: [0x1f, 0x5e, 0xff] }
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tabbar')

// Shapes are predicates over a 0..81 coordinate space.
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
const polygon = (points) => (x, y) => {
  let inside = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]
    const [xj, yj] = points[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}
const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y))
const minus = (shape, ...holes) => (x, y) => shape(x, y) && !holes.some((h) => h(x, y))

const ICONS = {
  home: union(
    polygon([[40.5, 10], [72, 38], [66, 38], [40.5, 16.5], [15, 38], [9, 38]]),
    minus(roundedRect(18, 34, 63, 70, 4), roundedRect(24, 40, 57, 64, 2)),
    roundedRect(34, 48, 47, 70, 2),
  ),
  report: union(
    minus(
      polygon([[40.5, 8], [75, 70], [6, 70]]),
      polygon([[40.5, 20], [64.5, 64], [16.5, 64]]),
    ),
    roundedRect(37.5, 32, 43.5, 52, 3),
    circle(40.5, 58.5, 3.5),
  ),
  booking: union(
    minus(roundedRect(10, 16, 71, 72, 7), roundedRect(16, 32, 65, 66, 3)),
    roundedRect(23, 8, 29, 24, 3),
    roundedRect(52, 8, 58, 24, 3),
    roundedRect(23, 40, 33, 48, 2),
    roundedRect(36, 40, 46, 48, 2),
    roundedRect(49, 40, 59, 48, 2),
    roundedRect(23, 52, 33, 60, 2),
    roundedRect(36, 52, 46, 60, 2),
  ),
  mine: union(
    minus(circle(40.5, 27, 16), circle(40.5, 27, 10)),
    minus(
      (x, y) => y <= 74 && ((x - 40.5) / 30) ** 2 + ((y - 74) / 28) ** 2 <= 1,
      (x, y) => y <= 68 && ((x - 40.5) / 24) ** 2 + ((y - 74) / 22) ** 2 <= 1,
    ),
    roundedRect(10.5, 68, 70.5, 74, 3),
  ),
}

function render(shape, [r, g, b]) {
  const rows = []
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4) // leading byte: PNG filter type 0 (none)
    for (let px = 0; px < SIZE; px++) {
      let covered = 0
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          if (shape(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE)) covered++
        }
      }
      const alpha = Math.round((covered / SUPERSAMPLE ** 2) * 255)
      row.set([r, g, b, alpha], 1 + px * 4)
    }
    rows.push(row)
  }
  return encodePng(Buffer.concat(rows))
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
function encodePng(scanlines) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

mkdirSync(OUT_DIR, { recursive: true })
for (const [name, shape] of Object.entries(ICONS)) {
  for (const [variant, color] of Object.entries(COLORS)) {
    const file = join(OUT_DIR, variant === 'active' ? `${name}-active.png` : `${name}.png`)
    const png = render(shape, color)
    writeFileSync(file, png)
    console.log(`${file} ${(png.length / 1024).toFixed(1)} KB`)
  }
}
