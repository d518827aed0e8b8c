// The backup file: a versioned header (format, app and schema versions, time, counts, checksum) and the tables.
import { z } from 'zod';
import { bytesToBase64 } from './base64';
import { BackupError } from './errors';
import { backupTableNames, countTables, type BackupTables, type TableCounts } from './tables';

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

/** SHA-256 (WebCrypto) as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type ChecksumHeader = Omit<BackupHeader, 'format' | 'checksum'>;

/** The checksum covers the versions, the time, the counts and the tables exactly as written. */
export function checksumInput(header: ChecksumHeader, tablesJson: string): string {
  return `${checksumPrefix(header)}${tablesJson}`;
}

function checksumPrefix(header: ChecksumHeader): string {
  const fixed = [header.formatVersion, header.appVersion, header.schemaVersion, header.createdAt, header.counts];
  return `${JSON.stringify(fixed)}\n`;
}

/**
 * `sha256Hex(checksumInput(header, tablesJson))` without joining the two into one string: both are encoded into one
 * buffer, so a large backup's tables text is never copied on the heap.
 */
export async function checksumOf(header: ChecksumHeader, tablesJson: string): Promise<string> {
  const prefix = checksumPrefix(header);
  const bytes = new Uint8Array(utf8ByteLength(prefix) + utf8ByteLength(tablesJson));
  const encoder = new TextEncoder();
  const { written } = encoder.encodeInto(prefix, bytes);
  encoder.encodeInto(tablesJson, bytes.subarray(written));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const TABLES_KEY = ',"tables":';

/**
 * The checksum of a plain backup's tables text as the file holds it, when the file is laid out as this app writes
 * it (header first, tables last): checked without writing the parsed tables out again. Undefined otherwise.
 */
export async function fileTablesChecksum(text: string): Promise<string | undefined> {
  const header = readBackupHeader(text);
  if (!header || header.formatVersion !== BACKUP_FORMAT_VERSION || !text.endsWith('}')) return undefined;
  return checksumOf(header, text.slice(text.indexOf(TABLES_KEY) + TABLES_KEY.length, -1));
}

/** Attachments' bytes become base64 so the whole backup is one JSON text. */
function tablesToJson(tables: BackupTables): string {
  const out: Record<string, unknown[]> = {};
  for (const name of backupTableNames) {
    out[name] =
      name === 'attachments' ? tables.attachments.map((a) => ({ ...a, data: bytesToBase64(a.data) })) : tables[name];
  }
  return JSON.stringify(out);
}

/** Writes the file's text: header first (so it can be read alone), tables last. */
export async function serializeBackup(
  tables: BackupTables,
  meta: BackupMeta,
): Promise<{ text: string; counts: TableCounts }> {
  const counts = countTables(tables);
  const tablesJson = tablesToJson(tables);
  const body = { formatVersion: BACKUP_FORMAT_VERSION, ...meta, counts };
  const checksum = await checksumOf(body, tablesJson);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    counts,
    checksum,
  };
  const headerJson = JSON.stringify(header);
  return { text: `${headerJson.slice(0, -1)},"tables":${tablesJson}}`, counts };
}

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
