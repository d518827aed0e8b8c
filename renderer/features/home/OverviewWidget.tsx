// Counts of partners, events and visits, with Polish plurals.
import { Card, List, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { countRecords } from '../../db/repositories/stats';
import { useCardReady } from './cardReadiness';

export function OverviewWidget() {
  const { t } = useTranslation();
  const { t: th } = useTranslation('home');
  const counts = useLiveQuery(countRecords);
  useCardReady('overview', counts !== undefined);
  if (!counts) return null;
  return (
    <Card withBorder miw={260}>
      <Title order={2} size="h4" mb="xs">
        {th('overview')}
      </Title>
      <List>
        <List.Item>{t('count.partner', { count: counts.partners })}</List.Item>
        <List.Item>{t('count.event', { count: counts.events })}</List.Item>
        <List.Item>{t('count.visit', { count: counts.visits })}</List.Item>
      </List>
    </Card>
  );
}
