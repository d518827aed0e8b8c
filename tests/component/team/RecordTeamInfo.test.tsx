// Merge notices on a record's page name the field as its form does (a list part by its item's name) and show the
// other desk's value in words, in Polish and English; one click still takes that value.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTeamStatus } from '../../../renderer/db/sync/status';
import { RecordTeamInfo } from '../../../renderer/features/team/RecordTeamInfo';
import { changeLanguage } from '../../../renderer/i18n';
import type { Partner, Visit } from '../../../shared/domain';
import type { MergeLogEntry } from '../../../shared/sync/merge';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const stamps = { createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z' };
const kept = { by: 'anna', at: 2_000 };
const other = { by: 'jan', at: 1_000 };

const visit = {
  id: 'v1',
  direction: 'incoming',
  partnerIds: ['p1'],
  title: 'Delegacja z Ronnenberg',
  start: '2027-05-10',
  end: '2027-05-12',
  status: 'planned',
  members: [{ id: 'm1', name: 'Marta Schulz', precedence: 1, languages: [] }],
  programme: [
    {
      id: 'i1',
      from: '2027-05-10T10:00',
      to: '2027-05-10T12:00',
      activity: 'Zwiedzanie ratusza',
      place: 'Ratusz',
    },
  ],
  logistics: [],
  costs: [],
  ...stamps,
} as unknown as Visit;

const entry = (table: string, key: string, notices: MergeLogEntry['notices']): MergeLogEntry => ({
  at: 2_000,
  table,
  key,
  notices,
  taken: [],
  settled: false,
});

beforeEach(async () => {
  const db = await freshDatabase();
  await db.visits.put(visit);
  await db.partners.put({
    id: 'p1',
    name: 'Ronnenberg',
    country: 'DE',
    relationKind: 'partnership',
    status: 'active',
    areas: [],
    languages: [],
    funding: [],
    awards: [],
    legalBasis: { resolutionNumber: 'XII/34/2001' },
    ...stamps,
  } as unknown as Partner);
  await db.table('syncLog').bulkAdd([
    entry('visits', 'v1', [
      { kind: 'field', path: ['title'], kept, other, otherValue: 'Delegacja z Ronnenberga' },
      { kind: 'field', path: ['status'], kept, other, otherValue: 'confirmed' },
      { kind: 'field', path: ['programme', 'i1', 'place'], kept, other, otherValue: 'Sala sesyjna' },
      { kind: 'deleteVsEdit', path: ['members', 'm1'], deletedBy: other, keptBy: kept },
    ]),
    entry('partners', 'p1', [
      { kind: 'field', path: ['legalBasis', 'resolutionNumber'], kept, other, otherValue: 'XII/35/2001' },
    ]),
  ]);
});
afterEach(async () => {
  setTeamStatus({ state: 'off', user: undefined });
  await changeLanguage('pl');
});

const notices = async () => (await screen.findAllByRole('status')).map((n) => n.textContent ?? '');

describe('merge notices on a record', () => {
  it('name the visit form’s fields and list items in Polish, with the value in words', async () => {
    renderInApp(<RecordTeamInfo table="visits" id="v1" />);
    await screen.findByText(/Program › „Zwiedzanie ratusza” › Miejsce/);
    const texts = await notices();
    expect(
      texts.some((t) => t.includes('Tytuł: w międzyczasie zmienił(a) jan – ich wartość: „Delegacja z Ronnenberga”')),
    ).toBe(true);
    expect(texts.some((t) => t.includes('Status: w międzyczasie zmienił(a) jan – ich wartość: „potwierdzona”'))).toBe(
      true,
    );
    expect(
      texts.some((t) =>
        t.includes(
          'Program › „Zwiedzanie ratusza” › Miejsce: w międzyczasie zmienił(a) jan – ich wartość: „Sala sesyjna”',
        ),
      ),
    ).toBe(true);
    expect(
      texts.some((t) => t.includes('jan usunął(-ęła) na innym stanowisku: Skład delegacji › „Marta Schulz”')),
    ).toBe(true);
    expect(texts.join('\n')).not.toMatch(/programme|i1|m1|confirmed/);
  });

  it('do the same in English, and one click takes their value of a list item’s field', async () => {
    await changeLanguage('en');
    renderInApp(<RecordTeamInfo table="visits" id="v1" />);
    const line = await screen.findByText(
      'Programme › “Zwiedzanie ratusza” › Place: changed meanwhile by jan – their value: “Sala sesyjna”',
    );
    expect(
      (await notices()).some((t) => t.includes('Status: changed meanwhile by jan – their value: “confirmed”')),
    ).toBe(true);
    const alert = line.closest('[role="status"]') as HTMLElement;
    fireEvent.click(alert.querySelector('button')!);
    const { db } = await import('../../../renderer/db/db');
    await waitFor(async () => expect((await db.visits.get('v1'))?.programme[0]?.place).toBe('Sala sesyjna'));
    await waitFor(() => expect(screen.queryByText(/Place: changed meanwhile/)).toBeNull());
  });

  it('on the desk whose change lost, name who changed it meanwhile and offer its own value back', async () => {
    setTeamStatus({ state: 'upToDate', user: 'jan' });
    renderInApp(<RecordTeamInfo table="partners" id="p1" />);
    const line = await screen.findByText(
      'Podstawa prawna › Numer uchwały: w międzyczasie zmienił(a) anna – twoja wartość: „XII/35/2001”',
    );
    const alert = line.closest('[role="status"]') as HTMLElement;
    fireEvent.click(within(alert).getByRole('button', { name: 'Przywróć swoją wartość' }));
    const { db } = await import('../../../renderer/db/db');
    await waitFor(async () => expect((await db.partners.get('p1'))?.legalBasis?.resolutionNumber).toBe('XII/35/2001'));
  });

  it('say the same in English, and keep the usual words on the desk whose change was kept', async () => {
    await changeLanguage('en');
    setTeamStatus({ state: 'upToDate', user: 'jan' });
    const { unmount } = renderInApp(<RecordTeamInfo table="visits" id="v1" />);
    expect(
      await screen.findByText('Title: changed meanwhile by anna – your value: “Delegacja z Ronnenberga”'),
    ).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Take your value back' }).length).toBe(3);
    unmount();
    setTeamStatus({ user: 'anna' });
    renderInApp(<RecordTeamInfo table="visits" id="v1" />);
    expect(
      await screen.findByText('Title: changed meanwhile by jan – their value: “Delegacja z Ronnenberga”'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Take your value back' })).toBeNull();
  });

  it('name a nested field of the partner form', async () => {
    renderInApp(<RecordTeamInfo table="partners" id="p1" />);
    expect(
      await screen.findByText(
        'Podstawa prawna › Numer uchwały: w międzyczasie zmienił(a) jan – ich wartość: „XII/35/2001”',
      ),
    ).toBeTruthy();
  });
});

describe('field labels', () => {
  it('exist for every field of the forms of each record that shows notices, in both languages', async () => {
    const { fieldLabel } = await import('../../../renderer/features/team/noticeText');
    const domain = await import('../../../shared/domain');
    const { i18n } = await import('../../../renderer/i18n');
    const { id: _id, createdAt: _c, updatedAt: _u, ...taskFields } = domain.taskSchema.shape;
    const forms = {
      partners: domain.partnerDraftSchema.shape,
      visits: domain.visitDraftSchema.shape,
      events: domain.eventDraftSchema.shape,
      participants: domain.participantDraftSchema.shape,
      tasks: taskFields,
      contacts: domain.contactDraftSchema.shape,
      agreements: domain.agreementDraftSchema.shape,
    };
    for (const language of ['pl', 'en'] as const) {
      await changeLanguage(language);
      const t = i18n.getFixedT(language);
      for (const [table, shape] of Object.entries(forms)) {
        for (const field of Object.keys(shape).filter((f) => f !== 'example')) {
          const label = fieldLabel(t, table, [field], undefined);
          expect(label, `${language} ${table}.${field}`).not.toMatch(/^(inne pole|another field|)$/);
        }
      }
    }
  });
});
