// Anonymising adults (a partner's contact, a delegation member) compacts the office's database as erasing a minor
// compacts the youth one: no earlier revision on the server still holds their name, also when the desk's login
// has only the office role.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TwinningDb } from '../../../renderer/db/schema';
import { SyncEngine } from '../../../renderer/db/sync/engine';
import { outboxMiddleware } from '../../../renderer/db/sync/outbox';
import type { Contact, Visit } from '../../../shared/domain';
import { anonymiseContact, anonymiseMember } from '../../../shared/privacy/dormantPeople';
import { startCouchServer, type CouchServer } from '../../helpers/couchServer.mjs';
import { fetchAs, serverRevisionBodies, setUpOffice, type OfficeUser } from '../../helpers/office';
import { stamps, until } from './fixtures';

// pouchdb-browser reads the browser's `self` and `navigator`: Node 20 has neither.
vi.hoisted(() => {
  const g = globalThis as { self?: unknown; navigator?: unknown };
  g.self ??= globalThis;
  g.navigator ??= { userAgent: 'Node.js' };
});

const jan: OfficeUser = { name: 'jan', roles: ['office'], password: 'jan-pass-1' };
const prefix = `a${Date.now()}-`;
let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
  await setUpOffice(server, prefix, [jan]);
}, 90_000);
afterAll(async () => server?.stop());

const contact = {
  id: 'c1',
  partnerId: 'p1',
  role: 'mayor',
  name: 'Canary-Contact',
  email: 'canary@ronnenberg.example.de',
  languages: ['de'],
  ...stamps,
} as unknown as Contact;
const member = { id: 'm1', name: 'Canary-Member', function: 'Bürgermeister', precedence: 1, languages: ['de'] };
const visit = {
  id: 'v1',
  direction: 'incoming',
  partnerIds: ['p1'],
  title: 'Delegation',
  start: '2019-05-10',
  end: '2019-05-12',
  status: 'done',
  members: [member],
  programme: [],
  logistics: [],
  costs: [],
  ...stamps,
} as unknown as Visit;

describe('anonymising a contact and a delegation member', () => {
  it('leaves no earlier body holding their names in the office database on the server', async () => {
    const name = `adults-${Date.now()}`;
    const db = new TwinningDb(name);
    db.use(
      outboxMiddleware(
        () => true,
        () => 5_000,
      ),
    );
    await db.open();
    const engine = new SyncEngine({
      db,
      login: jan.name,
      roles: jan.roles,
      remoteBase: `${server.url}/`,
      serverPrefix: prefix,
      localPrefix: `${name}-mirror-`,
      fetch: fetchAs(jan),
      now: () => 5_000,
      onStatus: () => undefined,
    });
    // Every revision body the server holds of a document ('' while it holds none).
    const bodies = (id: string) => serverRevisionBodies(server, `${prefix}office`, id).catch(() => '');
    try {
      engine.start();
      await db.contacts.put(contact);
      await db.visits.put(visit);
      await until(async () => (await bodies('contacts:c1')).includes('Canary-Contact'), 'the contact on the server');
      await until(async () => (await bodies('visits:v1')).includes('Canary-Member'), 'the visit on the server');

      const at = '2026-12-06T10:00:00.000Z';
      await db.transaction('rw', [db.contacts, db.visits, db.anonymisations], async () => {
        await db.contacts.put(anonymiseContact(contact, at));
        await db.visits.put({ ...visit, members: [anonymiseMember(member as Visit['members'][number])] });
        await db.anonymisations.add({
          id: 'people-1',
          at,
          participantIds: [],
          eventIds: [],
          contactIds: ['c1'],
          members: [{ visitId: 'v1', memberId: 'm1' }],
        });
      });
      await until(async () => !(await bodies('contacts:c1')).includes('Canary'), 'no earlier contact body');
      await until(async () => !(await bodies('visits:v1')).includes('Canary'), 'no earlier member body');
      // The anonymised records themselves are still there.
      expect(await bodies('contacts:c1')).toContain('"role":"mayor"');
      expect(await bodies('visits:v1')).toContain('"title":"Delegation"');
    } finally {
      await engine.stop();
      db.close();
    }
  });
});
