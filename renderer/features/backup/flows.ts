// What the backup screens do, without React: back up, check a file in a worker, restore after a safety copy, auto backups.
import type { BackupSource, CheckRequest } from '../../../shared/backup/check';
import { BackupError, backupErrorKey } from '../../../shared/backup/errors';
import { backupFileName, BACKUP_EXTENSION, MAX_BACKUP_BYTES } from '../../../shared/backup/format';
import {
  hasRegularBackupOn,
  localDay,
  type AutoBackupEntry,
  type AutoBackupKind,
} from '../../../shared/backup/rotation';
import type { Result } from '../../../shared/result';
import type { Progress } from '../../db/backup/collect';
import { isTeamSyncOn } from '../../db/sync/switch';
import { outsideRegister, syncErasureRegister } from '../exchanges/erasure';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { i18n } from '../../i18n';
import { platform } from '../../platform';
import { currentTime } from '../../app/today';
import { openSession, type Background, type Session } from '../../app/background';
import type { CheckedBackup, RestoreMessage, RestoreRequest } from './restoreWork';

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

/** A conversation with the backup worker (the same work in the page where workers are missing). */
function openBackupSession(onMessage: (message: RestoreMessage) => void): Session<RestoreRequest> {
  return openSession<RestoreRequest, RestoreMessage>({
    worker: () => new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' }),
    inPage: () => import('./restoreWork').then((m) => m.restoreWork(() => Promise.resolve())),
    onMessage,
    onFailure: () => onMessage({ type: 'failed', code: 'database', detail: {} }),
  });
}

/**
 * The whole database as a backup file's text, encrypted when a passphrase is given, made in a worker of its own: reading
 * every table, serialising, the checksum and the encryption never hold up the window. Aborted, the worker ends and the
 * answer is undefined; a refusal (a newer app's database, a file too large) rejects with its BackupError.
 */
export async function makeBackup(
  passphrase: string | null,
  onProgress?: Progress,
  cancel?: AbortSignal,
): Promise<string | undefined> {
  const version = await appVersion();
  if (cancel?.aborted) return undefined;
  return new Promise<string | undefined>((resolve, reject) => {
    let done = false;
    const finish = (outcome: { text?: string; error?: unknown }) => {
      if (done) return;
      done = true;
      session.close();
      cancel?.removeEventListener('abort', stop);
      if (outcome.error === undefined) resolve(outcome.text);
      else reject(outcome.error);
    };
    const stop = () => finish({});
    const session = openBackupSession((message) => {
      switch (message.type) {
        case 'progress':
          return onProgress?.(message.done);
        case 'backup':
          return finish({ text: message.text });
        case 'failed':
          return finish({ error: new BackupError(message.code, message.detail) });
        case 'checked':
        case 'recoverReady':
        case 'restored':
          return finish({ error: new BackupError('database') });
      }
    });
    cancel?.addEventListener('abort', stop);
    session.send({
      type: 'backup',
      appVersion: version,
      now: currentTime().toISOString(),
      ...(passphrase === null ? {} : { passphrase }),
      teamSync: isTeamSyncOn(),
    });
  });
}

/**
 * The whole database as a file, encrypted when a passphrase is given, made off the window and saved through the
 * platform. Aborted before the file is made, nothing is saved and no save dialog opens: the answer is undefined.
 */
export async function backUpNow(passphrase: string | null, onProgress?: Progress, cancel?: AbortSignal) {
  const data = await makeBackup(passphrase, onProgress, cancel);
  if (data === undefined) return undefined;
  return platform.saveFile({
    suggestedName: backupFileName(currentTime(), passphrase !== null),
    data,
    filters: backupFilters,
  });
}

export interface OpenedBackup extends CheckedBackup {
  /** The current database as a backup text, written in the worker that checked the file (the page receives the text). */
  safetyCopy: (onProgress?: Progress) => Promise<string>;
  /** Writes the checked records (kept where they were checked) into the database: once, all or nothing. */
  write: (onProgress?: Progress) => Promise<void>;
  /** Lets the checked records go without writing them. */
  release: () => void;
}

/** A check under way; `unlock` answers its refusal for want of a passphrase (or a wrong one). */
export interface BackupCheck extends Background<OpenedBackup> {
  /** Checks the same file again with the passphrase, in the same worker: the file is not sent again. */
  unlock: (passphrase: string) => Promise<OpenedBackup | undefined>;
}

/**
 * Checks a file completely (decrypting it first when encrypted) in a worker, so a large file never freezes the
 * window: the worker is handed the file's handle, or its address, and reads it itself. The records stay in the worker until the
 * restore writes them; the page receives only progress and the preview. Each answer rejects with the BackupError
 * that refuses the file; it is undefined when cancelled.
 */
