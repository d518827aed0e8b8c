// What a restore would do, for the confirmation: counts per kind now and in the file, and the file's date range.
import type { BackupHeader } from './format';
import type { UnknownField } from './parse';
import { countTables, type BackupTables, type TableCounts } from './tables';

export interface RestorePreview {
  createdAt: string;
  appVersion: string;
  incoming: TableCounts;
  current: TableCounts;
  /** Earliest and latest calendar date in the file's events, visits, agreements, gifts and tasks. */
  range: { from: string; to: string } | null;
  /** Fields of the file this app does not keep: the restore drops them, so the user is told first. */
  unknownFields: UnknownField[];
}

export function buildPreview(
  header: BackupHeader,
  tables: BackupTables,
  current: TableCounts,
  unknownFields: UnknownField[] = [],
): RestorePreview {
  const days: string[] = [];
  for (const e of tables.events) days.push(e.start.slice(0, 10), e.end.slice(0, 10));
  for (const v of tables.visits) days.push(v.start, v.end);
  for (const a of tables.agreements) days.push(a.date);
  for (const g of tables.gifts) days.push(g.date);
  for (const t of tables.tasks) days.push(t.due);
  days.sort();
  return {
    createdAt: header.createdAt,
    appVersion: header.appVersion,
    incoming: countTables(tables),
    current,
    range: days.length ? { from: days[0]!, to: days[days.length - 1]! } : null,
    unknownFields,
  };
}
