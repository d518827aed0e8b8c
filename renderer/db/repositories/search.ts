// Read queries for the global search index: whole tables once, then only changed rows, and change notices.
import type { CalendarEvent, Contact, Gift, Participant, Partner, Task, Visit } from '../../../shared/domain';
import type { SearchKind } from '../../../shared/partners/search';
import Dexie, { RangeSet } from 'dexie';
import { db } from '../db';

export interface SearchSources {
  partners: Partner[];
  contacts: Contact[];
  events: CalendarEvent[];
  visits: Visit[];
  tasks: Task[];
  gifts: Gift[];
  /** Identified camp participants; empty unless asked for (only users who may see youth data). */
  participants: Participant[];
}

export type SearchRow = Partner | Contact | CalendarEvent | Visit | Task | Gift | Participant;

const tables = () =>
  ({
    partner: db.partners,
    contact: db.contacts,
    event: db.events,
    visit: db.visits,
    task: db.tasks,
    gift: db.gifts,
    participant: db.participants,
  }) as const;

/** Identified participants (anonymised ones name nobody and stay out of the index). */
const identified = () =>
  db.participants.where('[identified+occurrence]').between([1, Dexie.minKey], [1, Dexie.maxKey], true, true);

export async function readSearchSources(withParticipants: boolean): Promise<SearchSources> {
  const [partners, contacts, events, visits, tasks, gifts, participants] = await Promise.all([
    db.partners.toArray(),
    db.contacts.toArray(),
    db.events.toArray(),
    db.visits.toArray(),
    db.tasks.toArray(),
    db.gifts.toArray(),
    withParticipants ? identified().toArray() : Promise.resolve([]),
  ]);
  return { partners, contacts, events, visits, tasks, gifts, participants };
}

export async function countSearchSources(withParticipants: boolean): Promise<Record<SearchKind, number>> {
  const [partner, contact, event, visit, task, gift, participant] = await Promise.all([
    db.partners.count(),
    db.contacts.count(),
    db.events.count(),
    db.visits.count(),
    db.tasks.count(),
    db.gifts.count(),
    withParticipants ? identified().count() : Promise.resolve(0),
  ]);
  return { partner, contact, event, visit, task, gift, participant };
}

/** The current rows of the given ids (undefined where a row was deleted). */
export function readChanged(kind: SearchKind, ids: string[]): Promise<(SearchRow | undefined)[]> {
  const table = tables()[kind];
  return (table as typeof db.partners).bulkGet(ids) as Promise<(SearchRow | undefined)[]>;
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