export function checkBackupFile(file: BackupSource, onProgress: (done: number) => void): BackupCheck {
  let session: Session<RestoreRequest> | undefined;
  let settle: (value: OpenedBackup | undefined) => void = () => undefined;
  let refuse: (error: unknown) => void = () => undefined;
  let writing: { progress?: Progress; resolve: () => void; reject: (error: unknown) => void } | undefined;
  let copying: { progress?: Progress; resolve: (text: string) => void; reject: (error: unknown) => void } | undefined;
  let closed = false;
  const answer = () =>
    new Promise<OpenedBackup | undefined>((resolve, reject) => {
      settle = resolve;
      refuse = reject;
    });
  const close = () => {
    closed = true;
    session?.close();
    writing?.reject(new BackupError('database'));
    copying?.reject(new BackupError('database'));
    writing = copying = undefined;
    settle(undefined);
  };
  const write = (progress?: Progress) =>
    new Promise<void>((resolve, reject) => {
      if (closed || !session || writing) return reject(new BackupError('database'));
      writing = { progress, resolve, reject };
      session.send({ type: 'restore', teamSync: isTeamSyncOn() });
    });
  const safetyCopy = (progress?: Progress) =>
    new Promise<string>((resolve, reject) => {
      if (closed || !session || writing || copying) return reject(new BackupError('database'));
      copying = { progress, resolve, reject };
      session.send({
        type: 'backup',
        appVersion: version,
        now: currentTime().toISOString(),
        teamSync: isTeamSyncOn(),
      });
    });
  const onMessage = (message: RestoreMessage) => {
    switch (message.type) {
      case 'progress':
        if (message.phase === 'check') onProgress(message.done);
        else if (message.phase === 'backup') copying?.progress?.(message.done);
        else writing?.progress?.(message.done);
        return;
      case 'backup':
        copying?.resolve(message.text);
        copying = undefined;
        return;
      case 'checked': {
        const { preview, register, effect } = message;
        return settle({ preview, register, effect, safetyCopy, write, release: close });
      }
      case 'restored':
        writing?.resolve();
        writing = undefined;
        return;
      case 'failed': {
        const error = new BackupError(message.code, message.detail);
        if (writing) writing.reject(error);
        else if (copying) copying.reject(error);
        else refuse(error);
        writing = copying = undefined;
      }
    }
  };
  const result = answer();
  let version = '0.0.0';
  void Promise.all([appVersion(), outsideRegister()]).then(([appIs, outside]) => {
    if (closed) return;
    version = appIs;
    const check: CheckRequest = { file, schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: version };
    session = openBackupSession(onMessage);
    session.send({ type: 'check', check, outside: outside ?? [], teamSync: isTeamSyncOn() });
  }, refuse);
  const unlock = (passphrase: string) => {
    if (closed || !session) return Promise.resolve(undefined);
    const next = answer();
    session.send({ type: 'passphrase', passphrase, teamSync: isTeamSyncOn() });
    return next;
  };
  return { result, cancel: close, unlock };
}

/** An automatic backup (daily, on quit, before a risky action), made in the backup worker as "Back up now" is. */
export async function makeAutoBackup(kind: AutoBackupKind): Promise<AutoBackupEntry> {
  const data = await makeBackup(null);
  // Never cancelled: undefined cannot come back, but a type cannot say so.
  if (data === undefined) throw new BackupError('database');
  return unwrap(await platform.writeAutoBackup({ kind, data }));
}

/** The restore's progress from which its data are being written: from then on it can no longer be cancelled. */
export const WRITING_FROM = 0.3;

/**
 * Saves a safety copy of the current data, then has the worker that checked the file replace everything with it
 * (one transaction) and apply the register; the data folder then learns any record only the file held. Cancelled
 * (`cancel` aborted) while the safety copy is made, nothing is written and the result is undefined.
 */
export async function restoreWithSafetyCopy(
  opened: OpenedBackup,
  onProgress?: Progress,
  cancel?: AbortSignal,
): Promise<AutoBackupEntry | undefined> {
  try {
    // Written in the worker: serialising the whole database and its checksum never hold up the window.
    const text = await opened.safetyCopy((p) => onProgress?.(p * 0.25));
    if (cancel?.aborted) return undefined;
    const safety = unwrap(await platform.writeAutoBackup({ kind: 'safety', data: text }));
    if (cancel?.aborted) return undefined;
    onProgress?.(WRITING_FROM);
    await opened.write((p) => onProgress?.(WRITING_FROM + p * (1 - WRITING_FROM)));
    await syncErasureRegister().catch(() => 0);
    return safety;
  } finally {
    opened.release();
  }
}

/** An automatic backup as a file for the check (its text handed on whole, read by the worker that checks it). */
export async function readAutoBackupFile(name: string): Promise<Blob> {
  return new Blob([unwrap(await platform.readAutoBackup({ name }))], { type: 'application/json' });
}

/**
 * Asks for a backup file, and gives it unread: the file itself in the browser, its one-time address on the desktop
 * (main does not read it, and its bytes never pass through the page: the checking worker fetches them).
 */
export async function chooseBackupFile(): Promise<BackupSource | null> {
  const request = { filters: backupFilters, maxBytes: MAX_BACKUP_BYTES };
  const opened = platform.openBlob ? await platform.openBlob(request) : await platform.openFileAddress(request);
  if (!opened.ok) throw new PlatformError(opened.error.code);
  if ('canceled' in opened.value) return null;
  return 'blob' in opened.value ? opened.value.blob : { url: opened.value.url, size: opened.value.size };
}

/** Makes today's automatic backup unless one (daily or on quit) already exists for today. */
export async function ensureDailyBackup(now = currentTime()): Promise<AutoBackupEntry | null> {
  const listed = await platform.listAutoBackups();
  if (!listed.ok) return null;
  return hasRegularBackupOn(listed.value, localDay(now)) ? null : makeAutoBackup('daily');
}
