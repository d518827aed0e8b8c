// Reads the interface's locale files outside React (dossier, reports, main process): keys, {{values}} and plurals as i18next.
import type { Language } from '../ipc';
import { intlLocales } from './names';

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

/** Walks the path; a key may itself hold dots (`'date.format': …`), as i18next allows. */
function find(node: string | Strings | undefined, parts: readonly string[]): string | undefined {
  if (parts.length === 0) return typeof node === 'string' ? node : undefined;
  if (node === undefined || typeof node === 'string') return undefined;
  for (let take = 1; take <= parts.length; take += 1) {
    const found = find(node[parts.slice(0, take).join('.')], parts.slice(take));
    if (found !== undefined) return found;
  }
  return undefined;
}

const lookup = (resources: Resources, ns: string, path: string) => find(resources[ns], path.split('.'));

/**
 * A translator over one language's namespaces. A `count` picks the plural form (`_one`, `_few`, `_many`,
 * `_other` by Intl.PluralRules, falling back to `_other`); `{{name}}` is replaced by its value. A missing key
 * comes back as `ns:key`, so a test can find it (tests check every key used exists in both languages).
 */
export function translator(language: Language, resources: Resources, defaultNs = 'common'): Translate {
  const plurals = new Intl.PluralRules(intlLocales[language]);
  return (key, values = {}) => {
    const split = key.indexOf(':');
    const ns = split < 0 ? defaultNs : key.slice(0, split);
    const path = split < 0 ? key : key.slice(split + 1);
    const count = values.count;
    const text =
      (typeof count === 'number'
        ? (lookup(resources, ns, `${path}_${plurals.select(count)}`) ?? lookup(resources, ns, `${path}_other`))
        : undefined) ?? lookup(resources, ns, path);
    if (text === undefined) return `${ns}:${path}`;
    return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}
