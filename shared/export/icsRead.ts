// Reads a partner's ICS file with ical.js into plain events for the import preview, one VEVENT at a time (never the
// whole file as one component tree). Each part stands alone: an unreadable event or time zone is reported and left
// out while the rest imports; a value the app cannot keep as written is reported on its row (icsEvent).
import type ICAL from 'ical.js';
import { eventKinds, eventStatuses } from '../domain/event';
import type { EventKind, EventStatus, OccurrenceException, Recurrence } from '../domain/event';
import { addDays } from '../calendar/dates';
import { EventProblem, readEvent, textOf, type EventRead } from './icsEvent';
import {
  changedUid,
  eventBlocks,
  parseEvent,
  parseRest,
  unfoldedLines,
  unreadableBlock,
  type LineMode,
} from './icsParse';
import type { Singles } from './icsRules';
import { applyOverride, occurrenceKey } from './icsOverrides';
import { fileZones, type ZoneUse } from './icsTime';
import { textSlices, type IcsSlices } from './icsText';
import { assertNever } from '../domain/common';

/** What a preview row tells the user about one event. */
export type ImportNote =
  /** The repeat cannot be stored: only the first date, unless its `singles` are imported instead. */
  | { code: 'ruleNotStored' }
  /** A changed occurrence whose series is not in the file, imported as a single event. */
  | { code: 'detachedOccurrence' }
  /** The end as written (`value`) is before the start: the event is imported as lasting its first day/instant. */
  | { code: 'endBeforeStart'; value: string }
  /** A text longer than the app keeps: cut to `limit` characters. */
  | { code: 'shortened'; field: 'title' | 'description' | 'venue' | 'town'; limit: number };

export interface ImportedEvent {
  /** The file's UID (absent when the file has none). */
  uid?: string;
  title: string;
  allDay: boolean;
  /** `YYYY-MM-DD` or Warsaw wall clock `YYYY-MM-DDTHH:mm`. */
  start: string;
  /** Inclusive last day (all-day) or end instant (timed), like stored events. */
  end: string;
  /** LOCATION as written (what the preview shows). */
  location?: string;
  /** Venue, town and country: apart when this app wrote the file, else the LOCATION as the venue. */
  place: { venue?: string; town?: string; country?: string };
  description?: string;
  categories: string[];
  /** The kind written by Twinning Desk itself (X-TWINNING-KIND), when present. */
  kind?: EventKind;
  /** From STATUS (TENTATIVE → planned, CONFIRMED → confirmed, CANCELLED → cancelled), when given. */
  status?: EventStatus;
  /** Partner towns written by this app (X-TWINNING-PARTNER): id as stored there, and name. */
  partners: { id?: string; name: string }[];
  /** Only a rule the app stores exactly; see `singles` for the others. */
  recurrence?: Recurrence;
  /** Cancelled and changed (RECURRENCE-ID) occurrences, keyed by original date. */
  exceptions: OccurrenceException[];
  /** A repeat the app cannot store: its occurrences, which the preview offers as single events. */
  singles?: Singles;
  notes: ImportNote[];
}

/** A part of the file left out of the import, with what the user needs to find it. */
export type IcsProblem =
  /** The file ends without END:VCALENDAR: whatever followed the last complete event is missing. */
  | { code: 'truncated' }
  | { code: 'badTimezone'; tzid: string }
  | {
      code: 'badEvent';
      reason: 'unreadable' | 'noStart' | 'impossibleDate';
      /** 1-based position among the file's VEVENTs. */
      index: number;
      uid?: string;
      title?: string;
      /** The offending value as written (an impossible date). */
      value?: string;
    };

export interface IcsRead {
  events: ImportedEvent[];
  problems: IcsProblem[];
  /** Every TZID not taken from the file's own definitions, with where it was placed. */
  zones: ZoneUse[];
}

export type IcsReadErrorCode = 'malformed' | 'empty' | 'tooMany' | 'encoding';

export class IcsReadError extends Error {
  constructor(
    readonly code: IcsReadErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'IcsReadError';
  }
}

/** More VEVENTs than this and the file is refused as a whole (a calendar, not a data dump). */
export const MAX_IMPORTED_EVENTS = 10_000;
export { LIMITS } from './icsEvent';

