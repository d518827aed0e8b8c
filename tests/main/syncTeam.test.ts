// Main's side of team sync: the password kept with safeStorage, and the page reaching the server only through main.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialStore, type SecretBox } from '../../electron/sync/credentials';
import { teamHandlers } from '../../electron/sync/ipc';
import { createTeamProxy, isTeamRequest, serverUrl } from '../../electron/sync/proxy';
import { startCouchServer, type CouchServer } from '../helpers/couchServer.mjs';

/** A stand-in for Electron's safeStorage: reversible, and never the plain text. */
function fakeSafeStorage(available = true): SecretBox {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((b) => b ^ 0x5a)),
    decryptString: (data) => Buffer.from([...data].map((b) => b ^ 0x5a)).toString('utf8'),
  };
}

let folder: string;
let server: CouchServer;
const prefix = `m${Date.now()}-`;
const admin = () => `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
const asAdmin = (p: string, init: RequestInit = {}) =>
  fetch(`${server.url}/${p}`, { ...init, headers: { Authorization: admin(), 'Content-Type': 'application/json' } });

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'team-'));
  server = await startCouchServer();
  await asAdmin(`${prefix}youth`, { method: 'PUT' });
  await asAdmin(`${prefix}youth/_security`, {
    method: 'PUT',
    body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [], roles: ['youth'] } }),
  });
  for (const [name, roles] of [
    ['ola', ['youth']],
    ['jan', ['office']],
  ] as const) {
    await asAdmin(`_users/org.couchdb.user:${name}`, {
      method: 'PUT',
      body: JSON.stringify({ name, roles, type: 'user', password: `${name}-pw` }),
    });
  }
}, 90_000);
afterAll(async () => {
  if (server?.real) {
    await asAdmin(`${prefix}youth`, { method: 'DELETE' });
  }
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('the server address', () => {
  it('takes https, and plain http only to this machine', () => {
    expect(serverUrl('https://couch.gmina.example.pl/')).toEqual({ url: 'https://couch.gmina.example.pl' });
    expect(serverUrl('http://couch.gmina.example.pl')).toEqual({ refused: 'insecure' });
    expect(serverUrl('http://127.0.0.1:5984')).toEqual({ url: 'http://127.0.0.1:5984' });
    expect(serverUrl('https://anna:secret@couch.example.pl')).toEqual({ refused: 'badAddress' });
    expect(serverUrl('couch')).toEqual({ refused: 'badAddress' });
  });
});

describe('connecting a desk', () => {
  it('keeps the password encrypted by main and gives the page only the account', async () => {
    const file = path.join(folder, 'team.json');
    const store = createCredentialStore(fakeSafeStorage(), file);
    const team = teamHandlers(createTeamProxy(store, fetch), store);
    expect(await team.teamConnect({ url: server.url, user: 'ola', password: 'wrong' })).toEqual({
      refused: 'unauthorized',
    });
    expect(await team.teamConnect({ url: `${server.url}/`, user: 'ola', password: 'ola-pw' })).toEqual({
      connected: { url: server.url, user: 'ola', roles: ['youth'] },
    });
    expect(readFileSync(file, 'utf8')).not.toContain('ola-pw');
    // A new start of the app reads it back.
    const again = createCredentialStore(fakeSafeStorage(), file);
    expect((await again.load())?.password).toBe('ola-pw');
    expect(await teamHandlers(createTeamProxy(again, fetch), again).teamAccount()).toEqual({
      url: server.url,
      user: 'ola',
      roles: ['youth'],
    });
    await team.teamDisconnect();
    expect(await team.teamAccount()).toBeNull();
  });

  it('refuses to keep a password where the system has no secure storage, and stores nothing', async () => {
    const file = path.join(folder, 'none.json');
    const store = createCredentialStore(fakeSafeStorage(false), file);
    const proxy = createTeamProxy(store, fetch);
    expect(await proxy.connect({ url: server.url, user: 'ola', password: 'ola-pw' })).toEqual({
      refused: 'noSecureStorage',
    });
    expect(await store.load()).toBeNull();
  });

  it('says the server cannot be reached', async () => {
    const store = createCredentialStore(fakeSafeStorage(), path.join(folder, 'x.json'));
    const result = await createTeamProxy(store, fetch).connect({
      url: 'http://127.0.0.1:9',
      user: 'ola',
      password: 'x',
    });
    expect(result).toMatchObject({ refused: 'unreachable' });
  });
});

describe('the page reaching the server through main', () => {
  const page = (p: string, init?: RequestInit) => new Request(`app://twinning-desk/_team/${p}`, init);

  it('forwards with the kept login: the server lets the youth role in and keeps the office role out', async () => {
    expect(isTeamRequest('app://twinning-desk/_team/x')).toBe(true);
    expect(isTeamRequest('app://twinning-desk/index.html')).toBe(false);
    const youthStore = createCredentialStore(fakeSafeStorage(), path.join(folder, 'youth.json'));
    const youth = createTeamProxy(youthStore, fetch);
    await youth.connect({ url: server.url, user: 'ola', password: 'ola-pw' });
    const put = await youth.handle(
      page(`${prefix}youth/p1`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ table: 'participants', record: { id: 'p1' }, changedBy: 'ola' }),
      }),
    );
    expect(put.status).toBe(201);
    const read = await youth.handle(page(`${prefix}youth/_all_docs?include_docs=true`));
    expect(((await read.json()) as { rows: unknown[] }).rows).toHaveLength(1);

    const officeStore = createCredentialStore(fakeSafeStorage(), path.join(folder, 'office.json'));
    const office = createTeamProxy(officeStore, fetch);
    await office.connect({ url: server.url, user: 'jan', password: 'jan-pw' });
    expect((await office.handle(page(`${prefix}youth/_all_docs`))).status).toBe(401);
  });

  it("keeps the login's roles as the server's session answer gives them when an administrator changes them", async () => {
    const file = path.join(folder, 'roles.json');
    const store = createCredentialStore(fakeSafeStorage(), file);
    const proxy = createTeamProxy(store, fetch);
    await asAdmin('_users/org.couchdb.user:eva', {
      method: 'PUT',
      body: JSON.stringify({ name: 'eva', roles: ['office', 'youth'], type: 'user', password: 'eva-pw' }),
    });
    await proxy.connect({ url: server.url, user: 'eva', password: 'eva-pw' });
    expect((await store.load())?.roles).toEqual(['office', 'youth']);
    const user = (await (await asAdmin('_users/org.couchdb.user:eva')).json()) as Record<string, unknown>;
    await asAdmin('_users/org.couchdb.user:eva', {
      method: 'PUT',
      body: JSON.stringify({ ...user, roles: ['office'], password: 'eva-pw' }),
    });
    const answer = await proxy.handle(page('_session'));
    expect(((await answer.json()) as { userCtx: { roles: string[] } }).userCtx.roles).toEqual(['office']);
    expect((await store.load())?.roles).toEqual(['office']);
    // The next start of the app reads the new roles from the file.
    const again = createCredentialStore(fakeSafeStorage(), file);
    expect(await teamHandlers(createTeamProxy(again, fetch), again).teamAccount()).toMatchObject({ roles: ['office'] });
    expect((await again.load())?.password).toBe('eva-pw');
  });

  it('refuses paths that climb out, methods it does not forward, and says when nobody is connected', async () => {
    const store = createCredentialStore(fakeSafeStorage(), path.join(folder, 'guard.json'));
    const proxy = createTeamProxy(store, fetch);
    expect((await proxy.handle(page('x'))).status).toBe(503);
    await proxy.connect({ url: server.url, user: 'ola', password: 'ola-pw' });
    expect((await proxy.handle(page('%2e%2e/_config'))).status).toBe(400);
    expect((await proxy.handle(page('db%2F..%2F..%2F_config'))).status).toBe(400);
    expect((await proxy.handle(page('x', { method: 'PATCH' }))).status).toBe(405);
  });
});
