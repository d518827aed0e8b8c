// The IPC channels by name and their channel strings, kept apart from the schemas so the preload stays tiny.

/** Namespaced so an app channel cannot meet one of Electron's own. */
export const channelId = (name: string): string => `twinning:${name}`;

/**
 * Every renderer→main channel, by name, and whether it carries a request: the preload exposes one function per
 * name (forwarding the request only where there is one) and shared/ipc.ts maps each name to its request schema
 * (the typecheck fails when the two disagree). A new channel: a line here, its schema and result type in
 * shared/ipc.ts, its handler in main.
 */
export const channelRequests = {
  appInfo: false,
  saveFile: true,
  openFile: true,
  openFileAddress: true,
  setLanguage: true,
  printToPdf: true,
  backupSettings: false,
  setBackupRotation: true,
  chooseBackupFolder: false,
  writeAutoBackup: true,
  listAutoBackups: false,
  readAutoBackup: true,
  backupRequestDone: true,
  teamConnect: true,
  teamAccount: false,
  teamDisconnect: false,
  deleteAutoBackup: true,
  rewriteAutoBackup: true,
  readErasureRegister: false,
  addToErasureRegister: true,
} as const;

export type ChannelName = keyof typeof channelRequests;
export const channelNames = Object.keys(channelRequests) as ChannelName[];
