// i18next set up with Polish as the default and English one switch away; the choice persists.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc';
import { resources } from './locales';

const STORAGE_KEY = 'twinning.language';

export const i18n = i18next;

export function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'pl';
  } catch {
    return 'pl';
  }
}

export async function initI18n(language: Language = storedLanguage()): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'pl',
    defaultNS: 'common',
    ns: Object.keys(resources.pl),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  setDocumentLanguage(language);
}

/** Switches every visible string, date and plural, and remembers the choice across restarts. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the switch still applies to this session.
  }
  await i18next.changeLanguage(language);
  setDocumentLanguage(language);
}

export const currentLanguage = (): Language => (i18next.language === 'en' ? 'en' : 'pl');

function setDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
