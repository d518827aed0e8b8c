// Where each kind of record opens: the one place that knows the other areas' record routes.
import type { SearchParent } from '../../../shared/partners/search';
import { eventHref } from '../calendar/links';

export type RecordKind = 'partner' | 'contact' | 'event' | 'visit' | 'task' | 'gift' | 'participant';

/**
 * `partnerId` is the contact's partner: a contact opens on its partner's page; `date` puts the calendar on an
 * event's day; a task or a gift opens the record it belongs to (`parent`), a participant the person's page.
 */
export function recordPath(
  kind: RecordKind,
  id: string,
  partnerId?: string,
  date?: string,
  parent?: SearchParent,
): string {
  switch (kind) {
    case 'partner':
      return `/partners/${id}`;
    case 'contact':
      return `/partners/${partnerId ?? ''}`;
    case 'event':
      return eventHref(id, date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined);
    case 'visit':
      return `/visits/${id}`;
    case 'task':
    case 'gift':
      return parent ? recordPath(parent.kind, parent.id) : '/calendar';
    case 'participant':
      return `/exchanges/person/${encodeURIComponent(id)}`;
  }
}
