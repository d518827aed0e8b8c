// The calendar area's main page.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function CalendarPage() {
  const { t } = useTranslation('calendar');
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
    </Stack>
  );
}
