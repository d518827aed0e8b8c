// The report's tables as files: CSV (one titled block per table) and XLSX (one sheet per table), read back.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCsv } from '../../../shared/export/csv';
import type { SaveFileRequest } from '../../../shared/ipc';
import { ok } from '../../../shared/result';
import { ReportsPage } from '../../../renderer/features/reports/ReportsPage';
import { platform } from '../../../renderer/platform';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';
import { seedReport, Y } from './reportData';
import { useFixedToday } from '../../helpers/clock';

useFixedToday(`${Y}-11-26`);

beforeEach(async () => {
  await freshDatabase();
  await seedReport();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function exportAs(button: string, language?: 'en') {
  const save = vi
    .spyOn(platform, 'saveFile')
    .mockImplementation((request: SaveFileRequest) => Promise.resolve(ok({ fileName: request.suggestedName })));
  const user = userEvent.setup();
  const view = renderInApp(<ReportsPage />);
  await waitFor(() =>
    expect(view.container.querySelector(`[data-report-ready="${Y}-01-01/${Y}-12-31"]`)).not.toBeNull(),
  );
  if (language) await user.selectOptions(screen.getByLabelText('Język eksportu'), language);
  await user.click(screen.getByRole('button', { name: button }));
  // Building a workbook loads exceljs first: slow on a loaded machine.
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: 20_000 });
  return save.mock.calls[0]![0];
}

/** All lines of the CSV, blank separators dropped. */
const csvLines = (data: SaveFileRequest['data']) => {
  const parsed = readCsv(data as string);
  return [parsed.header, ...parsed.rows].map((r) => r.map((c) => c.replace(/\s/g, ' ')));
};
const after = (lines: string[][], title: string, count: number) => {
  const at = lines.findIndex((l) => l.length === 1 && l[0] === title);
  expect(at).toBeGreaterThanOrEqual(0);
  return lines.slice(at + 1, at + 1 + count);
};

describe('the report’s table exports', () => {
  it('writes every table as a titled block of the CSV, amounts with their currency as on screen, no screen-only links', async () => {
    const file = await exportAs('Tabele CSV');
    expect(file.suggestedName).toBe(`sprawozdanie-${Y}-01-01-${Y}-12-31.csv`);
    const lines = csvLines(file.data);
    expect(lines[0]).toEqual(['Gminy partnerskie']);
    expect(after(lines, 'Wizyty delegacji według partnera', 4)).toEqual([
      ['Partner', 'Przyjazdowe', 'Wyjazdowe'],
      ['Ronnenberg', '1', '1'],
      ['Duclair', '1', '1'],
      ['Razem', '2', '1'],
    ]);
    expect(after(lines, 'Koszty według kategorii', 3)).toEqual([
      ['Kategoria', 'Waluta', 'Kwota'],
      ['hotel', 'PLN', '1 500,00 zł'],
      ['travel', 'EUR', '150,00 €'],
    ]);
    expect(after(lines, 'Koszty razem (w walutach)', 3)).toEqual([
      ['Waluta', 'Kwota'],
      ['EUR', '150,00 €'],
      ['PLN', '1 500,00 zł'],
    ]);
    expect(after(lines, 'Uczestnicy według kraju', 3).slice(1).sort()).toEqual([
      ['Francja', '1'],
      ['Polska', '1'],
    ]);
    expect(String(file.data)).not.toMatch(/Pokaż listę|Show the list/);
  });

  it('writes the CSV in the chosen export language', async () => {
    const file = await exportAs('Tabele CSV', 'en');
    expect(file.suggestedName).toBe(`report-${Y}-01-01-${Y}-12-31.csv`);
    expect(after(csvLines(file.data), 'Delegation visits by partner', 4)).toEqual([
      ['Partner', 'Incoming', 'Outgoing'],
      ['Ronnenberg', '1', '1'],
      ['Duclair', '1', '1'],
      ['Total', '2', '1'],
    ]);
  });

  it('writes one XLSX sheet per table, counts as numbers, that exceljs reads back', async () => {
    const file = await exportAs('Tabele XLSX');
    expect(file.suggestedName).toBe(`sprawozdanie-${Y}-01-01-${Y}-12-31.xlsx`);
    const { Workbook } = (await import('exceljs')).default;
    const workbook = new Workbook();
    const bytes = file.data as Uint8Array;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toHaveLength(13);
    expect(names.slice(0, 3)).toEqual(['Gminy partnerskie', 'Wydarzenia według rodzaju', 'Wydarzenia według partnera']);
    const rows = (name: string) => {
      const sheet = workbook.worksheets.find((s) => s.name === name)!;
      return Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1));
    };
    // Sheet names are cut to Excel's 31 characters.
    expect(rows('Wizyty delegacji według partner')).toEqual([
      ['Partner', 'Przyjazdowe', 'Wyjazdowe'],
      ['Ronnenberg', 1, 1],
      ['Duclair', 1, 1],
      ['Razem', 2, 1],
    ]);
    expect(rows('Koszty razem (w walutach)').map((r) => r.map((c) => String(c).replace(/\s/g, ' ')))).toEqual([
      ['Waluta', 'Kwota'],
      ['EUR', '150'],
      ['PLN', '1500'],
    ]);
    // Amounts are numbers in their currency's format, not text.
    const totals = workbook.worksheets.find((s) => s.name === 'Koszty razem (w walutach)')!;
    expect([totals.getRow(2).getCell(2).value, totals.getRow(2).getCell(2).numFmt]).toEqual([150, '#,##0.00 "EUR"']);
    const [label, count, active] = rows('Gminy partnerskie')[1]!;
    expect([label, count, String(active).split(', ').sort()]).toEqual(['Aktywne', 2, ['Duclair', 'Ronnenberg']]);
  });
});
