// A delegation visit, incoming or outgoing, with its members, programme, logistics and costs.
import { z } from 'zod';
import { consentSchema } from './participant';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  currencySchema,
  itemOf,
  recordOf,
  requiredNameSchema,
  withChecks,
  type CrossCheck,
} from './common';

export const visitDirections = ['incoming', 'outgoing'] as const;
export type VisitDirection = (typeof visitDirections)[number];

export const visitStatuses = ['idea', 'planned', 'confirmed', 'done', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** What the member form edits: a delegation member without the id. */
export const memberDraftSchema = z.object({
  name: requiredNameSchema(200),
  function: z.string().max(200).optional(),
  organisation: z.string().max(200).optional(),
  languages: z.array(z.string().max(40)).max(20).default([]),
  dietaryNeeds: z.string().max(1000).optional(),
  accessibilityNeeds: z.string().max(1000).optional(),
  /** Consent to pass the dietary and accessibility needs (health data) on: without it no export carries them. */
  needsConsent: consentSchema.optional(),
  contact: z.string().max(300).optional(),
  /** Order of precedence for protocol lists: 1 comes first. */
  precedence: z.number().int().min(1).max(999),
  travelDocumentExpiry: isoDateSchema.optional(),
});
export const memberSchema = itemOf(memberDraftSchema);
export type Member = z.infer<typeof memberSchema>;

const programmeItemFields = z.object({
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  activity: z.string().trim().min(1, 'required').max(500),
  place: z.string().max(300).optional(),
  responsible: z.string().max(200).optional(),
  notes: z.string().max(2000).optional(),
});
const programmeItemChecks: readonly CrossCheck<z.output<typeof programmeItemFields>>[] = [
  { check: (i) => i.to >= i.from, message: 'range.endBeforeStart', path: ['to'] },
];
/** What the programme item form edits: an item without the id. */
export const programmeItemDraftSchema = withChecks(programmeItemFields, programmeItemChecks);
export const programmeItemSchema = withChecks(itemOf(programmeItemFields), programmeItemChecks);
export type ProgrammeItem = z.infer<typeof programmeItemSchema>;

export const logisticsStatuses = ['todo', 'inProgress', 'done', 'notNeeded'] as const;
export type LogisticsStatus = (typeof logisticsStatuses)[number];

/** The standard checklist items, shown in the reader's language; offices add their own as free text. */
export const logisticsKinds = [
  'accommodation',
  'transport',
  'interpreter',
  'press',
  'flags',
  'seating',
  'gifts',
  'catering',
  'insurance',
  'documents',
] as const;
export type LogisticsKind = (typeof logisticsKinds)[number];

/** A checklist entry is either a standard kind or the office's own label (or both: the label wins). */
export const logisticsEntrySchema = z
  .object({
    kind: z.enum(logisticsKinds).optional(),
    label: z.string().trim().max(200).optional(),
  })
  .refine((e) => e.kind !== undefined || (e.label ?? '').length > 0, { message: 'required', path: ['label'] });
export type LogisticsEntry = z.infer<typeof logisticsEntrySchema>;

export const logisticsItemSchema = z
  .object({
    id: idSchema,
    kind: z.enum(logisticsKinds).optional(),
    label: z.string().trim().max(200).optional(),
    status: z.enum(logisticsStatuses),
    owner: z.string().max(200).optional(),
    notes: z.string().max(2000).optional(),
  })
  .refine((e) => e.kind !== undefined || (e.label ?? '').length > 0, { message: 'required', path: ['label'] });
export type LogisticsItem = z.infer<typeof logisticsItemSchema>;

export const costLineSchema = z.object({
  id: idSchema,
  category: z.string().trim().min(1).max(100),
  amount: z.number().finite().nonnegative(),
  currency: currencySchema,
  funding: z.string().max(100).optional(),
  notes: z.string().max(1000).optional(),
});
export type CostLine = z.infer<typeof costLineSchema>;

const visitFields = z.object({
  direction: z.enum(visitDirections),
  partnerIds: z.array(idSchema).min(1, 'required').max(50),
  title: requiredNameSchema(300),
  purpose: z.string().max(5000).optional(),
  start: isoDateSchema,
  end: isoDateSchema,
  status: z.enum(visitStatuses),
  eventId: idSchema.optional(),
  members: z.array(memberSchema).max(200).default([]),
  programme: z.array(programmeItemSchema).max(500).default([]),
  logistics: z.array(logisticsItemSchema).max(100).default([]),
  costs: z.array(costLineSchema).max(500).default([]),
  report: z.string().max(50_000).optional(),
  example: z.boolean().optional(),
});
const visitChecks: readonly CrossCheck<z.output<typeof visitFields>>[] = [
  { check: (v) => v.end >= v.start, message: 'range.endBeforeStart', path: ['end'] },
];
/** What the visit form edits: the visit without its id and stamps. */
export const visitDraftSchema = withChecks(visitFields, visitChecks);
export type VisitDraft = z.input<typeof visitDraftSchema>;

export const visitSchema = withChecks(recordOf(visitFields), visitChecks);
export type Visit = z.infer<typeof visitSchema>;
