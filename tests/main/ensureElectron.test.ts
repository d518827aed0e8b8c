// The step before `npm start`: Node new enough, Electron's binary fetched once, one clear message when it cannot be.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultElectronDir,
  electronBinary,
  ensureElectron,
  nodeTooOld,
  runElectronInstaller,
} from '../../scripts/ensure-electron.mjs';

const root = path.resolve(__dirname, '../..');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-electron-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** A copy of the installed electron package without its binary: its own installer, package.json and checksums. */
async function electronWithoutBinary(): Promise<string> {
  const copy = path.join(dir, 'electron');
  await mkdir(copy);
  for (const file of ['install.js', 'package.json', 'checksums.json']) {
    await copyFile(path.join(defaultElectronDir(), file), path.join(copy, file));
  }
  return copy;
}

/** Lays out what Electron's installer leaves behind: path.txt naming the executable under dist/. */
async function placeBinary(electronDir: string): Promise<void> {
  await mkdir(path.join(electronDir, 'dist'), { recursive: true });
  await writeFile(path.join(electronDir, 'dist', 'electron'), '');
  await writeFile(path.join(electronDir, 'path.txt'), 'electron');
}

/** A loopback address where nothing listens: a download from it is refused at once. */
async function unreachableMirror(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

/** The environment for Electron's installer: the package's dependencies reachable, downloads from `mirror`. */
const installerEnv = (mirror: string) => ({
  ...process.env,
  NODE_PATH: path.join(root, 'node_modules'),
  ELECTRON_MIRROR: mirror,
  electron_config_cache: path.join(dir, 'cache'),
});

function recorder() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (line: string) => out.push(line), error: (line: string) => err.push(line) };
}

describe('the Node version', () => {
  it.each([
    ['20.20.2', true],
    ['v22.11.9', true],
    ['22.12.0', false],
    ['22.13.1', false],
    ['24.4.0', false],
  ])('%s is too old: %s', (version, tooOld) => {
    expect(nodeTooOld(version)).toBe(tooOld);
  });

  it('older than 22.12 stops the start with one line naming both versions, before any download', async () => {
    const io = recorder();
    const installs: string[] = [];
    const code = await ensureElectron({
      nodeVersion: '20.20.2',
      electronDir: await electronWithoutBinary(),
      install: async (d) => (installs.push(d), { code: 0, reason: '' }),
      ...io,
    });
    expect(code).toBe(1);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).not.toContain('\n');
    expect(io.err[0]).toContain('Node.js 22.12.0 or newer');
    expect(io.err[0]).toContain('this is Node.js 20.20.2');
    expect(installs).toEqual([]);
  });
});

describe('the Electron binary', () => {
  it('already there: the start goes ahead without running the installer', async () => {
    const electronDir = await electronWithoutBinary();
    await placeBinary(electronDir);
    const io = recorder();
    let installs = 0;
    const code = await ensureElectron({
      nodeVersion: '22.12.0',
      electronDir,
      install: async () => (installs++, { code: 0, reason: '' }),
      ...io,
    });
    expect(code).toBe(0);
    expect(installs).toBe(0);
    expect(electronBinary(electronDir)).toBe(path.join(electronDir, 'dist', 'electron'));
    expect([...io.out, ...io.err]).toEqual([]);
  });

  it('missing: the installer runs once, and the start goes ahead when it delivered the binary', async () => {
    const electronDir = await electronWithoutBinary();
    const io = recorder();
    const installs: string[] = [];
    const code = await ensureElectron({
      nodeVersion: '22.12.0',
      electronDir,
      install: async (d) => {
        installs.push(d);
        await placeBinary(d);
        return { code: 0, reason: '' };
      },
      ...io,
    });
    expect(code).toBe(0);
    expect(installs).toEqual([electronDir]);
    expect(io.out).toEqual(['Electron is not downloaded yet: fetching it once (about 100 MB)…']);
    expect(io.err).toEqual([]);
  });

  it('counts a path.txt whose executable is missing as not installed', async () => {
    const electronDir = await electronWithoutBinary();
    await writeFile(path.join(electronDir, 'path.txt'), 'electron');
    expect(electronBinary(electronDir)).toBeNull();
  });

  it('not downloadable: Electron’s real installer fails, and the user gets one paragraph and a non-zero exit', async () => {
    const electronDir = await electronWithoutBinary();
    const mirror = await unreachableMirror();
    const io = recorder();
    const code = await ensureElectron({
      nodeVersion: '22.12.0',
      electronDir,
      install: (d) => runElectronInstaller(d, installerEnv(mirror)),
      ...io,
    });
    expect(code).toBe(1);
    expect(io.err).toHaveLength(1);
    const [message] = io.err;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^Electron could not be downloaded, so the desktop app cannot start\./);
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('npm run start:web');
    // The installer's own first error line is quoted, its stack trace is not.
    expect(message).toMatch(/\(The installer said: .*(fetch failed|ECONNREFUSED).*\)$/);
    expect(message).not.toMatch(/\bat .*\.js:\d+/);
    expect(await readdir(electronDir)).not.toContain('path.txt');
  });

  it('an installer that exits 0 without a binary still stops the start with the paragraph', async () => {
    const io = recorder();
    const code = await ensureElectron({
      nodeVersion: '24.4.0',
      electronDir: await electronWithoutBinary(),
      install: async () => ({ code: 0, reason: '' }),
      ...io,
    });
    expect(code).toBe(1);
    expect(io.err[0]).toContain('no Electron binary is in node_modules/electron');
  });
});

/** Runs a script with Node and collects what it printed and its exit code. */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, script), ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the commands as a user runs them', () => {
  it('the prestart step exits non-zero with its one message when the binary cannot be fetched', async () => {
    const electronDir = await electronWithoutBinary();
    const result = await runScript(
      'scripts/ensure-electron.mjs',
      ['--electron-dir', electronDir],
      installerEnv(await unreachableMirror()),
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(1);
    // This machine's Node decides which of the two messages comes first.
    if (nodeTooOld(process.versions.node)) expect(lines[0]).toContain('needs Node.js 22.12.0 or newer');
    else expect(lines[0]).toMatch(/^Electron could not be downloaded/);
    expect(await readdir(electronDir)).not.toContain('path.txt');
  });

  it('npm run test:desktop says in one line that it did not run, and exits 0, where there is no binary', async () => {
    const electronDir = await electronWithoutBinary();
    const result = await runScript('scripts/test-desktop.mjs', ['--electron-dir', electronDir], process.env);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Desktop journey not run: .* has no Electron binary/);
    expect(result.stderr).toBe('');
  });
});
