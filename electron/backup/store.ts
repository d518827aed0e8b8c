// The automatic backups folder: atomic writes, rotation, a listing with date, size and counts, and reading one back.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { WriteAutoBackupRequest } from '../../shared/backup/ipc';
import { MAX_BACKUP_BYTES, readBackupHeader } from '../../shared/backup/format';
import {
  autoBackupName,
  backupsToKeep,
  parseAutoBackupName,
  sortEntriesNewestFirst,
  type AutoBackupEntry,
  type RotationPolicy,
} from '../../shared/backup/rotation';
import { writeFileAtomic, type AtomicFs } from '../atomicWrite';
import { UserFacingError } from '../ipc/handle';
import { isSealed, readSealedHeader, sealBackup, unsealBackup } from './sealed';

/** How much of a file's start holds its header (the tables follow it). */
const HEADER_BYTES = 64 * 1024;

export interface AutoBackupStore {
  folder: string;
  rotation: RotationPolicy;
  fs?: AtomicFs;
  now?: () => Date;
  /** Encrypts every backup written at rest; null or absent writes plain text. */
  key?: Buffer | null;
}

const atRest = (store: AutoBackupStore, data: string) => (store.key ? sealBackup(data, store.key) : data);

/** Writes one backup atomically into the folder (made if missing), then rotates. */
export async function writeAutoBackup(
  store: AutoBackupStore,
  request: WriteAutoBackupRequest,
): Promise<AutoBackupEntry> {
  await fsp.mkdir(store.folder, { recursive: true });
  const name = autoBackupName((store.now ?? (() => new Date()))(), request.kind);
  await writeFileAtomic(path.join(store.folder, name), atRest(store, request.data), store.fs);
  // The new backup is safe on disk: a rotation that fails now is tried again after the next one.
  await rotateAutoBackups(store.folder, store.rotation).catch(() => []);
  return describe(store.folder, name);
}

/** Deletes what the policy does not keep; only files named like automatic backups are ever touched. */
export async function rotateAutoBackups(folder: string, policy: RotationPolicy): Promise<string[]> {
  const names = (await fsp.readdir(folder)).filter((n) => parseAutoBackupName(n) !== null);
  const keep = backupsToKeep(names, policy);
  const removed = names.filter((n) => !keep.has(n));
  for (const name of removed) await fsp.rm(path.join(folder, name), { force: true });
  return removed;
}

async function readStart(file: string): Promise<string> {
  const handle = await fsp.open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function describe(folder: string, name: string): Promise<AutoBackupEntry> {
  const file = path.join(folder, name);
  const parsed = parseAutoBackupName(name)!;
  const [stat, start] = await Promise.all([fsp.stat(file), readStart(file)]);
  const header = readBackupHeader(start) ?? readSealedHeader(start);
  return {
    name,
    kind: parsed.kind,
    createdAt: header?.createdAt ?? stat.mtime.toISOString(),
    size: stat.size,
    counts: header?.counts ?? null,
  };
}

/** Every automatic backup in the folder, newest first; an absent folder lists none. */
export async function listAutoBackups(folder: string): Promise<AutoBackupEntry[]> {
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  const entries = await Promise.all(
    names.filter((n) => parseAutoBackupName(n) !== null).map((n) => describe(folder, n).catch(() => null)),
  );
  return sortEntriesNewestFirst(entries.filter((e) => e !== null));
}

/** The path of a backup by its name, checked against the naming pattern so no path leaves the folder. */
function backupPath(folder: string, name: string): string {
  if (!parseAutoBackupName(name) || path.basename(name) !== name)
    throw new UserFacingError('not-found', 'No such backup.');
  return path.join(folder, name);
}

/** Reads one backup by its name, decrypted when it was written encrypted. */
export async function readAutoBackup(folder: string, name: string, key: Buffer | null = null): Promise<string> {
  const file = backupPath(folder, name);
  const stat = await fsp.stat(file);
  // Encryption at rest adds a third (base64) to the size.
  if (stat.size > MAX_BACKUP_BYTES * 1.4) throw new UserFacingError('too-large', 'The backup is too large.');
  const text = await fsp.readFile(file, 'utf8');
  return isSealed(text) ? unsealBackup(text, key) : text;
}

/** Replaces an existing backup's contents under the same name, atomically (the old text or the new, never half). */
export async function rewriteAutoBackup(store: AutoBackupStore, name: string, data: string): Promise<AutoBackupEntry> {
  const file = backupPath(store.folder, name);
  await fsp.stat(file);
  await writeFileAtomic(file, atRest(store, data), store.fs);
  return describe(store.folder, name);
}

/** Deletes one backup the user chose (or one that could not be cleaned of erased people). */
export async function deleteAutoBackup(folder: string, name: string): Promise<void> {
  await fsp.rm(backupPath(folder, name));
}
