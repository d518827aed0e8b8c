// The exchanges area's main page.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ExchangesPage() {
  const { t } = useTranslation('exchanges');
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
    </Stack>
  );
}
