// A gift given to or received from a partner town.
import { z } from 'zod';
import { idSchema, isoDateSchema, moneySchema, recordOf } from './common';

export const giftDirections = ['given', 'received'] as const;
export type GiftDirection = (typeof giftDirections)[number];

/** What the gift form edits: the record without its id and stamps. */
export const giftDraftSchema = z.object({
  partnerId: idSchema,
  visitId: idSchema.optional(),
  direction: z.enum(giftDirections),
  /** To or from whom: a person or an office at the partner town. */
  counterpart: z.string().max(200).optional(),
  description: z.string().trim().min(1, 'required').max(1000),
  value: moneySchema.optional(),
  date: isoDateSchema,
});
export type GiftDraft = z.input<typeof giftDraftSchema>;

export const giftSchema = recordOf(giftDraftSchema);
export type Gift = z.infer<typeof giftSchema>;
