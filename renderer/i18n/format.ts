// Dates, numbers and plurals in the UI language (date-fns pl / enGB, Intl for numbers and money).
import { format as formatDateFns, parseISO } from 'date-fns';
import { enGB, pl } from 'date-fns/locale';
import { useTranslation } from 'react-i18next';
import { countryName, intlLocales, languageName } from '../../shared/i18n/names';
import type { Language } from '../../shared/ipc';

export { countryName } from '../../shared/i18n/names';

export const dateLocales = { pl, en: enGB } as const;

/** `pattern` is a date-fns pattern, e.g. `PPP` (long date) or `P` (short). */
export function formatDate(iso: string, language: Language, pattern = 'PPP'): string {
  const date = parseISO(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDateFns(date, pattern, { locale: dateLocales[language] });
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocales[language]).format(value);
}

export function formatMoney(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(intlLocales[language], { style: 'currency', currency }).format(amount);
}

/** The formatters bound to the current UI language; components re-render when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'pl';
  return {
    language,
    date: (iso: string, pattern?: string) => formatDate(iso, language, pattern),
    number: (value: number) => formatNumber(value, language),
    money: (amount: number, currency: string) => formatMoney(amount, currency, language),
    country: (code: string) => countryName(code, language),
    /** A list of languages (codes or words) as one line: „niemiecki, francuski”. */
    languages: (codes: readonly string[]) => codes.map((c) => languageName(c, language)).join(', '),
  };
}
