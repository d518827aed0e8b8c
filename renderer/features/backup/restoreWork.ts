// The backup worker's work (or the page's): makes every backup file; for a restore, checks the file and keeps its
// records, builds the preview, and writes the records when the user confirms. Only files, previews and progress leave it.
import { encryptBackup } from '../../../shared/backup/crypto';
import { checkBackup, chosenFile, type BackupSource, type CheckRequest } from '../../../shared/backup/check';
import { BackupError, type BackupErrorCode, type BackupErrorDetail } from '../../../shared/backup/errors';
import type { ParsedBackup } from '../../../shared/backup/parse';
import { buildPreview, type RestorePreview } from '../../../shared/backup/preview';
import { mergeRegisters, registerEffect, type ErasureRecord } from '../../../shared/exchanges/erasureRegister';
import type { Serve } from '../../app/background';
import { createBackup } from '../../db/backup/collect';
import { countAllTables } from '../../db/backup/counts';
import { restoreBackup, toBackupError } from '../../db/backup/restore';
import { readRegister } from '../../db/repositories/anonymisation';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';

export type RestoreRequest =
  /** `outside`: the register kept in the app's data folder (the worker cannot ask the desktop for it). */
  | { type: 'check'; check: CheckRequest; outside: ErasureRecord[]; teamSync: boolean }
  /** The passphrase for the encrypted file of the last check: checked again here, the file not sent again. */
  | { type: 'passphrase'; passphrase: string; teamSync: boolean }
  /** Checks a file for rebuilding a database that cannot be opened: no preview, the database is not touched. */
  | { type: 'recoverCheck'; file: BackupSource; teamSync: boolean }
  /**
   * Writes the whole database as a backup file, encrypted when a passphrase is given, here rather than in the page:
   * "Back up now", the automatic backups and the safety copy before a restore.
   */
  | { type: 'backup'; appVersion: string; now: string; passphrase?: string; teamSync: boolean }
  /** Writes the checked records; `teamSync` as it is now (the user may have disconnected meanwhile). */
  | { type: 'restore'; teamSync: boolean };

export interface CheckedBackup {
  preview: RestorePreview;
  /** The register a restore applies: the database's, the data folder's and the file's, merged. */
  register: ErasureRecord[];
  /** People of the file the register anonymises again or erases. */
  effect: { reanonymised: number; erased: number };
}

export type RestoreMessage =
  | { type: 'progress'; phase: 'check' | 'backup' | 'write'; done: number }
  | ({ type: 'checked' } & CheckedBackup)
  /** The finished backup file's text (the page hands it to the save or to the automatic backups). */
  | { type: 'backup'; text: string }
  /** The file of a `recoverCheck` passed every check: its records wait for `restore`. */
  | { type: 'recoverReady' }
  | { type: 'restored' }
  | { type: 'failed'; code: BackupErrorCode; detail: BackupErrorDetail };

/** Opens the database the work writes to: a worker's own instance set up as the page's, or nothing in the page. */
export type PrepareDatabase = (isSyncOn: () => boolean) => Promise<void>;

function failed(error: BackupError): RestoreMessage {
  return { type: 'failed', code: error.code, detail: error.detail };
}

export function restoreWork(prepare: PrepareDatabase): Serve<RestoreRequest, RestoreMessage> {
  return (post) => {
    let teamSync = false;
    let opened: Promise<void> | undefined;
    const database = () => (opened ??= prepare(() => teamSync));
    let checked: { parsed: ParsedBackup; register: ErasureRecord[] } | undefined;
    /** The check that waits for a passphrase (or a better one): the file's handle, until the check passes. */
    let waiting: Extract<RestoreRequest, { type: 'check' }> | undefined;

    const check = async (request: Extract<RestoreRequest, { type: 'check' }>) => {
      let parsed: ParsedBackup;
      checked = undefined;
      waiting = undefined;
      try {
        post({ type: 'progress', phase: 'check', done: 0 });
        // An address is good once: the file is fetched here and kept for a check with the passphrase.
        const file = await chosenFile(request.check.file, request.check.maxBytes);
        waiting = { ...request, check: { ...request.check, file } };
        parsed = await checkBackup(waiting.check, (done) => post({ type: 'progress', phase: 'check', done }));
      } catch (error) {
        return post(failed(error as BackupError));
      }
      waiting = undefined;
      await database();
      const register = mergeRegisters(parsed.tables.anonymisations, await readRegister(), request.outside);
      const preview = buildPreview(parsed.header, parsed.tables, await countAllTables(), parsed.unknownFields);
      checked = { parsed, register };
      post({ type: 'checked', preview, register, effect: registerEffect(parsed.tables, register) });
    };

    const recoverCheck = async (request: Extract<RestoreRequest, { type: 'recoverCheck' }>) => {
      checked = undefined;
      const progress = (done: number) => post({ type: 'progress', phase: 'check', done });
      const parsed = await checkBackup({ file: request.file, schemaVersion: CURRENT_SCHEMA_VERSION }, progress);
      checked = { parsed, register: [] };
      post({ type: 'recoverReady' });
    };

    const backup = async ({ appVersion, now, passphrase }: Extract<RestoreRequest, { type: 'backup' }>) => {
      await database();
      // Encrypting takes the last tenth of the bar (the key's derivation alone is a fraction of a second).
      const share = passphrase ? 0.9 : 1;
      const progress = (done: number) => post({ type: 'progress', phase: 'backup', done: done * share });
      const made = await createBackup(appVersion, progress, new Date(now));
      const text = passphrase
        ? await encryptBackup(made.text, passphrase, { appVersion, createdAt: made.createdAt })
        : made.text;
      post({ type: 'progress', phase: 'backup', done: 1 });
      post({ type: 'backup', text });
    };

    const restore = async () => {
      if (!checked) return post(failed(new BackupError('notBackup')));
      const { parsed, register } = checked;
      await database();
      await restoreBackup(parsed, (done) => post({ type: 'progress', phase: 'write', done }), register);
      // Written: the records are let go here, not kept for a second restore.
      checked = undefined;
      post({ type: 'restored' });
    };

    return async (request) => {
      teamSync = request.teamSync;
      try {
        if (request.type === 'check') await check(request);
        else if (request.type === 'restore') await restore();
        else if (request.type === 'backup') await backup(request);
        else if (request.type === 'recoverCheck') await recoverCheck(request);
        else if (!waiting) post(failed(new BackupError('notBackup')));
        else await check({ ...waiting, check: { ...waiting.check, passphrase: request.passphrase } });
      } catch (error) {
        post(failed(toBackupError(error)));
      }
    };
  };
}
