// The visits area's main page.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function VisitsPage() {
  const { t } = useTranslation('visits');
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
    </Stack>
  );
}
