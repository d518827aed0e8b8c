import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber } from '../../../shared/i18n/numbers';

// Intl writes a no-break space (or a narrow one) between groups and before the symbol; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money in the user’s format', () => {
  it('writes an amount with its currency in Polish, thousands grouped from four digits on', () => {
    expect(plain(formatMoney(3850.5, 'PLN', 'pl'))).toBe('3 850,50 zł');
    expect(plain(formatMoney(1240, 'EUR', 'pl'))).toBe('1 240,00 €');
    expect(plain(formatMoney(49, 'EUR', 'pl'))).toBe('49,00 €');
  });

  it('writes an amount with its currency in English', () => {
    expect(formatMoney(1240, 'EUR', 'en')).toBe('€1,240.00');
    expect(plain(formatMoney(3850.5, 'PLN', 'en'))).toBe('PLN 3,850.50');
  });

  it('keeps a currency code Intl refuses after the number instead of failing or dropping it', () => {
    expect(plain(formatMoney(12.5, 'E1', 'pl'))).toBe('12,50 E1');
    expect(plain(formatMoney(12.5, 'E1', 'en'))).toBe('12.50 E1');
  });

  it('writes plain numbers in the language’s own way', () => {
    expect(plain(formatNumber(12345, 'pl'))).toBe('12 345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });
});
