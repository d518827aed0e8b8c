// Words for partner data in the UI language: CSV/XLSX labels, country choices, the import vocabulary, messages.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cooperationAreas, europePrizeStages, fundingProgrammes, partnerStatuses, relationKinds,
} from '../../../shared/domain';
import { countryCodes } from '../../../shared/partners/countries';
import { partnerColumns, type PartnerColumn, type RowLabels } from '../../../shared/partners/columns';
import type { Vocabulary } from '../../../shared/partners/csvImport';
import { fold } from '../../../shared/partners/fold';
import { i18n } from '../../i18n';
import { countryName } from '../../i18n/format';
import { resources } from '../../i18n/locales';

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

export function useRowLabels(): RowLabels {
  const { i18n: current } = useTranslation();
  const language = current.language === 'en' ? 'en' : 'pl';
  return useMemo(() => rowLabelsFor(language), [language]);
}

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
  for (const code of countryCodes) {
    country.set(fold(countryName(code, 'pl')), code);
    country.set(fold(countryName(code, 'en')), code);
  }
  return {
    header,
    relationKind: map(relationKinds, (s) => s.relationKind),
    status: map(partnerStatuses, (s) => s.status),
    area: map(cooperationAreas, (s) => s.area),
    funding: map(fundingProgrammes, (s) => s.funding),
    stage: map(europePrizeStages, (s) => s.stage),
    country,
  };
}

/** Country choices sorted by their name in the UI language. */
export function useCountryOptions(): { value: string; label: string }[] {
  const { i18n: current } = useTranslation();
  const language = current.language === 'en' ? 'en' : 'pl';
  return useMemo(
    () => countryCodes.map((code) => ({ value: code, label: countryName(code, language) }))
      .sort((a, b) => a.label.localeCompare(b.label, language)),
    [language],
  );
}

/** A schema message key as text: the partners' own keys first, then the app-wide ones. */
export function validationText(key: string | undefined, options?: Record<string, unknown>): string | undefined {
  if (!key) return undefined;
  if (i18n.exists(`validation.${key}`, { ns: 'partners' })) return i18n.t(`validation.${key}`, { ns: 'partners', ...options });
  if (i18n.exists(`validation.${key}`, { ns: 'common' })) return i18n.t(`validation.${key}`, { ns: 'common' });
  return i18n.t('validation.invalid', { ns: 'common' });
}

/** Megabytes for messages about the attachment cap. */
export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
