// Where each kind of record opens: the one place that knows the other areas' record routes.
export type RecordKind = 'partner' | 'contact' | 'event' | 'visit';

/** `partnerId` is the contact's partner: a contact opens on its partner's page. */
export function recordPath(kind: RecordKind, id: string, partnerId?: string): string {
  switch (kind) {
    case 'partner':
      return `/partners/${id}`;
    case 'contact':
      return `/partners/${partnerId ?? ''}`;
    case 'event':
      return `/calendar?event=${encodeURIComponent(id)}`;
    case 'visit':
      return `/visits/${id}`;
  }
}
