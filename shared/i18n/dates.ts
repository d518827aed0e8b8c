// The app's one way to write and read dates: named forms (short for tables, long for sentences) in pl and en.
import { format, isValid, parseISO } from 'date-fns';
import { enGB, pl } from 'date-fns/locale';
import type { Language } from '../ipc';

export const dateLocales = { pl, en: enGB } as const;

/**
 * The only date forms the app shows. `short` is for tables (10.07.2027 / 10/07/2027), `long` for sentences
 * (10 lipca 2027 — the genitive — / 10 July 2027); the rest are built from those two.
 */
const patterns = {
  short: 'P',
  long: 'PPP',
  /** sobota, 10 lipca 2027 / Saturday, 10 July 2027 */
  weekdayLong: 'PPPP',
  /** sob., 10.07.2027 / Sat, 10/07/2027 */
  weekdayShort: 'EEE, P',
  /** 10 lipca / 10 July: the long form inside a range or a year already named */
  dayMonth: 'd MMMM',
  /** lipiec 2027 / July 2027 (a heading starts it with `capitalise`) */
  monthYear: 'LLLL yyyy',
  /** lipiec / July */
  month: 'LLLL',
  /** sobota / Saturday */
  weekday: 'cccc',
  /** sob. / Sat: column headings */
  weekdayAbbr: 'EEE',
  /** 14:05 */
  time: 'HH:mm',
  /** 10.07.2027, 14:05 */
  shortTime: 'P, HH:mm',
  /** 10 lipca 2027, 14:05 */
  longTime: 'PPP, HH:mm',
} as const;

export type DateForm = keyof typeof patterns;
export const dateForms = Object.keys(patterns) as DateForm[];

const toDate = (value: string | Date): Date => (typeof value === 'string' ? parseISO(value) : value);

/** A date (`YYYY-MM-DD`, an ISO instant or a Date) in one of the app's forms; anything unreadable as given. */
export function formatDate(value: string | Date, language: Language, form: DateForm = 'long'): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  return format(date, patterns[form], { locale: dateLocales[language] });
}

/** Month names are lower case in Polish sentences; a heading or a line that starts with one capitalises it. */
export const capitalise = (text: string, language: Language): string =>
  text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** Two dates as one span: „8–21 sierpnia 2027”, „30 lipca – 2 sierpnia 2027”, „10.07.2027 – 12.07.2027”. */
export function formatDateRange(start: string, end: string, language: Language, form: 'short' | 'long' = 'long') {
  if (!end || start.slice(0, 10) === end.slice(0, 10)) return formatDate(start, language, form);
  const a = parseISO(start);
  const b = parseISO(end);
  if (form === 'long' && isValid(a) && isValid(b) && a.getFullYear() === b.getFullYear()) {
    const last = formatDate(b, language, 'long');
    if (a.getMonth() === b.getMonth()) return `${a.getDate()}–${last}`;
    return `${formatDate(a, language, 'dayMonth')} – ${last}`;
  }
  return `${formatDate(start, language, form)} – ${formatDate(end, language, form)}`;
}

/** How the short form is typed: DD.MM.RRRR / DD/MM/YYYY. */
export const shortDateHint = { pl: 'DD.MM.RRRR', en: 'DD/MM/YYYY' } as const;

/**
 * A date typed by hand, as `YYYY-MM-DD`, or undefined when it is not a real date. Accepts the short form, day first
 * in both languages (10.07.2027, 10/07/2027, 1.7.2027), and the ISO form (2027-07-10).
 */
export function parseTypedDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const typed = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : typed ? [typed[3], typed[2], typed[1]] : [];
  if (!y || !m || !d) return undefined;
  const candidate = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = parseISO(candidate);
  return isValid(date) && format(date, 'yyyy-MM-dd') === candidate ? candidate : undefined;
}
