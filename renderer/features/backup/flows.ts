// What the backup screens do, without React: back up, open and check a file, restore after a safety copy, auto backups.
import { encryptBackup } from '../../../shared/backup/crypto';
import type { CheckMessage, CheckRequest } from '../../../shared/backup/check';
import { BackupError, backupErrorKey } from '../../../shared/backup/errors';
import { backupFileName, BACKUP_EXTENSION } from '../../../shared/backup/format';
import type { ParsedBackup } from '../../../shared/backup/parse';
import { backupTableNames, type BackupTables } from '../../../shared/backup/tables';
import { buildPreview, type RestorePreview } from '../../../shared/backup/preview';
import {
  hasRegularBackupOn,
  localDay,
  type AutoBackupEntry,
  type AutoBackupKind,
} from '../../../shared/backup/rotation';
import type { Result } from '../../../shared/result';
import { mergeRegisters, registerEffect, type ErasureRecord } from '../../../shared/exchanges/erasureRegister';
import { countAllTables, createBackup, type Progress } from '../../db/backup/collect';
import { readRegister } from '../../db/repositories/anonymisation';
import { outsideRegister, syncErasureRegister } from '../exchanges/erasure';
import { restoreBackup } from '../../db/backup/restore';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { i18n } from '../../i18n';
import { platform } from '../../platform';
import { currentTime } from '../../app/today';
import { runInBackground, type Background } from '../../app/background';

export const backupFilters = [{ name: 'Twinning Desk', extensions: [BACKUP_EXTENSION] }];

/** A failed platform call: its message comes from the common `file.*` strings. */
export class PlatformError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new PlatformError(result.error.code);
  return result.value;
}

/** Any failure of these flows as a sentence in the UI language. */
export function errorMessage(error: unknown): string {
  if (error instanceof BackupError) {
    return i18n.t(backupErrorKey(error), {
      ns: 'backup',
      table: '—',
      key: '—',
      field: '—',
      version: '?',
      ...error.detail,
    });
  }
  if (error instanceof PlatformError) return i18n.t(`file.${error.code}`, { ns: 'common' });
  return i18n.t('errors.database', { ns: 'backup' });
}

export async function appVersion(): Promise<string> {
  const info = await platform.appInfo();
  return info.ok ? info.value.version : '0.0.0';
}

/** The whole database as a file, encrypted when a passphrase is given; saved through the platform. */
export async function backUpNow(passphrase: string | null, onProgress?: Progress) {
  const version = await appVersion();
  const backup = await createBackup(version, (p) => onProgress?.(p * 0.9));
  const data = passphrase
    ? await encryptBackup(backup.text, passphrase, { appVersion: version, createdAt: backup.createdAt })
    : backup.text;
  onProgress?.(1);
  return platform.saveFile({
    suggestedName: backupFileName(currentTime(), passphrase !== null),
    data,
    filters: backupFilters,
  });
}

export interface OpenedBackup {
  parsed: ParsedBackup;
  preview: RestorePreview;
  /** The register a restore applies: the database's, the data folder's and the file's, merged. */
  register: ErasureRecord[];
  /** People of the file the register anonymises again or erases. */
  effect: { reanonymised: number; erased: number };
}

/** The records arriving slice by slice; the finished backup, or the refusal, once the check ends. */
function checkReceiver(onProgress: (done: number) => void) {
  const tables = Object.fromEntries(backupTableNames.map((name) => [name, [] as unknown[]]));
  return (message: CheckMessage): { value: ParsedBackup | BackupError } | undefined => {
    switch (message.type) {
      case 'progress':
        onProgress(message.done);
        return undefined;
      case 'rows': {
        const into = tables[message.table]!;
        for (const row of message.rows) into.push(row);
        return undefined;
      }
      case 'done': {
        const { header, unknownFields } = message;
        return { value: { header, tables: tables as unknown as BackupTables, unknownFields } };
      }
      case 'failed':
        return { value: new BackupError(message.code, message.detail) };
    }
  };
}

/**
 * Checks a file completely (decrypting it first when encrypted) in a worker, so a large file never freezes the
 * window. The result rejects with the BackupError that refuses the file; it is undefined when cancelled.
 */
export function checkBackupFile(
  bytes: Uint8Array,
  passphrase: string | undefined,
  onProgress: (done: number) => void,
): Background<ParsedBackup> {
  let cancelled = false;
  let run: Background<ParsedBackup | BackupError> | undefined;
  const result = appVersion().then(async (version) => {
    if (cancelled) return undefined;
    const request: CheckRequest = { bytes, passphrase, schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: version };
    run = runInBackground({
      request,
      worker: () => new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' }),
      inPage: () => import('../../../shared/backup/check').then((m) => m.checkBackup),
      receiver: () => checkReceiver(onProgress),
    });
    const outcome = await run.result;
    if (outcome instanceof BackupError) throw outcome;
    return outcome;
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      run?.cancel();
    },
  };
}

/** The restore preview of a checked backup: counts against the database, the register a restore applies. */
export async function previewBackup(parsed: ParsedBackup): Promise<OpenedBackup> {
  const register = mergeRegisters(parsed.tables.anonymisations, await readRegister(), (await outsideRegister()) ?? []);
  return {
    parsed,
    preview: buildPreview(parsed.header, parsed.tables, await countAllTables(), parsed.unknownFields),
    register,
    effect: registerEffect(parsed.tables, register),
  };
}

export async function makeAutoBackup(kind: AutoBackupKind): Promise<AutoBackupEntry> {
  const backup = await createBackup(await appVersion());
  return unwrap(await platform.writeAutoBackup({ kind, data: backup.text }));
}

/**
 * Saves a safety copy of the current data, then replaces everything with the backup (one transaction)
 * and applies the register; the data folder then learns any record only the file held.
 */
export async function restoreWithSafetyCopy(
  { parsed, register }: Pick<OpenedBackup, 'parsed' | 'register'>,
  onProgress?: Progress,
): Promise<AutoBackupEntry> {
  const safety = await makeAutoBackup('safety');
  onProgress?.(0.3);
  await restoreBackup(parsed, (p) => onProgress?.(0.3 + p * 0.7), register);
  await syncErasureRegister().catch(() => 0);
  return safety;
}

export async function readAutoBackupBytes(name: string): Promise<Uint8Array> {
  return new TextEncoder().encode(unwrap(await platform.readAutoBackup({ name })));
}

/** Makes today's automatic backup unless one (daily or on quit) already exists for today. */
export async function ensureDailyBackup(now = currentTime()): Promise<AutoBackupEntry | null> {
  const listed = await platform.listAutoBackups();
  if (!listed.ok) return null;
  return hasRegularBackupOn(listed.value, localDay(now)) ? null : makeAutoBackup('daily');
}
