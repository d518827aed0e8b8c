// The event form's values, their conversion to and from a stored event, validation keyed by field, and the
// funding programme as shown (a known programme's label, or the text typed) versus stored (its key, or the text).
import {
  eventDraftSchema,
  fundingProgrammes,
  isoDateSchema,
  type CalendarEvent,
  type EventKind,
  type EventStatus,
} from '../../../shared/domain';
import { draftMessages, messageKey, messageKeys, type FieldMessages } from '../../../shared/forms/fieldMessages';
import { fold } from '../../../shared/text/fold';
import type { EventInput } from '../../db/repositories/events';

export type Repeat = 'none' | 'yearly' | 'monthly' | 'weekly' | 'daily';
export type Ends = 'never' | 'until' | 'count';

export interface EventFormValues {
  title: string;
  kind: EventKind;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: string;
  town: string;
  country: string | null;
  host: string;
  partnerIds: string[];
  status: EventStatus;
  coordinator: string;
  budget: number | string;
  currency: string;
  funding: string;
  description: string;
  repeat: Repeat;
  interval: number | string;
  ends: Ends;
  until: string;
  count: number | string;
}

export type FormField = keyof EventFormValues;

export function emptyValues(date: string): EventFormValues {
  return {
    title: '',
    kind: 'other',
    allDay: true,
    startDate: date,
    startTime: '09:00',
    endDate: date,
    endTime: '10:00',
    venue: '',
    town: '',
    country: null,
    host: 'home',
    partnerIds: [],
    status: 'planned',
    coordinator: '',
    budget: '',
    currency: 'PLN',
    funding: '',
    description: '',
    repeat: 'none',
    interval: 1,
    ends: 'never',
    until: '',
    count: 10,
  };
}

export type Programme = (typeof fundingProgrammes)[number];
/** Names a known programme is recognised by when typed: e.g. its labels in the languages loaded. */
export type ProgrammeNames = (key: Programme) => readonly string[];

const programmes = new Set<string>(fundingProgrammes);
export const isKnownProgramme = (value: string): value is Programme => programmes.has(value);

/** The known programme a text names: its key or one of its names, in any case and with or without accents. */
export function programmeNamed(text: string, names: ProgrammeNames = () => []): Programme | undefined {
  const wanted = fold(text.trim());
  return fundingProgrammes.find((k) => k === wanted || names(k).some((n) => fold(n.trim()) === wanted));
}

/** What is stored for the text in the field: a known programme's key, else the text itself (trimmed). */
export function fundingFromText(text: string, names?: ProgrammeNames): string | undefined {
  const trimmed = text.trim();
  return trimmed ? (programmeNamed(trimmed, names) ?? trimmed) : undefined;
}

/** The text shown for a stored programme: a known one's label, else the stored text. */
export function fundingText(value: string | undefined, label: (key: Programme) => string): string {
  if (!value) return '';
  return isKnownProgramme(value) ? label(value) : value;
}

export interface FundingGroup {
  group: string;
  items: string[];
}

/**
 * The picker's suggestions: the known programmes by label, then each other programme partners or events
 * already use (once, whatever its case; left out when it only names a known one), in the language's order.
 */
export function fundingChoices(
  inUse: readonly string[],
  label: (key: Programme) => string,
  names: ProgrammeNames,
  locale: string,
  groups: { known: string; other: string },
): FundingGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const known = fundingProgrammes.map(label);
  const seen = new Set(known.map(fold));
  const others: string[] = [];
  for (const raw of inUse) {
    const text = raw.trim();
    if (!text || programmeNamed(text, names) || seen.has(fold(text))) continue;
    seen.add(fold(text));
    others.push(text);
  }
  const result = [{ group: groups.known, items: known.sort(collator.compare) }];
  if (others.length > 0) result.push({ group: groups.other, items: others.sort(collator.compare) });
  return result;
}

/** The form's values for a stored event; `label` shows a known funding programme by its name. */
export function valuesFromEvent(e: CalendarEvent, label: (key: Programme) => string = (k) => k): EventFormValues {
  const r = e.recurrence;
  return {
    ...emptyValues(e.start.slice(0, 10)),
    title: e.title,
    kind: e.kind,
    allDay: e.allDay,
    startDate: e.start.slice(0, 10),
    endDate: e.end.slice(0, 10),
    startTime: e.allDay ? '09:00' : e.start.slice(11, 16),
    endTime: e.allDay ? '10:00' : e.end.slice(11, 16),
    venue: e.place?.venue ?? '',
    town: e.place?.town ?? '',
    country: e.place?.country ?? null,
    host: e.host,
    partnerIds: e.partnerIds ?? [],
    status: e.status,
    coordinator: e.coordinator ?? '',
    budget: e.budget?.amount ?? '',
    currency: e.budget?.currency ?? 'PLN',
    funding: fundingText(e.funding, label),
    description: e.description ?? '',
    repeat: r?.freq ?? 'none',
    interval: r?.interval ?? 1,
    ends: r?.until ? 'until' : r?.count ? 'count' : 'never',
    until: r?.until ?? '',
    count: r?.count ?? 10,
  };
}

