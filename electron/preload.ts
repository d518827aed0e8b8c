// Exposes the desktop bridge as window.api: one function per channel name (shared/channelId.ts), generated, plus the subscriptions.
import { contextBridge, ipcRenderer } from 'electron';
import { channelId, channelNames, channelRequests } from '../shared/channelId';
import { BACKUP_REQUEST_EVENT } from '../shared/backup/events';
import type { PreloadEvents } from '../shared/backup/ipc';
import type { PreloadApi } from '../shared/ipc';

/** One function per channel: it sends its request (none where the channel takes none, whatever the page passes). */
const channelFunctions = Object.fromEntries(
  channelNames.map((name) => [
    name,
    channelRequests[name]
      ? (request: unknown) => ipcRenderer.invoke(channelId(name), request)
      : () => ipcRenderer.invoke(channelId(name)),
  ]),
) as unknown as Omit<PreloadApi, keyof PreloadEvents>;

const subscriptions: PreloadEvents = {
  onBackupRequest: (listener) => {
    const answer = () => {
      void listener().then(
        () => ipcRenderer.invoke(channelId('backupRequestDone'), { ok: true }),
        () => ipcRenderer.invoke(channelId('backupRequestDone'), { ok: false }),
      );
    };
    ipcRenderer.on(channelId(BACKUP_REQUEST_EVENT), answer);
    return () => {
      ipcRenderer.removeListener(channelId(BACKUP_REQUEST_EVENT), answer);
    };
  },
};

const api: PreloadApi = { ...channelFunctions, ...subscriptions };

contextBridge.exposeInMainWorld('api', api);
