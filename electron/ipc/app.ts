// App-level channels: version and locale for the renderer, and the UI language for the native menu.
import type { AppInfo, Language } from '../../shared/ipc';

export interface AppDeps {
  info: () => AppInfo;
  setLanguage: (language: Language) => Promise<void>;
}

export function appHandlers(deps: AppDeps) {
  return {
    appInfo: () => deps.info(),
    setLanguage: async ({ language }: { language: Language }) => {
      await deps.setLanguage(language);
      return null;
    },
  };
}
