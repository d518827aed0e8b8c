// App-level channels: version and locale for the renderer, and the UI language for the native menu.
import type { App, MenuItemConstructorOptions } from 'electron';
import type { AppInfo, Language } from '../../shared/ipc';
import { menuTemplate, type MenuActions } from '../menu';
import { saveLanguage } from '../preferences';

/** The app's own name, version and the system locale (Electron's `app`, or a fake in tests). */
export type AppIdentity = Pick<App, 'getName' | 'getVersion' | 'getLocale'>;

/** The two calls of Electron's `Menu` that set the native menu; tests pass a recorder. */
export interface MenuApi<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M | null): void;
}

export interface NativeMenu<M> {
  Menu: MenuApi<M>;
  actions: MenuActions;
  /** Adds reload and developer tools to the View menu. */
  isDev: boolean;
  /** process.platform: macOS gets the application and Window menus. */
  platform: string;
}

/** Builds the native menu in `language` and makes it the application menu. */
export function applyMenu<M>(menu: NativeMenu<M>, language: Language): void {
  menu.Menu.setApplicationMenu(
    menu.Menu.buildFromTemplate(menuTemplate(language, menu.actions, menu.isDev, menu.platform)),
  );
}

export interface AppDeps<M> {
  app: AppIdentity;
  runtime: { platform: string; electron: string | null };
  menu: NativeMenu<M>;
  /** Where the language is kept for the next start (preferences.json in userData). */
  preferencesFile: string;
  /** Told of each language the renderer switches to (main's own dialogs follow it). */
  onLanguage?: (language: Language) => void;
}

export function appHandlers<M>(deps: AppDeps<M>) {
  return {
    appInfo: (): AppInfo => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      locale: deps.app.getLocale(),
      platform: deps.runtime.platform,
      electron: deps.runtime.electron,
    }),
    setLanguage: async ({ language }: { language: Language }) => {
      deps.onLanguage?.(language);
      applyMenu(deps.menu, language);
      await saveLanguage(deps.preferencesFile, language);
      return null;
    },
  };
}
