// Words for partner data files, free of React and the DOM: CSV/XLSX labels per language and the import vocabulary.
import {
  cooperationAreas,
  europePrizeStages,
  fundingProgrammes,
  partnerStatuses,
  relationKinds,
} from '../../../shared/domain';
import { countryCodes } from '../../../shared/partners/countries';
import { partnerColumns, type PartnerColumn, type RowLabels } from '../../../shared/partners/columns';
import type { Vocabulary } from '../../../shared/partners/csvImport';
import { fold } from '../../../shared/text/fold';
import { resources } from '../../../shared/i18n/locales';

type PartnersStrings = (typeof resources)['pl']['partners'];

/** Header of a column in a CSV/XLSX file: the country column holds ISO codes. */
const headerKey = (c: PartnerColumn) => (c === 'country' ? 'countryCode' : c) as keyof PartnersStrings['field'];

/** A label for a seed key, or the custom text itself (custom areas and programmes are stored as typed). */
const labelOr = (table: Record<string, string>, key: string) => table[key] ?? key;

export function rowLabelsFor(language: 'pl' | 'en'): RowLabels {
  const s = resources[language].partners as PartnersStrings;
  return {
    header: (c) => s.field[headerKey(c)],
    relationKind: (k) => labelOr(s.relationKind, k),
    status: (k) => labelOr(s.status, k),
    area: (k) => labelOr(s.area, k),
    funding: (k) => labelOr(s.funding, k),
    stage: (k) => labelOr(s.stage, k),
  };
}

/** Area labels written by earlier versions, still read from files exported then. */
const earlierAreaLabels: [string, string][] = [['Environment and ecology education', 'environment']];

/** Every word the importer understands, from both languages, keys and country names. */
export function buildVocabulary(): Vocabulary {
  const langs = [resources.pl.partners, resources.en.partners] as PartnersStrings[];
  const map = (keys: readonly string[], pick: (s: PartnersStrings) => Record<string, string>) => {
    const m = new Map<string, string>();
    for (const key of keys) {
      m.set(fold(key), key);
      for (const s of langs) m.set(fold(pick(s)[key] ?? key), key);
    }
    return m;
  };
  const header = new Map<string, PartnerColumn>();
  for (const c of partnerColumns) {
    header.set(fold(c), c);
    for (const s of langs) {
      header.set(fold(s.field[headerKey(c)]), c);
      header.set(fold(s.field[c as keyof PartnersStrings['field']] ?? c), c);
    }
  }
  const country = new Map<string, string>();
  for (const locale of ['pl-PL', 'en-GB']) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of countryCodes) country.set(fold(names.of(code) ?? code), code);
  }
  const area = map(cooperationAreas, (s) => s.area);
  for (const [label, key] of earlierAreaLabels) area.set(fold(label), key);
  return {
    header,
    relationKind: map(relationKinds, (s) => s.relationKind),
    status: map(partnerStatuses, (s) => s.status),
    area,
    funding: map(fundingProgrammes, (s) => s.funding),
    stage: map(europePrizeStages, (s) => s.stage),
    country,
  };
}
