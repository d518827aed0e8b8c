// A change in a partnership's legal footing: signed, amended, renewed, ended.
import { z } from 'zod';
import { idSchema, isoDateSchema, recordOf, requiredNameSchema } from './common';

export const agreementChanges = ['signed', 'amended', 'renewed', 'suspended', 'ended'] as const;
export type AgreementChange = (typeof agreementChanges)[number];

/** What the agreement form edits: the record without its id and stamps. */
export const agreementDraftSchema = z.object({
  partnerId: idSchema,
  change: z.enum(agreementChanges),
  date: isoDateSchema,
  title: requiredNameSchema(300),
  notes: z.string().max(5000).optional(),
  documentId: idSchema.optional(),
});
export type AgreementDraft = z.input<typeof agreementDraftSchema>;

export const agreementSchema = recordOf(agreementDraftSchema);
export type Agreement = z.infer<typeof agreementSchema>;
