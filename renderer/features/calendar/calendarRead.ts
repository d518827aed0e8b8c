// What the calendar page reads for a range (its items, the partners, the home town) as one live read. The route's
// loader starts it as soon as the calendar is navigated to, before the page is drawn; the page takes it up when it is.
import { useObservable } from 'dexie-react-hooks';
import type { CalendarItem } from '../../../shared/calendar/items';
import type { HomeTown, Partner } from '../../../shared/domain';
import { calendarItemsInRange } from '../../db/repositories/events';
import { listPartners } from '../../db/repositories/partners';
import { homeTownSetting, readSetting } from '../../db/repositories/settings';
import { startLiveRead } from '../../app/useLiveRead';
import { calendarPlace } from './useCalendarUrl';
import { visibleRange, type VisibleRange } from './range';

export interface CalendarRead extends VisibleRange {
  items: CalendarItem[];
  partners: Partner[];
  home: HomeTown;
}

type LiveRead = ReturnType<typeof startLiveRead<CalendarRead>>;

const keyOf = (range: VisibleRange) => `${range.from}/${range.to}`;

/** Started by the loader and not yet taken by the page. */
let waiting: { key: string; read: LiveRead } | undefined;
/** The read the page shows. */
let shown: { key: string; read: LiveRead } | undefined;

function start(range: VisibleRange): LiveRead {
  // One value for all three: the page is drawn once when they are there, not once for each.
  return startLiveRead(async () => {
    const [items, partners, home] = await Promise.all([
      calendarItemsInRange(range.from, range.to, { includeCancelled: true }),
      listPartners(),
      readSetting(homeTownSetting),
    ]);
    return { from: range.from, to: range.to, items, partners, home };
  });
}

/** The loader's part: the read of the range in `search` starts now, unless the page already shows that range. */
export function startCalendarRead(search: URLSearchParams): void {
  const { view, cursor } = calendarPlace(search);
  const range = visibleRange(view, cursor);
  const key = keyOf(range);
  if (shown?.key === key && shown.read.isRunning()) return;
  if (waiting?.key === key && waiting.read.isRunning()) return;
  waiting = { key, read: start(range) };
}

function take(range: VisibleRange): LiveRead {
  const key = keyOf(range);
  const read = waiting?.key === key && waiting.read.isRunning() ? waiting.read : start(range);
  if (waiting?.read === read) waiting = undefined;
  shown = { key, read };
  return read;
}

/** The range's read: the one the loader started if there is one, else started as the page is drawn. */
export function useCalendarRead(range: VisibleRange): CalendarRead | undefined {
  return useObservable(() => take(range), [range.from, range.to]);
}
