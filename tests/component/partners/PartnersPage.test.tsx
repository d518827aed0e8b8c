// The partner list as a user sees it: filters (custom areas too), the count, sorting, clearing, and exports of the shown rows.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCsv } from '../../../shared/export/csv';
import { ok } from '../../../shared/result';
import type { SaveFileRequest } from '../../../shared/ipc';
import { savePartner, type PartnerInput } from '../../../renderer/db/repositories/partners';
import { PartnersPage } from '../../../renderer/features/partners/PartnersPage';
import { changeLanguage } from '../../../renderer/i18n';
import { platform } from '../../../renderer/platform';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const towns: PartnerInput[] = [
  {
    name: 'Ronnenberg',
    country: 'DE',
    relationKind: 'twinning',
    status: 'active',
    areas: ['culture', 'sport'],
    startDate: '1992-06-01',
  },
  {
    name: 'Duclair',
    country: 'FR',
    relationKind: 'partnership',
    status: 'active',
    region: 'Normandia',
    areas: ['culture', 'Festiwal jabłek'],
  },
  { name: 'Järfälla', country: 'SE', relationKind: 'partnership', status: 'dormant', areas: ['youthExchange'] },
  { name: 'Gehrden', country: 'DE', relationKind: 'cooperation', status: 'negotiation', areas: ['Festiwal jabłek'] },
  { name: 'Łódź', country: 'PL', relationKind: 'intent', status: 'ended', areas: ['Wymiana chórów'] },
  { name: 'Lublin', country: 'PL', relationKind: 'partnership', status: 'active' },
  { name: 'Malbork', country: 'PL', relationKind: 'partnership', status: 'active', areas: ['tourism'] },
];

beforeEach(async () => {
  await freshDatabase();
  for (const town of towns) await savePartner(town);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await changeLanguage('pl');
});

async function openList(title = 'Gminy partnerskie') {
  const user = userEvent.setup();
  renderInApp(<PartnersPage />);
  const table = await screen.findByRole('table', { name: title });
  await waitFor(() => expect(rows(table)).toHaveLength(towns.length));
  return { user, table };
}

/** Town names in the order the table shows them. */
const rows = (table: HTMLElement) =>
  within(table)
    .queryAllByRole('link')
    .map((a) => a.textContent);

async function choose(user: UserEvent, filter: string, option: string) {
  const filters = screen.getByRole('search', { name: 'Filtry listy' });
  await user.click(within(filters).getByRole('combobox', { name: filter }));
  // jsdom computes no styles, so the dropdown's opening transition leaves its options “hidden” to the query.
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}

const shows = async (table: HTMLElement, names: string[], count: string) => {
  await waitFor(() => expect(rows(table)).toEqual(names));
  expect(screen.getByText(count)).toBeTruthy();
};

