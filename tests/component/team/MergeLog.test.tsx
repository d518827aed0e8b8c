// The merge log in Settings → Team lists every merge, open ones first and newest first, naming the record (linked to its
// page), the field as its form does and a setting by its label, in Polish and English; it takes a value and marks read.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MergeLog } from '../../../renderer/features/team/MergeLog';
import { changeLanguage } from '../../../renderer/i18n';
import type { Visit } from '../../../shared/domain';
import type { MergeLogEntry } from '../../../shared/sync/merge';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const stamps = { createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z' };
const kept = { by: 'anna', at: 2_000 };
const other = { by: 'jan', at: 1_000 };
const DAY = 86_400_000;

const visit = {
  id: 'v1',
  direction: 'incoming',
  partnerIds: ['p1'],
  title: 'Delegacja z Ronnenberg',
  start: '2027-05-10',
  end: '2027-05-12',
  status: 'planned',
  members: [],
  programme: [],
  logistics: [],
  costs: [],
  ...stamps,
} as unknown as Visit;

const entry = (at: number, table: string, key: string, notices: MergeLogEntry['notices']): MergeLogEntry => ({
  at,
  table,
  key,
  notices,
  taken: [
    { by: 'anna', path: ['title'] },
    { by: 'jan', path: ['end'] },
  ],
  settled: notices.length === 0,
});

beforeEach(async () => {
  const db = await freshDatabase();
  await db.visits.put(visit);
  await db.settings.put({ key: 'exchanges.minorsPerAdult', value: 10 });
  await db
    .table('syncLog')
    .bulkAdd([
      entry(5 * DAY, 'visits', 'v1', []),
      entry(2 * DAY, 'visits', 'v1', [
        { kind: 'field', path: ['title'], kept, other, otherValue: 'Delegacja z Ronnenberga' },
      ]),
      entry(3 * DAY, 'settings', 'exchanges.minorsPerAdult', [
        { kind: 'field', path: ['value'], kept, other, otherValue: 8 },
      ]),
      entry(1 * DAY, 'visits', 'gone', []),
    ]);
});
afterEach(async () => changeLanguage('pl'));

const rows = async () => within(await screen.findByRole('list')).getAllByRole('listitem');

describe('merge log', () => {
  it('lists open merges first, newest first, each named and linked, settings by their label, in Polish', async () => {
    renderInApp(<MergeLog />);
    expect(await screen.findByRole('heading', { name: 'Dziennik scaleń' })).toBeTruthy();
    const items = await rows();
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Ustawienie: Opiekunowie na obozach',
      'Wizyta: Delegacja z Ronnenberg',
      'Wizyta: Delegacja z Ronnenberg',
      'Wizyta: rekordu nie ma już na tym stanowisku',
    ]);
    expect(items[0]!.textContent).toContain('Opiekunowie na obozach: w międzyczasie zmienił(a) jan – ich wartość: „8”');
    expect(items[0]!.textContent).toContain('Do sprawdzenia');
    expect(within(items[0]!).getByRole('link', { name: 'Opiekunowie na obozach' }).getAttribute('href')).toBe(
      '/settings/camps',
    );
    expect(items[1]!.textContent).toContain(
      'Tytuł: w międzyczasie zmienił(a) jan – ich wartość: „Delegacja z Ronnenberga”',
    );
    expect(within(items[1]!).getByRole('link', { name: 'Delegacja z Ronnenberg' }).getAttribute('href')).toBe(
      '/visits/v1',
    );
    expect(items[2]!.textContent).toContain('Zmiany z kilku stanowisk połączono bez sporu (anna, jan).');
    expect(items[2]!.textContent).toContain('Rozstrzygnięte');
    expect(within(items[3]!).queryByRole('link')).toBeNull();
  });

  it('takes their value of a setting and keeps the notice as taken, in English', async () => {
    await changeLanguage('en');
    renderInApp(<MergeLog />);
    const setting = await screen.findByRole('listitem', { name: 'Setting: Camp chaperones' });
    expect(setting.textContent).toContain('Camp chaperones: changed meanwhile by jan – their value: “8”');
    fireEvent.click(within(setting).getByRole('button', { name: 'Take their value' }));
    const { db } = await import('../../../renderer/db/db');
    await waitFor(async () => expect((await db.settings.get('exchanges.minorsPerAdult'))?.value).toBe(8));
    await waitFor(() =>
      expect(screen.getAllByRole('listitem')[0]!.getAttribute('aria-label')).toBe('Visit: Delegacja z Ronnenberg'),
    );
    const settled = screen.getByRole('listitem', { name: 'Setting: Camp chaperones' });
    expect(settled.textContent).toContain('Their value taken');
    expect(settled.textContent).toContain('Settled');
    expect(within(settled).queryByRole('button')).toBeNull();
  });

  it('marks a merge read: it keeps this desk’s value and moves among the settled ones', async () => {
    renderInApp(<MergeLog />);
    const open = await screen.findByRole('listitem', { name: 'Ustawienie: Opiekunowie na obozach' });
    fireEvent.click(within(open).getByRole('button', { name: 'Oznacz jako przeczytane' }));
    await waitFor(async () =>
      expect((await rows()).map((i) => i.textContent?.includes('Do sprawdzenia'))).toEqual([true, false, false, false]),
    );
    const { db } = await import('../../../renderer/db/db');
    expect((await db.settings.get('exchanges.minorsPerAdult'))?.value).toBe(10);
    const settled = screen.getByRole('listitem', { name: 'Ustawienie: Opiekunowie na obozach' });
    expect(settled.textContent).toContain('w międzyczasie zmienił(a) jan');
    expect(within(settled).queryByRole('button')).toBeNull();
  });
});
