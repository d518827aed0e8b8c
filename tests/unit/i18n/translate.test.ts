import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n/locales';
import { translator, type Resources } from '../../../shared/i18n/translate';

describe('translator (outside React)', () => {
  it('falls back to the default namespace and returns a missing key as it is', () => {
    const t = translator('pl', { common: { hello: 'Dzień dobry, {{name}}' } });
    expect(t('hello', { name: 'Ewa' })).toBe('Dzień dobry, Ewa');
    expect(t('common:nope')).toBe('common:nope');
    expect(t('nope.deeper')).toBe('common:nope.deeper');
  });

  it('answers at once, with the English plural and a value filled in', () => {
    const t = translator('en', resources.en as unknown as Resources);
    expect([1, 2].map((count) => t('count.visit', { count }))).toEqual(['1 visit', '2 visits']);
    expect(t('dossier:history.yearly', { year: 2019 })).toBe('every year since 2019');
  });

  it('picks Polish plural forms: 1 wizyta, 2 wizyty, 5 wizyt, 22 wizyty', () => {
    const t = translator('pl', resources.pl as unknown as Resources);
    expect([1, 2, 5, 22].map((count) => t('count.visit', { count }))).toEqual([
      '1 wizyta',
      '2 wizyty',
      '5 wizyt',
      '22 wizyty',
    ]);
  });
});
