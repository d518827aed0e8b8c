import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/db';
import { ValidationError } from '../../../renderer/db/errors';
import {
  anonymiseCamps,
  eraseParticipant,
  eraseParticipants,
  listAnonymisationRuns,
  previewAnonymisation,
  reapplyAnonymisations,
} from '../../../renderer/db/repositories/anonymisation';
import {
  assignRoom,
  getPersonRecord,
  getPersonRecords,
  importParticipants,
  listParticipants,
  listRetentionCamps,
  listRetentionEnds,
  listTowns,
} from '../../../renderer/db/repositories/participants';
import { deleteRoom, saveRoom } from '../../../renderer/db/repositories/rooms';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import type { ParticipantDraft } from '../../../shared/exchanges/importCsv';
import { freshDatabase } from '../../helpers/db';

beforeEach(freshDatabase);
afterEach(() => db.close());

async function camp() {
  await loadExampleData('2026-11-26');
  return (await db.events.where('kind').equals('youthCamp').first())!;
}

const draft = (eventId: string, occurrence: string, firstName: string): ParticipantDraft => ({
  eventId,
  occurrence,
  firstName,
  lastName: 'Kowalczyk',
  birthDate: '2008-03-04',
  birthYear: 2008,
  role: 'participant',
  sendingTown: 'home',
  guardianName: 'Ewa Kowalczyk',
  guardianPhone: '+48 600 000 000',
  status: 'registered',
  consents: { parental: { givenOn: '2019-05-01', givenBy: 'Ewa Kowalczyk' } },
  dietaryNotes: 'bez glutenu',
});

describe('participants of a camp occurrence', () => {
  it('imports all drafts or, when one is invalid, none', async () => {
    const { id } = await camp();
    const bad = { ...draft(id, '2019-07-10', 'Zofia'), firstName: ' ' };
    await expect(importParticipants([draft(id, '2019-07-10', 'Jan'), bad])).rejects.toBeInstanceOf(ValidationError);
    expect(await db.participants.count()).toBe(0);
    expect(await importParticipants([draft(id, '2019-07-10', 'Jan'), draft(id, '2020-07-10', 'Zofia')])).toBe(2);
    expect((await listParticipants(id, '2019-07-10')).map((p) => p.firstName)).toEqual(['Jan']);
  });

  it('reads for the dashboard only editions old enough to be due that still hold personal data', async () => {
    const { id } = await camp();
    await importParticipants([
      draft(id, '2015-07-10', 'Jan'),
      draft(id, '2019-07-10', 'Zofia'),
      draft(id, '2024-07-10', 'Ola'),
    ]);
    const old = (await listParticipants(id, '2015-07-10')).map((p) => p.id);
    await anonymiseCamps([{ eventId: id, occurrence: '2015-07-10' }]);
    expect(old).toHaveLength(1);
    const due = await listRetentionEnds('2021-11-26');
    expect(due.map((c) => [c.occurrence, c.identified])).toEqual([['2019-07-10', 1]]);
    const all = await listRetentionCamps();
    expect(all.map((c) => c.occurrence).sort()).toEqual(['2015-07-10', '2019-07-10', '2024-07-10']);
  });

  it('offers the home gmina and the partners as sending towns', async () => {
    await camp();
    const towns = await listTowns();
    expect(towns[0]).toEqual({ ref: 'home', name: 'Swarzędz', country: 'PL' });
    expect(towns.map((t) => t.name)).toContain('Ronnenberg');
  });

  it('empties a deleted room without removing its occupants', async () => {
    const { id } = await camp();
    await importParticipants([draft(id, '2019-07-10', 'Jan')]);
    const [p] = await listParticipants(id, '2019-07-10');
    const room = await saveRoom({ eventId: id, occurrence: '2019-07-10', name: '12', capacity: 3 });
    await assignRoom(p!.id, room.id);
    expect((await getPersonRecord(p!.id))?.room?.name).toBe('12');
    await deleteRoom(room.id);
    expect((await db.participants.get(p!.id))?.roomId).toBeUndefined();
  });
});

