// The IPC channel string of a bridge function, kept apart from the schemas so the preload stays tiny.

/** Namespaced so an app channel cannot meet one of Electron's own. */
export const channelId = (name: string): string => `twinning:${name}`;
