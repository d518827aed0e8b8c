// The week: seven day columns with all-day and multi-day items on top and an hour grid below, where
// timed items sit at their time and overlapping ones share the column side by side.
import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inHourGrid, layoutDay, visibleHours, type TimedBlock } from '../../../shared/calendar/dayLayout';
import { eachDay } from '../../../shared/calendar/dates';
import { useFormat } from '../../i18n/format';
import { BarLanes } from './BarLanes';
import { rowBars } from './bars';
import { DayNumber } from './DayNumber';
import { DragLayer, Movable } from './DragLayer';
import { ItemChip } from './ItemChip';
import { itemsByDay, type ViewProps } from './viewTypes';

const HOUR_PX = 44;
const HOURS_COLUMN_PX = 44;
/** From one day's all-day line to the next day's: padding (4 + 4), borders (1 + 1) and the column gap (4). */
const COLUMN_GAP = 14;
/** An empty hour: transparent, under the items, outlined only when focused from the keyboard. */
const SLOT = {
  position: 'absolute',
  left: 0,
  width: '100%',
  padding: 0,
  margin: 0,
  border: 0,
  background: 'transparent',
  cursor: 'pointer',
} as const;
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function WeekView({ range, today, data, onOpen, note, onCreate, onMove }: ViewProps) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const byDay = itemsByDay(data.items, range.from, range.to);
  // The all-day band: multi-day items as bars across the days, then each day's other all-day items.
  const bars = rowBars(data.items, eachDay(range.from, range.to));
  const days = eachDay(range.from, range.to).map((day) => {
    const items = byDay.get(day) ?? [];
    return {
      day,
      holidays: data.holidays.get(day) ?? [],
      allDay: items.filter((i) => !inHourGrid(i) && !bars.keys.has(i.key)),
      blocks: layoutDay(items),
    };
  });
  const hours = visibleHours(days.flatMap((d) => d.blocks));
  const gridHeight = (hours.to - hours.from) * HOUR_PX;
  const top = (minutes: number) => ((minutes - hours.from * 60) / 60) * HOUR_PX;
  const columns = `${HOURS_COLUMN_PX}px repeat(7, minmax(0, 1fr))`;

  return (
    <DragLayer onMove={onMove}>
      <Box style={{ display: 'grid', gridTemplateColumns: columns, columnGap: 4 }}>
        <Box aria-hidden style={{ gridColumn: 1, gridRow: '1 / span 1', position: 'relative' }}>
          <Box style={{ position: 'absolute', bottom: 0, height: gridHeight, width: '100%' }}>
            {Array.from({ length: hours.to - hours.from }, (_, i) => (
              <Text key={i} size="xs" c="dimmed" style={{ position: 'absolute', top: i * HOUR_PX - 7, right: 4 }}>
                {clock((hours.from + i) * 60)}
              </Text>
            ))}
          </Box>
        </Box>
        <Box
          role="list"
          aria-label={t('grid.week', { range: `${fmt.date(range.from, 'short')} – ${fmt.date(range.to, 'short')}` })}
          style={{
            gridColumn: '2 / span 7',
            display: 'grid',
            gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
            columnGap: 4,
          }}
        >
          {days.map(({ day, holidays, allDay, blocks }) => (
            <Box
              key={day}
              role="listitem"
              data-day={day}
              aria-label={fmt.date(day, 'weekdayLong')}
              aria-current={day === today ? 'date' : undefined}
              style={{
                display: 'flex',
                flexDirection: 'column',
                border: '1px solid var(--mantine-color-default-border)',
                borderRadius: 4,
              }}
            >
              <Stack
                gap={3}
                p={4}
                style={{ flex: 1, background: holidays.length ? 'var(--mantine-color-red-light)' : undefined }}
              >
                <Text size="sm" fw={day === today ? 800 : 600}>
                  <DayNumber day={day} today={day === today} onCreate={onCreate} title={t('actions.newEvent')}>
                    {fmt.date(day, 'weekdayShort')}
                  </DayNumber>
                </Text>
                {holidays.map((h) => (
                  <Text key={h.name} size="xs" c="red">
                    {h.name}
                  </Text>
                ))}
                <BarLanes
                  lanes={bars.lanes}
                  bars={bars.byDay.get(day) ?? []}
                  gap={COLUMN_GAP}
                  note={note}
                  onOpen={onOpen}
                  movable={!!onMove}
                />
                {allDay.map((item) => (
                  <Movable key={item.key} enabled={!!onMove} item={item} endEdge="right">
                    <ItemChip item={item} clashNote={note(item)} onOpen={onOpen} wrap />
                  </Movable>
                ))}
              </Stack>
              <HourColumn
                day={day}
                hours={hours}
                blocks={blocks}
                height={gridHeight}
                top={top}
                note={note}
                onOpen={onOpen}
                onCreate={onCreate}
                movable={!!onMove}
              />
            </Box>
          ))}
        </Box>
      </Box>
    </DragLayer>
  );
}

interface HourColumnProps extends Pick<ViewProps, 'note' | 'onOpen' | 'onCreate'> {
  day: string;
  movable: boolean;
  hours: { from: number; to: number };
  blocks: TimedBlock[];
  height: number;
  top: (minutes: number) => number;
}

/** One day's hours: a line per hour (a button that opens a new event at that hour), timed items placed by their start and end. */
function HourColumn({ day, movable, hours, blocks, height, top, note, onOpen, onCreate }: HourColumnProps) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const dayName = fmt.date(day, 'weekdayLong');
  return (
    <Box
      style={{
        position: 'relative',
        height,
        flex: 'none',
        borderTop: '1px solid var(--mantine-color-default-border)',
        backgroundImage: `repeating-linear-gradient(to bottom, transparent 0, transparent ${HOUR_PX - 1}px, var(--mantine-color-default-border) ${HOUR_PX - 1}px, var(--mantine-color-default-border) ${HOUR_PX}px)`,
      }}
    >
      {onCreate &&
        Array.from({ length: hours.to - hours.from }, (_, i) => {
          const time = clock((hours.from + i) * 60);
          return (
            <button
              key={time}
              type="button"
              aria-label={`${dayName}, ${time}`}
              title={t('actions.newEvent')}
              data-slot={`${day}T${time}`}
              onClick={() => onCreate(day, time)}
              style={{ ...SLOT, top: i * HOUR_PX, height: HOUR_PX }}
            />
          );
        })}
      {blocks.map((b) => (
        <Box
          key={b.item.key}
          data-testid="timed-block"
          style={{
            position: 'absolute',
            top: top(b.from),
            height: Math.max(top(b.to) - top(b.from) - 1, 18),
            left: `${(b.lane / b.lanes) * 100}%`,
            width: `${100 / b.lanes}%`,
            padding: '0 1px',
            overflow: 'hidden',
          }}
        >
          <Movable enabled={movable} item={b.item} endEdge="bottom" fill>
            <ItemChip
              item={b.item}
              clashNote={note(b.item)}
              onOpen={onOpen}
              wrap
              fill
              timeText={`${clock(b.from)}–${b.item.end.length > 10 ? b.item.end.slice(11, 16) : clock(b.to)}`}
            />
          </Movable>
        </Box>
      ))}
    </Box>
  );
}
