// Reads the interface's locale files outside React (dossier, reports, main process): keys, {{values}} and plurals as i18next.
import type { Language } from '../ipc';
import { createInstance } from 'i18next';

/** A namespace's strings: nested objects with string leaves, as in shared/i18n/locales. */
export type Strings = { readonly [key: string]: string | Strings };
/** Namespaces of one language, e.g. `{ dossier, partners }` from shared/i18n/locales/pl. */
export type Resources = Readonly<Record<string, Strings>>;
export type Values = Readonly<Record<string, string | number>>;
/**
 * `t('visits:status.planned')`, `t('common:count.visit', { count })`: the same key syntax, interpolation and
 * plural suffixes as i18next.
 */
export type Translate = (key: string, values?: Values) => string;

/**
 * A translator over one language's namespaces: its own i18next instance, set up as the interface's (same key syntax,
 * interpolation and plural forms), initialised synchronously since the resources are at hand. A missing key comes
 * back as `ns:key`, so a test can find it (tests check every key used exists in both languages).
 */
export function translator(language: Language, resources: Resources, defaultNs = 'common'): Translate {
  const i18n = createInstance();
  void i18n.init({
    resources: { [language]: resources as Record<string, Strings> },
    lng: language,
    fallbackLng: false,
    defaultNS: defaultNs,
    ns: Object.keys(resources),
    interpolation: { escapeValue: false },
    returnNull: false,
    appendNamespaceToMissingKey: true,
    initAsync: false,
  });
  return (key, values) => i18n.t(key, values ?? {}) as string;
}
