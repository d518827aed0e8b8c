import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, type CalendarEvent, type Visit } from '../../../shared/domain';
import { ValidationError } from '../../../renderer/db/errors';
import { listAgreements } from '../../../renderer/db/repositories/agreements';
import { getAttachment } from '../../../renderer/db/repositories/attachments';
import {
  deletePartner,
  importPartners,
  listContacts,
  listPartners,
  saveContact,
  savePartner,
} from '../../../renderer/db/repositories/partners';
import { writeSetting } from '../../../renderer/db/repositories/settings';
import {
  dormancyMonthsSetting,
  dormantPartners,
  lastActivityByPartner,
  partnerAnniversaries,
  partnerTimeline,
} from '../../../renderer/db/repositories/timeline';
import { freshDatabase } from '../../helpers/db';

const stamps = { createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' };
const base = { country: 'DE', relationKind: 'partnership', status: 'active' } as const;

function event(id: string, partnerIds: string[], start: string, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id,
    title: `Event ${id}`,
    kind: 'cultural',
    allDay: true,
    start,
    end: start,
    place: {},
    host: 'home',
    partnerIds,
    status: 'done',
    series: 0,
    exceptions: [],
    ...stamps,
    ...extra,
  };
}
function visit(id: string, partnerIds: string[], start: string): Visit {
  return {
    id,
    direction: 'incoming',
    partnerIds,
    title: `Visit ${id}`,
    start,
    end: start,
    status: 'done',
    members: [],
    programme: [],
    logistics: [],
    costs: [],
    ...stamps,
  };
}

