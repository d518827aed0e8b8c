// A day's lines for multi-day bars: a bar is drawn once in the day it starts on and reaches over the days it covers.
import type { Bar } from './bars';
import { Movable } from './DragLayer';
import { ItemChip } from './ItemChip';
import type { ViewProps } from './viewTypes';

interface Props extends Pick<ViewProps, 'note' | 'onOpen'> {
  /** Lines the row has (every day of the row draws them all, so bars line up). */
  lanes: number;
  /** Bars starting on this day. */
  bars: readonly Bar[];
  /** Pixels between one day's line and the next day's (padding, border and gap of the grid). */
  gap: number;
  /** The bars can be dragged (the grid has a DragLayer with a move handler). */
  movable: boolean;
}

export function BarLanes({ lanes, bars, gap, note, onOpen, movable }: Props) {
  return Array.from({ length: lanes }, (_, lane) => {
    const bar = bars.find((b) => b.lane === lane);
    return (
      <div key={lane} className="cal-lane">
        {bar && (
          <div
            data-testid="day-bar"
            className="cal-bar"
            style={{ width: `calc(${bar.span * 100}% + ${(bar.span - 1) * gap}px)` }}
          >
            <Movable enabled={movable} item={bar.item} endEdge="right" fill>
              <ItemChip item={bar.item} clashNote={note(bar.item)} onOpen={onOpen} cut={bar} />
            </Movable>
          </div>
        )}
      </div>
    );
  });
}
