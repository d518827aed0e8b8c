// One event occurrence or visit as a small button in the grids, with clash, series and cancelled markers.
import type { CalendarItem } from '../../../shared/calendar/items';
import { i18n } from '../../i18n';
import './grid.css';

export const KIND_COLOURS: Record<string, string> = {
  youthCamp: 'teal',
  europeDays: 'indigo',
  conference: 'blue',
  sports: 'orange',
  cultural: 'grape',
  studyVisit: 'cyan',
  anniversary: 'pink',
  deadline: 'red',
  other: 'gray',
  visit: 'violet',
};

export function colourOf(item: CalendarItem): string {
  return KIND_COLOURS[item.type === 'visit' ? 'visit' : (item.kind ?? 'other')] ?? 'gray';
}

/**
 * A marker's word in the current language. Asked of i18next directly, not through a hook per chip: the grids that draw
 * the chips follow the language themselves and draw their chips again when it changes.
 */
const markerWord = (marker: 'clash' | 'series' | 'cancelled') => i18n.t(`markers.${marker}`, { ns: 'calendar' });

interface Props {
  item: CalendarItem;
  /** The item's clashes as text, one per line; none when empty. */
  clashNote?: string;
  onOpen: (item: CalendarItem) => void;
  /** Show the start time before the title (timed events). */
  showTime?: boolean;
  /** Let a long title wrap (the week view has room). */
  wrap?: boolean;
  /** Fill the box it sits in (a block in the hour grid). */
  fill?: boolean;
  /** The time as shown, instead of the start time (e.g. `10:00–11:30`). */
  timeText?: string;
  /** A piece of a multi-day bar: marks where it goes on from the row before or into the next. */
  cut?: { before: boolean; after: boolean };
}

export function ItemChip({
  item,
  clashNote,
  onOpen,
  showTime = true,
  wrap = false,
  fill = false,
  timeText,
  cut,
}: Props) {
  const time = timeText
    ? `${timeText} `
    : showTime && !item.allDay && item.start.length > 10
      ? `${item.start.slice(11, 16)} `
      : '';
  const series = item.occurrence?.event.series === 1;
  const markers = [
    clashNote ? markerWord('clash') : '',
    series ? markerWord('series') : '',
    item.cancelled ? markerWord('cancelled') : '',
  ].filter(Boolean);
  const label = [time + item.title, ...markers].join(' · ');
  return (
    // A plain button styled by class (grid.css): a month holds over a hundred chips.
    <button
      type="button"
      className="cal-chip"
      onClick={() => onOpen(item)}
      aria-label={label}
      title={clashNote ? `${item.title}\n${clashNote}` : item.title}
      data-kind={item.type === 'visit' ? 'visit' : item.kind}
      data-colour={colourOf(item)}
      data-fill={fill || undefined}
      data-wrap={wrap || undefined}
      data-cancelled={item.cancelled || undefined}
      data-before={cut?.before || undefined}
      data-after={cut?.after || undefined}
    >
      <span className="cal-chip-text">
        {cut?.before && (
          <span aria-hidden data-cut="before" className="cal-chip-cut-before">
            ◂
          </span>
        )}
        {clashNote && (
          <span aria-hidden className="cal-chip-clash">
            ⚠
          </span>
        )}
        {series && (
          <span aria-hidden className="cal-chip-series">
            ↻
          </span>
        )}
        {cut?.after ? (
          <>
            <span className="cal-chip-title">
              {time}
              {item.title}
            </span>
            <span aria-hidden data-cut="after" className="cal-chip-cut-after">
              ▸
            </span>
          </>
        ) : (
          <>
            {time}
            {item.title}
          </>
        )}
      </span>
    </button>
  );
}
