// Dashboard widget: today's events and visits, those of the next six days, and open tasks due within the seven days
// or overdue; each opens its record.
import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { addDays, format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCardReady } from '../home/cardReadiness';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarItem } from '../../../shared/calendar/items';
import { calendarItemsInRange } from '../../db/repositories/events';
import { openTasksDueBy } from '../../db/repositories/tasks';
import { useFormat } from '../../i18n/format';
import { eventHref, taskHref, visitHref } from './links';
import { currentTime } from '../../app/today';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

export function CalendarWeekWidget() {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const now = currentTime();
  const today = iso(now);
  // The next seven days, today and the six after it (never an empty calendar week late on a Sunday).
  const from = today;
  const to = iso(addDays(now, 6));
  const items = useLiveQuery(() => calendarItemsInRange(from, to), [from, to]);
  const tasks = useLiveQuery(() => openTasksDueBy(to), [to]);
  useCardReady('calendarWeek', items !== undefined && tasks !== undefined);
  if (!items || !tasks) return null;
  const todays = items.filter((i) => i.firstDay <= today && i.lastDay >= today);
  const rest = items.filter((i) => !todays.includes(i));
  const when = (first: string, last: string) =>
    first === last ? fmt.date(first, 'weekdayShort') : `${fmt.date(first, 'dayMonth')} – ${fmt.date(last, 'dayMonth')}`;
  return (
    <Card withBorder miw={320} component="section" aria-label={t('widget.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('widget.title')}
        </Title>
        <Anchor component={Link} to="/calendar?view=week" size="sm">
          {t('widget.all')}
        </Anchor>
      </Group>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('widget.today')}
        </Text>
        <ItemList items={todays} label={t('widget.today')} empty={t('widget.noToday')} when={when} />
        <Text fw={600} size="sm">
          {t('widget.nextDays')}
        </Text>
        <ItemList items={rest} label={t('widget.nextDays')} empty={t('widget.noEvents')} when={when} />
        <Text fw={600} size="sm">
          {t('widget.tasks')}
        </Text>
        {tasks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('widget.noTasks')}
          </Text>
        ) : (
          <List size="sm" spacing={2} aria-label={t('widget.tasks')}>
            {tasks.map((task) => {
              const href = taskHref(task) ?? '/calendar';
              return (
                <List.Item key={task.id}>
                  <Anchor component={Link} to={href} size="sm">
                    {task.title}
                  </Anchor>{' '}
                  {task.due < today ? (
                    <Badge size="xs" color="red">
                      {t('widget.overdue')}
                    </Badge>
                  ) : (
                    <Text span size="xs" c="dimmed">
                      {t('widget.due', { date: fmt.date(task.due, 'weekdayShort') })}
                    </Text>
                  )}
                  {task.due < today && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {fmt.date(task.due, 'long')}
                    </Text>
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
      </Stack>
    </Card>
  );
}

/** A list of calendar items as links to their records, or a dimmed line when there are none. */
function ItemList({
  items,
  label,
  empty,
  when,
}: {
  items: CalendarItem[];
  label: string;
  empty: string;
  when: (first: string, last: string) => string;
}) {
  const { t } = useTranslation('calendar');
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <List size="sm" spacing={2} aria-label={label}>
      {items.map((i) => (
        <List.Item key={i.key}>
          <Anchor component={Link} to={i.type === 'visit' ? visitHref(i.id) : eventHref(i.id, i.firstDay)} size="sm">
            {i.title}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            {when(i.firstDay, i.lastDay)}
            {i.type === 'visit' ? ` · ${t('visit')}` : ''}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