describe('anonymisation and erasure', () => {
  it('anonymises a camp, and re-applies it after an older backup brings the names back', async () => {
    const { id } = await camp();
    await importParticipants([
      draft(id, '2019-07-10', 'Jan'),
      draft(id, '2019-07-10', 'Ola'),
      draft(id, '2024-07-10', 'Piotr'),
    ]);
    const before = await db.participants.toArray();
    const preview = await previewAnonymisation([{ eventId: id, occurrence: '2019-07-10' }]);
    expect(preview.map((p) => p.participant.firstName).sort()).toEqual(['Jan', 'Ola']);
    expect(preview[0]!.fields).toEqual(['names', 'birthDate', 'guardian', 'notes', 'consents']);

    expect((await anonymiseCamps([{ eventId: id, occurrence: '2019-07-10' }]))?.participantIds).toHaveLength(2);
    const retention = await listRetentionCamps();
    expect(retention.find((c) => c.occurrence === '2019-07-10')).toMatchObject({ identified: 0, end: '2019-07-20' });
    // The birth year gives way to the age band at the camp; two people of one town are too few to keep it.
    expect((await listParticipants(id, '2019-07-10')).map((p) => [p.birthYear, p.ageBand, p.sendingTown])).toEqual([
      [undefined, 'upTo12', undefined],
      [undefined, 'upTo12', undefined],
    ]);

    await db.participants.bulkPut(before); // what restoring an older backup does
    expect(await reapplyAnonymisations()).toBe(2);
    const names = (await db.participants.toArray()).map((p) => p.firstName).sort();
    expect(names).toEqual(['Piotr', '—', '—']);
  });

  it('erases one person and erases them again after a restore', async () => {
    const { id } = await camp();
    await importParticipants([draft(id, '2024-07-10', 'Piotr'), draft(id, '2024-07-10', 'Maja')]);
    const before = await db.participants.toArray();
    const piotr = before.find((p) => p.firstName === 'Piotr')!;
    await eraseParticipant(piotr.id);
    expect(await getPersonRecord(piotr.id)).toBeNull();
    await db.participants.bulkPut(before);
    await reapplyAnonymisations();
    expect((await db.participants.toArray()).map((p) => p.firstName)).toEqual(['Maja']);
  });
});

describe('everything stored about one person', () => {
  async function twoCamps() {
    const { id } = await camp();
    await importParticipants([
      { ...draft(id, '2019-07-10', 'Łucja'), lastName: 'Żółć' },
      { ...draft(id, '2021-07-10', 'lucja'), lastName: 'ZOLC', status: 'attended' },
      { ...draft(id, '2021-07-10', 'Łucja'), lastName: 'Żółć', birthDate: '2009-03-04', birthYear: 2009 },
      { ...draft(id, '2021-07-10', 'Łucjan'), lastName: 'Żółć' },
      draft(id, '2021-07-10', 'Jan'),
    ]);
    const rows = await db.participants.toArray();
    const of = (occurrence: string, firstName: string, birthYear = 2008) =>
      rows.find((p) => p.occurrence === occurrence && p.firstName === firstName && p.birthYear === birthYear)!;
    return {
      id,
      first: of('2019-07-10', 'Łucja'),
      second: of('2021-07-10', 'lucja'),
      sister: of('2021-07-10', 'Łucja', 2009),
      rows,
    };
  }

  it('gathers every record with the same names (case and diacritics ignored) and birth date, oldest camp first', async () => {
    const { first, second } = await twoCamps();
    const found = (await getPersonRecords(second.id))!;
    expect(found.record.participant.id).toBe(second.id);
    expect(found.all.map((r) => [r.participant.occurrence, r.participant.firstName, r.participant.lastName])).toEqual([
      ['2019-07-10', 'Łucja', 'Żółć'],
      ['2021-07-10', 'lucja', 'ZOLC'],
    ]);
    expect(found.all[0]!.participant.id).toBe(first.id);
    expect(found.all[0]!.occurrence?.start).toBe('2019-07-10');
    expect(found.all.every((r) => r.sendingTown.name === 'Swarzędz')).toBe(true);
  });

  it('leaves a record whose birth date differs, or that is anonymised, to itself', async () => {
    const { id, first, sister } = await twoCamps();
    expect((await getPersonRecords(sister.id))!.all.map((r) => r.participant.id)).toEqual([sister.id]);
    await anonymiseCamps([{ eventId: id, occurrence: '2019-07-10' }]);
    expect((await getPersonRecords(first.id))!.all.map((r) => r.participant.id)).toEqual([first.id]);
    expect(await getPersonRecords('no-such-id')).toBeNull();
  });

  it("erases all of a person's records as one recorded erasure, and again after a restore", async () => {
    const { first, second, rows } = await twoCamps();
    expect((await eraseParticipants([first.id, second.id]))?.erasedIds).toHaveLength(2);
    expect(await db.participants.count()).toBe(3);
    const runs = await listAnonymisationRuns();
    expect(runs).toHaveLength(1);
    expect([...runs[0]!.erasedIds!].sort()).toEqual([first.id, second.id].sort());
    await db.participants.bulkPut(rows);
    await reapplyAnonymisations();
    expect(await getPersonRecords(first.id)).toBeNull();
    expect(await getPersonRecords(second.id)).toBeNull();
  });

  it('erases nothing when one of the records cannot be erased', async () => {
    const { first, second } = await twoCamps();
    // A failure while recording the erasure must undo the deletions too.
    const spy = vi.spyOn(db.anonymisations, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(eraseParticipants([first.id, second.id])).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.participants.count()).toBe(5);
  });
});
