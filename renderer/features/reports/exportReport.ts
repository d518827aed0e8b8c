// Files of the report: all tables in one CSV (a titled block each) or one XLSX sheet per table.
import { writeCsv, type CsvCell } from '../../../shared/export/csv';
import type { Language } from '../../../shared/ipc';
import { renderReportHtml, type ReportDocument } from '../../../shared/reports/reportHtml';
import type { ReportTable } from '../../../shared/reports/tables';
import { notifyFileResult } from '../../app/notify';
import { writeXlsx } from '../../export/xlsx';
import { platform } from '../../platform';

export function reportCsv(tables: readonly ReportTable[]): string {
  const rows: CsvCell[][] = [];
  tables.forEach((table, i) => {
    if (i > 0) rows.push([]);
    rows.push([table.title], table.header, ...(table.files ?? table.rows));
  });
  return writeCsv(rows);
}

export async function saveReportCsv(tables: readonly ReportTable[], baseName: string): Promise<void> {
  const result = await platform.saveFile({
    suggestedName: `${baseName}.csv`,
    data: reportCsv(tables),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  notifyFileResult(result);
}

/** Prints the report to PDF through the same path as the dossier (desktop: main's print window). */
export async function saveReportPdf(doc: ReportDocument, language: Language, baseName: string): Promise<void> {
  const result = await platform.printToPdf({
    html: renderReportHtml(doc, language),
    suggestedName: `${baseName}.pdf`,
    header: doc.header,
    pageLabel: doc.page,
    ofLabel: '/',
  });
  notifyFileResult(result);
}

export async function saveReportXlsx(tables: readonly ReportTable[], baseName: string): Promise<void> {
  const data = await writeXlsx(tables.map((t) => ({ name: t.title, rows: [t.header, ...(t.files ?? t.rows)] })));
  const result = await platform.saveFile({
    suggestedName: `${baseName}.xlsx`,
    data,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  notifyFileResult(result);
}
