// A participant of a youth camp or exchange (often a minor), with consents, stored sparingly.
import { z } from 'zod';
import { idSchema, isoDateSchema, stampsSchema, townRefSchema } from './common';

export const participantRoles = ['participant', 'chaperone', 'leader'] as const;
export const participantStatuses = ['registered', 'confirmed', 'attended', 'noShow', 'withdrawn'] as const;
export const consentKinds = ['parental', 'image', 'medical'] as const;
export type ConsentKind = (typeof consentKinds)[number];

export const consentSchema = z.object({
  givenOn: isoDateSchema,
  givenBy: z.string().max(200),
  withdrawnOn: isoDateSchema.optional(),
});
export type Consent = z.infer<typeof consentSchema>;

export const participantSchema = z
  .object({
    id: idSchema,
    eventId: idSchema,
    firstName: z.string().max(100),
    lastName: z.string().max(100),
    /** Full date; after anonymisation only the year is kept (`birthYear`). */
    birthDate: isoDateSchema.optional(),
    birthYear: z.number().int().min(1900).max(2200),
    role: z.enum(participantRoles),
    sendingTown: townRefSchema,
    guardianName: z.string().max(200).optional(),
    guardianPhone: z.string().max(40).optional(),
    status: z.enum(participantStatuses),
    /** Sensitive: hidden until asked for, left out of exports unless chosen. */
    dietaryNotes: z.string().max(2000).optional(),
    medicalNotes: z.string().max(2000).optional(),
    consents: z.partialRecord(z.enum(consentKinds), consentSchema).default({}),
    travelDocumentExpiry: isoDateSchema.optional(),
    roomId: idSchema.optional(),
    anonymisedAt: z.string().optional(),
  })
  .extend(stampsSchema.shape);
export type Participant = z.infer<typeof participantSchema>;

export const roomSchema = z
  .object({
    id: idSchema,
    eventId: idSchema,
    name: z.string().trim().min(1, 'required').max(100),
    capacity: z.number().int().min(1).max(100),
  })
  .extend(stampsSchema.shape);
export type Room = z.infer<typeof roomSchema>;
