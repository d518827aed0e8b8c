// The packaging configuration: Electron fuses, installers per platform, what is packed, and the icons.
// The packing itself runs in scripts/pack-check.mjs (after the build), which also reads the flipped fuses back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const section = (name: string) => (config[name] ?? {}) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer: Buffer): [number, number] {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

describe('Electron fuses', () => {
  const fuses = section('electronFuses');

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets %s to %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('ship a current, exactly pinned Electron', () => {
    const electron = String((pkg.devDependencies as Record<string, string>).electron);
    expect(electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(electron.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('packs the app into an asar, which the integrity and asar-only fuses rely on', () => {
    expect(config.asar).toBe(true);
  });

  it('is what electron-builder 26 reads (the key exists in its configuration type)', () => {
    const types = readFileSync(path.join(root, 'node_modules/app-builder-lib/out/configuration.d.ts'), 'utf8');
    expect(types).toContain('readonly electronFuses?: FuseOptionsV1 | null;');
    for (const fuse of Object.keys(fuses)) expect(types).toContain(`${fuse}?: boolean;`);
  });
});

describe('installers', () => {
  it('names and describes the product', () => {
    expect(config.productName).toBe('Twinning Desk');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(String(section('extraMetadata').description ?? pkg.description).length).toBeGreaterThan(20);
    expect(section('extraMetadata').desktopName).toBe('twinning-desk.desktop');
  });

  it('makes a per-user NSIS installer for Windows in Polish and English', () => {
    const win = section('win');
    expect(JSON.stringify(win.target)).toContain('nsis');
    const nsis = section('nsis');
    expect(nsis.perMachine).toBe(false);
    expect(nsis.oneClick).toBe(false);
    expect(nsis.allowElevation).toBe(false);
    expect(nsis.installerLanguages).toEqual(['pl_PL', 'en_US']);
    expect(nsis.language).toBe('1045');
    expect(win.icon).toBe('build/icon.ico');
  });

  it('makes a deb (recommended, with the AppArmor profile) and an AppImage for Linux, in the Office category', () => {
    const linux = section('linux');
    expect(linux.target).toEqual(['deb', 'AppImage']);
    expect(linux.category).toBe('Office');
    expect(linux.executableName).toBe('twinning-desk');
    expect(linux.maintainer).toBeTruthy();
    const entry = (linux.desktop as { entry: Record<string, string> }).entry;
    expect(entry.Name).toBe('Twinning Desk');
    expect(entry.StartupWMClass).toBe('twinning-desk');
    expect(linux.icon).toBe('build/icons');
  });

  it('makes a dmg for macOS in the productivity category', () => {
    const mac = section('mac');
    expect(mac.target).toEqual(['dmg']);
    expect(mac.category).toBe('public.app-category.productivity');
    expect(mac.icon).toBe('build/icon.icns');
  });

  it('packs only the built output: no sources, maps, tests or node_modules', () => {
    const files = config.files as string[];
    expect(files.filter((f) => !f.startsWith('!')).sort()).toEqual([
      'out/main/**/*',
      'out/preload/**/*',
      'out/renderer/**/*',
      'package.json',
    ]);
    expect(files).toContain('!**/*.map');
    expect(files).toContain('!**/node_modules/**/*');
    expect(Object.keys((pkg.dependencies ?? {}) as object)).toEqual([]);
  });
});

describe('icons', () => {
  it('come from one SVG source and the script that renders it', () => {
    expect(readFileSync(path.join(root, 'build/icon.svg'), 'utf8')).toMatch(/^<svg[^>]+viewBox="0 0 512 512"/);
    expect(readFileSync(path.join(root, 'scripts/icons.mjs'), 'utf8')).toContain("'icon.svg'");
  });

  it('has Linux PNGs whose sizes match their names, up to 512 px', () => {
    const files = readdirSync(path.join(root, 'build/icons')).filter((f) => f.endsWith('.png'));
    expect(files).toContain('512x512.png');
    for (const file of files) {
      const [w, h] = pngSize(readFileSync(path.join(root, 'build/icons', file)));
      expect(`${w}x${h}.png`).toBe(file);
    }
  });

  it('has a Windows .ico holding a 256 px image and a macOS .icns holding 512 and 1024 px images', () => {
    const ico = readFileSync(path.join(root, 'build/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(widths).toContain(256);
    const icns = readFileSync(path.join(root, 'build/icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic09'))).toBe(true);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
    expect(pngSize(readFileSync(path.join(root, 'build/icon.png')))).toEqual([1024, 1024]);
  });

  it('are all present where electron-builder looks for them', () => {
    for (const file of ['build/icon.ico', 'build/icon.icns', 'build/icon.png', 'build/icons/256x256.png']) {
      expect(existsSync(path.join(root, file))).toBe(true);
    }
  });
});

/** The checks scripts/pack-check.mjs exports (a plain script, so typed here). */
interface PackCheck {
  checkEntries(entries: string[]): string[];
  checkFuses(wire: Record<string, string | number>, wanted: Record<string, boolean>): string[];
  strayImports(source: string): string[];
  checkContents(read: (file: string) => string): string[];
}
const packCheck = async () =>
  (await import(pathToFileURL(path.join(root, 'scripts/pack-check.mjs')).href)) as PackCheck;

describe('the pack check itself (scripts/pack-check.mjs) catches a bad package', () => {
  const good = [
    '/package.json',
    '/out/main/main.js',
    '/out/preload/preload.cjs',
    '/out/renderer/index.html',
    '/out/renderer/assets/index-abc.js',
  ];

  it('passes a package that holds only the built output', async () => {
    const { checkEntries } = await packCheck();
    expect(checkEntries(good)).toEqual([]);
  });

  it.each([
    ['/node_modules/zod/index.js', 'node_modules'],
    ['/out/renderer/assets/index-abc.js.map', 'source map'],
    ['/tests/main/security.test.ts', 'test file'],
    ['/electron/main.ts', 'source or test folder'],
    ['/out/test-results/vitest.json', 'test results'],
  ])('fails on %s', async (entry, what) => {
    const { checkEntries } = await packCheck();
    expect(checkEntries([...good, entry]).join('\n')).toContain(what);
  });

  it('fails when the preload is missing', async () => {
    const { checkEntries } = await packCheck();
    expect(checkEntries(good.filter((e) => !e.includes('preload')))).toEqual(['missing /out/preload/preload.cjs']);
  });

  it('fails on a fuse left at Electron’s default', async () => {
    const { checkFuses } = await packCheck();
    const defaults = { version: '1', 0: 49, 1: 48, 2: 49, 3: 49, 4: 48, 5: 48, 6: 48, 7: 49 };
    const wanted = section('electronFuses') as Record<string, boolean>;
    expect(checkFuses(defaults, wanted).sort()).toEqual(
      Object.keys(wanted)
        .map((f) => `fuse ${f} is not ${wanted[f] ? 'on' : 'off'}`)
        .sort(),
    );
    const flipped = { version: '1', 0: 48, 1: 49, 2: 48, 3: 48, 4: 49, 5: 49, 6: 48, 7: 48 };
    expect(checkFuses(flipped, wanted)).toEqual([]);
  });

  it('fails when a packed bundle loads a package that is not packed', async () => {
    const { strayImports, checkContents } = await packCheck();
    expect(
      strayImports(
        'import { z } from "zod"; import fs from "node:fs"; import { app } from "electron"; require("path")',
      ),
    ).toEqual(['zod']);
    const files: Record<string, string> = {
      'out/main/main.js': 'import "dexie";',
      'out/preload/preload.cjs': 'require("electron")',
      'out/renderer/index.html': '<head></head>',
    };
    expect(checkContents((f) => files[f] ?? '')).toEqual([
      'out/main/main.js loads dexie, which is not packed',
      'out/renderer/index.html has no Content-Security-Policy',
    ]);
  });
});
