// The global search index (MiniSearch): partner towns, contacts, events, visits, tasks, gifts and camp participants,
// folded so "lodz" finds "Łódź".
import MiniSearch, { type SearchResult } from 'minisearch';
import type { CalendarEvent, Contact, Gift, Participant, Partner, Task, Visit } from '../domain';
import { lastHeldOnOrBefore } from '../calendar/lastHeld';
import { fold } from '../text/fold';

export const searchKinds = ['partner', 'contact', 'event', 'visit', 'task', 'gift', 'participant'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchDoc {
  /** `kind:recordId`, unique across kinds. */
  id: string;
  kind: SearchKind;
  recordId: string;
  title: string;
  text: string;
  /** A short second line: region, role, date. */
  detail: string;
  /** A contact's partner, for opening and for naming it. */
  partnerId?: string;
  /** Where a task or gift opens: the record it belongs to. */
  parent?: SearchParent;
}

/** The record a task or a gift belongs to (a task: its event, else its visit, else its partner town). */
export interface SearchParent {
  kind: 'event' | 'visit' | 'partner';
  id: string;
}

export interface SearchHit {
  kind: SearchKind;
  recordId: string;
  title: string;
  detail: string;
  partnerId?: string;
  parent?: SearchParent;
  score: number;
}

export interface SearchResults {
  groups: Record<SearchKind, SearchHit[]>;
  /** Every hit of each kind, shown or not. */
  totals: Record<SearchKind, number>;
}

const clip = (text: string | undefined, n = 300) => (text ?? '').slice(0, n);

export const docId = (kind: SearchKind, recordId: string) => `${kind}:${recordId}`;

/** `countryNames` gives the country's names to search by (e.g. Polish and English). */
export function partnerDoc(p: Partner, countryNames: (code: string) => string[] = () => []): SearchDoc {
  return {
    id: docId('partner', p.id),
    kind: 'partner',
    recordId: p.id,
    title: p.name,
    text: [p.namePl, p.region, p.country, ...countryNames(p.country), p.website].filter(Boolean).join(' '),
    detail: [p.region, p.country].filter(Boolean).join(', '),
  };
}

/** The names of partner towns by id, for finding a contact or an event by its town ("Ronnenberg Anna"). */
export type PartnerNames = (id: string) => string | undefined;

/** `roleNames` gives the role's names to search by (e.g. "tłumacz", "interpreter"). */
export function contactDoc(
  c: Contact,
  partnerName: PartnerNames = () => undefined,
  roleNames: (role: string) => string[] = () => [],
): SearchDoc {
  return {
    id: docId('contact', c.id),
    kind: 'contact',
    recordId: c.id,
    title: c.name,
    text: [partnerName(c.partnerId), ...roleNames(c.role), c.email, c.phone, clip(c.notes, 200)]
      .filter(Boolean)
      .join(' '),
    detail: c.role,
    partnerId: c.partnerId,
  };
}

/** A series shows (and opens on) its latest occurrence up to `today`, a single event its first day. */
export function eventDoc(e: CalendarEvent, today?: string, partnerName: PartnerNames = () => undefined): SearchDoc {
  const day = (today && e.recurrence && lastHeldOnOrBefore(e, today)) || e.start.slice(0, 10);
  return {
    id: docId('event', e.id),
    kind: 'event',
    recordId: e.id,
    title: e.title,
    text: [...e.partnerIds.map(partnerName), e.place.venue, e.place.town, e.coordinator, clip(e.description, 160)]
      .filter(Boolean)
      .join(' '),
    detail: day,
  };
}

export function visitDoc(v: Visit): SearchDoc {
  return {
    id: docId('visit', v.id),
    kind: 'visit',
    recordId: v.id,
    title: v.title,
    text: [clip(v.purpose, 160), ...v.members.map((m) => m.name)].filter(Boolean).join(' '),
    detail: v.start,
  };
}

/** A task by its title, owner, notes and town; opens the record it belongs to. */
export function taskDoc(task: Task, partnerName: PartnerNames = () => undefined): SearchDoc {
  const parent: SearchParent | undefined = task.eventId
    ? { kind: 'event', id: task.eventId }
    : task.visitId
      ? { kind: 'visit', id: task.visitId }
      : task.partnerId
        ? { kind: 'partner', id: task.partnerId }
        : undefined;
  return {
    id: docId('task', task.id),
    kind: 'task',
    recordId: task.id,
    title: task.title,
    text: [task.owner, task.partnerId && partnerName(task.partnerId), clip(task.notes, 160)].filter(Boolean).join(' '),
    detail: task.due,
    parent,
  };
}

/** A gift by its description, counterpart and town; opens its visit, else its partner town. */
export function giftDoc(gift: Gift, partnerName: PartnerNames = () => undefined): SearchDoc {
  return {
    id: docId('gift', gift.id),
    kind: 'gift',
    recordId: gift.id,
    title: clip(gift.description, 120),
    text: [gift.counterpart, partnerName(gift.partnerId)].filter(Boolean).join(' '),
    detail: gift.date,
    partnerId: gift.partnerId,
    parent: gift.visitId ? { kind: 'visit', id: gift.visitId } : { kind: 'partner', id: gift.partnerId },
  };
}

/** Whether a camp participant goes into the index: only while identified (an anonymised record names nobody). */
export const isSearchableParticipant = (p: Participant): boolean => p.identified === 1 && !p.anonymisedAt;

/** A camp participant by name only (no guardian, health or contact details in the index); opens the person's page. */
export function participantDoc(p: Participant): SearchDoc {
  return {
    id: docId('participant', p.id),
    kind: 'participant',
    recordId: p.id,
    title: `${p.firstName} ${p.lastName}`,
    text: '',
    detail: p.occurrence,
  };
}

const tokenize = (text: string) => text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);

