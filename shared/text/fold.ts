// The one folding of text: lower case without diacritics ("lodz" finds "Łódź"), for search, matching, gift keys and file names.
const BY_HAND: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const HAND_PATTERN = /[łŁßøØæÆœŒđĐðþı]/g;

/** Letters NFD cannot split (ł, ø, ß, đ) are replaced by hand; the rest lose their combining marks. */
export function fold(text: string): string {
  return text
    .replace(HAND_PATTERN, (c) => BY_HAND[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** True when every folded word of `query` occurs in the folded `text`. */
export function foldedIncludes(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * The one file name stem: folded letters, digits and single dashes, at most 80 characters, e.g.
 * "Teczka delegacji Järfälla 2027-05-12" → "teczka-delegacji-jarfalla-2027-05-12". Parts are joined by a dash;
 * `fallback` when nothing is left.
 */
export function fileStem(value: string | readonly string[], fallback = 'export'): string {
  const stem = fold(typeof value === 'string' ? value : value.join(' '))
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return stem || fallback;
}
