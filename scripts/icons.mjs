// Generates every packaging icon from the one source build/icon.svg: Linux PNGs, Windows .ico, macOS .icns.
// Renders with the system Chromium through Playwright (no download), then packs ICO/ICNS by hand.
// Usage: `node scripts/icons.mjs` (commit the results in build/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const svg = readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types that hold PNG data, with their pixel size. */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

async function render(sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const out = new Map();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      out.set(size, await page.locator('svg').screenshot({ omitBackground: true, type: 'png' }));
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** An ICO whose entries are PNG images (supported since Windows Vista). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const [size, png] of pngs) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs.map(([, png]) => png)]);
}

/** An ICNS made of PNG elements. */
function icns(elements) {
  const chunks = elements.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])].sort((a, b) => a - b);
const png = await render(sizes);

mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const size of LINUX_SIZES) writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png.get(size));
writeFileSync(path.join(buildDir, 'icon.png'), png.get(1024));
writeFileSync(path.join(buildDir, 'icon.ico'), ico(ICO_SIZES.map((s) => [s, png.get(s)])));
writeFileSync(path.join(buildDir, 'icon.icns'), icns(ICNS_TYPES.map(([type, s]) => [type, png.get(s)])));
console.log(
  `icons written to ${path.relative(root, buildDir)}: ${LINUX_SIZES.length} PNGs, icon.png, icon.ico, icon.icns`,
);
