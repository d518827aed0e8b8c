// An event in the office's calendar: kind, dates, place, host, the partner towns involved, recurrence.
import { z } from 'zod';
import {
  countryCodeSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  moneySchema,
  recordOf,
  withChecks,
  type CrossCheck,
  townRefSchema,
  requiredNameSchema,
} from './common';

export const eventKinds = [
  'youthCamp',
  'europeDays',
  'conference',
  'sports',
  'cultural',
  'studyVisit',
  'anniversary',
  'deadline',
  'other',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventStatuses = ['planned', 'confirmed', 'done', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

export const recurrenceSchema = z.object({
  freq: z.enum(['yearly', 'monthly', 'weekly', 'daily']),
  interval: z.number().int().min(1).max(99).default(1),
  until: isoDateSchema.optional(),
  count: z.number().int().min(1).max(1000).optional(),
  /** Weekly: the weekdays of every repeated week (absent: the first day's weekday). */
  weekdays: z.array(z.enum(weekdayCodes)).min(1).max(7).optional(),
  /** The day a week starts on for `weekdays` every n weeks (RFC 5545 WKST); Monday when absent. */
  weekStart: z.enum(weekdayCodes).optional(),
  /** Monthly or yearly: the n-th weekday of the month (1–5, or -1…-5 counted from its end), e.g. 2nd Saturday. */
  nthWeekday: z
    .object({
      n: z
        .number()
        .int()
        .min(-5)
        .max(5)
        .refine((n) => n !== 0),
      weekday: z.enum(weekdayCodes),
    })
    .optional(),
  /** Dates added to the series outside its rule (RDATE). */
  extraDates: z.array(isoDateSchema).max(1000).optional(),
  /** Dates taken out of the series (EXDATE): they are gone, not shown as cancelled. */
  removedDates: z.array(isoDateSchema).max(1000).optional(),
});
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** A change to one occurrence of a series, keyed by the occurrence's original start date. */
export const occurrenceExceptionSchema = z.object({
  date: isoDateSchema,
  cancelled: z.boolean().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  title: z.string().max(300).optional(),
  status: z.enum(eventStatuses).optional(),
});
export type OccurrenceException = z.infer<typeof occurrenceExceptionSchema>;

export const placeSchema = z.object({
  venue: z.string().max(300).optional(),
  town: z.string().max(200).optional(),
  country: countryCodeSchema.optional(),
});

/** What the event form edits: the record without its id and stamps. */
const eventFields = z.object({
  title: requiredNameSchema(300),
  kind: z.enum(eventKinds),
  allDay: z.boolean(),
  /** `YYYY-MM-DD` for all-day events, `YYYY-MM-DDTHH:mm` (Europe/Warsaw) for timed ones. */
  start: z.union([isoDateSchema, isoDateTimeSchema]),
  /** Inclusive last day for all-day events; the end instant for timed ones. */
  end: z.union([isoDateSchema, isoDateTimeSchema]),
  place: placeSchema.default({}),
  host: townRefSchema,
  partnerIds: z.array(idSchema).max(100).default([]),
  status: z.enum(eventStatuses),
  coordinator: z.string().max(200).optional(),
  budget: moneySchema.optional(),
  funding: z.string().max(100).optional(),
  description: z.string().max(20_000).optional(),
  recurrence: recurrenceSchema.optional(),
  /** 1 for a recurring series (indexable, unlike a boolean), 0 otherwise. */
  series: z.union([z.literal(0), z.literal(1)]).default(0),
  exceptions: z.array(occurrenceExceptionSchema).max(1000).default([]),
  /** The UID of the ICS event it was imported from, so a second import of the file is recognised. */
  icsUid: z.string().max(1000).optional(),
  /** Set on records made by "Load example data". */
  example: z.boolean().optional(),
});

const eventChecks: readonly CrossCheck<z.output<typeof eventFields>>[] = [
  { check: (e) => e.end >= e.start, message: 'range.endBeforeStart', path: ['end'] },
  {
    check: (e) => (e.start.length === 10) === e.allDay && (e.end.length === 10) === e.allDay,
    message: 'date.format',
    path: ['start'],
  },
  { check: (e) => (e.series === 1) === (e.recurrence !== undefined), message: 'invalid', path: ['recurrence'] },
];

export const eventDraftSchema = withChecks(eventFields, eventChecks);
export type EventDraft = z.input<typeof eventDraftSchema>;

export const eventSchema = withChecks(recordOf(eventFields), eventChecks);
export type CalendarEvent = z.infer<typeof eventSchema>;
