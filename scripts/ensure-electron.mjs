// Before `npm start` and `npm run dev`: a Node new enough for Electron 45, and Electron's binary in node_modules (fetched once).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Electron 45 and its installer need this Node (its package.json `engines`). */
export const MIN_NODE = '22.12.0';

/** True when `version` (e.g. `20.20.0` or `v22.11.1`) is older than MIN_NODE. */
export function nodeTooOld(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = MIN_NODE.split('.').map(Number);
  return major < needMajor || (major === needMajor && minor < needMinor);
}

/** The folder of the installed `electron` package. */
export function defaultElectronDir() {
  return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

/**
 * The Electron executable the tools start, or null when it is missing. electron-vite and Playwright
 * find it only through `path.txt`, which Electron's installer writes after the download.
 */
export function electronBinary(electronDir) {
  try {
    const relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronDir, 'dist', relative);
    return relative && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * Runs Electron's own installer (the `install-electron` command of the package) and resolves with
 * its exit code and the first line it wrote to stderr. Its download honours ELECTRON_MIRROR and the
 * usual proxy settings.
 */
export function runElectronInstaller(electronDir, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: 1, reason: error.message }));
    child.on('close', (code) => {
      const reason = stderr.split('\n').find((line) => line.trim().length > 0) ?? '';
      resolve({ code: code ?? 1, reason: reason.trim() });
    });
  });
}

/** The message for a Node older than Electron 45 accepts: one line, no stack trace. */
export const nodeMessage = (version) =>
  `Electron 45 needs Node.js ${MIN_NODE} or newer to install and start the desktop app; this is Node.js ${version.replace(/^v/, '')}: ` +
  'install a current Node.js LTS and run `npm start` again (`npm run start:web` serves the app in a browser meanwhile).';

/** The message when the binary could not be fetched: one paragraph saying what happened and what to do. */
export const downloadMessage = (reason) =>
  'Electron could not be downloaded, so the desktop app cannot start. ' +
  'Its binary (about 100 MB, fetched once into node_modules/electron) comes from GitHub, or from the mirror named in ' +
  'ELECTRON_MIRROR; check the internet connection or the proxy (HTTPS_PROXY), then run `npm start` again. ' +
  'Without internet, `npm run start:web` serves the same app in a browser.' +
  (reason ? ` (The installer said: ${reason})` : '');

/**
 * Checks Node, then fetches Electron's binary when it is missing. Resolves with the exit code:
 * 0 when the app can start, 1 with one clear message when it cannot.
 */
export async function ensureElectron({
  nodeVersion = process.versions.node,
  electronDir = defaultElectronDir(),
  install = runElectronInstaller,
  log = (line) => console.log(line),
  error = (line) => console.error(line),
} = {}) {
  if (nodeTooOld(nodeVersion)) {
    error(nodeMessage(nodeVersion));
    return 1;
  }
  if (electronBinary(electronDir)) return 0;
  log('Electron is not downloaded yet: fetching it once (about 100 MB)…');
  const { code, reason } = await install(electronDir);
  if (code === 0 && electronBinary(electronDir)) return 0;
  error(downloadMessage(code === 0 ? 'it finished, but no Electron binary is in node_modules/electron' : reason));
  return 1;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const at = process.argv.indexOf('--electron-dir');
  const electronDir = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : undefined;
  process.exitCode = await ensureElectron({ electronDir });
}