describe('the partner list', () => {
  it('filters by a custom cooperation area that a partner uses, alone and with the country', async () => {
    const { user, table } = await openList();
    expect(screen.getByText('7 gmin partnerskich')).toBeTruthy();

    await choose(user, 'Obszar współpracy', 'Festiwal jabłek');
    await shows(table, ['Duclair', 'Gehrden'], '2 gminy partnerskie');
    await choose(user, 'Kraj', 'Niemcy');
    await shows(table, ['Gehrden'], '1 gmina partnerska');

    await user.click(screen.getByRole('button', { name: 'Wyczyść filtry' }));
    await shows(
      table,
      ['Duclair', 'Gehrden', 'Järfälla', 'Lublin', 'Łódź', 'Malbork', 'Ronnenberg'],
      '7 gmin partnerskich',
    );
    expect(screen.getByRole('combobox', { name: 'Obszar współpracy' })).toHaveProperty('value', '');
    expect(screen.getByRole('combobox', { name: 'Kraj' })).toHaveProperty('value', '');
  });

  it('offers the seed areas by name and the custom areas apart', async () => {
    const { user } = await openList();
    await user.click(screen.getByRole('combobox', { name: 'Obszar współpracy' }));
    const custom = await screen.findByRole('group', { name: 'Inne obszary', hidden: true });
    expect(
      within(custom)
        .getAllByRole('option', { hidden: true })
        .map((o) => o.textContent),
    ).toEqual(['Festiwal jabłek', 'Wymiana chórów']);
    const seed = screen.getByRole('group', { name: 'Obszary współpracy', hidden: true });
    expect(within(seed).getByRole('option', { name: 'Kultura', hidden: true })).toBeTruthy();
    expect(within(seed).getAllByRole('option', { hidden: true })).toHaveLength(17);
  });

  it('filters by seed area, relation kind and status, together with the free text', async () => {
    const { user, table } = await openList();
    await choose(user, 'Obszar współpracy', 'Kultura');
    await shows(table, ['Duclair', 'Ronnenberg'], '2 gminy partnerskie');
    await user.type(screen.getByRole('textbox', { name: 'Filtruj po nazwie' }), 'normandia');
    await shows(table, ['Duclair'], '1 gmina partnerska');

    await user.click(screen.getByRole('button', { name: 'Wyczyść filtry' }));
    await shows(
      table,
      ['Duclair', 'Gehrden', 'Järfälla', 'Lublin', 'Łódź', 'Malbork', 'Ronnenberg'],
      '7 gmin partnerskich',
    );
    expect(screen.getByRole('textbox', { name: 'Filtruj po nazwie' })).toHaveProperty('value', '');

    await choose(user, 'Rodzaj relacji', 'Partnerska');
    await shows(table, ['Duclair', 'Järfälla', 'Lublin', 'Malbork'], '4 gminy partnerskie');
    await choose(user, 'Status', 'Aktywna');
    await shows(table, ['Duclair', 'Lublin', 'Malbork'], '3 gminy partnerskie');
    await user.type(screen.getByRole('textbox', { name: 'Filtruj po nazwie' }), 'MAL');
    await shows(table, ['Malbork'], '1 gmina partnerska');
    await user.type(screen.getByRole('textbox', { name: 'Filtruj po nazwie' }), 'x');
    await shows(table, [], '0 gmin partnerskich');
  });

  it('sorts by a column in both directions with Polish letters in their Polish places', async () => {
    const { user, table } = await openList();
    await choose(user, 'Kraj', 'Polska');
    await shows(table, ['Lublin', 'Łódź', 'Malbork'], '3 gminy partnerskie');
    const nameHeader = within(table).getByRole('columnheader', { name: /Nazwa/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');

    await user.click(within(nameHeader).getByRole('button'));
    await shows(table, ['Malbork', 'Łódź', 'Lublin'], '3 gminy partnerskie');
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');

    await user.click(screen.getByRole('button', { name: 'Wyczyść filtry' }));
    const statusHeader = within(table).getByRole('columnheader', { name: /Status/ });
    await user.click(within(statusHeader).getByRole('button'));
    expect(statusHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(nameHeader.getAttribute('aria-sort')).toBe('none');
    // Aktywna, Uśpiona, W negocjacjach, Zakończona; the same status by name.
    await shows(
      table,
      ['Duclair', 'Lublin', 'Malbork', 'Ronnenberg', 'Järfälla', 'Gehrden', 'Łódź'],
      '7 gmin partnerskich',
    );
    await user.click(within(statusHeader).getByRole('button'));
    await shows(
      table,
      ['Łódź', 'Gehrden', 'Järfälla', 'Duclair', 'Lublin', 'Malbork', 'Ronnenberg'],
      '7 gmin partnerskich',
    );
  });

  it('exports exactly the shown rows, in the shown order, as CSV and as XLSX', async () => {
    const save = vi
      .spyOn(platform, 'saveFile')
      .mockImplementation((request: SaveFileRequest) => Promise.resolve(ok({ fileName: request.suggestedName })));
    const { user, table } = await openList();
    await choose(user, 'Status', 'Aktywna');
    await user.click(within(table).getByRole('button', { name: /Kraj/ }));
    // Francja, Niemcy, Polska (Lublin, Malbork).
    await shows(table, ['Duclair', 'Ronnenberg', 'Lublin', 'Malbork'], '4 gminy partnerskie');

    await user.click(screen.getByRole('button', { name: 'Eksportuj CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const csv = save.mock.calls[0]![0];
    expect(csv.suggestedName).toMatch(/\.csv$/);
    const parsed = readCsv(csv.data as string);
    const nameAt = parsed.header.indexOf('Nazwa');
    expect(parsed.rows.map((r) => r[nameAt])).toEqual(['Duclair', 'Ronnenberg', 'Lublin', 'Malbork']);
    expect(parsed.rows.map((r) => r[parsed.header.indexOf('Obszary współpracy')])).toEqual([
      'Kultura, Festiwal jabłek',
      'Kultura, Sport',
      '',
      'Turystyka',
    ]);

    await user.click(screen.getByRole('button', { name: 'Eksportuj XLSX' }));
    // Building a workbook loads exceljs first: slow on a loaded machine.
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2), { timeout: 20_000 });
    const xlsx = save.mock.calls[1]![0];
    expect(xlsx.suggestedName).toMatch(/\.xlsx$/);
    const { Workbook } = (await import('exceljs')).default;
    const workbook = new Workbook();
    const bytes = xlsx.data as Uint8Array;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Gminy partnerskie');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = header.indexOf('Nazwa') + 1;
    expect(sheet.rowCount).toBe(5);
    const names = [2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(column).text);
    expect(names).toEqual(['Duclair', 'Ronnenberg', 'Lublin', 'Malbork']);
    expect(sheet.getRow(4).getCell(header.indexOf('Status') + 1).text).toBe('Aktywna');
    // A day is a date cell in the Polish format; the CSV keeps it in ISO form.
    const since = header.indexOf('Data rozpoczęcia współpracy') + 1;
    const dated = [2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(since)).find((c) => c.value instanceof Date);
    expect(dated?.numFmt).toBe('dd.mm.yyyy');
    const isoDays = parsed.rows.map((r) => r[parsed.header.indexOf('Data rozpoczęcia współpracy')]).filter(Boolean);
    expect(isoDays.length).toBeGreaterThan(0);
    for (const day of isoDays) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the filters, the count and the custom areas group in English', async () => {
    await changeLanguage('en');
    const { user, table } = await openList('Partner towns');
    expect(screen.getByText('7 partner towns')).toBeTruthy();
    await user.click(screen.getByRole('combobox', { name: 'Area of cooperation' }));
    expect(await screen.findByRole('group', { name: 'Other areas', hidden: true })).toBeTruthy();
    await user.click(await screen.findByRole('option', { name: 'Wymiana chórów', hidden: true }));
    await shows(table, ['Łódź'], '1 partner town');
  });
});
