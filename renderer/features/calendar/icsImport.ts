// What an ICS import stores: the events read from a file turned into repository inputs (a series the app
// cannot store as its dates, when chosen), which rows start ticked, and the partner towns the file names.
import type { EventKind, Partner } from '../../../shared/domain';
import type { ImportedEvent } from '../../../shared/export/icsRead';
import type { EventInput } from '../../db/repositories/events';

/** Rows ticked when the preview opens: everything not already in the calendar. */
export function defaultPicks(known: readonly boolean[]): Set<number> {
  return new Set(known.flatMap((k, i) => (k ? [] : [i])));
}

/** The ids of the partner towns an event names (X-TWINNING-PARTNER): by id when it is stored here, else by name. */
export function partnersNamed(e: ImportedEvent, partners: readonly Pick<Partner, 'id' | 'name'>[]): string[] {
  const byId = new Set(partners.map((p) => p.id));
  const byName = new Map(partners.map((p) => [p.name.trim().toLocaleLowerCase('pl'), p.id]));
  const ids = e.partners.flatMap((p) => {
    if (p.id && byId.has(p.id)) return [p.id];
    const id = byName.get(p.name.trim().toLocaleLowerCase('pl'));
    return id ? [id] : [];
  });
  return [...new Set(ids)];
}

export interface RowChoice {
  kind: EventKind;
  /** Partner towns chosen for every imported row, added to those the row names itself. */
  partnerIds: string[];
  /** For a series the app cannot store: import each of its dates as a single event. */
  asSingles: boolean;
}

/** The stored form of an imported row; it keeps the file's UID so a later import of the same file is recognised. */
export function toInputs(
  e: ImportedEvent,
  choice: RowChoice,
  partners: readonly Pick<Partner, 'id' | 'name'>[],
  untitled: string,
): EventInput[] {
  const partnerIds = [...new Set([...partnersNamed(e, partners), ...choice.partnerIds])];
  const base: EventInput = {
    title: e.title || untitled,
    kind: choice.kind,
    allDay: e.allDay,
    start: e.start,
    end: e.end,
    place: { venue: e.place.venue, town: e.place.town, country: e.place.country },
    host: partnerIds[0] ?? 'home',
    partnerIds,
    status: e.status ?? 'planned',
    description: e.description,
    recurrence: e.recurrence,
    exceptions: e.recurrence ? e.exceptions : [],
    icsUid: e.uid,
  };
  if (!choice.asSingles || !e.singles || e.singles.items.length === 0) return [base];
  // Every date as its own event; only the first keeps the UID, so the file is still recognised next time.
  return e.singles.items.map((s, i) => ({
    ...base,
    title: s.title || base.title,
    start: s.start,
    end: s.end < s.start ? s.start : s.end,
    icsUid: i === 0 ? e.uid : undefined,
  }));
}

/** The old single-row form (kept for callers that choose one kind and the same partners for every row). */
export function toInput(e: ImportedEvent, kind: EventKind, partnerIds: string[], untitled: string): EventInput {
  return toInputs(e, { kind, partnerIds, asSingles: false }, [], untitled)[0]!;
}
