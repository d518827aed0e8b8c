// The office setup command: its documents, and against a live server (pouchdb-server, or COUCHDB_URL) twice.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ROLES, OFFICE_TABLES, YOUTH_TABLES } from '../../shared/sync/tables';
import { startCouchServer, type CouchServer } from '../helpers/couchServer.mjs';

const run = promisify(execFile);
const setup = (...args: string[]) => run(process.execPath, ['scripts/office-setup.mjs', ...args]);

interface Printed {
  databases: {
    name: string;
    security: { members: { roles: string[] } };
    design: { _id: string; validate_doc_update: string };
  }[];
  users: { name: string; roles: string[] }[];
}
type Validate = (doc: object, old: object | null, user: { name: string | null; roles: string[] }) => void;

async function printed(...args: string[]): Promise<Printed> {
  return JSON.parse((await setup('--print', ...args)).stdout) as Printed;
}

describe('the setup documents', () => {
  it('put participants and rooms in a database only the youth role may use, everything else in the office one', async () => {
    const { databases } = await printed('--prefix', 'gmina-');
    expect(databases.map((d) => [d.name, d.security.members.roles])).toEqual([
      ['gmina-office', [...DATABASE_ROLES.office]],
      ['gmina-youth', [...DATABASE_ROLES.youth]],
    ]);
    const tablesIn = (source: string) => JSON.parse(/var tables = (\[.*\]);/.exec(source)![1]!) as string[];
    expect(tablesIn(databases[0]!.design.validate_doc_update)).toEqual([...OFFICE_TABLES]);
    expect(tablesIn(databases[1]!.design.validate_doc_update)).toEqual([...YOUTH_TABLES]);
  });

  it('validate: members only, known tables only, the author is the login; admins pass', async () => {
    const { databases } = await printed();
    const compile = (source: string) => new Function(`return ${source}`)() as Validate;
    const [office, youth] = databases.map((d) => compile(d.design.validate_doc_update)) as [Validate, Validate];
    const doc = { table: 'participants', record: { id: 'p1' }, changedBy: 'ola' };
    expect(() => youth(doc, null, { name: 'ola', roles: ['youth'] })).not.toThrow();
    expect(() => youth(doc, null, { name: 'ola', roles: ['office'] })).toThrow(
      expect.objectContaining({ forbidden: 'Your role may not write here.' }),
    );
    expect(() => youth(doc, null, { name: null, roles: [] })).toThrow(
      expect.objectContaining({ unauthorized: expect.any(String) }),
    );
    expect(() => youth({ ...doc, changedBy: 'someone' }, null, { name: 'ola', roles: ['youth'] })).toThrow(
      expect.objectContaining({ forbidden: 'changedBy must be the login.' }),
    );
    expect(() => office(doc, null, { name: 'ola', roles: ['youth'] })).toThrow(
      expect.objectContaining({ forbidden: 'Unknown table: participants' }),
    );
    expect(() => office({ ...doc, table: 'partners' }, null, { name: 'ola', roles: ['office'] })).not.toThrow();
    expect(() => office({ table: 'nope' }, null, { name: 'root', roles: ['_admin'] })).not.toThrow();
  });

  it('refuses a user with an unknown role and names the user', async () => {
    await expect(setup('--print', '--user', 'ola:secretary')).rejects.toMatchObject({
      stderr: expect.stringContaining('--user ola: roles are office and/or youth'),
    });
  });
});

describe('setting up an office server', () => {
  let server: CouchServer;
  const prefix = `t${Date.now()}-`;
  beforeAll(async () => {
    server = await startCouchServer();
  }, 90_000);
  afterAll(async () => {
    if (server?.real) {
      const auth = { Authorization: basic(server.admin.name, server.admin.password) };
      for (const name of ['office', 'youth'])
        await fetch(`${server.url}/${prefix}${name}`, { method: 'DELETE', headers: auth });
      for (const name of ['ola', 'jan']) {
        const user = (await (
          await fetch(`${server.url}/_users/org.couchdb.user:${name}`, { headers: auth })
        ).json()) as {
          _rev?: string;
        };
        if (user._rev)
          await fetch(`${server.url}/_users/org.couchdb.user:${name}?rev=${user._rev}`, {
            method: 'DELETE',
            headers: auth,
          });
      }
    }
    await server?.stop();
  });

  const basic = (name: string, password: string) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
  const as = (name: string, password: string, path: string, init: RequestInit = {}) =>
    fetch(`${server.url}/${path}`, {
      ...init,
      headers: { Authorization: basic(name, password), 'Content-Type': 'application/json' },
    });

  it('creates databases, security, validation and users, and changes nothing the second time', async () => {
    const args = ['--url', server.url, '--admin', `${server.admin.name}:${server.admin.password}`, '--prefix', prefix];
    const first = await setup(...args, '--user', 'ola:office,youth:ola-password', '--user', 'jan:office');
    expect(first.stdout).toContain(`created   database ${prefix}office`);
    expect(first.stdout).toContain(`created   database ${prefix}youth`);
    expect(first.stdout).toContain(`set       security of ${prefix}youth (roles youth)`);
    const generated = /user jan \(office\), password: (\S+)/.exec(first.stdout)?.[1];
    expect(generated).toBeDefined();

    const second = await setup(...args, '--user', 'ola:office,youth', '--user', 'jan:office');
    const lines = second.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines.every((l) => l.startsWith('unchanged'))).toBe(true);

    // The server, not the app, keeps minors' data from the office role.
    expect((await as('jan', generated!, `${prefix}youth/_all_docs`)).status).toBe(401);
    expect((await as('ola', 'ola-password', `${prefix}youth/_all_docs`)).status).toBe(200);
    const write = (changedBy: string) =>
      as('jan', generated!, `${prefix}office/partners:p1`, {
        method: 'PUT',
        body: JSON.stringify({ table: 'partners', record: { id: 'p1', name: 'Duclair' }, changedBy }),
      });
    expect((await write('ola')).status).toBe(403);
    expect((await write('jan')).status).toBe(201);
  });

  it('says what is wrong with a wrong admin password and stops', async () => {
    await expect(
      setup('--url', server.url, '--admin', `${server.admin.name}:wrong`, '--prefix', prefix),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/401/),
    });
  });
});
