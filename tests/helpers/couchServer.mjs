// The office's server for tests: pouchdb-server on 127.0.0.1 with a temp data folder, stopped after; or a
// real CouchDB 3.x when COUCHDB_URL=http://admin:password@host:5984 is set (then nothing is started or stopped).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ADMIN = { name: 'admin', password: 'test-admin-password' };
const bin = path.resolve('node_modules/pouchdb-server/bin/pouchdb-server');

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pouchdb-server did not start in time');
}

/**
 * Starts the server (or takes COUCHDB_URL). Returns its plain URL, the admin's name and password, and
 * `stop()`. `port` pins the port (the browser journeys route to a known one).
 */
export async function startCouchServer({ port } = {}) {
  if (process.env.COUCHDB_URL) {
    const url = new URL(process.env.COUCHDB_URL);
    const admin = { name: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    url.username = '';
    url.password = '';
    return { url: url.toString().replace(/\/$/, ''), admin, real: true, stop: async () => {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'twinning-couch-'));
  const chosen = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    [
      bin,
      '--host',
      '127.0.0.1',
      '--port',
      String(chosen),
      '--dir',
      dir,
      '--config',
      path.join(dir, 'config.json'),
      '--no-stdout-logs',
    ],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${chosen}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForServer(url, child, Date.now() + 60_000);
    const made = await fetch(`${url}/_config/admins/${ADMIN.name}`, {
      method: 'PUT',
      body: JSON.stringify(ADMIN.password),
    });
    if (!made.ok) throw new Error(`could not create the admin: ${made.status}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, admin: ADMIN, real: false, stop };
}
