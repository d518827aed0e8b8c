// The month grid: whole weeks Monday to Sunday, a few items per day, holiday and clash markers.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { eachDay } from '../../../shared/calendar/dates';
import { useFormat } from '../../i18n/format';
import { BarLanes } from './BarLanes';
import { rowBars } from './bars';
import { DayNumber } from './DayNumber';
import { DragLayer, Movable } from './DragLayer';
import { ItemChip } from './ItemChip';
import { itemsByDay, type ViewProps } from './viewTypes';
import './grid.css';

/** Lines of items a day shows before "+N more": its bars' lines count, and a row draws at most this many of them. */
const PER_DAY = 3;
/** From a day's line to the next day's: the cell's padding on both sides and the shared border (`.cal-day`). */
const CELL_GAP = 7;

/** Drawn again only when its props change (the page re-renders as its other parts load). */
export const MonthView = memo(function MonthView({
  range,
  cursor,
  today,
  data,
  onOpen,
  note,
  onPick,
  onCreate,
  onMove,
}: ViewProps) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const days = eachDay(range.from, range.to);
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const byDay = itemsByDay(data.items, range.from, range.to);
  const month = cursor.slice(0, 7);
  return (
    <DragLayer onMove={onMove}>
      <table
        aria-label={t('grid.label', { month: fmt.date(cursor, 'monthYear') })}
        style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' }}
      >
        <thead>
          <tr>
            {weeks[0]!.map((d) => (
              <th key={d} scope="col" style={{ fontWeight: 600, fontSize: 13, padding: 4, textAlign: 'left' }}>
                {fmt.date(d, 'weekdayAbbr')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => {
            // Multi-day items are drawn as one bar per week; the days list only the others.
            // Bars beyond the row's first lines are counted in each day's "+N more", as single items are.
            const bars = rowBars(data.items, week, PER_DAY);
            const room = Math.max(1, PER_DAY - bars.lanes);
            return (
              <tr key={week[0]}>
                {week.map((day) => {
                  const items = (byDay.get(day) ?? []).filter((i) => !bars.keys.has(i.key));
                  const more = Math.max(0, items.length - room) + (bars.hidden.get(day) ?? 0);
                  const holidays = data.holidays.get(day) ?? [];
                  const outside = day.slice(0, 7) !== month;
                  return (
                    <td
                      key={day}
                      className="cal-day"
                      aria-label={fmt.date(day, 'weekdayLong')}
                      aria-current={day === today ? 'date' : undefined}
                      data-day={day}
                      data-holiday={holidays.length > 0 || undefined}
                      data-outside={outside || undefined}
                      data-creates={onCreate ? true : undefined}
                      // A click on the day's empty space opens a new event there; its items and links keep their own.
                      onClick={onCreate && ((e) => !(e.target as Element).closest('button, a') && onCreate(day))}
                    >
                      {/* Elements styled by class (grid.css): Mantine's style props cost more than the grid itself. */}
                      <div className="cal-day-stack">
                        <div className="cal-day-head">
                          <DayNumber
                            day={day}
                            label={fmt.date(day, 'weekdayLong')}
                            today={day === today}
                            onCreate={onCreate}
                            title={t('actions.newEvent')}
                          />
                          {holidays.length > 0 && (
                            <span className="cal-day-holiday" title={holidays.map((h) => h.name).join(', ')}>
                              {holidays.map((h) => h.name).join(', ')}
                            </span>
                          )}
                        </div>
                        <BarLanes
                          lanes={bars.lanes}
                          bars={bars.byDay.get(day) ?? []}
                          gap={CELL_GAP}
                          note={note}
                          onOpen={onOpen}
                          movable={!!onMove}
                        />
                        {items.slice(0, room).map((item) => (
                          <Movable key={item.key} enabled={!!onMove} item={item} endEdge="right">
                            <ItemChip item={item} clashNote={note(item)} onOpen={onOpen} />
                          </Movable>
                        ))}
                        {more > 0 && (
                          <button type="button" className="cal-more" onClick={() => onPick(day, 'week')}>
                            {t('more', { count: more })}
                          </button>
                        )}
                      </div>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </DragLayer>
  );
});
