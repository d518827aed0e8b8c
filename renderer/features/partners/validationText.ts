// A schema message as text, kept apart from the row labels: those read both languages' strings at once,
// and the first-start office form (in the start-up bundle) needs only this.
import { i18n } from '../../i18n';

/** A schema message key as text: the partners' own keys first, then the app-wide ones. */
export function validationText(key: string | undefined, options?: Record<string, unknown>): string | undefined {
  if (!key) return undefined;
  if (i18n.exists(`validation.${key}`, { ns: 'partners' }))
    return i18n.t(`validation.${key}`, { ns: 'partners', ...options });
  if (i18n.exists(`validation.${key}`, { ns: 'common' })) return i18n.t(`validation.${key}`, { ns: 'common' });
  return i18n.t('validation.invalid', { ns: 'common' });
}
