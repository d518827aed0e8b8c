// What the ICS import preview keeps of each event: what its row shows, nothing more. The worker makes the rows as it
// reads; the rest of an event (description, place, partners, changed dates) is read again there for Save.
import { eventKinds, type EventKind } from '../../../shared/domain';
import type { IcsPreview } from '../../../shared/export/icsPreview';
import type { IcsReadErrorCode, ImportedEvent } from '../../../shared/export/icsRead';
import { assertNever } from '../../../shared/domain/common';

/** One event's row in the preview. */
export interface IcsRow {
  title: string;
  allDay: boolean;
  start: string;
  end: string;
  location?: string;
  kind?: EventKind;
  recurrence?: ImportedEvent['recurrence'];
  /** How many occurrences the series cancels or changes. */
  exceptions: number;
  /** A repeat the app cannot store: how many dates it offers as single events, whether it goes on, the last one. */
  singles?: { count: number; cut: boolean; last: string };
  notes: ImportedEvent['notes'];
}

/** A row as the worker posts it: with the event's UID, which the page needs once (is it already in the calendar?). */
export type PostedRow = IcsRow & { uid?: string };

/** The preview as the dialog keeps it: the rows, the parts left out, the zones placed and the charset. */
export type IcsRowsPreview = Omit<IcsPreview, 'events'> & { rows: IcsRow[] };

/** A part of the preview as the worker posts it: the read's parts (icsPreview's) with rows for events. */
export type IcsRowPart =
  | { type: 'rows'; rows: PostedRow[] }
  | { type: 'restart' }
  | ({ type: 'end'; replaced: [number, PostedRow][] } & Omit<IcsRowsPreview, 'rows'>)
  | { type: 'refused'; code: IcsReadErrorCode };

/** The preview, with each row's UID (by position) for the look-up of those already in the calendar; or the refusal. */
export type IcsRowsResult =
  { ok: true; preview: IcsRowsPreview; uids: (string | undefined)[] } | { ok: false; code: IcsReadErrorCode };

/** The row of an event, built without passing objects (the worker makes one per event as it reads). */
export function postedRow(e: ImportedEvent): PostedRow {
  const row: PostedRow = {
    title: e.title,
    allDay: e.allDay,
    start: e.start,
    end: e.end,
    exceptions: e.exceptions.length,
    notes: e.notes,
  };
  if (e.uid !== undefined) row.uid = e.uid;
  if (e.location !== undefined) row.location = e.location;
  if (e.kind) row.kind = e.kind;
  if (e.recurrence) row.recurrence = e.recurrence;
  const s = e.singles;
  if (s && s.items.length > 0) row.singles = { count: s.items.length, cut: s.cut, last: s.items.at(-1)!.start };
  return row;
}

const NONE = Object.freeze([]) as unknown as never[];

/**
 * A row as the page keeps it: without the UID, with one copy of what rows share (no notes, a kind, a place named
 * again and again: each message brings its own copy of the text, and a calendar names few places).
 */
function keeper() {
  const places = new Map<string, string>();
  return (posted: PostedRow): IcsRow => {
    const { uid, ...row } = posted;
    void uid;
    if (row.notes.length === 0) row.notes = NONE;
    if (row.kind) row.kind = eventKinds.find((k) => k === row.kind);
    if (row.location !== undefined) {
      const place = places.get(row.location);
      if (place === undefined) places.set(row.location, row.location);
      else row.location = place;
    }
    return row;
  };
}

/** The preview assembled from the worker's parts: the result once the last part is taken, else undefined. */
export function icsRowsCollector(): (part: IcsRowPart) => IcsRowsResult | undefined {
  let rows: IcsRow[] = [];
  let uids: (string | undefined)[] = [];
  const kept = keeper();
  return (part) => {
    switch (part.type) {
      case 'rows':
        for (const row of part.rows) {
          uids.push(row.uid);
          rows.push(kept(row));
        }
        return undefined;
      case 'restart':
        rows = [];
        uids = [];
        return undefined;
      case 'end': {
        for (const [at, row] of part.replaced) {
          uids[at] = row.uid;
          rows[at] = kept(row);
        }
        const { problems, zones, encoding } = part;
        return { ok: true, preview: { rows, problems, zones, encoding }, uids };
      }
      case 'refused':
        return { ok: false, code: part.code };
      default:
        return assertNever(part);
    }
  };
}
