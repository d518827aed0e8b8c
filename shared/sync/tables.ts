// Where each table of the office's data lives on the server: minors' data in a database only `youth` may read.

/** Databases on the office's CouchDB, by default name prefix (scripts/office-setup.mjs creates them). */
export const DEFAULT_PREFIX = 'twinning-';

export type OfficeDatabase = 'office' | 'youth';

/** Participants (with guardians' consents and medical notes) and rooms: readable by the `youth` role only. */
export const YOUTH_TABLES = ['participants', 'rooms'] as const;

/**
 * Everything else the office shares. Settings sync key by key (each row its own document): every row of the settings
 * table is office-wide; what is this desk's own (language, theme, window, backup folder) is kept outside the database.
 */
export const OFFICE_TABLES = [
  'partners',
  'contacts',
  'agreements',
  'attachments',
  'events',
  'visits',
  'gifts',
  'tasks',
  'settings',
  'anonymisations',
] as const;

export function databaseOf(table: string): OfficeDatabase | null {
  if ((YOUTH_TABLES as readonly string[]).includes(table)) return 'youth';
  if ((OFFICE_TABLES as readonly string[]).includes(table)) return 'office';
  return null;
}

/** The roles that may read and write each database; the server enforces them. */
export const DATABASE_ROLES: Record<OfficeDatabase, readonly string[]> = {
  office: ['office', 'youth'],
  youth: ['youth'],
};
