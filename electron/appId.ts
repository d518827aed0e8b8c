// The app's id: the installers' appId (electron-builder.yml), and on Windows the AppUserModelID the taskbar groups by.
import type { App } from 'electron';

export const APP_ID = 'pl.gmina.twinningdesk';

/**
 * On Windows, the running app takes the id the installer gave its Start-menu shortcut, so the taskbar
 * shows one icon for both (and pinning works); other systems group windows by other means.
 */
export function applyAppUserModelId(app: Pick<App, 'setAppUserModelId'>, platform: string): void {
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
}