describe('partner repositories', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('stores the agreement document with the partner and records the signing once', async () => {
    const doc = { fileName: 'umowa.pdf', data: new Uint8Array([37, 80, 68, 70]) };
    const saved = await savePartner({ ...base, name: 'Ronnenberg', legalBasis: { signedDate: '1992-06-01' } }, doc);
    const stored = await getAttachment(saved.legalBasis.documentId ?? '');
    expect(stored).toMatchObject({ ownerId: saved.id, fileName: 'umowa.pdf', mimeType: 'application/pdf', size: 4 });
    expect(await listAgreements(saved.id)).toMatchObject([
      { change: 'signed', date: '1992-06-01', documentId: stored?.id },
    ]);

    const replaced = await savePartner(
      { ...saved, region: 'Niedersachsen' },
      { fileName: 'umowa-2.pdf', data: new Uint8Array([1]) },
    );
    expect(await db.attachments.count()).toBe(1);
    expect((await getAttachment(replaced.legalBasis.documentId ?? ''))?.fileName).toBe('umowa-2.pdf');
    expect(await listAgreements(saved.id)).toHaveLength(1);
  });

  it('refuses a document over the size cap and stores nothing', async () => {
    const big = { fileName: 'skan.tif', data: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) };
    const error = await savePartner({ ...base, name: 'Duclair' }, big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.message).toBe('attachment.tooLarge');
    expect(await listPartners()).toEqual([]);
    expect(await db.attachments.count()).toBe(0);
  });

  it('imports all partners or none', async () => {
    const good = { ...base, name: 'A', languages: [], legalBasis: {}, areas: [], funding: [], awards: [] };
    await expect(importPartners([good, { ...good, name: '' }])).rejects.toBeInstanceOf(ValidationError);
    expect(await listPartners()).toEqual([]);
    expect(await importPartners([good, { ...good, name: 'B' }])).toBe(2);
    expect((await listPartners()).map((p) => p.name)).toEqual(['A', 'B']);
  });

  it('deletes a partner with its contacts, agreements and files', async () => {
    const p = await savePartner(
      { ...base, name: 'Järfälla', legalBasis: { signedDate: '2020-05-15' } },
      { fileName: 'a.pdf', data: new Uint8Array(3) },
    );
    await saveContact({ partnerId: p.id, name: 'Anna', role: 'coordinator' });
    await deletePartner(p.id);
    expect([
      await db.partners.count(),
      await db.contacts.count(),
      await db.agreements.count(),
      await db.attachments.count(),
    ]).toEqual([0, 0, 0, 0]);
    expect(await listContacts(p.id)).toEqual([]);
  });

  it('builds a timeline newest first, with a recurring series once and the last contact before today', async () => {
    const p = await savePartner({
      ...base,
      name: 'Duclair',
      startDate: '1992-06-01',
      legalBasis: { signedDate: '1992-06-01' },
    });
    await db.events.bulkAdd([
      event('camp', [p.id], '1992-07-10', { series: 1, recurrence: { freq: 'yearly', interval: 1 } }),
      event('future', [p.id], '2027-03-01', { status: 'planned' }),
      event('other', ['someone-else'], '2026-01-01'),
    ]);
    await db.visits.add(visit('v1', [p.id], '2025-05-12'));
    await db.gifts.add({
      id: 'g1',
      partnerId: p.id,
      direction: 'received',
      description: 'Porcelana',
      date: '2024-09-01',
      ...stamps,
    });
    const timeline = await partnerTimeline(p.id, '2026-11-26');
    expect(timeline.items.map((i) => [i.kind, i.id === 'camp' ? 'camp' : i.title, i.date])).toEqual([
      ['event', 'Event future', '2027-03-01'],
      ['event', 'camp', '2026-07-10'],
      ['visit', 'Visit v1', '2025-05-12'],
      ['gift', 'Porcelana', '2024-09-01'],
      ['agreement', 'Duclair', '1992-06-01'],
    ]);
    expect(timeline.items[1]?.recurrence).toMatchObject({ freq: 'yearly', since: '1992-07-10' });
    expect(timeline.lastContact).toBe('2026-07-10');
  });

  it('flags active partners without events or visits for the set number of months', async () => {
    const quiet = await savePartner({ ...base, name: 'Quiet', startDate: '2010-01-01' });
    const busy = await savePartner({ ...base, name: 'Busy', startDate: '2010-01-01' });
    await savePartner({ ...base, name: 'Ended', status: 'ended', startDate: '2010-01-01' });
    await db.visits.add(visit('v', [busy.id], '2026-01-10'));
    await db.events.add(event('e', [quiet.id], '2025-06-01'));
    expect((await dormantPartners('2026-11-26')).map((d) => d.partner.name)).toEqual([]);
    await writeSetting(dormancyMonthsSetting, 12);
    expect((await dormantPartners('2026-11-26')).map((d) => [d.partner.name, d.lastActivity])).toEqual([
      ['Quiet', '2025-06-01'],
    ]);
    // The list passes the last-activity map it already read: same answer.
    const known = await lastActivityByPartner('2026-11-26');
    expect((await dormantPartners('2026-11-26', known)).map((d) => d.partner.name)).toEqual(['Quiet']);
  });

  it('keeps a partner of a yearly series awake, and ignores cancelled and future activity', async () => {
    const camp = await savePartner({ ...base, name: 'Camp', startDate: '1992-01-01' });
    const cancelled = await savePartner({ ...base, name: 'Cancelled', startDate: '1992-01-01' });
    await db.events.bulkAdd([
      event('series', [camp.id], '1992-07-10', { series: 1, recurrence: { freq: 'yearly', interval: 1 } }),
      event('off', [cancelled.id], '2026-05-01', { status: 'cancelled' }),
      event('later', [cancelled.id], '2027-05-01', { status: 'planned' }),
    ]);
    expect((await dormantPartners('2026-11-26')).map((d) => [d.partner.name, d.lastActivity])).toEqual([
      ['Cancelled', undefined],
    ]);
  });

  it('does not count cancelled years of a series as contact, on the timeline or for dormancy', async () => {
    const camp = await savePartner({ ...base, name: 'Camp', startDate: '1992-01-01' });
    await db.events.add(
      event('series', [camp.id], '1992-07-10', {
        series: 1,
        recurrence: { freq: 'yearly', interval: 1, until: '2026-12-31' },
        exceptions: [
          { date: '2026-07-10', cancelled: true },
          { date: '2025-07-10', cancelled: true },
          { date: '2024-07-10', start: '2024-09-02', end: '2024-09-02' },
        ],
      }),
    );
    expect((await partnerTimeline(camp.id, '2026-11-26')).lastContact).toBe('2024-09-02');
    expect((await lastActivityByPartner('2026-11-26')).get(camp.id)).toBe('2024-09-02');
    // Two cancelled years: more than 24 months since the camp last took place.
    expect((await dormantPartners('2026-11-26')).map((d) => [d.partner.name, d.lastActivity])).toEqual([
      ['Camp', '2024-09-02'],
    ]);
    await writeSetting(dormancyMonthsSetting, 36);
    expect((await dormantPartners('2026-11-26')).map((d) => d.partner.name)).toEqual([]);
  });

  it('lists round anniversaries of partnerships that have not ended', async () => {
    await savePartner({ ...base, name: 'Leap', startDate: '2012-02-29' });
    await savePartner({ ...base, name: 'Signed', legalBasis: { signedDate: '2007-01-15' } });
    await savePartner({ ...base, name: 'Over', status: 'ended', startDate: '2012-03-01' });
    expect(await partnerAnniversaries('2026-06-01')).toMatchObject([
      { name: 'Signed', years: 20, date: '2027-01-15' },
      { name: 'Leap', years: 15, date: '2027-02-28' },
    ]);
    expect(await partnerAnniversaries('2027-02-01')).toMatchObject([{ name: 'Leap', years: 15, date: '2027-02-28' }]);
  });
});
