// Exposes the desktop bridge as window.api: one named function per channel of shared/ipc.ts.
import { contextBridge, ipcRenderer } from 'electron';
import { channelId } from '../shared/channelId';
import { BACKUP_REQUEST_EVENT } from '../shared/backup/events';
import type { ChannelName, PreloadApi } from '../shared/ipc';

const call = (name: ChannelName) => (request?: unknown) => ipcRenderer.invoke(channelId(name), request);

const api = {
  appInfo: () => call('appInfo')(),
  saveFile: (request) => call('saveFile')(request),
  openFile: (request) => call('openFile')(request),
  setLanguage: (request) => call('setLanguage')(request),
  printToPdf: (request) => call('printToPdf')(request),
  backupSettings: () => call('backupSettings')(),
  setBackupRotation: (request) => call('setBackupRotation')(request),
  chooseBackupFolder: () => call('chooseBackupFolder')(),
  writeAutoBackup: (request) => call('writeAutoBackup')(request),
  listAutoBackups: () => call('listAutoBackups')(),
  readAutoBackup: (request) => call('readAutoBackup')(request),
  backupRequestDone: (request) => call('backupRequestDone')(request),
  teamConnect: (request) => call('teamConnect')(request),
  teamAccount: () => call('teamAccount')(),
  teamDisconnect: () => call('teamDisconnect')(),
  deleteAutoBackup: (request) => call('deleteAutoBackup')(request),
  rewriteAutoBackup: (request) => call('rewriteAutoBackup')(request),
  readErasureRegister: () => call('readErasureRegister')(),
  addToErasureRegister: (request) => call('addToErasureRegister')(request),
  onBackupRequest: (listener) => {
    const answer = () => {
      void listener().then(
        () => call('backupRequestDone')({ ok: true }),
        () => call('backupRequestDone')({ ok: false }),
      );
    };
    ipcRenderer.on(channelId(BACKUP_REQUEST_EVENT), answer);
    return () => {
      ipcRenderer.removeListener(channelId(BACKUP_REQUEST_EVENT), answer);
    };
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
