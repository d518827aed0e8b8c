// Filtering and sorting of the partner list (pure, so the list and its exports show the same rows).
import { assertNever, type Partner } from '../../../shared/domain';
import { fold } from '../../../shared/text/fold';

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

/** Words a column shows for a partner, as the table shows them (country names and labels in the UI language). */
export interface ColumnWords {
  country: (code: string) => string;
  relationKind: (key: string) => string;
  status: (key: string) => string;
  lastActivity: (partnerId: string) => string | undefined;
}

/** The text a partner sorts by in a column; dates are ISO days, so they sort as text. */
export function columnText(words: ColumnWords): (p: Partner, c: SortColumn) => string {
  return (p, c) => {
    switch (c) {
      case 'name':
        return p.name;
      case 'country':
        return words.country(p.country);
      case 'relationKind':
        return words.relationKind(p.relationKind);
      case 'status':
        return words.status(p.status);
      case 'startDate':
        return p.startDate ?? '';
      case 'lastActivity':
        return words.lastActivity(p.id) ?? '';
      default:
        return assertNever(c);
    }
  };
}

/** Sorts by the column's shown text (`text` gives it: country names, labels), then by name. */
export function sortPartners(
  partners: Partner[],
  sort: Sort,
  text: (p: Partner, c: SortColumn) => string,
  locale: string,
): Partner[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.descending ? -1 : 1;
  return [...partners].sort(
    (a, b) => sign * collator.compare(text(a, sort.column), text(b, sort.column)) || collator.compare(a.name, b.name),
  );
}

export interface Choice {
  value: string;
  label: string;
}
export interface ChoiceGroup {
  group: string;
  items: Choice[];
}

/**
 * Choices for a filter over a list field that holds seed keys or custom text as typed (areas, funding):
 * every seed key by its label, then each custom text some partner uses (and the one selected, if gone), by name.
 */
export function listFieldChoices(
  values: readonly (readonly string[])[],
  seed: readonly string[],
  label: (key: string) => string,
  groups: { seed: string; custom: string },
  locale: string,
  selected?: string | null,
): ChoiceGroup[] {
  const seeds = new Set(seed);
  const custom = new Set<string>();
  for (const list of values) for (const v of list) if (!seeds.has(v)) custom.add(v);
  if (selected && !seeds.has(selected)) custom.add(selected);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byLabel = (a: Choice, b: Choice) => collator.compare(a.label, b.label);
  const result: ChoiceGroup[] = [
    { group: groups.seed, items: seed.map((k) => ({ value: k, label: label(k) })).sort(byLabel) },
  ];
  if (custom.size > 0)
    result.push({ group: groups.custom, items: [...custom].map((v) => ({ value: v, label: v })).sort(byLabel) });
  return result;
}
