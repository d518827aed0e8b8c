// A file kept inside the database (an agreement's scan), with a size cap.
import { z } from 'zod';
import { idSchema, stampsSchema, stripBidiControls } from './common';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const attachmentSchema = z
  .object({
    id: idSchema,
    /** The record the file belongs to (a partner, an agreement). */
    ownerId: idSchema,
    fileName: z.string().overwrite(stripBidiControls).min(1).max(300),
    mimeType: z.string().max(200),
    size: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES),
    data: z.instanceof(Uint8Array),
  })
  .extend(stampsSchema.shape);
export type Attachment = z.infer<typeof attachmentSchema>;
