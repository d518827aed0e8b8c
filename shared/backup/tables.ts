// The tables a backup holds, in a stable order, each with its primary key and its domain schema.
import { z } from 'zod';
import {
  agreementSchema,
  attachmentSchema,
  contactSchema,
  eventSchema,
  giftSchema,
  idSchema,
  participantSchema,
  partnerSchema,
  roomSchema,
  settingSchema,
  taskSchema,
  visitSchema,
} from '../domain';

/** A recorded anonymisation run: restoring an older backup re-applies it (see reapplyAnonymisations). */
export const anonymisationRunSchema = z.object({
  id: idSchema,
  at: z.string().max(40),
  participantIds: z.array(idSchema).max(1_000_000),
  eventIds: z.array(idSchema).max(1_000_000),
  erasedIds: z.array(idSchema).max(1_000_000).optional(),
  /** Partner contacts anonymised (retention beyond camps); absent in registers written before them. */
  contactIds: z.array(idSchema).max(1_000_000).optional(),
  /** Delegation members anonymised, each by its visit and its id within the visit's list. */
  members: z
    .array(z.object({ visitId: idSchema, memberId: idSchema }))
    .max(1_000_000)
    .optional(),
});
export type AnonymisationRun = z.infer<typeof anonymisationRunSchema>;

/** Table name -> the schema every stored row satisfies. The order is the order in the file. */
export const backupTableSchemas = {
  partners: partnerSchema,
  contacts: contactSchema,
  agreements: agreementSchema,
  attachments: attachmentSchema,
  events: eventSchema,
  visits: visitSchema,
  gifts: giftSchema,
  tasks: taskSchema,
  participants: participantSchema,
  rooms: roomSchema,
  settings: settingSchema,
  anonymisations: anonymisationRunSchema,
} as const;

export type BackupTableName = keyof typeof backupTableSchemas;
export const backupTableNames = Object.keys(backupTableSchemas) as BackupTableName[];

/** The rows of every table, as stored (attachments hold their bytes). */
export type BackupTables = { [K in BackupTableName]: z.output<(typeof backupTableSchemas)[K]>[] };
export type TableCounts = Record<BackupTableName, number>;

/** The primary key of a table's rows: `key` for settings, `id` for everything else. */
export const primaryKeyOf = (table: BackupTableName): 'id' | 'key' => (table === 'settings' ? 'key' : 'id');

export function countTables(tables: { [K in BackupTableName]: readonly unknown[] }): TableCounts {
  return Object.fromEntries(backupTableNames.map((t) => [t, tables[t].length])) as TableCounts;
}

export function emptyTables(): BackupTables {
  return Object.fromEntries(backupTableNames.map((t) => [t, []])) as unknown as BackupTables;
}
