// XLSX workbooks through exceljs, loaded only when an export asks for one (kept out of start-up).
import type { CsvCell } from '../../shared/export/csv';

export interface Sheet {
  name: string;
  rows: readonly (readonly CsvCell[])[];
}

/** Builds a workbook; the first row of each sheet is a bold, frozen header. */
export async function writeXlsx(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'Twinning Desk';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31).replace(/[\\/?*[\]:]/g, '_'), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.rows.forEach((row) => ws.addRow(row.map((c) => (c == null ? '' : c))));
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col) => {
      let width = 10;
      col.eachCell?.({ includeEmpty: false }, (cell) => {
        width = Math.max(width, Math.min(60, String(cell.value ?? '').length + 2));
      });
      col.width = width;
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
