// One event occurrence or visit as a small button in the grids, with clash, series and cancelled markers.
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../shared/calendar/items';

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
  const { t } = useTranslation('calendar');
  const colour = colourOf(item);
  const time = timeText
    ? `${timeText} `
    : showTime && !item.allDay && item.start.length > 10
      ? `${item.start.slice(11, 16)} `
      : '';
  const markers = [
    clashNote ? t('markers.clash') : '',
    item.occurrence?.event.series === 1 ? t('markers.series') : '',
    item.cancelled ? t('markers.cancelled') : '',
  ].filter(Boolean);
  const label = [time + item.title, ...markers].join(' · ');
  return (
    // A plain button: a month holds over a hundred chips, and Mantine's style props cost more than the chip.
    <button
      type="button"
      onClick={() => onOpen(item)}
      aria-label={label}
      title={clashNote ? `${item.title}\n${clashNote}` : item.title}
      data-kind={item.type === 'visit' ? 'visit' : item.kind}
      style={{
        // A button's own look reset (font, colour, border, cursor), as Mantine's unstyled button does.
        font: 'inherit',
        color: 'inherit',
        textAlign: 'left',
        cursor: 'pointer',
        border: 0,
        margin: 0,
        appearance: 'none',
        // A filling chip keeps its text at the top (a button centres its content otherwise).
        display: fill ? 'flex' : 'block',
        alignItems: 'flex-start',
        width: '100%',
        height: fill ? '100%' : undefined,
        borderRadius: cut
          ? `${cut.before ? 0 : 4}px ${cut.after ? 0 : 4}px ${cut.after ? 0 : 4}px ${cut.before ? 0 : 4}px`
          : 4,
        padding: '1px 4px',
        fontSize: 12,
        lineHeight: 1.35,
        background: `var(--mantine-color-${colour}-light)`,
        borderLeft: cut?.before ? 0 : `3px solid var(--mantine-color-${colour}-filled)`,
        textDecoration: item.cancelled ? 'line-through' : undefined,
        overflow: 'hidden',
        whiteSpace: wrap ? 'normal' : 'nowrap',
        textOverflow: 'ellipsis',
      }}
    >
      <span
        style={{
          display: cut?.after ? 'flex' : 'block',
          minWidth: 0,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        {cut?.before && (
          <span aria-hidden data-cut="before" style={{ marginRight: 3 }}>
            ◂
          </span>
        )}
        {clashNote && (
          <span aria-hidden style={{ color: 'var(--mantine-color-red-filled)', fontWeight: 700, marginRight: 2 }}>
            ⚠
          </span>
        )}
        {item.occurrence?.event.series === 1 && (
          <span aria-hidden style={{ marginRight: 2 }}>
            ↻
          </span>
        )}
        {cut?.after ? (
          <>
            <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {time}
              {item.title}
            </span>
            <span aria-hidden data-cut="after" style={{ marginLeft: 3 }}>
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
