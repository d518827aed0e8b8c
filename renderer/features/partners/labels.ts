// Words for partner data in the UI language: row labels and country choices as hooks, validation messages.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes } from '../../../shared/partners/countries';
import type { RowLabels } from '../../../shared/partners/columns';
import { i18n } from '../../i18n';
import { countryName } from '../../i18n/format';
import { rowLabelsFor } from './vocabulary';

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

/** A schema message key as text: the partners' own keys first, then the app-wide ones. */
export function validationText(key: string | undefined, options?: Record<string, unknown>): string | undefined {
  if (!key) return undefined;
  if (i18n.exists(`validation.${key}`, { ns: 'partners' }))
    return i18n.t(`validation.${key}`, { ns: 'partners', ...options });
  if (i18n.exists(`validation.${key}`, { ns: 'common' })) return i18n.t(`validation.${key}`, { ns: 'common' });
  return i18n.t('validation.invalid', { ns: 'common' });
}

/** Megabytes for messages about the attachment cap. */
export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
