import { describe, expect, it } from 'vitest';
import { countryName, languageName } from '../../../shared/i18n/names';

describe('country and language names', () => {
  it('names countries and language codes in the UI language', () => {
    expect(countryName('DE', 'pl')).toBe('Niemcy');
    expect(countryName('SE', 'en')).toBe('Sweden');
    expect(languageName('de', 'pl')).toBe('niemiecki');
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('pt-BR', 'en')).toBe('Brazilian Portuguese');
  });

  it('keeps what is not a code exactly as the user typed it', () => {
    expect(languageName('Deutsch', 'pl')).toBe('Deutsch');
    expect(languageName('polski', 'en')).toBe('polski');
    expect(languageName('język migowy', 'pl')).toBe('język migowy');
    expect(countryName('??', 'pl')).toBe('??');
  });
});
