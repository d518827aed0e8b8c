// Saves the shown partner list as CSV (Polish Excel) or XLSX (exceljs, loaded only now).
import type { Partner } from '../../../shared/domain';
import { writeCsv } from '../../../shared/export/csv';
import { partnerTable, type RowLabels } from '../../../shared/partners/columns';
import { notifyFileResult } from '../../app/notify';
import { platform } from '../../platform';

export async function exportPartnersCsv(
  partners: readonly Partner[],
  labels: RowLabels,
  baseName: string,
): Promise<void> {
  const result = await platform.saveFile({
    suggestedName: `${baseName}.csv`,
    data: writeCsv(partnerTable(partners, labels)),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  notifyFileResult(result);
}

export async function exportPartnersXlsx(
  partners: readonly Partner[],
  labels: RowLabels,
  baseName: string,
  sheet: string,
): Promise<void> {
  const { writeXlsx } = await import('../../export/xlsx');
  const data = await writeXlsx([{ name: sheet, rows: partnerTable(partners, labels) }]);
  const result = await platform.saveFile({
    suggestedName: `${baseName}.xlsx`,
    data: new Uint8Array(data),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  notifyFileResult(result);
}
