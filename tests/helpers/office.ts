// An office on the test server, made by the real `npm run office:setup` script: databases, security, validation, users.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CouchServer } from './couchServer.mjs';

const run = promisify(execFile);

export interface OfficeUser {
  name: string;
  roles: ('office' | 'youth')[];
  password: string;
}

export async function setUpOffice(server: CouchServer, prefix: string, users: OfficeUser[]): Promise<void> {
  await run(
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
async function dropValidation(server: CouchServer, prefix: string): Promise<void> {
  const auth = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
  for (const kind of ['office', 'youth']) {
    const url = `${server.url}/${prefix}${kind}/_design/twinning`;
    const found = (await (await fetch(url, { headers: { Authorization: auth } })).json()) as { _rev?: string };
    if (!found._rev) continue;
    const gone = await fetch(`${url}?rev=${found._rev}`, { method: 'DELETE', headers: { Authorization: auth } });
    if (!gone.ok) throw new Error(`could not remove the validation of ${kind}: ${gone.status}`);
  }
}

/** A fetch that logs in as `user` on every request (what main's proxy does for the desktop app). */
export function fetchAs(user: OfficeUser): typeof fetch {
  const auth = `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Authorization', auth);
    return fetch(input, { ...init, headers });
  };
}

/** Every revision body the server holds of a document (each leaf and each older revision), as its administrator reads it. */
export async function serverRevisionBodies(server: CouchServer, db: string, id: string): Promise<string> {
  const admin = fetchAs({ name: server.admin.name, password: server.admin.password, roles: [] });
  const url = `${server.url}/${db}/${encodeURIComponent(id)}`;
  const leaves = (await (
    await admin(`${url}?revs=true&open_revs=all`, { headers: { Accept: 'application/json' } })
  ).json()) as { ok?: { _revisions?: { start: number; ids: string[] } } }[];
  const texts = [JSON.stringify(leaves)];
  for (const leaf of leaves) {
    const history = leaf.ok?._revisions;
    for (const [i, hash] of (history?.ids ?? []).entries()) {
      texts.push(await (await admin(`${url}?rev=${history!.start - i}-${hash}`)).text());
    }
  }
  return texts.join('\n');
}
