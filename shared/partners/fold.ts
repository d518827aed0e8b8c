// Folding for search and matching: lower case without diacritics, so "lodz" finds "Łódź".
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
