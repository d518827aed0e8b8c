// Dashboard widgets of the partner towns area: round anniversaries ahead and dormant partnerships.
import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { useCardReady } from '../home/cardReadiness';
import { useAnniversaries, useDormancyMonths, useDormantPartners } from './hooks';

export function AnniversariesWidget() {
  const { t } = useTranslation('partners');
  const format = useFormat();
  const items = useAnniversaries();
  useCardReady('anniversaries', items !== undefined);
  if (!items) return null;
  return (
    <Card withBorder miw={260} component="section" aria-label={t('widgets.anniversaries')}>
      <Title order={2} size="h4" mb="xs">
        {t('widgets.anniversaries')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('widgets.noAnniversaries')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {items.slice(0, 12).map((a) => (
            <List.Item key={`${a.id}:${a.date}`}>
              <Anchor component={Link} to={`/partners/${a.id}`} fz="sm">
                {a.name}
              </Anchor>{' '}
              {t('widgets.anniversary', { count: a.years, date: format.date(a.date) })}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

export function DormantWidget() {
  const { t } = useTranslation('partners');
  const format = useFormat();
  const items = useDormantPartners();
  const months = useDormancyMonths();
  useCardReady('dormant', items !== undefined);
  if (!items) return null;
  return (
    <Card withBorder miw={260} component="section" aria-label={t('widgets.dormant')}>
      <Title order={2} size="h4" mb={4}>
        {t('widgets.dormant')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('dormant.title', { count: months ?? 24 })}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('widgets.noDormant')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {items.slice(0, 12).map(({ partner, lastActivity }) => (
            <List.Item key={partner.id}>
              <Anchor component={Link} to={`/partners/${partner.id}`} fz="sm">
                {partner.name}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                (
                {lastActivity
                  ? t('widgets.lastActivity', { date: format.date(lastActivity, 'short') })
                  : t('widgets.noActivity')}
                )
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
