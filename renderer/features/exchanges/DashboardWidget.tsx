// Dashboard widget of the exchanges area: each camp's next edition with its readiness, and data due
// for anonymisation.
import { Anchor, Badge, Card, List, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCardReady } from '../home/cardReadiness';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readinessIssues, type ReadinessIssue } from '../../../shared/exchanges/readiness';
import { dueForAnonymisation } from '../../../shared/exchanges/retention';
import { listRetentionEnds, listUpcomingCamps } from '../../db/repositories/participants';
import { useFormat } from '../../i18n/format';
import { todayIso } from '../../app/today';
import { useMinorsPerAdult, useRetention } from './hooks';

/** How many problems of each kind, in the checklist's order. */
function issueSummary(issues: readonly ReadinessIssue[]): [ReadinessIssue['kind'], number][] {
  const counts = new Map<ReadinessIssue['kind'], number>();
  for (const issue of issues) counts.set(issue.kind, (counts.get(issue.kind) ?? 0) + 1);
  return [...counts];
}

export function ExchangesWidget() {
  const { t } = useTranslation('exchanges');
  const format = useFormat();
  const now = todayIso();
  const camps = useLiveQuery(() => listUpcomingCamps(now), [now]);
  const minorsPerAdult = useMinorsPerAdult();
  const retention = useRetention();
  // A camp can be due only if it began at least the retention period ago: read just those.
  const startedBy = retention ? `${Number(now.slice(0, 4)) - retention.participantsYears}${now.slice(4)}` : undefined;
  const retentionCamps = useLiveQuery(() => (startedBy ? listRetentionEnds(startedBy) : undefined), [startedBy]);
  const loaded = !!camps && !!retentionCamps && minorsPerAdult !== undefined && !!retention;
  useCardReady('exchanges', loaded);
  if (!camps || !retentionCamps || minorsPerAdult === undefined || !retention) return null;
  if (camps.length === 0 && retentionCamps.length === 0) return null;
  const due = dueForAnonymisation(retentionCamps, retention, now);
  return (
    <Card withBorder miw={260} component="section" aria-label={t('widget.title')}>
      <Title order={2} size="h4" mb="xs">
        {t('widget.title')}
      </Title>
      <List size="sm" spacing={4}>
        {camps.map(({ event, occurrence: o, participants, rooms }) => {
          const issues = readinessIssues({ participants, rooms, start: o.start, end: o.end, minorsPerAdult });
          return (
            <List.Item key={event.id}>
              <Anchor component={Link} to={`/exchanges/${event.id}/${o.key}`} fz="sm">
                {o.title}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {format.date(o.start, 'short')}
              </Text>{' '}
              <Text span size="sm">
                {t('participants.count', { count: participants.length })}
              </Text>{' '}
              {issues.length > 0 ? (
                <Anchor component={Link} to={`/exchanges/${event.id}/${o.key}?tab=readiness`} fz="sm">
                  <Badge size="sm" color="orange" variant="light" style={{ cursor: 'pointer' }}>
                    {t('widget.issues', { count: issues.length })}
                  </Badge>
                </Anchor>
              ) : (
                participants.length > 0 && (
                  <Badge size="sm" color="green" variant="light">
                    {t('widget.ready')}
                  </Badge>
                )
              )}
              {issues.length > 0 && (
                <Text size="xs" c="dimmed">
                  {issueSummary(issues)
                    .map(([kind, count]) => `${t(`widget.kind.${kind}`)} (${count})`)
                    .join(', ')}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
      {due.length > 0 && (
        <Anchor component={Link} to="/exchanges/privacy" fz="sm" mt="xs" display="block">
          {t('privacy.dueCount', { count: due.length })}
        </Anchor>
      )}
    </Card>
  );
}
