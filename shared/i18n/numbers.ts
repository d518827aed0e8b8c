// The app's one way to write numbers and money: Intl in the UI language, an amount always with its currency.
import type { Language } from '../ipc';
import { intlLocales } from './names';

/** A plain number in the UI language: 12 345 / 12,345. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocales[language]).format(value);
}

/**
 * An amount with its currency as the user's language writes it: `3 850,50 zł`, `1 240,00 €` in Polish,
 * `€1,240.00`, `PLN 3,850.50` in English (thousands grouped from four digits on, so amounts in a column line up).
 * A code Intl refuses is written after the number, never dropped.
 */
export function formatMoney(amount: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(intlLocales[language], {
      style: 'currency',
      currency,
      useGrouping: 'always',
    }).format(amount);
  } catch {
    const number = new Intl.NumberFormat(intlLocales[language], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: 'always',
    }).format(amount);
    return currency ? `${number}\u00a0${currency}` : number;
  }
}
