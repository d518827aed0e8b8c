// The explanation shown over the app while the database, written by a newer app, is read-only.
import { Affix, Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { READ_ONLY_REASON_ID } from '../../app/writeLock';

export function ReadOnlyNotice() {
  const { t } = useTranslation('backup');
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={300}>
      <Alert id={READ_ONLY_REASON_ID} color="orange" title={t('durability.readOnlyTitle')} role="status" maw={440}>
        {t('durability.readOnly')}
      </Alert>
    </Affix>
  );
}
