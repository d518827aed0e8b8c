// The reports area's main page.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ReportsPage() {
  const { t } = useTranslation('reports');
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
    </Stack>
  );
}
