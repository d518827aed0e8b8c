// The office's users on the test server (set up by `npm run office:setup`), logins and what the server holds.
import type { CouchServer } from './couchServer.mjs';

export { setUpOffice } from './couchServer.mjs';

export interface OfficeUser {
  name: string;
  roles: ('office' | 'youth')[];
  password: string;
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
