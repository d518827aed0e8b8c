// The main process's words, from the interface's locale files: only the desktop namespace is bundled into main.
import en from '../shared/i18n/locales/en/desktop';
import pl from '../shared/i18n/locales/pl/desktop';
import type { Language } from '../shared/ipc';
import { translator, type Translate } from '../shared/i18n/translate';

const translators: Record<Language, Translate> = {
  pl: translator('pl', { desktop: pl }),
  en: translator('en', { desktop: en }),
};

/** `desktopText('pl')('desktop:menu.quit')` → "Zakończ". */
export const desktopText = (language: Language): Translate => translators[language];
