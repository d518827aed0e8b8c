// The office's server for tests and the benchmark: pouchdb-server on 127.0.0.1 with a temp data folder, stopped
// after, or a real CouchDB 3.x when COUCHDB_URL=http://admin:password@host:5984 is set (then nothing is started or
// stopped); and the office set up on it by the real `npm run office:setup` script.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

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

/**
 * An office on the server, made by the real `npm run office:setup` script: databases, security, validation, users
 * (`{ name, roles: ('office' | 'youth')[], password }`).
 */
export async function setUpOffice(server, prefix, users) {
  await promisify(execFile)(
    process.execPath,
    [
      path.resolve('scripts/office-setup.mjs'),
      '--url',
      server.url,
      '--admin',
      `${server.admin.name}:${server.admin.password}`,
      '--prefix',
      prefix,
      ...users.flatMap((u) => ['--user', `${u.name}:${u.roles.join(',')}:${u.password}`]),
    ],
    { timeout: 60_000 },
  );
  if (!server.real) await dropValidation(server, prefix);
}

/**
 * pouchdb-server 4.2's validation plugin (pouchdb-validation) overwrites an incoming revision's history with the
 * stored document's (`newDoc._revisions = oldDoc._revisions`), so with a validate_doc_update every replicated
 * update of an existing document is answered 201 and silently dropped. CouchDB 3 has no such fault: against a
 * real CouchDB (COUCHDB_URL) the sync tests keep the validation functions; on pouchdb-server they run without.
 */
async function dropValidation(server, prefix) {
  const auth = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
  for (const kind of ['office', 'youth']) {
    const url = `${server.url}/${prefix}${kind}/_design/twinning`;
    const found = await (await fetch(url, { headers: { Authorization: auth } })).json();
    if (!found._rev) continue;
    const gone = await fetch(`${url}?rev=${found._rev}`, { method: 'DELETE', headers: { Authorization: auth } });
    if (!gone.ok) throw new Error(`could not remove the validation of ${kind}: ${gone.status}`);
  }
}
