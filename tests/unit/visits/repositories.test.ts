import { beforeEach, describe, expect, it } from 'vitest';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { findRepeatedGifts, saveGift } from '../../../renderer/db/repositories/gifts';
import { readPerDiemTable, savePerDiemTable } from '../../../renderer/db/repositories/perDiem';
import { saveTask } from '../../../renderer/db/repositories/tasks';
import {
  createVisit, deleteVisit, gatherDossierData, getVisit, logisticsDefaultsSetting, updateVisit,
} from '../../../renderer/db/repositories/visits';
import { writeSetting } from '../../../renderer/db/repositories/settings';
import { freshDatabase } from '../../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

async function ronnenbergVisit() {
  const partner = await savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'partnership', status: 'active' });
  const visit = await createVisit({
    direction: 'incoming', partnerIds: [partner.id], title: 'Wizyta z Ronnenbergu', start: '2027-05-12', end: '2027-05-13', status: 'planned',
  });
  return { partner, visit };
}

describe('the visits repository', () => {
  it('starts a new visit with the office’s default checklist for its direction', async () => {
    await writeSetting(logisticsDefaultsSetting, { incoming: [{ kind: 'flags' }, { label: 'Tablica' }], outgoing: [] });
    const { visit } = await ronnenbergVisit();
    expect(visit.logistics.map((l) => [l.kind, l.label, l.status])).toEqual([['flags', undefined, 'todo'], [undefined, 'Tablica', 'todo']]);
  });

  it('stores nothing when a change fails the schema', async () => {
    const { visit } = await ronnenbergVisit();
    await expect(updateVisit(visit.id, (v) => ({ ...v, end: '2027-05-01' }))).rejects.toThrow();
    expect((await getVisit(visit.id))?.end).toBe('2027-05-13');
  });

  it('deletes a visit with its follow-ups but keeps its gifts in the register', async () => {
    const { partner, visit } = await ronnenbergVisit();
    await saveTask({ title: 'Podziękowania', due: '2027-05-20', visitId: visit.id });
    const gift = await saveGift({ partnerId: partner.id, visitId: visit.id, direction: 'given', description: 'Album', date: '2027-05-12' });
    await deleteVisit(visit.id);
    expect(await getVisit(visit.id)).toBeUndefined();
    const data = await findRepeatedGifts({ partnerId: partner.id, direction: 'given', description: 'album' });
    expect(data.map((g) => [g.id, g.visitId])).toEqual([[gift.id, undefined]]);
  });

  it('gathers the dossier’s data: partner, gifts, open and done follow-ups, the home gmina', async () => {
    const { partner, visit } = await ronnenbergVisit();
    await saveGift({ partnerId: partner.id, direction: 'received', description: 'Obraz', date: '2025-01-01' });
    await saveTask({ title: 'Raport', due: '2027-05-30', visitId: visit.id });
    const data = await gatherDossierData(visit.id, '2027-04-01');
    expect(data.partners.map((p) => p.name)).toEqual(['Ronnenberg']);
    expect(data.gifts.map((g) => g.description)).toEqual(['Obraz']);
    expect(data.tasks.map((t) => t.title)).toEqual(['Raport']);
    expect(data.homeTown.name).toBe('Swarzędz');
  });
});

describe('the per-diem table', () => {
  it('ships empty and keeps one rate per country', async () => {
    expect((await readPerDiemTable()).rates).toEqual([]);
    await savePerDiemTable({ rates: [{ country: 'SE', currency: 'SEK', amount: 1 }, { country: 'DE', currency: 'EUR', amount: 1 }, { country: 'DE', currency: 'EUR', amount: 2 }] });
    expect((await readPerDiemTable()).rates).toEqual([{ country: 'DE', currency: 'EUR', amount: 2 }, { country: 'SE', currency: 'SEK', amount: 1 }]);
  });
});
