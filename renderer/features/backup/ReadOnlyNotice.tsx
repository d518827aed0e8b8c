// The explanation shown over the app while the database, written by a newer app, is read-only.
import { Affix, Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ReadOnlyNotice() {
  const { t } = useTranslation('backup');
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={300}>
      <Alert color="orange" title={t('durability.readOnlyTitle')} role="status" maw={440}>
        {t('durability.readOnly')}
      </Alert>
    </Affix>
  );
}
