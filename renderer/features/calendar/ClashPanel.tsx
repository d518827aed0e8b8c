// Live clash warnings for the event being edited: holidays here and in partner countries, double bookings.
import { Alert, List } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { clashesFor, type ClashContext } from '../../../shared/calendar/clashes';
import { itemFromOccurrence } from '../../../shared/calendar/items';
import { addDays } from '../../../shared/calendar/dates';
import { expandEvent } from '../../../shared/calendar/recurrence';
import type { CalendarEvent } from '../../../shared/domain';
import { calendarItemsInRange } from '../../db/repositories/events';
import { useClashText } from './clashText';

interface Props {
  /** The event as it would be saved (first occurrence checked), or undefined while the form is invalid. */
  event: CalendarEvent | undefined;
  /** For a single occurrence of a series: its key. */
  occurrenceKey?: string;
  ctx: ClashContext;
}

export function ClashPanel({ event, occurrenceKey, ctx }: Props) {
  const { t } = useTranslation('calendar');
  const text = useClashText();
  // The first occurrence from the key on, looked for within ten years: an end at the last representable day
  // would overflow it for a multi-day event (its span is added to the end) and no range would be checked.
  const from = occurrenceKey ?? event?.start.slice(0, 10);
  const occ = event && from ? expandEvent(event, from, addDays(from, 3660))[0] : undefined;
  const item = occ ? itemFromOccurrence(occ) : undefined;
  const others = useLiveQuery(
    () => (item ? calendarItemsInRange(item.firstDay, item.lastDay) : Promise.resolve([])),
    [item?.firstDay, item?.lastDay],
  );
  if (!item || !others) return null;
  const clashes = clashesFor(
    item,
    others.filter((o) => !(o.type === 'event' && o.id === item.id)),
    ctx,
  );
  if (clashes.length === 0) return null;
  return (
    <Alert color="orange" title={t('clashes.title')} role="alert">
      <List size="sm">
        {clashes.map((c, i) => (
          <List.Item key={i}>{text(c)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
