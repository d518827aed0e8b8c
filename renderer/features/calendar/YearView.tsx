// The year overview: twelve small months, days with events shaded, holidays in red; a click opens the month.
import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { endOfMonth, format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { eachDay, isoWeekday } from '../../../shared/calendar/dates';
import { useFormat } from '../../i18n/format';
import { itemsByDay, type ViewProps } from './viewTypes';

export function YearView({ range, today, data, onPick }: ViewProps) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const byDay = itemsByDay(data.items, range.from, range.to);
  const year = range.from.slice(0, 4);
  const months = Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}-01`);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" role="list" aria-label={t('grid.year', { year })}>
      {months.map((first) => {
        const days = eachDay(first, format(endOfMonth(parseISO(first)), 'yyyy-MM-dd'));
        const blanks = isoWeekday(first) - 1;
        return (
          <Paper key={first} withBorder p={6} role="listitem" aria-label={fmt.date(first, 'monthYear')}>
            <UnstyledButton onClick={() => onPick(first, 'month')} fw={600} fz="sm" mb={4}>
              {fmt.heading(first, 'month')}
            </UnstyledButton>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 1 }}>
              {Array.from({ length: blanks }, (_, i) => (
                <span key={`b${i}`} />
              ))}
              {days.map((day) => {
                const count = byDay.get(day)?.length ?? 0;
                const holiday = data.holidays.get(day)?.[0];
                return (
                  <UnstyledButton
                    key={day}
                    onClick={() => onPick(day, 'week')}
                    aria-label={[
                      fmt.date(day, 'weekdayLong'),
                      holiday?.name,
                      count ? t('count.event', { ns: 'common', count }) : '',
                    ]
                      .filter(Boolean)
                      .join(', ')}
                    title={holiday?.name}
                    aria-current={day === today ? 'date' : undefined}
                    style={{
                      textAlign: 'center',
                      fontSize: 11,
                      borderRadius: 3,
                      lineHeight: '18px',
                      // Today: a filled dark disc with a ring, whatever its events (shape and weight, not colour alone).
                      background:
                        day === today
                          ? 'var(--mantine-color-dark-7)'
                          : count
                            ? `var(--mantine-color-indigo-${Math.min(2 + count, 6)})`
                            : undefined,
                      color: day === today || count > 2 ? 'white' : holiday ? 'var(--mantine-color-red-7)' : undefined,
                      boxShadow: day === today ? '0 0 0 2px var(--mantine-color-indigo-8)' : undefined,
                      fontWeight: day === today || holiday ? 800 : 400,
                      outline: holiday ? '2px solid var(--mantine-color-red-6)' : undefined,
                      outlineOffset: -2,
                    }}
                  >
                    <Text span inherit>
                      {Number(day.slice(8))}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </div>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
