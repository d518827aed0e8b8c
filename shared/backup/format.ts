// The backup file: a versioned header (format, app and schema versions, time, counts, checksum) and the tables.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
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

type ChecksumHeader = Omit<BackupHeader, 'format' | 'checksum'>;

/** The checksum covers the versions, the time, the counts and the tables exactly as written. */
export function checksumInput(header: ChecksumHeader, tablesJson: string): string {
  return `${checksumPrefix(header)}${tablesJson}`;
}

function checksumPrefix(header: ChecksumHeader): string {
  const fixed = [header.formatVersion, header.appVersion, header.schemaVersion, header.createdAt, header.counts];
  return `${JSON.stringify(fixed)}\n`;
}

/** A running SHA-256 of a backup's checksum input with the header's part in: the tables' UTF-8 bytes follow in pieces. */
export function startChecksum(header: ChecksumHeader): {
  update: (bytes: Uint8Array) => unknown;
  digest: () => Uint8Array;
} {
  return sha256.create().update(new TextEncoder().encode(checksumPrefix(header)));
}

export const checksumHex = (digest: Uint8Array): string => bytesToHex(digest);

/** Characters of the tables text encoded per step while it is hashed. */
const HASH_SLICE_CHARS = 1 << 20;

/**
 * The SHA-256 of `checksumInput(header, tablesJson)` as lower-case hex, the text encoded and hashed a slice at a time
 * (`sliceChars`, at least 2): a large backup's tables are never copied whole, as a string or as bytes.
 */
export function checksumOf(header: ChecksumHeader, tablesJson: string, sliceChars = HASH_SLICE_CHARS): string {
  const hash = startChecksum(header);
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(Math.min(tablesJson.length, sliceChars) * 3);
  for (let start = 0; start < tablesJson.length;) {
    let end = Math.min(tablesJson.length, start + sliceChars);
    // A surrogate pair is encoded whole, never split between two slices.
    const last = tablesJson.charCodeAt(end - 1);
    if (end < tablesJson.length && last >= 0xd800 && last < 0xdc00) end--;
    const { written } = encoder.encodeInto(tablesJson.slice(start, end), buffer);
    hash.update(buffer.subarray(0, written));
    start = end;
  }
  return checksumHex(hash.digest());
}

/** What precedes a plain backup's tables text, which ends one character before the file does. */
export const TABLES_KEY = ',"tables":';

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
  const checksum = checksumOf(body, tablesJson);
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
