// @vitest-environment jsdom
// Contacts and delegation members anonymised for retention stay anonymised after any restore: the register.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup/parse';
import { registerEffect } from '../../../shared/exchanges/erasureRegister';
import { createBackup } from '../../../renderer/db/backup/collect';
import { restoreBackup } from '../../../renderer/db/backup/restore';
import { db } from '../../../renderer/db/db';
import { readRegister, reapplyAnonymisations } from '../../../renderer/db/repositories/anonymisation';
import { anonymiseDormantPeople } from '../../../renderer/db/repositories/dormantPeople';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { scrubbedText } from '../../../renderer/features/backup/scrub';
import { freshDatabase } from '../../helpers/db';

beforeEach(freshDatabase);
afterEach(() => db.close());

const options = { schemaVersion: CURRENT_SCHEMA_VERSION };
const CANARIES = ['Kanarek Zdzisław', 'kanarek@example.de', '+49 511 777', 'lubi kanarki', 'Kanarkowa', 'Kanarkowy'];
const CONTACT_ID = '0b0a5a1e-0000-4000-8000-000000000001';
const MEMBER_ID = '0b0a5a1e-0000-4000-8000-000000000002';

/** The example data plus one named contact and one named member of the example's past visit. */
async function seed() {
  await loadExampleData('2026-11-26');
  const visit = (await db.visits.toArray())[0]!;
  const partner = (await db.partners.toArray())[0]!;
  await db.contacts.put({
    id: CONTACT_ID,
    partnerId: partner.id,
    name: 'Kanarek Zdzisław',
    role: 'coordinator',
    email: 'kanarek@example.de',
    phone: '+49 511 777',
    languages: ['de'],
    notes: 'lubi kanarki',
    createdAt: '2015-01-01T00:00:00.000Z',
    updatedAt: '2015-01-01T00:00:00.000Z',
  });
  await db.visits.put({
    ...visit,
    members: [
      ...visit.members,
      { id: MEMBER_ID, name: 'Kanarkowa', organisation: 'Kanarkowy', languages: ['de'], precedence: 9 },
    ],
  });
  return visit.id;
}

async function personalText() {
  return JSON.stringify([await db.contacts.toArray(), await db.visits.toArray()]);
}
const hits = (text: string) => CANARIES.filter((c) => text.includes(c));

describe('contacts and members in the register of anonymisations', () => {
  it('records the run by contact id and by visit and member id', async () => {
    const visitId = await seed();
    const record = await anonymiseDormantPeople([CONTACT_ID], [{ visitId, memberId: MEMBER_ID }]);
    expect(record).toMatchObject({
      participantIds: [],
      contactIds: [CONTACT_ID],
      members: [{ visitId, memberId: MEMBER_ID }],
    });
    expect(await readRegister()).toEqual([record]);
    expect(hits(await personalText())).toEqual([]);
    expect(await anonymiseDormantPeople(['0b0a5a1e-0000-4000-8000-00000000ffff'], [])).toBeNull();
  });

  it('a restore of a backup made before the anonymisation ends with the anonymised values, and the preview counts both', async () => {
    const visitId = await seed();
    const older = await parseBackup((await createBackup('0.1.0')).text, options);
    expect(hits(JSON.stringify(older.tables.contacts) + JSON.stringify(older.tables.visits))).toEqual(CANARIES);
    await anonymiseDormantPeople([CONTACT_ID], [{ visitId, memberId: MEMBER_ID }]);
    const register = await readRegister();

    // The restore preview: two people will be anonymised again; none after the restore.
    expect(registerEffect(older.tables, register)).toEqual({ reanonymised: 2, erased: 0 });
    await restoreBackup(older);
    expect(hits(await personalText())).toEqual([]);
    expect(await db.contacts.get(CONTACT_ID)).toMatchObject({ name: '—', role: 'coordinator', languages: [] });
    const member = (await db.visits.get(visitId))!.members.find((m) => m.id === MEMBER_ID);
    expect(member).toEqual({ id: MEMBER_ID, name: '—', languages: [], precedence: 9 });
    const now = await parseBackup((await createBackup('0.1.0')).text, options);
    expect(registerEffect(now.tables, register)).toEqual({ reanonymised: 0, erased: 0 });
    expect(await reapplyAnonymisations()).toBe(0);
  });

  it('a restore into a wiped database replays the copy kept outside it (the data folder)', async () => {
    const visitId = await seed();
    const older = await parseBackup((await createBackup('0.1.0')).text, options);
    await anonymiseDormantPeople([CONTACT_ID], [{ visitId, memberId: MEMBER_ID }]);
    const outside = await readRegister();
    await Promise.all(db.tables.map((t) => t.clear()));
    await restoreBackup(older, undefined, outside);
    expect(hits(await personalText())).toEqual([]);
    expect(await readRegister()).toEqual(outside);
  });

  it('an automatic backup holding them is rewritten without their data', async () => {
    const visitId = await seed();
    const text = (await createBackup('0.1.0')).text;
    await anonymiseDormantPeople([CONTACT_ID], [{ visitId, memberId: MEMBER_ID }]);
    const scrubbed = await scrubbedText(text, await readRegister());
    expect(scrubbed).not.toBeNull();
    expect(hits(scrubbed!)).toEqual([]);
    expect(await scrubbedText(scrubbed!, await readRegister())).toBeNull();
  });
});
