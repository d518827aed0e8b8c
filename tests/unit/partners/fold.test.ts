import { describe, expect, it } from 'vitest';
import { fold, foldedIncludes } from '../../../shared/partners/fold';

describe('fold', () => {
  it('folds Polish letters, including ł which has no decomposition', () => {
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Swarzędz')).toBe('swarzedz');
    expect(fold('ŻÓŁĆ gęślą jaźń')).toBe('zolc gesla jazn');
  });

  it('folds other European letters', () => {
    expect(fold('Järfälla')).toBe('jarfalla');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Ærø Đakovo')).toBe('aero dakovo');
  });

  it('matches both ways: a query with or without diacritics finds a name with or without them', () => {
    expect(foldedIncludes('Łódź', 'lodz')).toBe(true);
    expect(foldedIncludes('Lodz', 'Łódź')).toBe(true);
    expect(foldedIncludes('Swarzędz Wielkopolskie', 'wielko swarz')).toBe(true);
    expect(foldedIncludes('Ronnenberg', 'duclair')).toBe(false);
  });
});
