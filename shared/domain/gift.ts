// A gift given to or received from a partner town.
import { z } from 'zod';
import { idSchema, isoDateSchema, moneySchema, stampsSchema } from './common';

export const giftDirections = ['given', 'received'] as const;
export type GiftDirection = (typeof giftDirections)[number];

export const giftSchema = z
  .object({
    id: idSchema,
    partnerId: idSchema,
    visitId: idSchema.optional(),
    direction: z.enum(giftDirections),
    /** To or from whom: a person or an office at the partner town. */
    counterpart: z.string().max(200).optional(),
    description: z.string().trim().min(1, 'required').max(1000),
    value: moneySchema.optional(),
    date: isoDateSchema,
  })
  .extend(stampsSchema.shape);
export type Gift = z.infer<typeof giftSchema>;
