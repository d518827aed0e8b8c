// Undo after a delete puts back every row the delete and its cascade removed or changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { recordUndo } from '../../../renderer/db/undo';
import { deleteAgreement, saveAgreement } from '../../../renderer/db/repositories/agreements';
import { deletePartner, saveContact, savePartner } from '../../../renderer/db/repositories/partners';
import { deleteVisit, createVisit, updateVisit } from '../../../renderer/db/repositories/visits';
import { saveTask } from '../../../renderer/db/repositories/tasks';
import { freshDatabase } from '../../helpers/db';

beforeEach(freshDatabase);
afterEach(() => db.close());

const ronnenberg = { name: 'Ronnenberg', country: 'DE', relationKind: 'partnership', status: 'active' } as const;

describe('undo of a delete', () => {
  it('brings back a partner with its contacts exactly as they were', async () => {
    const partner = await savePartner(ronnenberg);
    const contact = await saveContact({
      partnerId: partner.id,
      name: 'Anna Schmidt',
      role: 'mayor',
      languages: ['de'],
    });
    const undo = await recordUndo(() => deletePartner(partner.id));
    expect(await db.partners.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    expect(undo.rows).toBe(2);
    await undo.run();
    expect(await db.partners.get(partner.id)).toEqual(partner);
    expect(await db.contacts.get(contact.id)).toEqual(contact);
  });

  it('brings back a visit with its follow-up tasks, and a member removed from a visit', async () => {
    const partner = await savePartner(ronnenberg);
    const visit = await createVisit({
      direction: 'incoming',
      partnerIds: [partner.id],
      title: 'Wizyta z Ronnenbergu',
      start: '2027-05-12',
      end: '2027-05-13',
      status: 'planned',
      members: [{ id: 'm1', name: 'Anna Schmidt', precedence: 1, languages: [] }],
      programme: [],
      costs: [],
    });
    const task = await saveTask({ title: 'Raport', due: '2027-05-30', visitId: visit.id });
    const removeMember = await recordUndo(() => updateVisit(visit.id, (v) => ({ ...v, members: [] })));
    expect((await db.visits.get(visit.id))?.members).toEqual([]);
    await removeMember.run();
    expect((await db.visits.get(visit.id))?.members.map((m) => m.name)).toEqual(['Anna Schmidt']);

    const undo = await recordUndo(() => deleteVisit(visit.id));
    expect(await db.tasks.count()).toBe(0);
    await undo.run();
    expect(await db.visits.get(visit.id)).toMatchObject({ title: 'Wizyta z Ronnenbergu' });
    expect(await db.tasks.get(task.id)).toEqual(task);
  });

  it('records nothing of a delete that failed, and a later write is not undone by an earlier undo', async () => {
    const partner = await savePartner(ronnenberg);
    const agreement = await saveAgreement({
      partnerId: partner.id,
      date: '2020-01-01',
      change: 'signed',
      title: 'Umowa partnerska',
    });
    const undo = await recordUndo(() => deleteAgreement(agreement.id));
    const other = await savePartner({ ...ronnenberg, name: 'Duclair', country: 'FR' });
    await undo.run();
    expect(await db.agreements.get(agreement.id)).toEqual(agreement);
    expect(await db.partners.get(other.id)).toEqual(other);
    await expect(recordUndo(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
  });
});
