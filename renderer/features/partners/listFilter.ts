// Filtering and sorting of the partner list (pure, so the list and its exports show the same rows).
import type { Partner } from '../../../shared/domain';
import { fold } from '../../../shared/partners/fold';

export interface ListFilter {
  text: string;
  country: string | null;
  relationKind: string | null;
  status: string | null;
  area: string | null;
}

export type SortColumn = 'name' | 'country' | 'relationKind' | 'status' | 'startDate' | 'lastActivity';
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

export const emptyFilter: ListFilter = { text: '', country: null, relationKind: null, status: null, area: null };

export function filterPartners(partners: readonly Partner[], f: ListFilter): Partner[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  return partners.filter((p) => {
    if (f.country && p.country !== f.country) return false;
    if (f.relationKind && p.relationKind !== f.relationKind) return false;
    if (f.status && p.status !== f.status) return false;
    if (f.area && !p.areas.includes(f.area)) return false;
    if (words.length === 0) return true;
    const haystack = fold(`${p.name} ${p.namePl ?? ''} ${p.region ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** Sorts by the column's shown text (`text` gives it: country names, labels), then by name. */
export function sortPartners(partners: Partner[], sort: Sort, text: (p: Partner, c: SortColumn) => string, locale: string): Partner[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.descending ? -1 : 1;
  return [...partners].sort((a, b) =>
    sign * collator.compare(text(a, sort.column), text(b, sort.column)) || collator.compare(a.name, b.name));
}