/** The parts of a stored rule the form has no fields for. */
function rulePartsOf(r: NonNullable<CalendarEvent['recurrence']>): Partial<NonNullable<CalendarEvent['recurrence']>> {
  const { weekdays, weekStart, nthWeekday, extraDates, removedDates } = r;
  return Object.fromEntries(
    Object.entries({ weekdays, weekStart, nthWeekday, extraDates, removedDates }).filter(([, x]) => x !== undefined),
  );
}

const opt = (v: string) => (v.trim() ? v.trim() : undefined);
const num = (v: number | string) => (v === '' ? undefined : Number(v));

/** The event to store for the values; `names` recognise a known funding programme typed by its name. */
export function inputFromValues(v: EventFormValues, existing?: CalendarEvent, names?: ProgrammeNames): EventInput {
  const start = v.allDay ? v.startDate : `${v.startDate}T${v.startTime}`;
  const end = v.allDay ? v.endDate : `${v.endDate}T${v.endTime}`;
  const amount = num(v.budget);
  return {
    ...(existing ?? {}),
    title: v.title,
    kind: v.kind,
    allDay: v.allDay,
    start,
    end,
    place: { venue: opt(v.venue), town: opt(v.town), country: v.country ?? undefined },
    host: v.host,
    partnerIds: v.partnerIds,
    status: v.status,
    coordinator: opt(v.coordinator),
    budget: amount === undefined ? undefined : { amount, currency: v.currency.trim().toUpperCase() },
    funding: fundingFromText(v.funding, names),
    description: opt(v.description),
    recurrence:
      v.repeat === 'none'
        ? undefined
        : {
            // What the form does not show (weekdays, n-th weekday, added and removed dates) stays as it was.
            ...(existing?.recurrence?.freq === v.repeat ? rulePartsOf(existing.recurrence) : {}),
            freq: v.repeat,
            interval: num(v.interval) ?? 1,
            until: v.ends === 'until' ? v.until || undefined : undefined,
            count: v.ends === 'count' ? num(v.count) : undefined,
          },
    exceptions: existing?.exceptions ?? [],
  };
}

const FIELD_OF_PATH: Record<string, FormField> = {
  title: 'title',
  start: 'startDate',
  end: 'endDate',
  'place.country': 'country',
  'place.venue': 'venue',
  'place.town': 'town',
  coordinator: 'coordinator',
  'budget.amount': 'budget',
  'budget.currency': 'currency',
  funding: 'funding',
  description: 'description',
  'recurrence.interval': 'interval',
  'recurrence.until': 'until',
  'recurrence.count': 'count',
  recurrence: 'repeat',
  partnerIds: 'partnerIds',
  host: 'host',
};

/** The form's field for a path of the event draft: `place.town` → `town`, `recurrence.until` → `until`. */
const fieldOfPath = (path: string): FormField | undefined => FIELD_OF_PATH[path] ?? FIELD_OF_PATH[path.split('.')[0]!];

/** The values as the event draft they make: what the draft schema checks. */
export const draftFromValues = (v: EventFormValues) => ({
  ...inputFromValues(v),
  series: v.repeat === 'none' ? (0 as const) : (1 as const),
});

/** Message keys by field, from the event's draft schema and the checks only the form's fields can make. */
export function validateValues(v: EventFormValues): FieldMessages<FormField> {
  const errors: FieldMessages<FormField> = {};
  const dates =
    v.repeat !== 'none' && v.ends === 'until'
      ? (['startDate', 'endDate', 'until'] as const)
      : (['startDate', 'endDate'] as const);
  for (const field of dates) {
    const checked = isoDateSchema.safeParse(v[field]);
    if (v[field] && !checked.success) errors[field] = messageKey(checked.error.issues[0] ?? { message: 'invalid' });
  }
  if (!v.startDate) errors.startDate = messageKeys.required;
  if (!v.endDate) errors.endDate = messageKeys.required;
  if (!v.allDay && !/^\d{2}:\d{2}$/.test(v.startTime)) errors.startTime = messageKeys.required;
  if (!v.allDay && !/^\d{2}:\d{2}$/.test(v.endTime)) errors.endTime = messageKeys.required;
  if (v.repeat !== 'none' && v.ends === 'until' && !v.until) errors.until = messageKeys.required;
  if (v.repeat !== 'none' && v.ends === 'until' && v.until && !errors.until && v.until < v.startDate)
    errors.until = messageKeys['range.endBeforeStart'];
  for (const [field, key] of Object.entries(draftMessages(eventDraftSchema, draftFromValues(v), fieldOfPath)) as [
    FormField,
    NonNullable<FieldMessages[string]>,
  ][]) {
    if (errors[field]) continue;
    // an end before the start is said at the end field, and at the end time when only the hours are wrong
    if (key === messageKeys['range.endBeforeStart'] && !v.allDay && v.endDate === v.startDate) errors.endTime = key;
    else errors[field] = key;
  }
  return errors;
}
