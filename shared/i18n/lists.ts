// The app's one way to join names in a sentence: Intl.ListFormat in the text's language ("A, B i C", "A, B and C").
import type { Language } from '../ipc';
import { intlLocales } from './names';

export type ListKind = 'conjunction' | 'disjunction';

/** Joins items as a sentence does: conjunction "A, B i C" / "A, B and C", disjunction "A, B lub C" / "A, B or C". */
export function formatList(items: readonly string[], language: Language, kind: ListKind = 'conjunction'): string {
  return new Intl.ListFormat(intlLocales[language], { style: 'long', type: kind }).format(items);
}
