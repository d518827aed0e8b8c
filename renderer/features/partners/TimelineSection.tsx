// The timeline of one partner town, newest first: events (a series once), visits, gifts, agreement changes.
import { Anchor, Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineItem } from '../../db/repositories/timeline';
import { useFormat } from '../../i18n/format';
import { recordPath } from '../search/targets';
import { useTimeline } from './hooks';

export function TimelineSection({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation('partners');
  const format = useFormat();
  const timeline = useTimeline(partnerId);
  const when = (item: TimelineItem): string => {
    const r = item.recurrence;
    if (r) {
      if (r.freq === 'yearly') return t('timeline.yearly', { year: r.since.slice(0, 4) });
      return t(`timeline.${r.freq}`, { date: format.date(r.since, 'short') });
    }
    const start = format.date(item.date, 'short');
    return item.end && item.end !== item.date ? `${start} – ${format.date(item.end, 'short')}` : start;
  };
  const detail = (item: TimelineItem): string => {
    if (item.kind === 'visit' || item.kind === 'gift') return t(`timeline.${item.subKind as 'incoming'}`);
    if (item.kind === 'agreement') return t(`agreement.changes.${item.subKind as 'signed'}`);
    // An event's kind is named by the calendar, which owns events.
    return i18n.t(`kinds.${item.subKind}`, { ns: 'calendar', defaultValue: '' });
  };
  const title = (item: TimelineItem) =>
    item.kind === 'event' || item.kind === 'visit' ? (
      <Anchor component={Link} to={recordPath(item.kind, item.id, undefined, item.date)} fz="sm">
        {item.title}
      </Anchor>
    ) : (
      item.title
    );
  return (
    <Card
      withBorder
      component="section"
      aria-label={t('section.timeline')}
      data-timeline-ready={timeline ? partnerId : undefined}
      data-timeline-count={timeline?.items.length}
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('section.timeline')}
        </Title>
        {timeline && (
          <Text size="sm">
            {timeline.lastContact
              ? t('timeline.lastContact', { date: format.date(timeline.lastContact) })
              : t('timeline.noContact')}
          </Text>
        )}
      </Group>
      {timeline && timeline.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('timeline.empty')}
        </Text>
      )}
      {timeline && timeline.items.length > 0 && (
        <Table fz="sm" verticalSpacing={4} aria-label={t('section.timeline')}>
          <Table.Tbody>
            {timeline.items.map((item) => (
              <Table.Tr key={`${item.kind}:${item.id}`}>
                <Table.Td w={200}>{when(item)}</Table.Td>
                <Table.Td w={130}>
                  <Badge size="sm" variant="light">
                    {t(`timeline.kind.${item.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {title(item)}{' '}
                  {detail(item) && (
                    <Text span size="xs" c="dimmed">
                      ({detail(item)})
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
