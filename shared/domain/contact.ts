// A person at a partner town: mayor, coordinator, interpreter or other.
import { z } from 'zod';
import { idSchema, recordOf, requiredNameSchema } from './common';

export const contactRoles = ['mayor', 'coordinator', 'interpreter', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];

/** What the contact form edits: the record without its id and stamps. */
export const contactDraftSchema = z.object({
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
});
export type ContactDraft = z.input<typeof contactDraftSchema>;

export const contactSchema = recordOf(contactDraftSchema);
export type Contact = z.infer<typeof contactSchema>;
