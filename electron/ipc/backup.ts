// The backup channels: settings and folder (chosen in a native dialog), automatic backups, the quit answer.
import type { BrowserWindow, Dialog } from 'electron';
import type { BackupSettings, RewriteAutoBackupRequest, WriteAutoBackupRequest } from '../../shared/backup/ipc';
import type { AutoBackupEntry, RotationPolicy } from '../../shared/backup/rotation';
import { canceled, type Canceled } from '../../shared/result';
import type { AtomicFs } from '../atomicWrite';
import { defaultBackupFolder, loadBackupConfig, saveBackupConfig, withRotation } from '../backup/config';
import type { BackupRequester } from '../backup/quit';
import { loadOrCreateBackupKey, type KeySealer } from '../backup/sealed';
import { deleteAutoBackup, listAutoBackups, readAutoBackup, rewriteAutoBackup, writeAutoBackup } from '../backup/store';

export interface BackupDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: () => BrowserWindow | null;
  /** The JSON file holding the folder and the rotation. */
  configFile: string;
  documentsFolder: () => string;
  /** The folder used until the user chooses one; `Twinning Desk/Backups` in the documents when absent. */
  defaultFolder?: () => string;
  requester: BackupRequester;
  fs?: AtomicFs;
  now?: () => Date;
  /** Electron's safeStorage (a fake in tests): seals the key that encrypts automatic backups at rest. */
  safeStorage: KeySealer;
  /** Where the sealed key is kept (the app's user-data folder). */
  keyFile: string;
}

const keys = new WeakMap<BackupDeps, Promise<Buffer | null>>();
/** The backups' key, loaded (or made) once per set of handlers; a failed load is tried again next time. */
function backupKey(deps: BackupDeps): Promise<Buffer | null> {
  let key = keys.get(deps);
  if (!key) {
    key = loadOrCreateBackupKey(deps.keyFile, deps.safeStorage, deps.fs);
    keys.set(deps, key);
    key.catch(() => keys.delete(deps));
  }
  return key;
}

async function settings(deps: BackupDeps): Promise<BackupSettings> {
  const config = await loadBackupConfig(deps.configFile);
  return {
    folder: config.folder ?? deps.defaultFolder?.() ?? defaultBackupFolder(deps.documentsFolder()),
    rotation: config.rotation,
    // Said as it is: without a keychain the key cannot be sealed and backups are written in plain text.
    encryptedAtRest: (await backupKey(deps).catch(() => null)) !== null,
  };
}

async function chooseFolder(deps: BackupDeps): Promise<BackupSettings | Canceled> {
  const current = await settings(deps);
  const options = {
    defaultPath: current.folder ?? undefined,
    properties: ['openDirectory' as const, 'createDirectory' as const],
  };
  const win = deps.window();
  const choice = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return canceled;
  await saveBackupConfig(deps.configFile, { ...(await loadBackupConfig(deps.configFile)), folder });
  return settings(deps);
}

async function setRotation(deps: BackupDeps, rotation: RotationPolicy): Promise<BackupSettings> {
  await saveBackupConfig(deps.configFile, withRotation(await loadBackupConfig(deps.configFile), rotation));
  return settings(deps);
}

async function write(deps: BackupDeps, request: WriteAutoBackupRequest): Promise<AutoBackupEntry> {
  const { folder, rotation } = await settings(deps);
  return writeAutoBackup(
    { folder: folder!, rotation, fs: deps.fs, now: deps.now, key: await backupKey(deps) },
    request,
  );
}

async function rewrite(deps: BackupDeps, { name, data }: RewriteAutoBackupRequest): Promise<AutoBackupEntry> {
  const { folder, rotation } = await settings(deps);
  return rewriteAutoBackup({ folder: folder!, rotation, fs: deps.fs, key: await backupKey(deps) }, name, data);
}

/** The backup channels' handlers, for the channel map in main.ts. */
export function backupHandlers(deps: BackupDeps) {
  return {
    backupSettings: () => settings(deps),
    setBackupRotation: (rotation: RotationPolicy) => setRotation(deps, rotation),
    chooseBackupFolder: () => chooseFolder(deps),
    writeAutoBackup: (request: WriteAutoBackupRequest) => write(deps, request),
    listAutoBackups: async () => listAutoBackups((await settings(deps)).folder!),
    readAutoBackup: async ({ name }: { name: string }) =>
      readAutoBackup((await settings(deps)).folder!, name, await backupKey(deps)),
    rewriteAutoBackup: (request: RewriteAutoBackupRequest) => rewrite(deps, request),
    deleteAutoBackup: async ({ name }: { name: string }) => {
      await deleteAutoBackup((await settings(deps)).folder!, name);
      return null;
    },
    backupRequestDone: () => {
      deps.requester.answered();
      return null;
    },
  };
}
