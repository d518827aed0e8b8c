// Counts of partners, events and visits, with Polish plurals; each count opens its list.
import { Anchor, Card, List, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countRecords } from '../../db/repositories/stats';
import { useCardReady } from './cardReadiness';

export function OverviewWidget() {
  const { t } = useTranslation();
  const { t: th } = useTranslation('home');
  const counts = useLiveQuery(countRecords);
  useCardReady('overview', counts !== undefined);
  if (!counts) return null;
  return (
    <Card withBorder miw={260} component="section" aria-label={th('overview')}>
      <Title order={2} size="h4" mb="xs">
        {th('overview')}
      </Title>
      <List>
        <List.Item>
          <Anchor component={Link} to="/partners">
            {t('count.partner', { count: counts.partners })}
          </Anchor>
        </List.Item>
        <List.Item>
          <Anchor component={Link} to="/calendar?view=agenda">
            {t('count.event', { count: counts.events })}
          </Anchor>
        </List.Item>
        <List.Item>
          <Anchor component={Link} to="/visits">
            {t('count.visit', { count: counts.visits })}
          </Anchor>
        </List.Item>
      </List>
    </Card>
  );
}