export interface ReadOptions {
  /** Today (`YYYY-MM-DD`): occurrences offered as single events reach two years past it. */
  today?: string;
  /** Called every few hundred events with how many of `total` are read. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * What the read hands on as it goes: the events in file order a batch at a time (none is kept once handed on but a
 * series the file changes later); 'restart' when the file is read again with lines as clients write them (what came
 * before is dropped); at the end the series completed with their changes (by position among the events handed on),
 * the parts left out and the zones placed.
 */
export type IcsReadPart =
  | { type: 'events'; events: ImportedEvent[] }
  | { type: 'restart' }
  | { type: 'end'; replaced: [number, ImportedEvent][]; problems: IcsProblem[]; zones: ZoneUse[] };

/** A part of the file cannot be read as ical.js reads lines: the file is read again with lines as clients write them. */
class StrictFailed extends Error {}

/**
 * Events handed on together: few, so that little of the read outlives the garbage collector's young generation (what
 * outlives it makes that generation grow, and the worker's heap with it). The progress is told every PROGRESS events.
 */
const BATCH = 10;
const PROGRESS = 250;

/**
 * The whole read, handed on part by part: events, the parts left out, and how unnamed time zones were placed. Each
 * VEVENT is parsed on its own against the file's zones as the text is decoded, and only what the preview and the
 * import need is kept of it. Throws IcsReadError for a file refused as a whole.
 */
export function streamIcs(slices: IcsSlices, emit: (part: IcsReadPart) => void, options: ReadOptions = {}): void {
  try {
    return readAs(slices, 'strict', emit, options);
  } catch (error) {
    if (!(error instanceof StrictFailed)) throw error;
  }
  emit({ type: 'restart' });
  readAs(slices, 'loose', emit, options);
}

/** The text's lines, a leading BOM left out; `tail` keeps the text's last characters. */
function* linesOf(slices: IcsSlices, mode: LineMode, tail?: { text: string }): Generator<string> {
  let first = true;
  function* text() {
    for (let slice of slices()) {
      if (first && slice !== '') {
        slice = slice.replace(/^\uFEFF/, '');
        first = false;
      }
      if (tail) tail.text = (tail.text + slice).slice(-200);
      yield slice;
    }
  }
  yield* unfoldedLines(text(), mode);
}

/**
 * A first pass over the text keeps what is not a VEVENT (a file may define its zones after its events) and counts
 * the VEVENTs, with the UIDs of those that change an occurrence: their series are the only events kept to the end.
 */
function scan(slices: IcsSlices, mode: LineMode) {
  const rest: string[] = [];
  const changedUids = new Set<string>();
  const tail = { text: '' };
  let total = 0;
  for (const block of eventBlocks(linesOf(slices, mode, tail), rest)) {
    if (mode === 'strict' && !block.closed) throw new StrictFailed();
    total += 1;
    const uid = changedUid(block);
    if (uid) changedUids.add(uid);
  }
  return { rest, changedUids, total, tail: tail.text };
}

function readAs(slices: IcsSlices, mode: LineMode, emit: (part: IcsReadPart) => void, options: ReadOptions): void {
  const strict = mode === 'strict';
  const { rest, changedUids, total, tail } = scan(slices, mode);
  let root: ICAL.Component;
  try {
    root = parseRest(rest, mode);
  } catch (error) {
    if (strict) throw new StrictFailed();
    throw new IcsReadError('malformed', error instanceof Error ? error.message : undefined);
  }
  if (root.name !== 'vcalendar') throw new IcsReadError('malformed', 'no VCALENDAR');
  const problems: IcsProblem[] = [];
  // A file cut short (a partial download or copy) loses its closing line; what is lost after it is unknown.
  if (!/END:VCALENDAR\s*$/i.test(tail)) problems.push({ code: 'truncated' });
  const zones = fileZones(root);
  problems.push(...zones.unusable.map((tzid): IcsProblem => ({ code: 'badTimezone', tzid })));
  if (total === 0) throw new IcsReadError('empty');
  if (total > MAX_IMPORTED_EVENTS) throw new IcsReadError('tooMany');
  const horizon = addDays(options.today ?? new Date().toISOString().slice(0, 10), 730);
  // Kept to the end: the changes, and the series they may change (with their positions among the events).
  const overridesOf = new Map<string, ICAL.Component[]>();
  const withSingles: [EventRead, string][] = [];
  const held: [number, ImportedEvent][] = [];
  const byUid = new Map<string, ImportedEvent>();
  const changes: [ICAL.Component, ImportedEvent][] = [];
  let batch: ImportedEvent[] = [];
  let count = 0;
  const flush = () => {
    if (batch.length > 0) emit({ type: 'events', events: batch });
    batch = [];
  };
  for (const block of eventBlocks(linesOf(slices, mode))) {
    const components = parseEvent(block, root);
    if (!components && strict) throw new StrictFailed();
    if (!components) problems.push({ code: 'badEvent', reason: 'unreadable', ...unreadableBlock(block) });
    for (const component of components ?? []) {
      const uid = textOf(component, 'uid');
      const change = component.hasProperty('recurrence-id');
      const series = uid !== undefined && changedUids.has(uid);
      // Changes are kept until the whole file is read: their series may come later in it.
      if (uid && change) overridesOf.set(uid, [...(overridesOf.get(uid) ?? []), component]);
      try {
        const read = readEvent(component, zones, horizon);
        if (read.singles && series) withSingles.push([read, uid]);
        else if (read.singles) read.event.singles = read.singles([]);
        if (change) changes.push([component, read.event]);
        else {
          if (series) held.push([count, read.event]);
          if (series && !byUid.has(uid)) byUid.set(uid, read.event);
          batch.push(read.event);
          count += 1;
        }
      } catch (error) {
        const title = textOf(component, 'summary');
        problems.push({
          code: 'badEvent',
          reason: error instanceof EventProblem ? error.reason : 'unreadable',
          index: block.index,
          ...(uid ? { uid } : {}),
          ...(title ? { title } : {}),
          ...(error instanceof EventProblem && error.value ? { value: error.value } : {}),
        });
      }
    }
    if (block.index % BATCH === 0) flush();
    if (block.index % PROGRESS === 0) options.onProgress?.(block.index, total);
  }
  // A series the app cannot store lists its dates with every change the file holds for it.
  for (const [read, uid] of withSingles) read.event.singles = read.singles!(overridesOf.get(uid) ?? []);
  for (const [component, changed] of changes) {
    const key = occurrenceKey(component, zones);
    const cancelled = component.getFirstPropertyValue('status') === 'CANCELLED';
    const series = changed.uid ? byUid.get(changed.uid) : undefined;
    if (series && key) applyOverride(series, key, changed, cancelled);
    else if (!cancelled) {
      batch.push({
        ...changed,
        recurrence: undefined,
        exceptions: [],
        notes: [...changed.notes, { code: 'detachedOccurrence' }],
      });
      count += 1;
    }
  }
  flush();
  options.onProgress?.(total, total);
  problems.sort((a, b) => ('index' in a ? a.index : 0) - ('index' in b ? b.index : 0));
  // Nothing left to import: a file of broken parts is refused as a whole.
  if (count === 0) throw new IcsReadError(problems.some((p) => p.code !== 'truncated') ? 'malformed' : 'empty');
  emit({ type: 'end', replaced: held, problems, zones: zones.used() });
}

const NONE = Object.freeze([]) as unknown as never[];

/**
 * An event as the page keeps it for the preview: each copy a message made of a value many events share (an empty
 * list, a status or kind, the venue that is the location) is dropped for one shared value. Nothing it says changes.
 */
function lean(e: ImportedEvent): ImportedEvent {
  for (const key of ['categories', 'partners', 'exceptions', 'notes'] as const) if (e[key].length === 0) e[key] = NONE;
  if (e.place.venue === e.location) e.place.venue = e.location;
  if (e.status) e.status = eventStatuses.find((s) => s === e.status);
  if (e.kind) e.kind = eventKinds.find((k) => k === e.kind);
  return e;
}

/** The read assembled from its parts (the preview's events in file order, series with their changes). */
export function icsReadCollector() {
  let events: ImportedEvent[] = [];
  return (part: IcsReadPart): IcsRead | undefined => {
    switch (part.type) {
      case 'events':
        for (const e of part.events) events.push(lean(e));
        return undefined;
      case 'restart':
        events = [];
        return undefined;
      case 'end':
        for (const [at, e] of part.replaced) events[at] = lean(e);
        return { events, problems: part.problems, zones: part.zones };
      default:
        return assertNever(part);
    }
  };
}

/** The whole read of a text at once (tests and callers on their own thread); `sliceChars` cuts it as decoding would. */
export function readIcsFile(text: string, options: ReadOptions & { sliceChars?: number } = {}): IcsRead {
  const collect = icsReadCollector();
  let read: IcsRead | undefined;
  streamIcs(textSlices(text, options.sliceChars), (part) => (read = collect(part) ?? read), options);
  return read!;
}

/** Every event of an ICS text, or IcsReadError when nothing in it can be imported. */
export function readIcs(text: string, options: ReadOptions = {}): ImportedEvent[] {
  return readIcsFile(text, options).events;
}
