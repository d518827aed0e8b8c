// Field messages in the user's language: the one place a form turns a message key into the words shown.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../shared/forms/fieldMessages';
import { i18n } from '../i18n';

/** The words for a field's message key (undefined stays undefined: the field is fine). */
export function fieldText(key: MessageKey | undefined, options?: Record<string, unknown>): string | undefined {
  return key === undefined ? undefined : i18n.t(key, options);
}

/** The same, re-rendered when the language changes. */
export function useFieldText(): (key: MessageKey | undefined, options?: Record<string, unknown>) => string | undefined {
  const { t } = useTranslation();
  return useCallback((key, options) => (key === undefined ? undefined : t(key, options)), [t]);
}
