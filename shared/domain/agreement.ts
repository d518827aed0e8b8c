// A change in a partnership's legal footing: signed, amended, renewed, ended.
import { z } from 'zod';
import { idSchema, isoDateSchema, stampsSchema, requiredNameSchema } from './common';

export const agreementChanges = ['signed', 'amended', 'renewed', 'suspended', 'ended'] as const;
export type AgreementChange = (typeof agreementChanges)[number];

export const agreementSchema = z
  .object({
    id: idSchema,
    partnerId: idSchema,
    change: z.enum(agreementChanges),
    date: isoDateSchema,
    title: requiredNameSchema(300),
    notes: z.string().max(5000).optional(),
    documentId: idSchema.optional(),
  })
  .extend(stampsSchema.shape);
export type Agreement = z.infer<typeof agreementSchema>;
