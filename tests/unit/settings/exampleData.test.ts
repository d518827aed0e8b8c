// Example data brings its own Swarzędz profile and goes in one step, taking only what it brought.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { hasExampleData, loadExampleData, removeExampleData } from '../../../renderer/db/repositories/example';
import { saveContact, savePartner } from '../../../renderer/db/repositories/partners';
import { createVisit } from '../../../renderer/db/repositories/visits';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { hasHomeTown, homeTownSetting, readSetting, writeSetting } from '../../../renderer/db/repositories/settings';
import { freshDatabase } from '../../helpers/db';

beforeEach(freshDatabase);
afterEach(() => db.close());

describe('example data', () => {
  it('brings the Swarzędz profile and takes it away again, leaving an office with no profile', async () => {
    expect(await hasHomeTown()).toBe(false);
    expect((await readSetting(homeTownSetting)).name).toBe('');
    await loadExampleData('2026-12-06');
    expect(await hasExampleData()).toBe(true);
    expect(await readSetting(homeTownSetting)).toMatchObject({
      name: 'Swarzędz',
      locative: 'Swarzędzu',
      example: true,
    });
    await removeExampleData();
    expect(await hasExampleData()).toBe(false);
    expect(await hasHomeTown()).toBe(false);
    expect(await db.partners.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.visits.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
  });

  it('keeps the office’s own profile when loading and removing the example', async () => {
    await writeSetting(homeTownSetting, { name: 'Tczew', country: 'PL', region: 'pomorskie' });
    await loadExampleData('2026-12-06');
    expect((await readSetting(homeTownSetting)).name).toBe('Tczew');
    await removeExampleData();
    expect(await readSetting(homeTownSetting)).toMatchObject({ name: 'Tczew', region: 'pomorskie' });
  });

  it('removes only example records: the office’s own partner, event and visit stay, unlinked from examples', async () => {
    await loadExampleData('2026-12-06');
    const ronnenberg = (await db.partners.where('name').equals('Ronnenberg').first())!;
    await saveContact({ partnerId: ronnenberg.id, name: 'Anna Schmidt', role: 'coordinator', languages: [] });
    const own = await savePartner({ name: 'Kolding', country: 'DK', relationKind: 'partnership', status: 'active' });
    const event = await saveEvent({
      title: 'Dni Koldingu',
      kind: 'cultural',
      allDay: true,
      start: '2027-05-01',
      end: '2027-05-01',
      host: ronnenberg.id,
      partnerIds: [own.id, ronnenberg.id],
      status: 'planned',
    });
    const visit = await createVisit({
      direction: 'incoming',
      partnerIds: [own.id, ronnenberg.id],
      title: 'Wizyta z Koldingu',
      start: '2027-06-01',
      end: '2027-06-02',
      status: 'planned',
      members: [],
      programme: [],
      costs: [],
    });
    await removeExampleData();
    expect((await db.partners.toArray()).map((p) => p.name)).toEqual(['Kolding']);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.events.get(event.id)).toMatchObject({ partnerIds: [own.id], host: 'home' });
    expect((await db.visits.get(visit.id))?.partnerIds).toEqual([own.id]);
  });

  it('keeps, as the office’s own, an example partner that is the only partner of the office’s visit', async () => {
    await loadExampleData('2026-12-06');
    const duclair = (await db.partners.where('name').equals('Duclair').first())!;
    await createVisit({
      direction: 'outgoing',
      partnerIds: [duclair.id],
      title: 'Wyjazd do Duclair',
      start: '2027-06-01',
      end: '2027-06-02',
      status: 'planned',
      members: [],
      programme: [],
      costs: [],
    });
    await removeExampleData();
    const left = await db.partners.toArray();
    expect(left.map((p) => [p.name, p.example])).toEqual([['Duclair', undefined]]);
    expect(await db.visits.count()).toBe(1);
  });
});
