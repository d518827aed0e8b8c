// The one folding of text (search, matching, gift keys) and the one file name stem.
import { describe, expect, it } from 'vitest';
import { fileStem, fold, foldedIncludes } from '../../../shared/text/fold';
import { giftKey } from '../../../shared/visits/gifts';

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

  it('makes the one file name stem: folded, dash-separated, at most 80 characters, never empty', () => {
    expect(fileStem('Teczka delegacji Järfälla Łódź 2027-05-12')).toBe('teczka-delegacji-jarfalla-lodz-2027-05-12');
    expect(fileStem(['Lista dla ubezpieczyciela', 'Ærøskøbing', '2026'])).toBe(
      'lista-dla-ubezpieczyciela-aeroskobing-2026',
    );
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('Żółć '.repeat(40))).toHaveLength(79);
    expect(fileStem('Żółć '.repeat(40))).not.toMatch(/-$/);
    expect(fileStem('!!!')).toBe('export');
    expect(fileStem('Σ', 'event')).toBe('event');
  });

  it('gives gifts the same key whatever the case, letters and punctuation, folding as search does', () => {
    expect(giftKey('  KRYSZTAŁOWY   wazon! ')).toBe('krysztalowy wazon');
    expect(giftKey('Porzellan aus Großräschen')).toBe(giftKey('porzellan aus grossraschen'));
    expect(giftKey('Glas fra Ærø')).toBe(fold('Glas fra Aero'));
  });
});
