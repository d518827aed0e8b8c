// An event in the office's calendar: kind, dates, place, host, the partner towns involved, recurrence.
import { z } from 'zod';
import {
  countryCodeSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  moneySchema,
  stampsSchema,
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

export const recurrenceSchema = z.object({
  freq: z.enum(['yearly', 'monthly', 'weekly']),
  interval: z.number().int().min(1).max(99).default(1),
  until: isoDateSchema.optional(),
  count: z.number().int().min(1).max(1000).optional(),
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

export const eventSchema = z
  .object({
    id: idSchema,
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
  })
  .extend(stampsSchema.shape)
  .refine((e) => e.end >= e.start, { message: 'range.endBeforeStart', path: ['end'] })
  .refine((e) => (e.start.length === 10) === e.allDay && (e.end.length === 10) === e.allDay, {
    message: 'date.format',
    path: ['start'],
  })
  .refine((e) => (e.series === 1) === (e.recurrence !== undefined), { message: 'invalid', path: ['recurrence'] });
export type CalendarEvent = z.infer<typeof eventSchema>;
