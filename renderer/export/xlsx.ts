// XLSX workbooks through exceljs, loaded only when an export asks for one (kept out of start-up).
import { csvText, isDateCell, isMoneyCell, type CsvCell } from '../../shared/export/csv';
import type { Language } from '../../shared/ipc';
import { currentLanguage } from '../i18n';

export interface Sheet {
  name: string;
  rows: readonly (readonly CsvCell[])[];
}

/** Excel's format codes use `,` and `.` as placeholders; Excel shows the reader's own separators. */
const DATE_FORMAT: Record<Language, string> = { pl: 'dd.mm.yyyy', en: 'dd/mm/yyyy' };
const moneyFormat = (currency: string, language: Language): string => {
  const code = currency.replace(/[^A-Z]/g, '');
  return language === 'pl' ? `#,##0.00 "${code}"` : `"${code}" #,##0.00`;
};

type Value = string | number | boolean | Date;

/** A day as the UTC midnight exceljs turns into Excel's serial day number. */
function dayValue(iso: string): Date | string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : iso;
}

function cellValue(cell: CsvCell): Value {
  if (isDateCell(cell)) return dayValue(cell.date);
  if (isMoneyCell(cell)) return cell.amount;
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  return cell == null ? '' : cell;
}

/** Builds a workbook; the first row of each sheet is a bold, frozen header. Dates and amounts keep their type. */
export async function writeXlsx(
  sheets: readonly Sheet[],
  language: Language = currentLanguage(),
): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'Twinning Desk';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31).replace(/[\\/?*[\]:]/g, '_'), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const widths: number[] = [];
    sheet.rows.forEach((row) => {
      const added = ws.addRow(row.map(cellValue));
      row.forEach((cell, i) => {
        const target = added.getCell(i + 1);
        if (isDateCell(cell) && target.value instanceof Date) target.numFmt = DATE_FORMAT[language];
        if (isMoneyCell(cell)) target.numFmt = moneyFormat(cell.currency, language);
        const shown = isDateCell(cell) ? 10 : csvText(cell).length;
        widths[i] = Math.max(widths[i] ?? 10, Math.min(60, shown + 2));
      });
    });
    ws.getRow(1).font = { bold: true };
    widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
