// What an ICS import stores: the events read from a file turned into repository inputs, and which rows start ticked.
import type { EventKind } from '../../../shared/domain';
import type { ImportedEvent } from '../../../shared/export/icsRead';
import type { EventInput } from '../../db/repositories/events';

/** Rows ticked when the preview opens: everything not already in the calendar. */
export function defaultPicks(known: readonly boolean[]): Set<number> {
  return new Set(known.flatMap((k, i) => (k ? [] : [i])));
}

/** The stored form of an imported event; it keeps the file's UID so a later import of the same file is recognised. */
export function toInput(e: ImportedEvent, kind: EventKind, partnerIds: string[], untitled: string): EventInput {
  return {
    title: e.title || untitled,
    kind,
    allDay: e.allDay,
    start: e.start,
    end: e.end,
    place: { venue: e.location?.slice(0, 300) },
    host: partnerIds[0] ?? 'home',
    partnerIds,
    status: e.status ?? 'planned',
    description: e.description?.slice(0, 20_000),
    recurrence: e.recurrence,
    exceptions: e.recurrence ? e.exceptions : [],
    icsUid: e.uid,
  };
}
