// Packs the app with the real electron-builder.yml against a stand-in Electron and checks app.asar.
// Runs after `npm run build` (it packs out/). No Electron download: `electronDist` points at a temp folder
// holding a stand-in `electron` executable, so `--dir --linux` only lays out the app and writes the asar.
// Fuses: @electron/fuses flips the wire that follows a sentinel string inside the Electron binary, so the
// stand-in carries that sentinel with Electron's default wire; electron-builder flips it with the yml's
// `electronFuses` exactly as for the real binary, and this check reads the wire back. Nothing in the
// configuration is overridden except where Electron comes from and where the output goes.
// Exits non-zero on any failed check.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import { load } from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies.electron;

/** The entries the packed app must hold, and patterns it must not. */
export const REQUIRED = ['/package.json', '/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html'];
export const FORBIDDEN = [
  [/(^|\/)node_modules(\/|$)/, 'node_modules'],
  [/\.map$/, 'source map'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'test file'],
  [/^\/(tests|electron|renderer|shared|scripts|src)\//, 'source or test folder'],
  [/^\/out\/test-results\//, 'test results'],
  [/\.tsx?$/, 'TypeScript source'],
];

/** Returns the problems found in a list of asar entries (empty when the asar is fine). */
export function checkEntries(entries) {
  const problems = [];
  for (const want of REQUIRED) if (!entries.includes(want)) problems.push(`missing ${want}`);
  for (const entry of entries) {
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(entry)) problems.push(`${what}: ${entry}`);
  }
  return problems;
}

/** The sentinel @electron/fuses looks for, and Electron's default wire after it (version 1, 8 fuses). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_WIRE = '10110001';
const ENABLE = 49;
const DISABLE = 48;

/** The yml's fuse option -> index in the wire. */
const FUSE_INDEX = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** Compares the packed executable's fuse wire with the yml's `electronFuses`. */
export function checkFuses(wire, wanted) {
  const problems = [];
  if (wire.version !== FuseVersion.V1) problems.push(`fuse wire version ${wire.version}`);
  if (!wanted) return [...problems, 'electron-builder.yml sets no electronFuses'];
  for (const [option, on] of Object.entries(wanted)) {
    const index = FUSE_INDEX[option];
    if (index === undefined) continue;
    if (wire[index] !== (on ? ENABLE : DISABLE)) problems.push(`fuse ${option} is not ${on ? 'on' : 'off'}`);
  }
  return problems;
}

/** Bare module names a packed bundle loads at run time; with no node_modules packed, only Electron and Node's own. */
export function strayImports(source) {
  const names = [
    ...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s*)["']([^"']+)["']/gm),
  ].map((m) => m[1]);
  return [...new Set(names)].filter(
    (n) =>
      !n.startsWith('.') && !n.startsWith('node:') && n !== 'electron' && !builtinModules.includes(n.split('/')[0]),
  );
}

/** Problems in the packed files' contents: stray imports, and the page without its CSP. */
export function checkContents(read) {
  const problems = [];
  for (const file of ['out/main/main.js', 'out/preload/preload.cjs']) {
    for (const name of strayImports(read(file))) problems.push(`${file} loads ${name}, which is not packed`);
  }
  const page = read('out/renderer/index.html').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  if (!/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/.test(page)) {
    problems.push('out/renderer/index.html has no Content-Security-Policy');
  }
  return problems;
}

/** A folder shaped like an unpacked Electron for Linux, with a placeholder executable holding a fuse wire. */
function standInElectron(dir) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const script = '#!/bin/sh\necho "stand-in Electron: not runnable"\nexit 1\n';
  const wire = Buffer.concat([
    Buffer.from(`${script}# ${FUSE_SENTINEL}`),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(`${DEFAULT_WIRE}\n`),
  ]);
  writeFileSync(path.join(dir, 'electron'), wire, { mode: 0o755 });
  writeFileSync(path.join(dir, 'locales', 'pl.pak'), '');
  writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(path.join(dir, 'version'), electronVersion);
}

export async function packCheck() {
  for (const want of REQUIRED.slice(1)) {
    if (!existsSync(path.join(root, want))) throw new Error(`${want} is missing: run \`npm run build\` first`);
  }
  const temp = mkdtempSync(path.join(tmpdir(), 'twinning-pack-'));
  try {
    const dist = path.join(temp, 'electron-dist');
    standInElectron(dist);
    const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: {
        ...config,
        electronVersion,
        electronDist: dist,
        npmRebuild: false,
        directories: { ...config.directories, output: path.join(temp, 'dist') },
      },
    });
    const asarPath = path.join(temp, 'dist', 'linux-unpacked', 'resources', 'app.asar');
    if (!existsSync(asarPath)) throw new Error(`no app.asar at ${asarPath}`);
    const entries = asar.listPackage(asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
    const problems = checkEntries(entries);
    if (problems.length === 0)
      problems.push(...checkContents((file) => asar.extractFile(asarPath, file).toString('utf8')));
    const packed = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
    if (packed.main !== 'out/main/main.js') problems.push(`package.json main is ${packed.main}`);
    if (packed.devDependencies || packed.scripts) problems.push('package.json keeps devDependencies or scripts');
    const executable = path.join(temp, 'dist', 'linux-unpacked', config.linux?.executableName ?? 'twinning-desk');
    if (existsSync(executable))
      problems.push(...checkFuses(await getCurrentFuseWire(executable), config.electronFuses));
    else problems.push(`no executable ${path.basename(executable)}`);
    return { entries: entries.length, problems };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const { entries, problems } = await packCheck();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(`pack check FAILED (${entries} entries in app.asar, ${seconds}s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `pack check ok: app.asar holds main, preload and renderer, nothing stray; fuses flipped as configured (${entries} entries, ${seconds}s)`,
  );
}