/** The last word is still being typed: from 3 letters it matches as a prefix. */
const isLast = (_term: string, i: number, terms: string[]) => i === terms.length - 1;
const prefix = (term: string, i: number, terms: string[]) => isLast(term, i, terms) && term.length >= 3;

function createMiniSearch(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    // Nothing stored inside MiniSearch: every match would copy it; the few shown hits are looked up instead.
    storeFields: [],
    // Folding the whole field once is much cheaper than folding each term.
    stringifyField: (value: unknown) => fold(String(value)),
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      tokenize,
      processTerm: (term) => fold(term),
      boost: { title: 3 },
      prefix,
      combineWith: 'AND',
    },
  });
}

/** Folded words of a query; a last word under 3 letters after others is still being typed and waits. */
export function queryTerms(query: string): string[] {
  const terms = tokenize(fold(query));
  const last = terms[terms.length - 1];
  return terms.length > 1 && last !== undefined && last.length < 3 ? terms.slice(0, -1) : terms;
}

const fuzzy = (term: string, i: number, terms: string[]) => (!isLast(term, i, terms) && term.length >= 5 ? 0.2 : false);

type Shown = Omit<SearchHit, 'score'>;

/** The index of every searchable record, with what a hit shows kept beside it. */
export class SearchIndex {
  private readonly mini = createMiniSearch();
  private readonly shown = new Map<string, Shown>();

  get documentCount(): number {
    return this.shown.size;
  }

  has(id: string): boolean {
    return this.shown.has(id);
  }

  add(doc: SearchDoc): void {
    this.mini.add(doc);
    this.shown.set(doc.id, {
      kind: doc.kind,
      recordId: doc.recordId,
      title: doc.title,
      detail: doc.detail,
      partnerId: doc.partnerId,
      parent: doc.parent,
    });
  }

  addAll(docs: readonly SearchDoc[]): void {
    for (const doc of docs) this.add(doc);
  }

  /** Adds in chunks, yielding between them, so a window stays responsive while a large office is indexed. */
  async addAllAsync(docs: readonly SearchDoc[], chunkSize = 2000): Promise<void> {
    for (let i = 0; i < docs.length; i += chunkSize) {
      this.addAll(docs.slice(i, i + chunkSize));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  discard(id: string): void {
    if (!this.shown.has(id)) return;
    this.mini.discard(id);
    this.shown.delete(id);
  }

  title(id: string): string | undefined {
    return this.shown.get(id)?.title;
  }

  /** Up to `perKind` best hits of each kind, each group ranked by score. */
  search(query: string, perKind = 8): Record<SearchKind, SearchHit[]> {
    return this.searchWithTotals(query, perKind).groups;
  }

  /**
   * The best hits of each kind, at most `limit` of a kind (a number for all kinds, or per kind), and how
   * many there are in all, so the caller can offer the rest.
   */
  searchWithTotals(query: string, limit: number | Partial<Record<SearchKind, number>> = 8): SearchResults {
    const groups = Object.fromEntries(searchKinds.map((k) => [k, []])) as unknown as Record<SearchKind, SearchHit[]>;
    const totals = Object.fromEntries(searchKinds.map((k) => [k, 0])) as Record<SearchKind, number>;
    const terms = queryTerms(query);
    if (terms.join('').length < 2) return { groups, totals };
    const text = terms.join(' ');
    let results: SearchResult[] = this.mini.search(text);
    // Forgive a typo in a finished long word only when the exact words found nothing (fuzzy matching costs more).
    if (results.length === 0 && terms.some((t, i) => fuzzy(t, i, terms) !== false))
      results = this.mini.search(text, { fuzzy });
    for (const r of results) {
      const hit = this.shown.get(String(r.id));
      if (!hit) continue;
      totals[hit.kind] += 1;
      const max = typeof limit === 'number' ? limit : (limit[hit.kind] ?? 8);
      if (groups[hit.kind].length < max) groups[hit.kind].push({ ...hit, score: r.score });
    }
    return { groups, totals };
  }
}

export const createSearchIndex = (): SearchIndex => new SearchIndex();

/** Grouped hits of a query (kept as a function for callers that hold an index). */
export const searchGrouped = (index: SearchIndex, query: string, perKind = 8) => index.search(query, perKind);
