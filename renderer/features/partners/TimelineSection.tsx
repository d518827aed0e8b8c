// The timeline of one partner town, newest first: events (a series once), visits, gifts, agreement changes.
import { Card, Group, Text, Title } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import type { TimelineItem } from '../../db/repositories/timeline';
import { useFormat } from '../../i18n/format';
import { recordPath } from '../search/targets';
import { useTimeline } from './hooks';
import './timeline.css';

/**
 * A link's click inside the table goes through the router, as a router link's would (one handler for all rows:
 * a partner may have hundreds of entries, so each row is plain elements, not components).
 */
function useRowLinks() {
  const navigate = useNavigate();
  const root = useHref('/');
  const href = (path: string) => `${root.replace(/\/$/, '')}${path}`;
  const onClick = (e: MouseEvent<HTMLTableElement>) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-to]');
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(link.dataset.to ?? '/');
  };
  return { href, onClick };
}

export function TimelineSection({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation('partners');
  const format = useFormat();
  const timeline = useTimeline(partnerId);
  const links = useRowLinks();
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
  const title = (item: TimelineItem) => {
    if (item.kind !== 'event' && item.kind !== 'visit') return item.title;
    const to = recordPath(item.kind, item.id, undefined, item.date);
    return (
      <a href={links.href(to)} data-to={to}>
        {item.title}
      </a>
    );
  };
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
        // The click handler only routes the links' own clicks; the links take the keyboard themselves.
        <table className="timeline-table" aria-label={t('section.timeline')} onClick={links.onClick}>
          <tbody>
            {timeline.items.map((item) => {
              const note = detail(item);
              return (
                <tr key={`${item.kind}:${item.id}`}>
                  <td className="timeline-when">{when(item)}</td>
                  <td className="timeline-kind">
                    <span className="timeline-badge">{t(`timeline.kind.${item.kind}`)}</span>
                  </td>
                  <td>
                    {title(item)} {note && <span className="timeline-note">({note})</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
