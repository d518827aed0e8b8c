// Dates, numbers and money in the UI language (the one date helper in shared/i18n/dates.ts, Intl for numbers).
import { useTranslation } from 'react-i18next';
import { capitalise, formatDate, formatDateRange, type DateForm } from '../../shared/i18n/dates';
import { countryName, intlLocales, languageName } from '../../shared/i18n/names';
import type { Language } from '../../shared/ipc';

export { countryName } from '../../shared/i18n/names';

export {
  capitalise,
  dateLocales,
  formatDate,
  formatDateRange,
  parseTypedDate,
  shortDateHint,
} from '../../shared/i18n/dates';
export type { DateForm } from '../../shared/i18n/dates';

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
    /** One of the app's date forms: `short` in tables, `long` (the default) in sentences. */
    date: (iso: string | Date, form?: DateForm) => formatDate(iso, language, form),
    /** A month or a date as a heading: „Lipiec 2027”. */
    heading: (iso: string, form: DateForm = 'monthYear') => capitalise(formatDate(iso, language, form), language),
    dateRange: (start: string, end: string, form?: 'short' | 'long') => formatDateRange(start, end, language, form),
    number: (value: number) => formatNumber(value, language),
    money: (amount: number, currency: string) => formatMoney(amount, currency, language),
    country: (code: string) => countryName(code, language),
    /** A list of languages (codes or words) as one line: „niemiecki, francuski”. */
    languages: (codes: readonly string[]) => codes.map((c) => languageName(c, language)).join(', '),
  };
}
