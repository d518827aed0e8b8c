// Writing a backup file: the checksum of its header and tables, taken a slice at a time, and the file's text. Apart from
// format.ts, so that what reads headers alone (the list of automatic backups) does not carry the hashing.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { bytesToBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupMeta } from './format';
import { backupTableNames, countTables, type BackupTables, type TableCounts } from './tables';

export type ChecksumHeader = Omit<BackupHeader, 'format' | 'checksum'>;

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
