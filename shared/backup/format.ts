// The backup file: a versioned header (format, app and schema versions, time, counts, checksum) and the tables (written
// by write.ts).
import { z } from 'zod';
import { BackupError } from './errors';

export const BACKUP_FORMAT = 'twinning-desk-backup';
/** Bumped when the file's shape changes; older shapes are upgraded by `upgrade.ts`. */
export const BACKUP_FORMAT_VERSION = 1;
/** The largest backup file the app reads (attachments are capped at 10 MB each), in bytes of the file. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** The size of a text once written as UTF-8 (a lone surrogate as the 3-byte replacement), without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses a backup text whose file would be larger than the app reads back: every limit counts bytes. */
export function assertBackupFits(text: string, maxBytes = MAX_BACKUP_BYTES): void {
  if (utf8ByteLength(text) > maxBytes) throw new BackupError('tooLarge');
}
export const BACKUP_EXTENSION = 'json';

const countsSchema = z.record(z.string().max(64), z.number().int().nonnegative());

/** What precedes the tables in every file; main reads just this to list automatic backups. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(40),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string().min(1).max(40),
  counts: countsSchema,
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export interface BackupMeta {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
}

/** What precedes a plain backup's tables text, which ends one character before the file does. */
export const TABLES_KEY = ',"tables":';

/**
 * Reads the header from the start of a plain backup without parsing the tables (main lists
 * automatic backups this way). Returns null for anything else, an encrypted file included.
 */
export function readBackupHeader(start: string): BackupHeader | null {
  const end = start.indexOf(TABLES_KEY);
  if (end < 0) return null;
  try {
    const parsed = backupHeaderSchema.safeParse(JSON.parse(`${start.slice(0, end)}}`));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A file name for a backup made at `at` (local time), e.g. `twinning-desk-2026-11-26-0815.json`. */
export function backupFileName(at: Date, encrypted = false): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}`;
  return `twinning-desk-${stamp}${encrypted ? '-encrypted' : ''}.${BACKUP_EXTENSION}`;
}
