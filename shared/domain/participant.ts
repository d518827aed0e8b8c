// A participant of a youth camp or exchange (often a minor), with consents, stored sparingly; rooms.
// Camps are usually yearly series in the events table: a participant and a room belong to one
// occurrence, named by the series' event id and the occurrence's original start date (`occurrence`,
// the same key the calendar uses for exceptions). A one-off event's occurrence is its start date.
import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  recordOf,
  stampsSchema,
  townRefSchema,
  nameSchema,
  requiredNameSchema,
  withChecks,
  type CrossCheck,
} from './common';

export const participantRoles = ['participant', 'chaperone', 'leader'] as const;
export type ParticipantRole = (typeof participantRoles)[number];
export const participantStatuses = ['registered', 'confirmed', 'attended', 'noShow', 'withdrawn'] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];
export const consentKinds = ['parental', 'image', 'medical'] as const;
/** Age bands at the camp: what an anonymised person keeps instead of a birth year. */
export const ageBands = ['upTo12', 'from13to17', 'from18to25', 'from26'] as const;
export type AgeBand = (typeof ageBands)[number];
export type ConsentKind = (typeof consentKinds)[number];

export const phoneSchema = z.string().regex(/^\+?[0-9 ()\-./]{5,25}$/, 'phone.invalid');

export const consentSchema = z
  .object({
    givenOn: isoDateSchema,
    givenBy: z.string().trim().min(1, 'required').max(200),
    withdrawnOn: isoDateSchema.optional(),
  })
  .refine((c) => !c.withdrawnOn || c.withdrawnOn >= c.givenOn, {
    message: 'range.endBeforeStart',
    path: ['withdrawnOn'],
  });
export type Consent = z.infer<typeof consentSchema>;

const participantFields = z.object({
  eventId: idSchema,
  /** The occurrence's original start date (`YYYY-MM-DD`). */
  occurrence: isoDateSchema,
  firstName: requiredNameSchema(100),
  lastName: requiredNameSchema(100),
  /** Full date; anonymisation removes it with the birth year and keeps only the age band. */
  birthDate: isoDateSchema.optional(),
  /** Present while the record is identified; gone once anonymised (then `ageBand` stands for it). */
  birthYear: z.number().int().min(1900).max(2200).optional(),
  /** The age band on the camp's first day, kept by an anonymised record. */
  ageBand: z.enum(ageBands).optional(),
  role: z.enum(participantRoles),
  /** Dropped by anonymisation unless at least five anonymised people of the camp share it. */
  sendingTown: townRefSchema.optional(),
  guardianName: nameSchema(200).optional(),
  guardianPhone: phoneSchema.optional(),
  status: z.enum(participantStatuses),
  /** Sensitive: hidden until asked for, left out of exports unless chosen. */
  dietaryNotes: z.string().max(2000).optional(),
  medicalNotes: z.string().max(2000).optional(),
  consents: z.partialRecord(z.enum(consentKinds), consentSchema).default({}),
  travelDocumentExpiry: isoDateSchema.optional(),
  roomId: idSchema.optional(),
  anonymisedAt: z.string().optional(),
  /** 1 while the record holds personal data, 0 once anonymised: indexable, unlike a missing field. */
  identified: z.union([z.literal(0), z.literal(1)]).default(1),
});

const participantChecks: readonly CrossCheck<z.output<typeof participantFields>>[] = [
  {
    check: (p) => !p.birthDate || Number(p.birthDate.slice(0, 4)) === p.birthYear,
    message: 'invalid',
    path: ['birthYear'],
  },
  {
    check: (p) => p.anonymisedAt !== undefined || (p.birthYear !== undefined && p.sendingTown !== undefined),
    message: 'required',
    path: ['birthYear'],
  },
];

/** What the participant form and the CSV import check: the record without its id and stamps. */
export const participantDraftSchema = withChecks(participantFields, participantChecks);
export type ParticipantDraft = z.input<typeof participantDraftSchema>;

export const participantSchema = withChecks(recordOf(participantFields), participantChecks);
export type Participant = z.infer<typeof participantSchema>;

export const roomSchema = z
  .object({
    id: idSchema,
    eventId: idSchema,
    occurrence: isoDateSchema,
    name: requiredNameSchema(100),
    capacity: z.number().int().min(1).max(100),
  })
  .extend(stampsSchema.shape);
export type Room = z.infer<typeof roomSchema>;
