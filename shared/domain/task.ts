// A task or deadline with an owner, optionally tied to an event, a visit or a partner.
import { z } from 'zod';
import { idSchema, isoDateSchema, stampsSchema } from './common';

export const taskSchema = z
  .object({
    id: idSchema,
    title: z.string().trim().min(1, 'required').max(500),
    due: isoDateSchema,
    owner: z.string().max(200).optional(),
    /** 1 when done (indexable), 0 while open. */
    done: z.union([z.literal(0), z.literal(1)]).default(0),
    eventId: idSchema.optional(),
    visitId: idSchema.optional(),
    partnerId: idSchema.optional(),
    notes: z.string().max(5000).optional(),
    /** Set on records made by "Load example data". */
    example: z.boolean().optional(),
  })
  .extend(stampsSchema.shape);
export type Task = z.infer<typeof taskSchema>;
