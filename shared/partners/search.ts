// The global search index (MiniSearch): partner towns, contacts, events and visits, folded so "lodz" finds "Łódź".
import MiniSearch, { type SearchResult } from 'minisearch';
import type { CalendarEvent, Contact, Partner, Visit } from '../domain';
import { fold } from './fold';

export const searchKinds = ['partner', 'contact', 'event', 'visit'] as const;
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
}

export interface SearchHit {
  kind: SearchKind;
  recordId: string;
  title: string;
  detail: string;
  partnerId?: string;
  score: number;
}

const clip = (text: string | undefined, n = 300) => (text ?? '').slice(0, n);

export const docId = (kind: SearchKind, recordId: string) => `${kind}:${recordId}`;

/** `countryNames` gives the country's names to search by (e.g. Polish and English). */
export function partnerDoc(p: Partner, countryNames: (code: string) => string[] = () => []): SearchDoc {
  return {
    id: docId('partner', p.id), kind: 'partner', recordId: p.id, title: p.name,
    text: [p.namePl, p.region, p.country, ...countryNames(p.country), p.website].filter(Boolean).join(' '),
    detail: [p.region, p.country].filter(Boolean).join(', '),
  };
}

export function contactDoc(c: Contact): SearchDoc {
  return {
    id: docId('contact', c.id), kind: 'contact', recordId: c.id, title: c.name,
    text: [c.email, c.phone, clip(c.notes, 200)].filter(Boolean).join(' '), detail: c.role, partnerId: c.partnerId,
  };
}

export function eventDoc(e: CalendarEvent): SearchDoc {
  return {
    id: docId('event', e.id), kind: 'event', recordId: e.id, title: e.title,
    text: [e.place.venue, e.place.town, e.coordinator, clip(e.description)].filter(Boolean).join(' '), detail: e.start.slice(0, 10),
  };
}

export function visitDoc(v: Visit): SearchDoc {
  return {
    id: docId('visit', v.id), kind: 'visit', recordId: v.id, title: v.title,
    text: [clip(v.purpose), ...v.members.map((m) => m.name)].filter(Boolean).join(' '), detail: v.start,
  };
}

const tokenize = (text: string) => text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);

export function createSearchIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'recordId', 'title', 'detail', 'partnerId'],
    tokenize,
    processTerm: (term) => fold(term),
    searchOptions: {
      tokenize,
      processTerm: (term) => fold(term),
      boost: { title: 3 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
}

/** Up to `perKind` best hits of each kind, each group ranked by score. */
export function searchGrouped(index: MiniSearch<SearchDoc>, query: string, perKind = 8): Record<SearchKind, SearchHit[]> {
  const groups: Record<SearchKind, SearchHit[]> = { partner: [], contact: [], event: [], visit: [] };
  if (!query.trim()) return groups;
  const results: SearchResult[] = index.search(query);
  for (const r of results) {
    const hit = r as unknown as SearchHit & { score: number };
    const group = groups[hit.kind];
    if (group.length < perKind) group.push({ kind: hit.kind, recordId: hit.recordId, title: hit.title, detail: hit.detail, partnerId: hit.partnerId, score: r.score });
  }
  return groups;
}
