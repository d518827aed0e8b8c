// The search index kept in memory: built lazily on first use, then updated with only the rows that changed.
import type { CalendarEvent, Contact, Gift, Participant, Partner, Task, Visit } from '../../../shared/domain';
import {
  contactDoc,
  createSearchIndex,
  docId,
  eventDoc,
  giftDoc,
  isSearchableParticipant,
  participantDoc,
  partnerDoc,
  taskDoc,
  searchKinds,
  visitDoc,
  type PartnerNames,
  type SearchIndex,
  type SearchKind,
  type SearchResults,
} from '../../../shared/partners/search';
import {
  countSearchSources,
  readChanged,
  readSearchSources,
  watchSearchSources,
  type SearchRow,
} from '../../db/repositories/search';
import { maySeeYouth } from './youthAccess';
import { todayIso } from '../../app/today';
import { i18n } from '../../i18n';
import { countryName } from '../../i18n/format';

let ready: Promise<SearchIndex> | undefined;
const dirty = new Map<SearchKind, Set<string>>();
let watching = false;
/** Set when a write touched a range of rows (a restore's clear): the next search rebuilds. */
let stale = false;
/** Whether the index holds camp participants (the user may see youth data); a change rebuilds it. */
let withParticipants = false;

const countryNames = (code: string) => [countryName(code, 'pl'), countryName(code, 'en')];

/** A contact's role in every language loaded, so "tłumacz" and "interpreter" both find an interpreter. */
const roleNames = (role: string) =>
  (['pl', 'en'] as const)
    .filter((language) => i18n.isInitialized && i18n.hasResourceBundle(language, 'partners'))
    .map((language) => i18n.getFixedT(language, 'partners')(`contact.roles.${role}`));

/**
 * A partner's name as the index knows it. A contact or event names its town in its searchable text; a
 * renamed town is found under its new name once its contacts and events are next written or indexed.
 */
const nameFromIndex = (current: SearchIndex) => (id: string) => current.title(docId('partner', id));

function toDoc(kind: SearchKind, row: SearchRow, partnerName: PartnerNames): ReturnType<typeof partnerDoc> | undefined {
  switch (kind) {
    case 'partner':
      return partnerDoc(row as Partner, countryNames);
    case 'contact':
      return contactDoc(row as Contact, partnerName, roleNames);
    case 'event':
      return eventDoc(row as CalendarEvent, todayIso(), partnerName);
    case 'visit':
      return visitDoc(row as Visit);
    case 'task':
      return taskDoc(row as Task, partnerName);
    case 'gift':
      return giftDoc(row as Gift, partnerName);
    case 'participant':
      return withParticipants && isSearchableParticipant(row as Participant)
        ? participantDoc(row as Participant)
        : undefined;
  }
}

async function build(youth: boolean): Promise<SearchIndex> {
  if (!watching) {
    watchSearchSources(
      (kind, id) => {
        const set = dirty.get(kind) ?? new Set<string>();
        set.add(id);
        dirty.set(kind, set);
      },
      () => {
        stale = true;
      },
    );
    watching = true;
  }
  dirty.clear();
  stale = false;
  withParticipants = youth;
  const sources = await readSearchSources(youth);
  const fresh = createSearchIndex();
  // In chunks, so the window stays responsive while a large office is indexed.
  const names = new Map(sources.partners.map((p) => [p.id, p.name]));
  const partnerName = (id: string) => names.get(id);
  await fresh.addAllAsync([
    ...sources.partners.map((p) => partnerDoc(p, countryNames)),
    ...sources.contacts.map((c) => contactDoc(c, partnerName, roleNames)),
    ...sources.events.map((e) => eventDoc(e, todayIso(), partnerName)),
    ...sources.visits.map(visitDoc),
    ...sources.tasks.map((task) => taskDoc(task, partnerName)),
    ...sources.gifts.map((gift) => giftDoc(gift, partnerName)),
    ...sources.participants.filter(isSearchableParticipant).map(participantDoc),
  ]);
  return fresh;
}

/** Re-reads only rows written since the last search; rebuilds if counts disagree (e.g. a table was cleared). */
async function refresh(current: SearchIndex, youth: boolean): Promise<SearchIndex> {
  if (stale || youth !== withParticipants) return build(youth);
  const pending = [...dirty.entries()];
  dirty.clear();
  for (const [kind, ids] of pending) {
    const list = [...ids];
    const rows = await readChanged(kind, list);
    list.forEach((id, i) => {
      const key = docId(kind, id);
      current.discard(key);
      const row = rows[i];
      const doc = row && toDoc(kind, row, nameFromIndex(current));
      if (doc) current.add(doc);
    });
  }
  const counts = await countSearchSources(youth);
  const total = searchKinds.reduce((sum, k) => sum + counts[k], 0);
  return total === current.documentCount ? current : build(youth);
}

/** The index, up to date with the database: built the first time, refreshed after writes. */
export async function searchIndex(): Promise<SearchIndex> {
  try {
    const youth = await maySeeYouth();
    if (!ready) ready = build(youth);
    const current = await ready;
    ready = refresh(current, youth);
    return await ready;
  } catch (error) {
    ready = undefined;
    throw error;
  }
}

/** The dialog's search: eight hits of each kind, or up to `EXPANDED_LIMIT` of the kinds the user opened up. */
export const EXPANDED_LIMIT = 100;
export function runSearch(current: SearchIndex, query: string, expanded: readonly SearchKind[] = []): SearchResults {
  return current.searchWithTotals(query, Object.fromEntries(expanded.map((k) => [k, EXPANDED_LIMIT])));
}

/** The stored title of a partner (names a contact's town in results). */
export function partnerTitle(current: SearchIndex, partnerId: string): string | undefined {
  return current.title(docId('partner', partnerId));
}
