// Dates, numbers, money and lists in the UI language, bound from the helpers in shared/i18n/ (dates, numbers, lists).
import { useTranslation } from 'react-i18next';
import { capitalise, formatDate, formatDateRange, type DateForm } from '../../shared/i18n/dates';
import { formatList, type ListKind } from '../../shared/i18n/lists';
import { countryName, languageName } from '../../shared/i18n/names';
import { formatMoney, formatNumber } from '../../shared/i18n/numbers';
import type { Language } from '../../shared/ipc';

export { countryName } from '../../shared/i18n/names';
export { formatMoney, formatNumber } from '../../shared/i18n/numbers';

export {
  capitalise,
  dateLocales,
  formatDate,
  formatDateRange,
  parseTypedDate,
  shortDateHint,
} from '../../shared/i18n/dates';
export type { DateForm } from '../../shared/i18n/dates';

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
    /** Names joined for a sentence: „A, B i C” / "A, B and C" (a table cell listing values keeps „, ”). */
    list: (items: readonly string[], kind?: ListKind) => formatList(items, language, kind),
  };
}
