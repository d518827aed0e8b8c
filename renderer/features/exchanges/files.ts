// Saving the exchanges area's files (CSV, XLSX, JSON) through the platform, with the outcome notified.
import { writeCsv, type CsvCell } from '../../../shared/export/csv';
import { notifyError, notifyFileResult } from '../../app/notify';
import { i18n } from '../../i18n';
import { platform } from '../../platform';
import type { Sheet } from '../../export/xlsx';

type Rows = readonly (readonly CsvCell[])[];

export async function saveCsv(stem: string, rows: Rows): Promise<boolean> {
  const result = await platform.saveFile({
    suggestedName: `${stem}.csv`,
    data: writeCsv(rows),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  return notifyFileResult(result);
}

export async function saveXlsx(stem: string, sheets: readonly Sheet[]): Promise<boolean> {
  try {
    const { writeXlsx } = await import('../../export/xlsx');
    const data = await writeXlsx(sheets);
    const result = await platform.saveFile({
      suggestedName: `${stem}.xlsx`,
      data,
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
    return notifyFileResult(result);
  } catch {
    notifyError(i18n.t('file.internal', { ns: 'common' }));
    return false;
  }
}

export async function saveJson(stem: string, value: unknown): Promise<boolean> {
  const result = await platform.saveFile({
    suggestedName: `${stem}.json`,
    data: JSON.stringify(value, null, 2),
    filters: [{ name: 'JSON', extensions: ['json'] }],
  });
  return notifyFileResult(result);
}
