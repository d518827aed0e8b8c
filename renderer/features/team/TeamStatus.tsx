// The header's sync status: up to date / N changes waiting / offline / error with the reason and "Try again",
// and the time of the last sync. Nothing shows while team sync is off.
import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { useTeamStatus } from '../../db/sync/status';
import { retryTeamSync } from '../../db/sync/team';

const COLORS = { connecting: 'blue', upToDate: 'green', waiting: 'yellow', offline: 'gray', error: 'red' } as const;

export function TeamStatus() {
  const { t } = useTranslation('team');
  const status = useTeamStatus();
  if (status.state === 'off') return null;
  const state = status.state;
  const label = state === 'waiting' ? t('status.waiting', { count: status.waiting }) : t(`status.${state}`);
  const time = status.lastSync
    ? t('status.lastSync', {
        time: new Date(status.lastSync).toLocaleTimeString(currentLanguage() === 'en' ? 'en-GB' : 'pl-PL', {
          hour: '2-digit',
          minute: '2-digit',
        }),
      })
    : t('status.never');
  const reason = status.reason ? t(`status.reasons.${status.reason}`, { defaultValue: status.reason }) : null;
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-label={t('status.label')}>
      <Badge color={COLORS[state]} variant="light">
        {label}
      </Badge>
      {(state === 'offline' || state === 'error') && status.waiting > 0 && (
        <Text size="xs">{t('status.waiting', { count: status.waiting })}</Text>
      )}
      {reason && state === 'error' && (
        <Text size="xs" c="red">
          {reason}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {time}
      </Text>
      {(state === 'offline' || state === 'error') && (
        <Button size="compact-xs" variant="default" onClick={retryTeamSync}>
          {t('status.retry')}
        </Button>
      )}
    </Group>
  );
}
