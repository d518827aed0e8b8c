import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n/locales';
import { translator, type Resources } from '../../../shared/i18n/translate';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: unknown, prefix = ''): string[] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

describe('translator (outside React)', () => {
  it('gives the same text as the interface’s i18next for every key, value and count in both languages', async () => {
    for (const language of ['pl', 'en'] as const) {
      const ui = i18next.createInstance();
      await ui.init({
        resources: { [language]: resources[language] },
        lng: language,
        fallbackLng: false,
        defaultNS: 'common',
        interpolation: { escapeValue: false },
      });
      const t = translator(language, resources[language] as unknown as Resources);
      let compared = 0;
      for (const ns of Object.keys(resources[language])) {
        for (const key of new Set(
          leaves(resources[language][ns as keyof typeof resources.pl]).map((k) => k.replace(PLURAL, '')),
        )) {
          const pluralOnly = !leaves(resources[language][ns as keyof typeof resources.pl]).includes(key);
          for (const count of pluralOnly ? [0, 1, 2, 5, 22, 1.5] : [undefined, 3]) {
            const values = { count: count as number, name: 'Kolín', year: 2027, months: '3 miesięcy', n: 4 };
            if (count === undefined) delete (values as { count?: number }).count;
            expect(t(`${ns}:${key}`, values), `${language} ${ns}:${key} ${count}`).toBe(ui.t(`${ns}:${key}`, values));
            compared += 1;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
    }
  });

  it('falls back to the default namespace and returns a missing key as it is', () => {
    const t = translator('pl', { common: { hello: 'Dzień dobry, {{name}}' } });
    expect(t('hello', { name: 'Ewa' })).toBe('Dzień dobry, Ewa');
    expect(t('common:nope')).toBe('common:nope');
    expect(t('nope.deeper')).toBe('common:nope.deeper');
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
