// Where timed items sit in the week's hour grid: minutes from midnight, and side-by-side lanes for overlaps.
import type { CalendarItem } from './items';

export interface TimedBlock {
  item: CalendarItem;
  /** Minutes from midnight (Europe/Warsaw wall clock) where the block starts and ends. */
  from: number;
  to: number;
  /** The block's lane among `lanes` side-by-side lanes of its group of overlapping items. */
  lane: number;
  lanes: number;
}

/** The shortest block drawn, so a five-minute call stays clickable. */
export const MIN_BLOCK_MINUTES = 30;

const minutes = (wallClock: string) => Number(wallClock.slice(11, 13)) * 60 + Number(wallClock.slice(14, 16));

/** Timed items that start and end on the same day go in the hour grid; all-day and multi-day ones above it. */
export const inHourGrid = (item: CalendarItem): boolean =>
  !item.allDay && item.start.length > 10 && item.firstDay === item.lastDay;

/**
 * Lays out one day's timed items: each group of overlapping items shares the column in equal lanes,
 * each item in the first lane free at its start (earlier and longer items first).
 */
export function layoutDay(items: readonly CalendarItem[]): TimedBlock[] {
  const blocks = items
    .filter(inHourGrid)
    .map((item) => {
      const from = minutes(item.start);
      const end = item.end.length > 10 ? minutes(item.end) : from;
      return { item, from, to: Math.min(24 * 60, Math.max(end, from + MIN_BLOCK_MINUTES)), lane: 0, lanes: 1 };
    })
    .sort((a, b) => a.from - b.from || b.to - a.to || a.item.title.localeCompare(b.item.title));

  let group: TimedBlock[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const close = () => group.forEach((b) => (b.lanes = laneEnds.length));
  for (const block of blocks) {
    if (block.from >= groupEnd) {
      close();
      group = [];
      laneEnds = [];
    }
    const free = laneEnds.findIndex((end) => end <= block.from);
    block.lane = free === -1 ? laneEnds.length : free;
    laneEnds[block.lane] = block.to;
    group.push(block);
    groupEnd = Math.max(groupEnd, block.to);
  }
  close();
  return blocks;
}

/** The hours the grid shows: office hours, widened to take in every block of the week. */
export function visibleHours(
  blocks: readonly TimedBlock[],
  office: { from: number; to: number } = { from: 8, to: 18 },
) {
  let from = office.from;
  let to = office.to;
  for (const b of blocks) {
    from = Math.min(from, Math.floor(b.from / 60));
    to = Math.max(to, Math.ceil(b.to / 60));
  }
  return { from, to };
}
