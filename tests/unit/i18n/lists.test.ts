import { describe, expect, it } from 'vitest';
import { formatList } from '../../../shared/i18n/lists';

describe('formatList', () => {
  it('joins names as a Polish sentence does', () => {
    expect(formatList(['Kolín', 'Ahlen', 'Nyíregyháza'], 'pl')).toBe('Kolín, Ahlen i Nyíregyháza');
    expect(formatList(['Kolín', 'Ahlen'], 'pl')).toBe('Kolín i Ahlen');
    expect(formatList(['Kolín', 'Ahlen', 'Nyíregyháza'], 'pl', 'disjunction')).toBe('Kolín, Ahlen lub Nyíregyháza');
  });

  it('joins names as a British English sentence does (no serial comma)', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['A', 'B'], 'en')).toBe('A and B');
    expect(formatList(['A', 'B', 'C'], 'en', 'disjunction')).toBe('A, B or C');
  });

  it('leaves one name alone and gives nothing for none', () => {
    expect(formatList(['Kolín'], 'pl')).toBe('Kolín');
    expect(formatList([], 'en')).toBe('');
  });
});
