// Words for partner data in the UI language: row labels and country choices as hooks, validation messages.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes } from '../../../shared/partners/countries';
import type { RowLabels } from '../../../shared/partners/columns';
import { countryName } from '../../i18n/format';
import { rowLabelsFor } from './vocabulary';

export { validationText } from './validationText';

export function useRowLabels(): RowLabels {
  const { i18n: current } = useTranslation();
  const language = current.language === 'en' ? 'en' : 'pl';
  return useMemo(() => rowLabelsFor(language), [language]);
}

/** Country choices sorted by their name in the UI language. */
export function useCountryOptions(): { value: string; label: string }[] {
  const { i18n: current } = useTranslation();
  const language = current.language === 'en' ? 'en' : 'pl';
  return useMemo(
    () =>
      countryCodes
        .map((code) => ({ value: code, label: countryName(code, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [language],
  );
}

/** Megabytes for messages about the attachment cap. */
export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
