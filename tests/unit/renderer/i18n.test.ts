import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n/locales';
import { changeLanguage, i18n, initI18n } from '../../../renderer/i18n';
import { formatDate } from '../../../renderer/i18n/format';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: unknown, prefix = ''): [string, string][] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}/`),
  );
}
const keys = (tree: unknown) => leaves(tree).map(([k]) => k);
const stems = (list: string[]) => [...new Set(list.map((k) => k.replace(PLURAL, '')))].sort();

describe('translations', () => {
  for (const ns of Object.keys(resources.pl) as (keyof typeof resources.pl)[]) {
    it(`has the same keys in Polish and English in "${ns}"`, () => {
      expect(stems(keys(resources.en[ns]))).toEqual(stems(keys(resources.pl[ns])));
    });

    it(`gives every Polish plural in "${ns}" its one, few, many and other forms`, () => {
      const pl = keys(resources.pl[ns]);
      for (const stem of new Set(pl.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))) {
        for (const form of ['one', 'few', 'many', 'other']) expect(pl).toContain(`${stem}_${form}`);
      }
      const en = keys(resources.en[ns]);
      for (const stem of new Set(en.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))) {
        for (const form of ['one', 'other']) expect(en).toContain(`${stem}_${form}`);
      }
    });
  }

  it('has no empty string in either language', () => {
    for (const lang of ['pl', 'en'] as const) {
      for (const ns of Object.keys(resources[lang]) as (keyof typeof resources.pl)[]) {
        for (const [key, value] of leaves(resources[lang][ns]))
          expect(value.trim(), `${lang}:${ns}:${key}`).not.toBe('');
      }
    }
  });

  it('uses Polish plural forms: 1 wizyta, 2 wizyty, 5 wizyt, 22 wizyty', async () => {
    await initI18n('pl');
    expect([1, 2, 5, 22, 25].map((count) => i18n.t('count.visit', { count }))).toEqual([
      '1 wizyta',
      '2 wizyty',
      '5 wizyt',
      '22 wizyty',
      '25 wizyt',
    ]);
    await changeLanguage('en');
    expect([1, 2].map((count) => i18n.t('count.visit', { count }))).toEqual(['1 visit', '2 visits']);
    await changeLanguage('pl');
  });

  it('formats dates in the UI language', () => {
    expect(formatDate('2027-08-15', 'pl')).toBe('15 sierpnia 2027');
    expect(formatDate('2027-08-15', 'en')).toBe('15 August 2027');
  });
});
