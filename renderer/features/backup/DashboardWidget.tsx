// Dashboard widget: when the last automatic backup was made and whether the data is stored persistently.
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { differenceInDays, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { useStoragePersistence } from '../settings/useStoragePersistence';
import { useAutoBackups } from './useAutoBackups';
import { currentTime } from '../../app/today';
import { useCardReady } from '../home/cardReadiness';

export function BackupWidget() {
  const { t } = useTranslation('backup');
  const format = useFormat();
  const { entries } = useAutoBackups();
  const persisted = useStoragePersistence();
  useCardReady('backup', entries !== null && persisted !== undefined);
  if (entries === null || persisted === undefined) return null;
  const last = entries[0];
  const stale = last !== undefined && differenceInDays(currentTime(), parseISO(last.createdAt)) > 7;
  return (
    <Card withBorder miw={280} component="section" aria-label={t('widget.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('widget.title')}
        </Title>
        <Anchor component={Link} to="/settings/backups" size="sm">
          {t('widget.open')}
        </Anchor>
      </Group>
      <Stack gap={4}>
        <Text size="sm" c={last && !stale ? undefined : 'orange'}>
          {last ? t('widget.last', { date: format.date(last.createdAt, 'shortTime') }) : t('widget.none')}
        </Text>
        {stale && (
          <Text size="sm" c="orange">
            {t('widget.stale')}
          </Text>
        )}
        <Text size="sm" c={persisted ? undefined : 'orange'}>
          {persisted ? t('widget.persisted') : t('widget.notPersisted')}
        </Text>
      </Stack>
    </Card>
  );
}
