// How many records each table holds: what the automatic backups and the restore preview compare, without the code
// that writes a backup file.
import { backupTableNames, type TableCounts } from '../../../shared/backup/tables';
import { db } from '../db';

export async function countAllTables(): Promise<TableCounts> {
  const counts = await Promise.all(backupTableNames.map((name) => db.table(name).count()));
  return Object.fromEntries(backupTableNames.map((name, i) => [name, counts[i]])) as TableCounts;
}
