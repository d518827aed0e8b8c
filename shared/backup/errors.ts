// Every way a backup can fail, as a typed error whose code names its message in the `backup` namespace.

export const backupErrorCodes = [
  'tooLarge',
  'notJson',
  'notBackup',
  'damagedHeader',
  'newerFormat',
  'newerSchema',
  'checksum',
  'countMismatch',
  'invalidRecord',
  'duplicateKey',
  'brokenReference',
  'passphraseNeeded',
  'wrongPassphrase',
  'damagedEncryption',
  'quota',
  'readOnly',
  'newerDatabase',
  'database',
  'unavailable',
  'unreadable',
] as const;
export type BackupErrorCode = (typeof backupErrorCodes)[number];

/** Where in the file the problem is: the table, the record's key, the field's path. */
export interface BackupErrorDetail {
  table?: string;
  key?: string;
  field?: string;
  version?: string | number;
}

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly detail: BackupErrorDetail = {},
  ) {
    super(
      `Backup ${code}${detail.table ? ` in ${detail.table}` : ''}${detail.key ? ` (${detail.key})` : ''}${detail.field ? `: ${detail.field}` : ''}`,
    );
    this.name = 'BackupError';
  }
}

/** The i18n key of an error's message: `backup:errors.<code>`, interpolated with its detail. */
export const backupErrorKey = (error: BackupError): string => `errors.${error.code}`;
