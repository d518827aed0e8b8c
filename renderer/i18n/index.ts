// i18next set up with Polish as the default and English one switch away; the choice persists.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc';

const STORAGE_KEY = 'twinning.language';

export const i18n = i18next;

export function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'pl';
  } catch {
    return 'pl';
  }
}

/** Each language's strings are a chunk of their own: start-up loads only the language in use. */
const bundles = {
  pl: () => import('../../shared/i18n/locales/pl'),
  en: () => import('../../shared/i18n/locales/en'),
} as const;

/** Adds a language's strings to i18next unless they are there already. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const { default: namespaces } = await bundles[language]();
  for (const [ns, strings] of Object.entries(namespaces)) i18next.addResourceBundle(language, ns, strings, true, true);
}

export async function initI18n(language: Language = storedLanguage()): Promise<void> {
  const { default: namespaces } = await bundles[language]();
  await i18next.use(initReactI18next).init({
    resources: { [language]: namespaces },
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    ns: Object.keys(namespaces),
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
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  setDocumentLanguage(language);
}

export const currentLanguage = (): Language => (i18next.language === 'en' ? 'en' : 'pl');

function setDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
