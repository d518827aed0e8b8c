// Add and edit buttons while the database is read-only (a newer app wrote it): disabled, with the reason.
import { useTranslation } from 'react-i18next';
import { isReadOnly } from '../db/open';

/** The id of the read-only notice, which disabled buttons point to as their description. */
export const READ_ONLY_REASON_ID = 'read-only-reason';

export interface WriteLockProps {
  disabled?: boolean;
  title?: string;
  'aria-describedby'?: string;
}

/** Props for a button that adds or changes data: nothing while writes are possible. */
export function useWriteLock(): WriteLockProps {
  const { t } = useTranslation();
  return isReadOnly() ? { disabled: true, title: t('db.readOnly'), 'aria-describedby': READ_ONLY_REASON_ID } : {};
}
