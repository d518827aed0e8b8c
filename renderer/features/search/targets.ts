// Where each kind of record opens: the one place that knows the other areas' record routes.
import { eventHref } from '../calendar/links';

export type RecordKind = 'partner' | 'contact' | 'event' | 'visit';

/** `partnerId` is the contact's partner: a contact opens on its partner's page; `date` puts the calendar on an event's day. */
export function recordPath(kind: RecordKind, id: string, partnerId?: string, date?: string): string {
  switch (kind) {
    case 'partner':
      return `/partners/${id}`;
    case 'contact':
      return `/partners/${partnerId ?? ''}`;
    case 'event':
      return eventHref(id, date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined);
    case 'visit':
      return `/visits/${id}`;
  }
}
