// A person at a partner town: mayor, coordinator, interpreter or other.
import { z } from 'zod';
import { idSchema, stampsSchema, requiredNameSchema } from './common';

export const contactRoles = ['mayor', 'coordinator', 'interpreter', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];

export const contactSchema = z
  .object({
    id: idSchema,
    partnerId: idSchema,
    name: requiredNameSchema(200),
    role: z.enum(contactRoles),
    email: z.email('email.invalid').max(254).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()\-./]{5,25}$/, 'phone.invalid')
      .optional(),
    languages: z.array(z.string().max(40)).max(20).default([]),
    notes: z.string().max(5000).optional(),
  })
  .extend(stampsSchema.shape);
export type Contact = z.infer<typeof contactSchema>;
