// The year overview: twelve small months under weekday headings, days with events shaded and dotted in their kinds'
// colours (a legend names them), holidays in red; a click opens the month.
import { Group, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { endOfMonth, format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { eachDay, isoWeekday } from '../../../shared/calendar/dates';
import { useFormat } from '../../i18n/format';
import { colourOf, KIND_COLOURS } from './ItemChip';
import { itemsByDay, type ViewProps } from './viewTypes';

/** A week known to start on Monday: its days give the headings' names in the UI language. */
const WEEK = eachDay('2024-01-01', '2024-01-07');
const DOT = { display: 'inline-block', width: 4, height: 4, borderRadius: 2 } as const;
const GRID = { display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 1 } as const;

export function YearView({ range, today, data, onPick }: ViewProps) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const byDay = itemsByDay(data.items, range.from, range.to);
  const year = range.from.slice(0, 4);
  const months = Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}-01`);
  return (
    <Stack gap="xs">
      <Group gap="sm" role="list" aria-label={t('legend')}>
        {Object.entries(KIND_COLOURS).map(([kind, colour]) => (
          <Group key={kind} gap={4} role="listitem" wrap="nowrap">
            <span
              aria-hidden
              style={{ ...DOT, width: 10, height: 10, background: `var(--mantine-color-${colour}-filled)` }}
            />
            <Text size="xs">{kind === 'visit' ? t('visit') : t(`kinds.${kind as 'other'}`)}</Text>
          </Group>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" role="list" aria-label={t('grid.year', { year })}>
        {months.map((first) => {
          const days = eachDay(first, format(endOfMonth(parseISO(first)), 'yyyy-MM-dd'));
          const blanks = isoWeekday(first) - 1;
          return (
            <Paper key={first} withBorder p={6} role="listitem" aria-label={fmt.date(first, 'monthYear')}>
              <UnstyledButton onClick={() => onPick(first, 'month')} fw={600} fz="sm" mb={4}>
                {fmt.heading(first, 'month')}
              </UnstyledButton>
              {/* Hidden from screen readers: each day's name already says its weekday. */}
              <div aria-hidden style={GRID}>
                {WEEK.map((d) => (
                  <span
                    key={d}
                    style={{ textAlign: 'center', fontSize: 10, fontWeight: 600, color: 'var(--mantine-color-dimmed)' }}
                  >
                    {fmt.date(d, 'weekdayAbbr')}
                  </span>
                ))}
              </div>
              <div style={GRID}>
                {Array.from({ length: blanks }, (_, i) => (
                  <span key={`b${i}`} />
                ))}
                {days.map((day) => {
                  const items = byDay.get(day) ?? [];
                  const count = items.length;
                  const colours = [...new Set(items.map(colourOf))].slice(0, 4);
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
                              ? `var(--mantine-color-gray-${Math.min(1 + count, 4)})`
                              : undefined,
                        // A holiday keeps the dark text (red text fails 4.5:1 on the shades of busy days); its red ring and
                        // bold number mark it.
                        color: day === today ? 'white' : undefined,
                        boxShadow: day === today ? '0 0 0 2px var(--mantine-color-indigo-8)' : undefined,
                        fontWeight: day === today || holiday ? 800 : 400,
                        outline: holiday ? '2px solid var(--mantine-color-red-6)' : undefined,
                        outlineOffset: -2,
                      }}
                    >
                      <Text span inherit>
                        {Number(day.slice(8))}
                      </Text>
                      {colours.length > 0 && (
                        <span
                          aria-hidden
                          data-kinds={colours.join(' ')}
                          style={{ display: 'flex', justifyContent: 'center', gap: 1, height: 4, marginTop: -2 }}
                        >
                          {colours.map((c) => (
                            <span key={c} style={{ ...DOT, background: `var(--mantine-color-${c}-filled)` }} />
                          ))}
                        </span>
                      )}
                    </UnstyledButton>
                  );
                })}
              </div>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
