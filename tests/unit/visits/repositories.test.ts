import { beforeEach, describe, expect, it } from 'vitest';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { findRepeatedGifts, saveGift } from '../../../renderer/db/repositories/gifts';
import { readPerDiemTable, savePerDiemTable } from '../../../renderer/db/repositories/perDiem';
import { saveTask } from '../../../renderer/db/repositories/tasks';
import {
  createVisit,
  deleteVisit,
  gatherDossierData,
  getVisit,
  logisticsDefaultsSetting,
  updateVisit,
} from '../../../renderer/db/repositories/visits';
import { homeTownSetting, writeSetting } from '../../../renderer/db/repositories/settings';
import { buildDossier } from '../../../shared/export/dossier';
import { freshDatabase } from '../../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

async function ronnenbergVisit() {
  const partner = await savePartner({
    name: 'Ronnenberg',
    country: 'DE',
    relationKind: 'partnership',
    status: 'active',
  });
  const visit = await createVisit({
    direction: 'incoming',
    partnerIds: [partner.id],
    title: 'Wizyta z Ronnenbergu',
    start: '2027-05-12',
    end: '2027-05-13',
    status: 'planned',
  });
  return { partner, visit };
}

describe('the visits repository', () => {
  it('starts a new visit with the office’s default checklist for its direction', async () => {
    await writeSetting(logisticsDefaultsSetting, { incoming: [{ kind: 'flags' }, { label: 'Tablica' }], outgoing: [] });
    const { visit } = await ronnenbergVisit();
    expect(visit.logistics.map((l) => [l.kind, l.label, l.status])).toEqual([
      ['flags', undefined, 'todo'],
      [undefined, 'Tablica', 'todo'],
    ]);
  });

  it('stores nothing when a change fails the schema', async () => {
    const { visit } = await ronnenbergVisit();
    await expect(updateVisit(visit.id, (v) => ({ ...v, end: '2027-05-01' }))).rejects.toThrow();
    expect((await getVisit(visit.id))?.end).toBe('2027-05-13');
  });

  it('deletes a visit with its follow-ups but keeps its gifts in the register', async () => {
    const { partner, visit } = await ronnenbergVisit();
    await saveTask({ title: 'Podziękowania', due: '2027-05-20', visitId: visit.id });
    const gift = await saveGift({
      partnerId: partner.id,
      visitId: visit.id,
      direction: 'given',
      description: 'Album',
      date: '2027-05-12',
    });
    await deleteVisit(visit.id);
    expect(await getVisit(visit.id)).toBeUndefined();
    const data = await findRepeatedGifts({ partnerId: partner.id, direction: 'given', description: 'album' });
    expect(data.map((g) => [g.id, g.visitId])).toEqual([[gift.id, undefined]]);
  });

  it('gathers the dossier’s data: partner, gifts, open and done follow-ups, the home gmina', async () => {
    const { partner, visit } = await ronnenbergVisit();
    await saveGift({ partnerId: partner.id, direction: 'received', description: 'Obraz', date: '2025-01-01' });
    await saveTask({ title: 'Raport', due: '2027-05-30', visitId: visit.id });
    await writeSetting(homeTownSetting, { name: 'Tczew', country: 'PL', officeName: 'Biuro Promocji' });
    const data = await gatherDossierData(visit.id, '2027-04-01');
    expect(data.partners.map((p) => p.name)).toEqual(['Ronnenberg']);
    expect(data.gifts.map((g) => g.description)).toEqual(['Obraz']);
    expect(data.tasks.map((t) => t.title)).toEqual(['Raport']);
    expect(data.homeTown).toMatchObject({ name: 'Tczew', officeName: 'Biuro Promocji' });
  });

  it('puts only gifts exchanged before the visit under “gifts exchanged before”, not the visit’s own', async () => {
    const { partner, visit } = await ronnenbergVisit();
    const earlier = await createVisit({
      direction: 'outgoing',
      partnerIds: [partner.id],
      title: 'Wyjazd do Ronnenbergu',
      start: '2025-09-01',
      end: '2025-09-03',
      status: 'done',
    });
    const later = await createVisit({
      direction: 'outgoing',
      partnerIds: [partner.id],
      title: 'Kolejny wyjazd',
      start: '2028-09-01',
      end: '2028-09-03',
      status: 'idea',
    });
    await saveGift({
      partnerId: partner.id,
      visitId: earlier.id,
      direction: 'given',
      description: 'Album o Swarzędzu',
      date: '2025-09-02',
    });
    await saveGift({ partnerId: partner.id, direction: 'received', description: 'Obraz', date: '2024-01-01' });
    await saveGift({
      partnerId: partner.id,
      visitId: visit.id,
      direction: 'given',
      description: 'Miód z pasieki',
      date: '2027-05-12',
    });
    await saveGift({
      partnerId: partner.id,
      visitId: later.id,
      direction: 'given',
      description: 'Kalendarz',
      date: '2028-09-02',
    });

    const data = await gatherDossierData(visit.id, '2027-04-01');
    expect(data.gifts.map((g) => g.description).sort()).toEqual(['Album o Swarzędzu', 'Obraz']);
    expect(data.visitGifts.map((g) => g.description)).toEqual(['Miód z pasieki']);
    const sections = buildDossier(data, 'pl').sections;
    const before = sections.find((s) => s.id === 'gifts')!;
    expect(before.heading).toBe('Upominki wymienione wcześniej');
    expect(JSON.stringify(before)).not.toContain('Miód z pasieki');
    expect(JSON.stringify(before)).toContain('Album o Swarzędzu');
    const own = sections.find((s) => s.id === 'visitGifts')!;
    expect(own.heading).toBe('Upominki tej wizyty');
    expect(own.blocks).toMatchObject([
      { kind: 'table', rows: [[expect.any(String), 'wręczony', '', 'Miód z pasieki', '']] },
    ]);

    // The earlier visit's own dossier does not list the gift it will hand over either.
    expect((await gatherDossierData(earlier.id, '2025-08-01')).gifts.map((g) => g.description)).toEqual(['Obraz']);
  });
});

describe('the per-diem table', () => {
  it('ships empty and keeps one rate per country', async () => {
    expect((await readPerDiemTable()).rates).toEqual([]);
    await savePerDiemTable({
      rates: [
        { country: 'SE', currency: 'SEK', amount: 1 },
        { country: 'DE', currency: 'EUR', amount: 1 },
        { country: 'DE', currency: 'EUR', amount: 2 },
      ],
    });
    expect((await readPerDiemTable()).rates).toEqual([
      { country: 'DE', currency: 'EUR', amount: 2 },
      { country: 'SE', currency: 'SEK', amount: 1 },
    ]);
  });
});
