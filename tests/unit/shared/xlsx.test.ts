// XLSX exports keep types: days as date cells in the language's format, amounts as numbers with their currency.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dateCell, readCsv, writeCsv, type CsvCell } from '../../../shared/export/csv';
import { writeXlsx } from '../../../renderer/export/xlsx';

const rows: CsvCell[][] = [
  ['Gmina', 'Od', 'Mieszkańcy', 'Koszt'],
  ['Ronnenberg', dateCell('1992-06-01'), 24_000, { amount: 1234.5, currency: 'EUR', text: '1 234,50' }],
  ['Duclair', dateCell(undefined), 4_100, { amount: 99, currency: 'PLN', text: '99,00' }],
];

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('XLSX export', () => {
  it('writes a day as a date cell shown DD.MM.YYYY in Polish and DD/MM/YYYY in English', async () => {
    const pl = await readBack(await writeXlsx([{ name: 'Gminy', rows }], 'pl'));
    const day = pl.getRow(2).getCell(2);
    expect(day.value).toEqual(new Date(Date.UTC(1992, 5, 1)));
    expect(day.numFmt).toBe('dd.mm.yyyy');
    expect(pl.getRow(3).getCell(2).value).toBe('');
    const en = await readBack(await writeXlsx([{ name: 'Towns', rows }], 'en'));
    expect(en.getRow(2).getCell(2).numFmt).toBe('dd/mm/yyyy');
  });

  it('writes numbers as numbers and amounts as numbers with their currency’s format', async () => {
    const sheet = await readBack(await writeXlsx([{ name: 'Gminy', rows }], 'pl'));
    expect(sheet.getRow(2).getCell(3).value).toBe(24_000);
    const cost = sheet.getRow(2).getCell(4);
    expect(cost.value).toBe(1234.5);
    expect(cost.numFmt).toBe('#,##0.00 "EUR"');
    expect(sheet.getRow(3).getCell(4).numFmt).toBe('#,##0.00 "PLN"');
    const en = await readBack(await writeXlsx([{ name: 'Towns', rows }], 'en'));
    expect(en.getRow(2).getCell(4).numFmt).toBe('"EUR" #,##0.00');
  });

  it('keeps ISO days and the shown amounts in CSV', () => {
    expect(readCsv(writeCsv(rows)).rows).toEqual([
      ['Ronnenberg', '1992-06-01', '24000', '1 234,50'],
      ['Duclair', '', '4100', '99,00'],
    ]);
  });
});
