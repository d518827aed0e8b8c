// A partner town: the relation's kind and status, its legal basis, areas, funding and awards.
import { z } from 'zod';
import { countryCodeSchema, idSchema, isoDateSchema, recordOf, requiredNameSchema, stripBidiControls } from './common';

export const relationKinds = ['partnership', 'twinning', 'sister', 'cooperation', 'intent'] as const;
export type RelationKind = (typeof relationKinds)[number];

export const partnerStatuses = ['negotiation', 'active', 'dormant', 'ended'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

/** The areas of cooperation named in the source; offices may add their own as free text. */
export const cooperationAreas = [
  'management',
  'economy',
  'science',
  'tourism',
  'spatialPlanning',
  'environment',
  'businessPromotion',
  'socialProblems',
  'youthExchange',
  'sport',
  'culture',
  'transport',
  'waste',
  'waterSewage',
  'heating',
  'energy',
  'ruralDevelopment',
] as const;

export const fundingProgrammes = ['interreg', 'erasmus', 'pnwm'] as const;

/** The Council of Europe's Europe Prize stages, lowest first. */
export const europePrizeStages = ['diploma', 'flag', 'plaque', 'prize'] as const;
export type EuropePrizeStage = (typeof europePrizeStages)[number];

export const awardSchema = z.object({
  stage: z.enum(europePrizeStages),
  year: z.number('award.year').int('award.year').min(1955, 'award.year').max(2200, 'award.year'),
});
export type Award = z.infer<typeof awardSchema>;

export const legalBasisSchema = z.object({
  resolutionNumber: z.string().max(100).optional(),
  resolutionDate: isoDateSchema.optional(),
  adoptedBy: z.string().max(200).optional(),
  signedDate: isoDateSchema.optional(),
  /** Id of the agreement document in the attachments table. */
  documentId: idSchema.optional(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** A web address with or without its scheme: `www.ronnenberg.de`, `https://duclair.fr/`. */
const WEBSITE = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;

/** What the partner form edits: the record without its id and stamps. */
export const partnerDraftSchema = z.object({
  name: requiredNameSchema(200),
  namePl: z.string().overwrite(stripBidiControls).max(200).optional(),
  country: countryCodeSchema,
  region: z.string().max(200).optional(),
  population: z
    .number('population.invalid')
    .int('population.invalid')
    .nonnegative('population.invalid')
    .max(100_000_000, 'population.invalid')
    .optional(),
  website: z.string().max(500).regex(WEBSITE, 'website.invalid').optional(),
  languages: z.array(z.string().max(40)).max(20).default([]),
  relationKind: z.enum(relationKinds),
  status: z.enum(partnerStatuses),
  startDate: isoDateSchema.optional(),
  legalBasis: legalBasisSchema.default({}),
  areas: z.array(z.string().max(100)).max(50).default([]),
  funding: z.array(z.string().max(100)).max(20).default([]),
  awards: z.array(awardSchema).max(20).default([]),
  notes: z.string().max(20_000).optional(),
  /** Set on records made by "Load example data", so the UI can label them. */
  example: z.boolean().optional(),
});
export type PartnerDraft = z.input<typeof partnerDraftSchema>;

export const partnerSchema = recordOf(partnerDraftSchema);
export type Partner = z.infer<typeof partnerSchema>;
