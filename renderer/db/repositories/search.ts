// Read queries for the global search index: whole tables once, then only changed rows, and change notices.
import type { CalendarEvent, Contact, Partner, Visit } from '../../../shared/domain';
import type { SearchKind } from '../../../shared/partners/search';
import Dexie, { RangeSet } from 'dexie';
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
    db.partners.toArray(),
    db.contacts.toArray(),
    db.events.toArray(),
    db.visits.toArray(),
  ]);
  return { partners, contacts, events, visits };
}

export async function countSearchSources(): Promise<Record<SearchKind, number>> {
  const [partner, contact, event, visit] = await Promise.all([
    db.partners.count(),
    db.contacts.count(),
    db.events.count(),
    db.visits.count(),
  ]);
  return { partner, contact, event, visit };
}

/** The current rows of the given ids (undefined where a row was deleted). */
export function readChanged(
  kind: SearchKind,
  ids: string[],
): Promise<(Partner | Contact | CalendarEvent | Visit | undefined)[]> {
  const table = tables()[kind];
  return (table as typeof db.partners).bulkGet(ids) as Promise<
    (Partner | Contact | CalendarEvent | Visit | undefined)[]
  >;
}

/**
 * Tells which searched rows changed after every committed write, in this window or another, through
 * Dexie's own change notifications (the ones live queries use). Unlike table hooks, these cost bulk
 * writes nothing: a hook on 'deleting' would make every clear() walk its whole table. A write that
 * names a range instead of keys (a clear during a restore) is reported as `everything`.
 */
export function watchSearchSources(
  changed: (kind: SearchKind, id: string) => void,
  everything: (kind: SearchKind) => void,
): void {
  const parts = Object.entries(tables()).map(
    ([kind, table]) => [kind as SearchKind, `idb://${db.name}/${table.name}/`] as const,
  );
  Dexie.on('storagemutated', (mutated) => {
    for (const [kind, part] of parts) {
      const tree = mutated[part];
      if (!tree) continue;
      for (const node of RangeSet(tree)) {
        if (typeof node.from === 'string' && node.from === node.to) changed(kind, node.from);
        else everything(kind);
      }
    }
  });
}
