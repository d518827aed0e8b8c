// The week: seven columns, all-day items first, then timed ones by their start time.
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eachDay } from '../../../shared/calendar/dates';
import { useFormat } from '../../i18n/format';
import { ItemChip } from './ItemChip';
import { itemsByDay, type ViewProps } from './viewTypes';

export function WeekView({ range, today, data, onOpen, note }: ViewProps) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const byDay = itemsByDay(data.items, range.from, range.to);
  return (
    <SimpleGrid cols={7} spacing={4} role="list" aria-label={t('grid.week', { range: `${fmt.date(range.from, 'P')} – ${fmt.date(range.to, 'P')}` })}>
      {eachDay(range.from, range.to).map((day) => {
        const items = [...(byDay.get(day) ?? [])].sort(
          (a, b) => Number(!a.allDay) - Number(!b.allDay) || a.start.localeCompare(b.start),
        );
        const holidays = data.holidays.get(day) ?? [];
        return (
          <Paper key={day} withBorder p={4} mih={300} role="listitem" aria-label={fmt.date(day, 'PPPP')} bg={holidays.length ? 'var(--mantine-color-red-light)' : undefined}>
            <Stack gap={3}>
              <Text size="sm" fw={day === today ? 800 : 600} c={day === today ? 'indigo' : undefined}>
                {fmt.date(day, 'EEEE d MMM')}
              </Text>
              {holidays.map((h) => (
                <Text key={h.name} size="xs" c="red">
                  {h.name}
                </Text>
              ))}
              {items.map((item) => (
                <ItemChip key={item.key} item={item} clashNote={note(item)} onOpen={onOpen} wrap />
              ))}
              {items.length === 0 && (
                <Text size="xs" c="dimmed">
                  —
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
