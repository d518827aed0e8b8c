// Read queries for the global search index: whole tables once, then only changed rows, and change hooks.
import type { CalendarEvent, Contact, Partner, Visit } from '../../../shared/domain';
import type { SearchKind } from '../../../shared/partners/search';
import { db } from '../db';

export interface SearchSources {
  partners: Partner[];
  contacts: Contact[];
  events: CalendarEvent[];
  visits: Visit[];
}

const tables = () => ({ partner: db.partners, contact: db.contacts, event: db.events, visit: db.visits }) as const;

export async function readSearchSources(): Promise<SearchSources> {
  const [partners, contacts, events, visits] = await Promise.all([
    db.partners.toArray(), db.contacts.toArray(), db.events.toArray(), db.visits.toArray(),
  ]);
  return { partners, contacts, events, visits };
}

export async function countSearchSources(): Promise<Record<SearchKind, number>> {
  const [partner, contact, event, visit] = await Promise.all([db.partners.count(), db.contacts.count(), db.events.count(), db.visits.count()]);
  return { partner, contact, event, visit };
}

/** The current rows of the given ids (undefined where a row was deleted). */
export function readChanged(kind: SearchKind, ids: string[]): Promise<(Partner | Contact | CalendarEvent | Visit | undefined)[]> {
  const table = tables()[kind];
  return (table as typeof db.partners).bulkGet(ids) as Promise<(Partner | Contact | CalendarEvent | Visit | undefined)[]>;
}

/** Calls `changed(kind, id)` after any write to the searched tables; installed once, when search is first used. */
export function watchSearchSources(changed: (kind: SearchKind, id: string) => void): void {
  for (const [kind, table] of Object.entries(tables()) as [SearchKind, typeof db.partners][]) {
    table.hook('creating', (key, obj) => changed(kind, String(key ?? obj.id)));
    table.hook('updating', (_mods, key) => changed(kind, String(key)));
    table.hook('deleting', (key) => changed(kind, String(key)));
  }
}
