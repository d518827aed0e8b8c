// Exposes the desktop bridge as window.api: one named function per channel of shared/ipc.ts.
import { contextBridge, ipcRenderer } from 'electron';
import { channelId } from '../shared/channelId';
import type { ChannelName, PreloadApi } from '../shared/ipc';

const call =
  (name: ChannelName) =>
  (request?: unknown) =>
    ipcRenderer.invoke(channelId(name), request);

const api = {
  appInfo: () => call('appInfo')(),
  saveFile: (request) => call('saveFile')(request),
  openFile: (request) => call('openFile')(request),
  setLanguage: (request) => call('setLanguage')(request),
  printToPdf: (request) => call('printToPdf')(request),
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
